import { describe, expect, it } from 'vitest';
import { FALLBACK_PARAMS, loadParams } from '../../src/intents/matcher.js';
import { recalibrate, splitFold, tuningBase } from '../../src/intents/tune.js';
import type { KnowledgeBase } from '../../src/knowledge/loader.js';
import { realKb } from '../helpers/kb.js';

describe('tuningBase: where `npm run tune` starts', () => {
  it('keeps the code weight chosen on the pasted-code dev set (cross-validation cannot choose it)', () => {
    const current = { ...FALLBACK_PARAMS, codeWeight: 0.1, contextWeight: 0.9, answerAt: 0.7 };
    const base = tuningBase(current);
    expect(base.codeWeight).toBe(0.1);
    // Everything the tune does choose starts neutral again.
    expect(base.contextWeight).toBe(FALLBACK_PARAMS.contextWeight);
    expect(base.answerAt).toBe(FALLBACK_PARAMS.answerAt);
  });

  it('the shipped parameters carry a code weight other than the neutral one', () => {
    // Guards against a tune that reset it: 0.5 was the fallback, 0.1 the weight chosen on code.
    expect(loadParams().codeWeight).not.toBe(FALLBACK_PARAMS.codeWeight);
  });
});

/** Six entries of the real knowledge base with a dozen phrasings each, and 40 off-topic lines. */
function smallKb(): KnowledgeBase {
  const kb = realKb();
  const entries = kb.entries.slice(0, 6).map((e) => ({ ...e, phrasings: e.phrasings.slice(0, 12) }));
  return {
    ...kb,
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    outOfScope: kb.outOfScope?.slice(0, 40),
  };
}

describe('recalibrate with repeated cross-validation (`npm run tune -- --keep --repeats R`)', () => {
  it('another seed splits the folds another way', () => {
    const kb = smallKb();
    const held = (seed: number) => splitFold(kb, 2, 0, seed).held.map((h) => h.text);
    expect(held(7)).not.toEqual(held(1007));
    expect(held(7)).toEqual(held(7));
  });

  it('pools the held-out predictions of every repeat', () => {
    const kb = smallKb();
    const params = loadParams();
    const once = recalibrate(kb, params, 2, 1);
    const twice = recalibrate(kb, params, 2, 2);
    const texts = kb.entries.reduce((n, e) => n + e.phrasings.length, 0);
    expect(once.cv.inScope.n).toBe(texts);
    expect(twice.cv.inScope.n).toBe(2 * texts);
    expect(twice.cv.offTopic.n).toBe(2 * (kb.outOfScope?.length ?? 0));
    for (const t of [twice.params.answerAt, twice.params.suggestAt]) {
      expect(t).toBeGreaterThan(0);
      expect(t).toBeLessThan(1);
    }
  });
});
