import { describe, expect, it } from 'vitest';
import { glossEnglish, mostlyOtherScript } from '../../src/intents/glossary.js';
import { glossCjk } from '../../src/intents/glossary-cjk.js';
import { createMatcher } from '../../src/intents/matcher.js';
import { normalizeText } from '../../src/intents/normalize.js';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';

const gloss = (raw: string) => glossCjk(normalizeText(raw));

describe('glossCjk: Chinese, Japanese and Korean words put into English', () => {
  it.each([
    // Chinese: the ruling comes before what it rules out.
    ['团队只有3个人，内存很紧张。', 'team 3 people, memory tight.'],
    ['不需要多集群', 'do not need multi-cluster'],
    ['Istio还是Linkerd？推荐哪个？', 'istio or linkerd? which would you recommend?'],
    ['两个人维护', '2 people operate'],
    ['正在从Istio迁移到Linkerd', 'currently istio migrate to linkerd'],
    // Japanese: 不要 after the noun.
    ['マルチクラスタは不要です', 'multi-cluster not needed'],
    ['チームは3人だけ', 'team 3 people'],
    ['IstioとLinkerdどちらがおすすめ？', 'istio and linkerd which would you recommend?'],
    ['暗号化とメトリクスがすぐに欲しい', 'encryption and metrics right away want'],
    // Korean: numerals in words, postpositions stuck to the English word.
    ['저희 팀은 두 명이고', 'we team 2 people'],
    ['카나리 배포는 필요 없습니다', 'canary release not needed'],
    ['Istio와 Linkerd 중 어떤 걸 추천하시나요?', 'istio and linkerd which would you recommend?'],
  ])('%s -> %s', (raw, english) => {
    expect(gloss(raw)).toBe(english);
  });

  it('leaves a text with none of these scripts as it was', () => {
    const text = normalizeText('we need canaries, 3 of us, istio or linkerd?');
    expect(glossCjk(text)).toBe(text);
  });

  it('reads 不要 by the script around it: Japanese after the noun, Chinese before it', () => {
    expect(gloss('カナリアは不要')).toBe('canary not needed');
    expect(gloss('不要金丝雀')).toBe('do not need canary');
  });

  it('does not read a Korean thank-you or question ending as a need', () => {
    expect(gloss('감사합니다')).toBe('');
    expect(gloss('어느 것인가요')).not.toContain('authorization');
  });

  it('is what glossEnglish reads first', () => {
    expect(glossEnglish(normalizeText('多集群, jedes MB RAM zählt'))).toBe(
      'multi-cluster, every mb of memory matters',
    );
  });
});

describe('mostlyOtherScript', () => {
  it.each([
    ['我们团队只有3个人，推荐哪个？', true],
    ['Istio的mTLS怎么配置？', true],
    ['we need canaries 谢谢', false],
    ['istio or linkerd?', false],
    ['', false],
    ['нас трое, мультикластер не нужен. Istio или Linkerd?', true],
    ['we need canaries and mtls from day one please, спасибо', false],
  ])('%s -> %s', (text, expected) => {
    expect(mostlyOtherScript(text)).toBe(expected);
  });
});

describe('answer() on messages mostly in Chinese, Japanese or Korean', () => {
  const matcher = createMatcher(loadKnowledgeBase());

  it('gives the pick from needs and a team size said in Chinese, and keeps the message as typed', () => {
    const q = '我们团队只有3个人，集群有1500个pod，内存很紧张。Istio还是Linkerd，推荐哪个？';
    const reply = matcher.answer(q);
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.entry.id).toBe('which-mesh');
    expect([...reply.factors].sort()).toEqual(['low-overhead', 'simple-operations']);
    expect(reply.recommendation?.pick).toBe('linkerd');
    expect(reply.query).toBe(q);
  });

  it('reads a need ruled out in Japanese as ruled out', () => {
    const reply = matcher.answer(
      'マルチクラスタは不要です。カナリアリリースが必要。IstioとLinkerdどちらがおすすめ？',
    );
    expect(reply.kind).toBe('answer');
    expect(reply.factors).toEqual(['l7-traffic']);
  });

  it('answers a how-to in Korean with its entry, and gives no card for small talk in Korean', () => {
    const howTo = matcher.answer('Linkerd 업그레이드는 어떻게 하나요?');
    expect(howTo.kind === 'answer' ? howTo.entry.id : howTo.kind).toBe('upgrades');
    const lunch = matcher.answer('오늘 점심 뭐 먹을까요?');
    expect(['fallback', 'smalltalk']).toContain(lunch.kind);
  });
});
