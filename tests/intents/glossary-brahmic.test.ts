import { describe, expect, it } from 'vitest';
import { glossEnglish, mostlyOtherScript, otherScriptOf } from '../../src/intents/glossary.js';
import { glossBrahmic } from '../../src/intents/glossary-brahmic.js';
import { createMatcher } from '../../src/intents/matcher.js';
import { normalizeText } from '../../src/intents/normalize.js';
import type { Reply } from '../../src/intents/reply.js';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';

const gloss = (raw: string) => glossBrahmic(normalizeText(raw));

describe('glossBrahmic: Hindi words put into English', () => {
  it.each([
    [
      'हम सिर्फ 3 लोग हैं, multi-cluster नहीं चाहिए। istio या linkerd, कौन सा लें?',
      'we 3 people, multi-cluster not needed. istio or linkerd, which would you recommend?',
    ],
    // A sidecar not wanted is the need for none; "no trouble with sidecars" rules that need out.
    ['pods में sidecar नहीं चाहिए', 'pods no sidecars'],
    ['sidecar से कोई दिक्कत नहीं', 'fine with sidecars'],
    ['हम istio से linkerd पर move कर रहे हैं', 'we moving from istio to linkerd'],
    ['हमारी team के लिए कौन सा mesh ठीक रहेगा?', 'we team which would you recommend?'],
    ['अगर istiod गिर जाए तो क्या होगा', 'istiod goes down what happens'],
    // Devanagari digits.
    ['२ लोग', '2 people'],
  ])('%s -> %s', (raw, english) => {
    expect(gloss(raw)).toBe(english);
  });
});

describe('glossBrahmic: Thai words put into English', () => {
  it.each([
    ['ทีมมีแค่ 2 คน ไม่เคยใช้ mesh มาก่อน', 'team 2 people no experience mesh'],
    // A sidecar not wanted is the need for none; sidecars "no problem" rule that need out.
    ['ไม่อยากมี sidecar ในทุก pod', 'no sidecars pod'],
    ['sidecar ไม่มีปัญหาครับ', 'fine with sidecars'],
    ['กำลังย้ายจาก istio ไป linkerd', 'moving from istio to linkerd'],
    ['CronJob ไม่ยอมจบสักที', 'cronjob never exits'],
    ['จะอัปเกรด istio ยังไง', 'upgrade istio how do i'],
  ])('%s -> %s', (raw, english) => {
    expect(gloss(raw)).toBe(english);
  });

  it('reads "from X to Y" as a move between meshes only when X and Y are meshes', () => {
    expect(gloss('ต้อง mirror traffic จาก prod ไป staging')).not.toContain('moving from');
    // Moving into a mesh is adopting one.
    expect(gloss('ตอนนี้จะย้ายเข้า mesh')).toContain('adopt a mesh');
    expect(gloss('ตอนนี้จะย้ายเข้า mesh')).not.toContain('migration');
  });

  it('leaves a text without these scripts as it was', () => {
    const text = normalizeText('we need canaries, 3 of us, istio or linkerd?');
    expect(glossBrahmic(text)).toBe(text);
  });

  it('is what glossEnglish reads first, and such a message is read through the glossaries only', () => {
    expect(glossEnglish(normalizeText('sidecar ไม่มีปัญหา'))).toBe('fine with sidecars');
    expect(mostlyOtherScript('ทีมมีแค่ 3 คน ไม่ต้องการ multi-cluster ควรเลือก istio หรือ linkerd ดีครับ')).toBe(true);
    expect(mostlyOtherScript('we need canaries ครับ')).toBe(false);
  });

  it('otherScriptOf tells Devanagari and Thai from Chinese, Japanese, Korean and Cyrillic, by the larger share', () => {
    expect(otherScriptOf('ทีมมีแค่ 3 คน ไม่ต้องการ multi-cluster ควรเลือก istio หรือ linkerd ดีครับ')).toBe('brahmic');
    expect(otherScriptOf('हमारी टीम में 3 लोग हैं, istio या linkerd?')).toBe('brahmic');
    expect(otherScriptOf('нас трое, мультикластер не нужен. Istio или Linkerd?')).toBe('cjk');
    expect(otherScriptOf('Linkerd 업그레이드는 어떻게 하나요?')).toBe('cjk');
    // Mostly Chinese with a Hindi word: the larger family decides.
    expect(otherScriptOf('我们团队只有3个人，集群有1500个pod，内存很紧张 टीम')).toBe('cjk');
    expect(otherScriptOf('we need canaries ครับ')).toBeNull();
    expect(otherScriptOf('how do I upgrade linkerd?')).toBeNull();
  });
});

