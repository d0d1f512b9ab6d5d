import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/intents/english.js';
import { prng } from '../../src/intents/model.js';
import { normalizeText } from '../../src/intents/normalize.js';
import { likelySubstitution, oneEditApart, osa, Speller, typoDistance } from '../../src/intents/speller.js';
import { STOPWORDS, words } from '../../src/intents/vocabulary.js';
import { fixtureQuestions, realKb, realMatcher } from '../helpers/kb.js';

/** The rule the speller implements, by scanning every known word: the reference for the index. */
function bruteForce(
  known: readonly string[],
  freq: ReadonlyMap<string, number>,
  word: string,
): string | null {
  if (word.length < 4 || word.length > 30) return null;
  const maxEdits = word.length <= 6 ? 1 : 2;
  let best: { w: string; d: number; f: number } | null = null;
  for (const cand of known) {
    if (cand[0] !== word[0] || Math.abs(cand.length - word.length) > maxEdits) continue;
    const d = typoDistance(word, cand);
    if (d === 0 || d > maxEdits) continue;
    if (d === 2 && cand[1] !== word[1]) continue; // two edits only after two right letters
    const f = freq.get(cand) ?? 0;
    if (!best || d < best.d || (d === best.d && (f > best.f || (f === best.f && cand < best.w)))) {
      best = { w: cand, d, f };
    }
  }
  return best?.w ?? null;
}

/** One or two random edits (delete, insert, substitute, swap), never on the first letter. */
function typo(word: string, rand: () => number, edits: number): string {
  let w = word;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let e = 0; e < edits; e++) {
    const i = 1 + Math.floor(rand() * Math.max(1, w.length - 1));
    const l = letters[Math.floor(rand() * 26)] as string;
    const kind = Math.floor(rand() * 4);
    if (kind === 0 && w.length > 2) w = w.slice(0, i) + w.slice(i + 1);
    else if (kind === 1) w = w.slice(0, i) + l + w.slice(i);
    else if (kind === 2) w = w.slice(0, i) + l + w.slice(i + 1);
    else if (i + 1 < w.length) w = w.slice(0, i) + (w[i + 1] as string) + (w[i] as string) + w.slice(i + 2);
  }
  return w;
}

describe('Speller', () => {
  it('corrects within one edit up to six letters and two beyond, preferring the commoner word', () => {
    const s = new Speller(['linkerd', 'istio', 'latency', 'lately'], new Map([['latency', 5]]));
    expect(s.correct('linkred')).toBe('linkerd');
    expect(s.correct('istoi')).toBe('istio');
    expect(s.correct('isito')).toBe('istio');
    expect(s.correct('isxyo')).toBeNull(); // two edits in a five-letter word
    expect(s.correct('latncey')).toBe('latency');
    expect(s.correct('istio')).toBeNull(); // known words are left alone
    expect(s.correct('abc')).toBeNull();
  });

  it('trusts a second edit only when the first two letters are right', () => {
    const s = new Speller(['whether', 'latency', 'recommend', 'observability']);
    expect(s.correct('weather')).toBeNull();
    expect(s.correct('latnecy')).toBe('latency');
    expect(s.correct('reccomend')).toBe('recommend');
    expect(s.correct('obsrevabilty')).toBe('observability');
  });

  it('counts a slip to a neighbouring key or another vowel as one edit, any other substitution as two', () => {
    expect(likelySubstitution('i', 'o')).toBe(true); // neighbours, and both vowels
    expect(likelySubstitution('r', 't')).toBe(true);
    expect(likelySubstitution('a', 'z')).toBe(true);
    expect(likelySubstitution('a', 'e')).toBe(true); // sound-alike
    expect(likelySubstitution('i', 't')).toBe(false);
    expect(likelySubstitution('r', 's')).toBe(false);
    expect(likelySubstitution('p', 'e')).toBe(false);
    expect(typoDistance('paris', 'parts')).toBe(2);
    expect(osa('paris', 'parts')).toBe(1);
    expect(typoDistance('linkred', 'linkerd')).toBe(1); // a swap stays one edit
    expect(typoDistance('certifacate', 'certificate')).toBe(1);
    expect(typoDistance('mtsl', 'mtls')).toBe(1);
  });

  it('leaves words alone that only a far substitution would turn into a known one', () => {
    const s = new Speller(['parts', 'adds', 'core', 'relative', 'fully', 'release', 'istio']);
    expect(s.correct('paris')).toBeNull();
    expect(s.correct('addr')).toBeNull();
    expect(s.correct('corp')).toBeNull();
    expect(s.correct('realtime')).toBeNull();
    expect(s.correct('fuly')).toBe('fully');
    expect(s.correct('relase')).toBe('release');
    expect(s.correct('istoi')).toBe('istio');
  });

  it("finds exactly what a scan of every known word finds (the index's depth is enough)", () => {
    const kb = realKb();
    const known = new Set<string>();
    const freq = new Map<string, number>();
    for (const e of kb.entries) {
      for (const t of [e.title, ...e.phrasings]) {
        for (const w of words(t.toLowerCase())) {
          if (w.length < 4 || /\d/.test(w)) continue;
          known.add(w);
          freq.set(w, (freq.get(w) ?? 0) + 1);
        }
      }
    }
    const list = [...known];
    const speller = new Speller(list, freq);
    const rand = prng(7);
    let checked = 0;
    let corrected = 0;
    for (let i = 0; i < 3000; i++) {
      const base = list[Math.floor(rand() * list.length)] as string;
      const typed = typo(base, rand, 1 + Math.floor(rand() * 2));
      const want = bruteForce(list, freq, typed);
      expect(speller.correct(typed), typed).toBe(want);
      checked++;
      if (want) corrected++;
    }
    expect(checked).toBe(3000);
    // The check means something only if many typos were corrected, at both edit distances.
    expect(corrected).toBeGreaterThan(1500);
  });
});

