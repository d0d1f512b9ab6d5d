/** Model selection in `npm run tune`: the paired standard error and the one-standard-error rule. */
import { describe, expect, it } from 'vitest';
import { FALLBACK_PARAMS, OUT_OF_SCOPE } from '../../src/intents/matcher.js';
import {
  type Candidate,
  oneStandardError,
  type Prediction,
  pairedStandardError,
  selectionScore,
} from '../../src/intents/tune.js';

/** Predictions for in-scope texts (true: top entry right) and off-topic ones (true: refused). */
function preds(inScope: readonly boolean[], offTopic: readonly boolean[]): Prediction[] {
  const base = { text: 't', calibration: [], confidence: 0.5 };
  return [
    ...inScope.map((right) => ({
      ...base,
      truth: 'mtls',
      ranked: [right ? 'mtls' : 'cost'],
      oosWins: false,
    })),
    ...offTopic.map((refused) => ({ ...base, truth: OUT_OF_SCOPE, ranked: ['cost'], oosWins: refused })),
  ];
}

/** n booleans with the first k true. */
const flags = (n: number, k: number) => Array.from({ length: n }, (_, i) => i < k);

function candidate(epochs: number, p: Prediction[], extra: { knnWeight?: number } = {}): Candidate {
  return {
    params: { ...FALLBACK_PARAMS, epochs, knnWeight: extra.knnWeight ?? 0 },
    preds: p,
    score: selectionScore(p),
  };
}

describe('pairedStandardError', () => {
  it('is 0 for two settings that agree on every text', () => {
    const p = preds(flags(100, 70), flags(50, 45));
    expect(pairedStandardError(p, p)).toBe(0);
  });

  it('is the standard error of the mean paired difference, halved per part of the score', () => {
    // In-scope: the two settings differ on 4 of 100 texts, each way twice (mean difference 0).
    const a = preds([...flags(2, 2), ...flags(2, 0), ...flags(96, 50)], []);
    const b = preds([...flags(2, 0), ...flags(2, 2), ...flags(96, 50)], []);
    // Differences: +1 twice, -1 twice, 0 otherwise; sample variance 4/99, error sqrt(4/99/100).
    expect(pairedStandardError(a, b)).toBeCloseTo(Math.sqrt(4 / 99 / 100), 10);
    // With an off-topic part that agrees, the score is the mean of the two parts: half the error.
    const a2 = preds([...flags(2, 2), ...flags(2, 0), ...flags(96, 50)], flags(20, 10));
    const b2 = preds([...flags(2, 0), ...flags(2, 2), ...flags(96, 50)], flags(20, 10));
    expect(pairedStandardError(a2, b2)).toBeCloseTo(Math.sqrt(4 / 99 / 100) / 2, 10);
  });
});

describe('oneStandardError', () => {
  const best = preds(flags(200, 160), flags(100, 95));

  it('takes the cheapest setting whose score is within one standard error of the best', () => {
    // Two texts lost and one won against the best: a net difference of one text, with an error of
    // sqrt(3/199/200)/2 = 0.0043 on the score against a difference of 0.0025.
    const nearly = preds([...flags(158, 158), false, false, true, ...flags(39, 0)], flags(100, 95));
    const chosen = oneStandardError([candidate(5, best), candidate(3, nearly), candidate(8, best)]);
    expect(chosen?.params.epochs).toBe(3);
  });

  it('keeps the best when the cheaper setting is worse by more than the error', () => {
    const worse = preds(flags(200, 120), flags(100, 80));
    const chosen = oneStandardError([candidate(2, worse), candidate(5, best)]);
    expect(chosen?.params.epochs).toBe(5);
    expect(chosen?.score).toBe(selectionScore(best));
  });

  it('prefers no nearest-phrasings index at equal epochs, then the higher score', () => {
    const nearly = preds([...flags(158, 158), false, false, true, ...flags(39, 0)], flags(100, 95));
    const withKnn = oneStandardError([candidate(5, best, { knnWeight: 4 }), candidate(5, nearly)]);
    expect(withKnn?.params.knnWeight).toBe(0);
    const twoCheap = oneStandardError([candidate(3, nearly), candidate(3, best), candidate(5, best)]);
    expect(twoCheap?.preds).toBe(best);
  });

  it('gives null for an empty grid', () => {
    expect(oneStandardError([])).toBeNull();
  });
});
