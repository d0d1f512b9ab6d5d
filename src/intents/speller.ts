/**
 * Spelling correction by symmetric deletion (the SymSpell idea): every known word is indexed under
 * the strings left after deleting up to two of its letters; a typed word looks up its own
 * deletions, and the candidates are checked with the real edit distance (optimal string
 * alignment, so a swap of two letters is one edit). A lookup costs a few hundred map reads, with no
 * scan over the vocabulary, so a long or hostile word cannot stall the matcher.
 */

/**
 * Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring):
 * a missing, extra or swapped letter costs one edit, a substitution what `substitution` says.
 */
function alignment(a: string, b: string, substitution: (x: string, y: string) => number): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...new Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1] as string;
      const y = b[j - 1] as string;
      const cost = x === y ? 0 : substitution(x, y);
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** Optimal string alignment distance: every edit, substitutions included, costs one. */
export function osa(a: string, b: string): number {
  return alignment(a, b, () => 1);
}

/**
 * Whether two strings are exactly one edit apart (`osa(a, b) === 1`: one letter missing, extra,
 * changed, or two neighbours swapped), in one pass with no table: product names are checked against
 * every name-like word of every question, and the table was the matcher's largest allocation.
 */
export function oneEditApart(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (i < la && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === la) return false;
    // One letter changed at i, or the letters at i and i + 1 swapped: the rest must be equal.
    const swapped =
      i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i);
    const from = swapped ? i + 2 : i + 1;
    for (let k = from; k < la; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
    return true;
  }
  if (Math.abs(la - lb) !== 1) return false;
  // One letter extra in the longer one: at the first difference, and the rest equal after it.
  const [short, long] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  for (let k = i; k < short.length; k++) if (short.charCodeAt(k) !== long.charCodeAt(k + 1)) return false;
  return true;
}

/** QWERTY key positions (rows staggered as on a keyboard), for which slips are likely. */
const KEY_AT = new Map<string, readonly [number, number]>();
for (const [r, row, shift] of [
  [0, 'qwertyuiop', 0],
  [1, 'asdfghjkl', 0.25],
  [2, 'zxcvbnm', 0.75],
] as const) {
  for (let i = 0; i < row.length; i++) KEY_AT.set(row[i] as string, [r, i + shift]);
}
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Whether typing `b` for `a` is a likely slip: a neighbouring key, or one vowel for another (the
 * sound-alike misspellings: "certifacate", "seperate"). Anything else is a different word more
 * often than a typo ("paris" is not "parts": i and t are far apart).
 */
export function likelySubstitution(a: string, b: string): boolean {
  if (VOWELS.has(a) && VOWELS.has(b)) return true;
  const p = KEY_AT.get(a);
  const q = KEY_AT.get(b);
  return p !== undefined && q !== undefined && Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
}

/**
 * The typing distance the speller uses: optimal string alignment where a likely substitution
 * (`likelySubstitution`) costs one edit and any other substitution two.
 */
export function typoDistance(a: string, b: string): number {
  return alignment(a, b, (x, y) => (likelySubstitution(x, y) ? 1 : 2));
}

/** Every string left after deleting up to `max` letters of `word` (the word itself included). */
export function deletions(word: string, max: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let k = 0; k < max; k++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(d)) {
          out.add(d);
          next.push(d);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** Words of up to this many letters are corrected within one edit, longer ones within two. */
const SHORT_WORD = 6;

export class Speller {
  private readonly index = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  /** `frequency` breaks ties between equally near words (more common wins). */
  constructor(
    words: Iterable<string>,
    private readonly frequency: ReadonlyMap<string, number> = new Map(),
    readonly maxWord = 30,
  ) {
    for (const w of words) {
      // A typed word of up to maxWord letters can be two edits from a known word two letters longer
      // ("holdappciationuntilproxystarts" is 30 letters, the annotation 31).
      if (w.length > maxWord + 2) continue;
      // A known word of six letters or fewer is only ever reached by at most one deletion of its
      // own: a typed word of up to six letters gets one edit, and a longer one is at least one
      // letter longer than it, so one of its two edits is an insertion. Longer words need two.
      for (const d of deletions(w, w.length <= SHORT_WORD ? 1 : 2)) {
        const list = this.index.get(d);
        if (list) list.push(w);
        else this.index.set(d, [w]);
      }
    }
  }

  /**
   * The nearest known word within one edit (words of up to six letters) or two (longer words),
   * starting with the same letter, or null.
   */
  correct(word: string): string | null {
    if (word.length < 4 || word.length > this.maxWord) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    // Two edits only for long words: at six letters that would turn "lovely" into "level".
    const maxEdits = word.length <= SHORT_WORD ? 1 : 2;
    let best: { w: string; d: number; f: number } | null = null;
    const seen = new Set<string>();
    for (const del of deletions(word, maxEdits)) {
      for (const cand of this.index.get(del) ?? []) {
        if (seen.has(cand) || cand[0] !== word[0]) continue;
        seen.add(cand);
        if (Math.abs(cand.length - word.length) > maxEdits) continue;
        const d = typoDistance(word, cand);
        if (d === 0 || d > maxEdits) continue;
        // Two edits that already reach the second letter make another word more often than a
        // typo ("weather" is not "whether"): a second edit is only trusted after two right letters.
        if (d === 2 && cand[1] !== word[1]) continue;
        const f = this.frequency.get(cand) ?? 0;
        if (!best || d < best.d || (d === best.d && (f > best.f || (f === best.f && cand < best.w)))) {
          best = { w: cand, d, f };
        }
      }
    }
    const result = best?.w ?? null;
    if (this.cache.size >= 5000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }
}
