import { describe, expect, it } from 'vitest';
import { withoutTrailing } from '../src/trim.js';
import { seededRandom } from './helpers/random.js';

describe('withoutTrailing', () => {
  it("gives what .replace(/\\/+$/, '') gives, on random paths", () => {
    const rnd = seededRandom(5);
    const pieces = ['/', '//', 'a', 'answers', '.', '%2F', ' ', '\n'];
    let trimmed = 0;
    for (let n = 0; n < 20_000; n++) {
      const t = Array.from(
        { length: Math.floor(rnd() * 10) },
        () => pieces[Math.floor(rnd() * pieces.length)],
      ).join('');
      const want = t.replace(/\/+$/, '');
      expect(withoutTrailing(t, '/'), JSON.stringify(t)).toBe(want);
      if (want !== t) trimmed++;
    }
    expect(trimmed).toBeGreaterThan(4_000);
  });

  it('trims another character, and a text that is only that character', () => {
    expect(withoutTrailing('mtls...', '.')).toBe('mtls');
    expect(withoutTrailing('////', '/')).toBe('');
    expect(withoutTrailing('', '/')).toBe('');
    expect(withoutTrailing('a/b', '/')).toBe('a/b');
  });
});
