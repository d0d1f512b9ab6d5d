/** recent(): the last few results of a pure function of a text (src/intents/memo.ts). */
import { describe, expect, it } from 'vitest';
import { recent } from '../../src/intents/memo.js';

function counted(size: number) {
  const calls: string[] = [];
  const fn = recent(size, (text: string) => {
    calls.push(text);
    return { length: text.length, words: text.split(' ') };
  });
  return { fn, calls };
}

describe('recent', () => {
  it('works a text out once while it is kept, and shares the frozen result', () => {
    const { fn, calls } = counted(3);
    const a = fn('istio or linkerd');
    expect(fn('istio or linkerd')).toBe(a);
    expect(calls).toEqual(['istio or linkerd']);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toEqual({ length: 16, words: ['istio', 'or', 'linkerd'] });
  });

  it('keeps the last `size` texts, the oldest dropped first, a hit changing no order', () => {
    const { fn, calls } = counted(3);
    for (const t of ['a', 'b', 'c']) fn(t);
    fn('a'); // a hit: 'a' stays the oldest
    fn('d'); // drops 'a'
    expect(calls).toEqual(['a', 'b', 'c', 'd']);
    for (const t of ['b', 'c', 'd']) fn(t);
    expect(calls).toEqual(['a', 'b', 'c', 'd']);
    fn('a');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'a']);
    // 'a' took the place of 'b', the oldest then.
    fn('b');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'a', 'b']);
    fn('d');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'a', 'b']);
  });

  it('tells apart texts that differ only at the end, and the empty text', () => {
    const { fn, calls } = counted(4);
    fn('we need mtls');
    fn('we need mtls ');
    fn('');
    fn('');
    expect(calls).toEqual(['we need mtls', 'we need mtls ', '']);
  });
});
