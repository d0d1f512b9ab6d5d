import { describe, expect, it } from 'vitest';
import { FALLBACK_PARAMS, loadParams, OUT_OF_SCOPE } from '../../src/intents/matcher.js';
import {
  chooseThresholds,
  type Prediction,
  recalibrate,
  splitFold,
  tuningBase,
} from '../../src/intents/tune.js';
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

/** A held-out text whose top entry has share `share` (the calibrator's first feature is its log-odds). */
function pred(truth: string, ranked: string[], confidence: number, share: number): Prediction {
  return {
    text: `${truth} ${share}`,
    truth,
    ranked,
    oosWins: false,
    calibration: [Math.log(share / (1 - share)), 0, 0, 1, 0, 0],
    confidence,
  };
}

describe('chooseThresholds: the related answers under a fallback', () => {
  it('lists them from the share where the in-scope fallbacks outnumber the off-topic ones enough to pay', () => {
    const preds: Prediction[] = [
      // Confident and right: they set answerAt.
      ...Array.from({ length: 20 }, () => pred('mtls', ['mtls', 'cost', 'tracing'], 0.95, 0.95)),
      // Fallbacks: in-scope with the entry among the best three at shares 0.30-0.39, off-topic 0.10-0.145.
      ...Array.from({ length: 10 }, (_, i) => pred('mtls', ['cost', 'mtls', 'tracing'], 0.05, 0.3 + i / 100)),
      ...Array.from({ length: 10 }, (_, i) =>
        pred(OUT_OF_SCOPE, ['cost', 'mtls', 'tracing'], 0.05, 0.1 + i / 200),
      ),
    ];
    const t = chooseThresholds(preds);
    expect(t.relatedAt).toBeGreaterThan(0.145);
    expect(t.relatedAt).toBeLessThanOrEqual(0.3);
  });

  it('lists none (1) when every fallback that leans to an entry is off-topic', () => {
    const preds: Prediction[] = [
      ...Array.from({ length: 20 }, () => pred('mtls', ['mtls', 'cost', 'tracing'], 0.95, 0.95)),
      ...Array.from({ length: 10 }, (_, i) =>
        pred(OUT_OF_SCOPE, ['cost', 'mtls', 'tracing'], 0.05, 0.2 + i / 20),
      ),
    ];
    expect(chooseThresholds(preds).relatedAt).toBe(1);
  });

  it('the shipped relatedAt lists some fallbacks and not all (strictly between 0 and 1)', () => {
    const p = loadParams();
    expect(p.relatedAt).toBeGreaterThan(0);
    expect(p.relatedAt).toBeLessThan(1);
  });
});
