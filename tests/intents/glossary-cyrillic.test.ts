import { describe, expect, it } from 'vitest';
import { glossEnglish } from '../../src/intents/glossary.js';
import { glossCyrillic } from '../../src/intents/glossary-cyrillic.js';
import { createMatcher } from '../../src/intents/matcher.js';
import { normalizeText } from '../../src/intents/normalize.js';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';

const gloss = (raw: string) => glossCyrillic(normalizeText(raw));

describe('glossCyrillic: Russian and Ukrainian words put into English', () => {
  it.each([
    ['Нас трое, память на нодах на пределе.', '3 of us, memory nodes tight.'],
    ['мультикластер не нужен', 'multi-cluster not needed'],
    ['Istio или Linkerd, что посоветуете?', 'istio or linkerd, which would you recommend?'],
    ['команда 15 человек', 'team 15 people'],
    // Endings: the stem carries the word.
    ['несколькими кластерами', 'multi-cluster'],
    ['кластеров', 'cluster'],
    // Ukrainian.
    ['Команда з 2 людей, потрібні канаркові релізи', 'team 2 people, need canary releases'],
    ["пам'ять на вузлах", 'memory nodes'],
    [
      'Мультикластер — не зараз. Що порадите: Istio чи Linkerd?',
      'multi-cluster - not now. which would you recommend?: istio or linkerd?',
    ],
  ])('%s -> %s', (raw, english) => {
    expect(gloss(raw)).toBe(english);
  });

  it('leaves a text with no Cyrillic letter as it was', () => {
    const text = normalizeText('we need canaries, 3 of us, istio or linkerd?');
    expect(glossCyrillic(text)).toBe(text);
  });

  it('drops the words it does not know', () => {
    expect(gloss('Где сегодня обед?')).toBe('?');
  });

  it('is what glossEnglish reads, beside the other languages', () => {
    expect(glossEnglish(normalizeText('нас двое, jedes MB RAM zählt'))).toBe(
      '2 of us, every mb of memory matters',
    );
  });
});

describe('answer() on messages mostly in Russian or Ukrainian', () => {
  const matcher = createMatcher(loadKnowledgeBase());

  it('gives the pick from needs, a team size and a ruling said in Russian', () => {
    const q =
      'Привет! Нас трое, память на нодах на пределе, мультикластер не нужен. Istio или Linkerd, что посоветуете?';
    const reply = matcher.answer(q);
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.entry.id).toBe('which-mesh');
    expect([...reply.factors].sort()).toEqual(['low-overhead', 'simple-operations']);
    expect(reply.recommendation?.pick).toBe('linkerd');
    expect(reply.query).toBe(q);
  });

  it('answers a how-to in Ukrainian with its entry and gives no card for small talk', () => {
    const howTo = matcher.answer('Як налаштувати mTLS у Linkerd?');
    expect(howTo.kind === 'answer' ? howTo.entry.id : howTo.kind).toBe('mtls');
    const coffee = matcher.answer('Хто йде на каву?');
    expect(['fallback', 'smalltalk']).toContain(coffee.kind);
  });
});