describe('the matcher corrects non-words only', () => {
  it('knows common English words in every spelling, and not typos or product names', () => {
    for (const w of ['easy', 'pushing', 'taken', 'leak', 'weather', 'colour', 'standardise'])
      expect(isEnglishWord(w), w).toBe(true);
    for (const w of ['obervability', 'istoi', 'relase', 'linkerd', 'ztunnel', 'mtls'])
      expect(isEnglishWord(w), w).toBe(false);
  });

  it('leaves a real word the knowledge base lacks as typed, and still fixes typos', () => {
    const m = realMatcher();
    // Each of these was "corrected" into a knowledge-base word one or two edits away.
    for (const w of ['easy', 'pushing', 'shifting', 'derived', 'taken', 'trailing', 'feeding']) {
      expect(m.correct(w), w).toBeNull();
    }
    expect(m.correct('obervability')).toBe('observability');
    expect(m.correct('istoi')).toBe('istio');
    expect(m.correct('protcol')).toBe('protocol');
  });
});

describe('oneEditApart (session 40)', () => {
  it('says what osa(a, b) === 1 says, on words one or two random edits from product names and on random pairs', () => {
    const rand = prng(40);
    const pick = (s: string) => s[Math.floor(rand() * s.length)] as string;
    const letters = 'abcdeilnkrstuoz';
    const edit = (w: string): string => {
      const i = Math.floor(rand() * (w.length + 1));
      switch (Math.floor(rand() * 4)) {
        case 0:
          return w.slice(0, i) + pick(letters) + w.slice(i);
        case 1:
          return w.slice(0, i) + w.slice(i + 1);
        case 2:
          return w.slice(0, i) + pick(letters) + w.slice(i + 1);
        default:
          return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
      }
    };
    const names = ['istio', 'linkerd', 'cilium', 'consul', 'kuma', 'envoy', 'aa', 'abab', ''];
    let ones = 0;
    let checked = 0;
    for (let n = 0; n < 20000; n++) {
      const a = names[n % names.length] as string;
      const b = rand() < 0.5 ? edit(a) : edit(edit(a));
      for (const [x, y] of [
        [a, b],
        [b, a],
        [b, b],
      ] as const) {
        const expected = osa(x, y) === 1;
        if (expected) ones++;
        checked++;
        expect(oneEditApart(x, y), `${x} / ${y}`).toBe(expected);
      }
    }
    expect(checked).toBe(60000);
    // Both answers are common, so the comparison means something.
    expect(ones).toBeGreaterThan(10000);
    expect(checked - ones).toBeGreaterThan(10000);
  });
});

describe('the corrector finds words by hand (session 40)', () => {
  it("corrects exactly what a replace over /[a-z][a-z0-9']*/g did, at most 8 words, on every fixture line", () => {
    const m = realMatcher();
    const inside = m as unknown as { knownWords: Set<string>; corrected(text: string): string };
    const byReplace = (text: string) => {
      let corrections = 0;
      return text.replace(/[a-z][a-z0-9']*/g, (w) => {
        if (corrections >= 8 || w.length < 4 || STOPWORDS.has(w) || inside.knownWords.has(w)) return w;
        const c = m.correct(w);
        if (!c) return w;
        corrections++;
        return c;
      });
    };
    const texts = [
      'obervability protcol istoi relase '.repeat(4),
      "9ambiant x'tunnel l1nkerd 'obervability' obervability's",
      '',
    ];
    texts.push(...fixtureQuestions().map(normalizeText));
    let changed = 0;
    for (const text of texts) {
      const expected = byReplace(text);
      if (expected !== text) changed++;
      expect(inside.corrected(text), text.slice(0, 80)).toBe(expected);
    }
    // Typos are common in the fixtures: the corrector did change texts, and stopped at eight.
    expect(changed).toBeGreaterThan(500);
    expect(inside.corrected('obervability protcol istoi relase '.repeat(4))).toContain('relase');
  });
});
