import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BRAHMIC_ANSWER_AT,
  chooseOtherScriptAnswerAt,
  createMatcher,
  type Matcher,
  OTHER_SCRIPT_ANSWER_AT,
  type OtherScriptCard,
} from '../../src/intents/matcher.js';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';

describe('chooseOtherScriptAnswerAt', () => {
  it('takes the threshold with the most right cards less two per wrong one', () => {
    const cards: OtherScriptCard[] = [
      { confidence: 0.65, right: false },
      { confidence: 0.7, right: true },
      { confidence: 0.75, right: false },
      { confidence: 0.8, right: false },
      { confidence: 0.9, right: true },
      { confidence: 0.95, right: true },
    ];
    // From 0.81 up: 2 right, none wrong (2); from 0.70: 3 right, 2 wrong (-1).
    expect(chooseOtherScriptAnswerAt(cards)).toBe(0.81);
  });

  it('keeps the lowest threshold when every card is right', () => {
    expect(chooseOtherScriptAnswerAt([{ confidence: 0.7, right: true }])).toBe(0.6);
  });
});

/** The cards (other than the pick card) a matcher gives a set's questions, and whether each is right. */
function cardsOf(matcher: Matcher, file: string): OtherScriptCard[] {
  const cards: OtherScriptCard[] = [];
  for (const line of readFileSync(`tests/fixtures/${file}`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { q, expect: ids } = JSON.parse(line) as { q: string; expect: string[] };
    const reply = matcher.answer(q);
    if (reply.kind !== 'answer' || reply.entry.id === 'which-mesh') continue;
    cards.push({ confidence: reply.confidence, right: ids.includes(reply.entry.id) });
  }
  return cards;
}

describe('cards for messages read through the glossaries only', () => {
  const kb = loadKnowledgeBase();

  // OTHER_SCRIPT_ANSWER_AT was first chosen on eval-i18n-dev.jsonl, before topic words were added
  // to the glossaries from that set's misses. The fresh eval-cjkru-dev.jsonl chooses lower on a flat
  // plateau, which the unread i18n1 did not bear out (src/intents/matcher.ts): the constant stays,
  // and the choice may not rise above it.
  it('OTHER_SCRIPT_ANSWER_AT is no lower than the choice on tests/fixtures/eval-cjkru-dev.jsonl', () => {
    const cards = cardsOf(createMatcher(kb, { otherScriptAnswerAt: 0 }), 'eval-cjkru-dev.jsonl');
    expect(cards.length).toBeGreaterThan(80);
    expect(chooseOtherScriptAnswerAt(cards)).toBeLessThanOrEqual(OTHER_SCRIPT_ANSWER_AT);
  });

  it('BRAHMIC_ANSWER_AT is the choice on tests/fixtures/eval-hith-dev.jsonl (Hindi and Thai), and answers such a card', () => {
    const cards = cardsOf(createMatcher(kb, { brahmicAnswerAt: 0 }), 'eval-hith-dev.jsonl');
    expect(cards.length).toBeGreaterThan(40);
    expect(chooseOtherScriptAnswerAt(cards)).toBe(BRAHMIC_ANSWER_AT);
    // The Hindi mTLS question below gets its card at 0.83, under the other scripts' threshold.
    const q = 'istio में mTLS चालू है या नहीं, कैसे पता करें?';
    const reply = createMatcher(kb).answer(q);
    expect(reply.kind === 'answer' ? reply.entry.id : reply.kind).toBe('mtls');
    expect(reply.confidence).toBeLessThan(0.86);
    // A Korean card below the other scripts' threshold is offered among suggestions.
    const korean = createMatcher(kb, { otherScriptAnswerAt: 1, brahmicAnswerAt: 0 });
    expect(korean.answer('Linkerd 업그레이드는 어떻게 하나요?').kind).toBe('suggest');
    expect(korean.answer(q).kind).toBe('answer');
  });

  it('gives no pick card to a message whose glossed reading names no need and no mesh', () => {
    const matcher = createMatcher(kb);
    // "Where shall the team eat on Friday, any recommendation?": the glossary reads ", recommend".
    const lunch = matcher.answer('<@U0BOT1234> 周五团建去哪吃饭，有推荐吗');
    expect(lunch.kind).toBe('fallback');
    // Naming the meshes, the same ask is a request for the pick.
    const pick = matcher.answer('我们在选 service mesh，istio 还是 linkerd，有推荐吗');
    expect(pick.kind === 'answer' ? pick.entry.id : pick.kind).toBe('which-mesh');
  });

  it('with otherScriptAgreement, keeps a card below the threshold when the message read as typed gets the same card', () => {
    // "How do I find out whether mTLS is on in istio?": read through the glossary at 0.83, and its
    // English terms alone give the mtls card too. (Hindi's own threshold, BRAHMIC_ANSWER_AT, is below
    // 0.83: the test sets a stricter one.)
    const q = 'istio में mTLS चालू है या नहीं, कैसे पता करें?';
    const strict = { brahmicAnswerAt: 0.86 };
    const agreeing = createMatcher(kb, { ...strict, otherScriptAgreement: true });
    const alone = createMatcher(kb, strict);
    const kept = agreeing.answer(q);
    expect(kept.kind === 'answer' ? kept.entry.id : kept.kind).toBe('mtls');
    expect(kept.confidence).toBeLessThan(strict.brahmicAnswerAt);
    const offered = alone.answer(q);
    expect(offered.kind).toBe('suggest');
    if (offered.kind === 'suggest') expect(offered.candidates[0]?.id).toBe('mtls');
  });

  it('offers a card below the threshold among suggestions, first, and leaves the pick card', () => {
    const unsure = createMatcher(kb, { otherScriptAnswerAt: 1, otherScriptAgreement: false });
    const howTo = unsure.answer('Linkerd 업그레이드는 어떻게 하나요?');
    expect(howTo.kind).toBe('suggest');
    if (howTo.kind !== 'suggest') return;
    expect(howTo.candidates[0]?.id).toBe('upgrades');
    expect(howTo.query).toBe('Linkerd 업그레이드는 어떻게 하나요?');
    const pick = unsure.answer(
      '我们团队只有3个人，集群有1500个pod，内存很紧张。Istio还是Linkerd，推荐哪个？',
    );
    expect(pick.kind === 'answer' ? pick.entry.id : pick.kind).toBe('which-mesh');
    // An English question is not read through the glossaries: its card stands.
    const english = unsure.answer('how do I upgrade linkerd?');
    expect(english.kind === 'answer' ? english.entry.id : english.kind).toBe('upgrades');
  });
});