describe('glossEnglish: Vietnamese and Indonesian topics and needs (glossary-vi-id.ts)', () => {
  const g = (raw: string) => glossEnglish(normalizeText(raw)).replace(/\s+/g, ' ').trim();
  it.each([
    ['cách bật mTLS trong istio', 'how do i enable mtls trong istio'],
    ['nodes 85% memory nên không muốn proxy nặng', 'nodes 85% memory should lightweight proxy'],
    ['cara rotasi sertifikat di linkerd', 'how do i rotation certificate di linkerd'],
  ])('%s -> %s', (raw, english) => {
    expect(g(raw)).toBe(english);
  });

  it('leaves English that looks like a word of theirs alone', () => {
    expect(g('we did a big bang cutover, team of 3')).toBe('we did a big bang cutover, team of 3');
    // "pindah" moves anything (traffic in a failover), and "dari X ke Y" names meshes to be a migration.
    expect(g('kalau jkt down traffic pindah ke sby')).not.toContain('migration');
    expect(g('dari prod ke staging')).not.toContain('moving from');
    expect(g('pindah dari istio ke linkerd')).toContain('moving from istio to linkerd');
  });
});

describe('the matcher on Hindi, Thai, Vietnamese and Indonesian messages', () => {
  const matcher = createMatcher(loadKnowledgeBase());
  const card = (r: Reply) => (r.kind === 'answer' ? r.entry.id : r.kind);

  it.each([
    // Hindi: a suggestion and a capability card (progressive-delivery) before the Hindi table.
    [
      'हम सिर्फ 2 लोग हैं और किसी को mesh का experience नहीं है। mTLS और metrics पहले दिन से चाहिए। istio या linkerd, कौन सा लें?',
      'linkerd',
    ],
    [
      'हमें canary rollouts और header-based routing चाहिए, 3 clusters में एक ही mesh। team 10 लोगों की है। istio लें या linkerd?',
      'istio',
    ],
    // Thai: capability cards from the English terms before the Thai table (observability,
    // traffic-management): the ask and the needs were in Thai.
    ['ทีมเรามีแค่ 2 คน ไม่เคยใช้ mesh มาก่อน อยากได้ mTLS กับ metrics ทันที ควรเลือก istio หรือ linkerd ครับ', 'linkerd'],
    ['ต้องทำ canary 10% และ route ตาม header ด้วย ทีมเรา 9 คน ควรเลือก istio หรือ linkerd ดี', 'istio'],
  ])('a Hindi or Thai request for a pick gets the pick card: %s', (q, pick) => {
    const r = matcher.answer(q);
    expect(card(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe(pick);
  });

  it.each([
    // Each fell back before the Vietnamese and Indonesian table.
    ['làm sao để nâng cấp istio mà không bị downtime?', 'upgrades'],
    ['chứng chỉ của linkerd sắp hết hạn, xoay vòng thế nào?', 'certificates'],
    ['apa bedanya istio sama linkerd?', 'head-to-head'],
  ])('a Vietnamese or Indonesian how-to gets its card: %s', (q, id) => {
    expect(card(matcher.answer(q))).toBe(id);
  });
});
