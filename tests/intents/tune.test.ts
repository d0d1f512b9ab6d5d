import { describe, expect, it } from 'vitest';
import { FALLBACK_PARAMS, loadParams } from '../../src/intents/matcher.js';
import { tuningBase } from '../../src/intents/tune.js';

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
