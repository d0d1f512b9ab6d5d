/**
 * The learned parts of the matcher, with no knowledge of Slack or of the knowledge base's shape:
 *
 * - `Featurizer`: text (already normalised) to a sparse TF-IDF vector of word unigrams, word
 *   bigrams and character 3-5-grams, each family L2-normalised, with the sentences that ask
 *   weighed above the context sentences of a long message.
 * - `SoftmaxRegression`: multinomial logistic regression over those vectors (AdaGrad SGD with L2).
 * - `Bm25`: BM25 over the word unigrams of many small documents per class; a class scores the
 *   mean of its best few documents, so an entry is judged on several phrasings, not its luckiest.
 * - `CentroidModel`: the nearest-centroid classifier that stands in for the regression in very
 *   large knowledge bases, where a weight per feature and class no longer fits in memory.
 *
 * Nothing here is tuned by hand: the hyperparameters come in from `MatcherParams`, chosen by
 * cross-validation (`npm run tune`).
 */
import { STOPWORDS, stem, words } from './vocabulary.js';

/** Words too common to say anything on their own; bigrams still see them. */
const THIN = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'and',
  'in',
  'on',
  'for',
  'is',
  'are',
  'it',
  'i',
  'we',
  'be',
]);
const QUESTION_START =
  /^(?:what|which|how|why|when|where|who|whom|whose|is|are|can|could|should|shall|does|do|did|will|would|any|anyone|has|have|was|were|am|may|might|must|tell me|explain|help|compare|recommend|pls|please)\b/;

/** A longest word that still gets character n-grams (longer runs are noise or attacks). */
const MAX_WORD_FOR_CHARS = 30;
/** At most this many tokens of one message are read (a 4,000-character message has ~700). */
const MAX_TOKENS = 400;

export interface SparseVector {
  readonly idx: Int32Array;
  readonly val: Float32Array;
}

export interface Segment {
  readonly text: string;
  readonly weight: number;
}

/**
 * Splits a message into sentences and weighs them: the sentences that ask (end in "?" or start
 * like a question) get 1, context sentences `contextWeight`. A one-sentence message, or one with
 * no asking sentence, is read whole at weight 1.
 */
export function segment(text: string, contextWeight: number): Segment[] {
  const parts = text
    .split(/(?<=[.!?])\s+|\n+|\s+-\s+|;\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (parts.length <= 1) return [{ text, weight: 1 }];
  const asks = parts.map((p) => /\?\s*$/.test(p) || QUESTION_START.test(p));
  if (!asks.some(Boolean)) return [{ text, weight: 1 }];
  return parts.map((p, i) => ({ text: p, weight: asks[i] ? 1 : contextWeight }));
}

export interface Features {
  /** Feature name to weight, before IDF and normalisation. */
  readonly words: Map<string, number>;
  readonly chars: Map<string, number>;
  /** Content tokens (stems, thin words dropped) for BM25, with their sentence weights. */
  readonly tokens: Map<string, number>;
}

const gramCache = new Map<string, readonly string[]>();
const GRAM_CACHE_SIZE = 50_000;

/** Character 3-5-grams of one word padded with spaces (cached: words repeat a lot). */
function charGrams(word: string): readonly string[] {
  const hit = gramCache.get(word);
  if (hit) return hit;
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let n = 4; n <= 5; n++) for (let j = 0; j + n <= padded.length; j++) out.push(padded.slice(j, j + n));
  if (gramCache.size >= GRAM_CACHE_SIZE) gramCache.clear();
  gramCache.set(word, out);
  return out;
}

/** Raw term counts of a text (already normalised and synonym-mapped), sentence weights applied. */
export function rawFeatures(text: string, contextWeight: number): Features {
  const wordF = new Map<string, number>();
  const charF = new Map<string, number>();
  const tokF = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, w: number) => m.set(k, (m.get(k) ?? 0) + w);
  let budget = MAX_TOKENS;
  for (const seg of segment(text, contextWeight)) {
    if (budget <= 0) break;
    const ws = words(seg.text).slice(0, budget);
    budget -= ws.length;
    const stems = ws.map((w) => stem(w.replace(/\.+$/, '')));
    const w = seg.weight;
    for (let i = 0; i < stems.length; i++) {
      const s = stems[i] as string;
      if (!THIN.has(ws[i] as string)) add(wordF, `w:${s}`, w);
      // BM25 reads content words only (question words and fillers would rank by phrasing style).
      if (!STOPWORDS.has(ws[i] as string)) add(tokF, s, w);
      if (i > 0) add(wordF, `b:${stems[i - 1]}_${s}`, w);
      const raw = ws[i] as string;
      if (raw.length <= MAX_WORD_FOR_CHARS) for (const g of charGrams(raw)) add(charF, g, w);
    }
  }
  return { words: wordF, chars: charF, tokens: tokF };
}

/** Maps feature names to columns and weighs them by IDF; the vocabulary is fixed after `fit`. */
export class Featurizer {
  private readonly column = new Map<string, number>();
  private idf = new Float32Array(0);

  constructor(readonly contextWeight: number) {}

  get size(): number {
    return this.column.size;
  }

  /** Learns the vocabulary and document frequencies from training texts. */
  fit(texts: readonly string[]): Features[] {
    const feats = texts.map((t) => rawFeatures(t, this.contextWeight));
    const df: number[] = [];
    for (const f of feats) {
      for (const m of [f.words, f.chars]) {
        for (const k of m.keys()) {
          let c = this.column.get(k);
          if (c === undefined) {
            c = this.column.size;
            this.column.set(k, c);
            df.push(0);
          }
          df[c] = (df[c] ?? 0) + 1;
        }
      }
    }
    const n = texts.length;
    this.idf = Float32Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
    return feats;
  }

  /** The TF-IDF vector of raw features; `known` is the share of the text's feature mass we know. */
  vector(f: Features): { x: SparseVector; known: number } {
    const idx: number[] = [];
    const val: number[] = [];
    let knownMass = 0;
    let totalMass = 0;
    for (const m of [f.words, f.chars]) {
      const start = idx.length;
      let norm = 0;
      for (const [k, tf] of m) {
        // Sublinear term frequency; sentence weights below 1 stay proportional.
        const sub = tf >= 1 ? 1 + Math.log(tf) : tf;
        if (m === f.words && k.startsWith('w:')) totalMass += sub;
        const c = this.column.get(k);
        if (c === undefined) continue;
        if (m === f.words && k.startsWith('w:')) knownMass += sub;
        const v = sub * (this.idf[c] as number);
        idx.push(c);
        val.push(v);
        norm += v * v;
      }
      const inv = norm > 0 ? 1 / Math.sqrt(2 * norm) : 0;
      for (let i = start; i < val.length; i++) val[i] = (val[i] as number) * inv;
    }
    return {
      x: { idx: Int32Array.from(idx), val: Float32Array.from(val) },
      known: totalMass > 0 ? knownMass / totalMass : 0,
    };
  }
}

export interface RegressionOptions {
  readonly l2: number;
  readonly epochs: number;
  readonly learningRate?: number;
  readonly seed?: number;
}

/** Small seedable PRNG (mulberry32) so that fitting is repeatable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gradients smaller than this are not applied (the class is already right for the example). */
const GRAD_FLOOR = 5e-3;

/** Multinomial logistic regression over sparse vectors: weights[feature * classes + class]. */
export class SoftmaxRegression {
  private readonly w: Float32Array;
  private readonly b: Float64Array;

  constructor(
    readonly features: number,
    readonly classes: number,
  ) {
    this.w = new Float32Array(features * classes);
    this.b = new Float64Array(classes);
  }

  /** AdaGrad SGD on the cross-entropy with L2, examples in a fresh shuffled order each epoch. */
  fit(xs: readonly SparseVector[], ys: readonly number[], opts: RegressionOptions): this {
    const C = this.classes;
    const lr = opts.learningRate ?? 0.5;
    const l2 = opts.l2;
    const g2 = new Float32Array(this.w.length);
    const g2b = new Float64Array(C);
    const rand = prng(opts.seed ?? 1);
    const order = xs.map((_, i) => i);
    const p = new Float64Array(C);
    const grad = new Float64Array(C);
    const live = new Int32Array(C);
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        const t = order[i] as number;
        order[i] = order[j] as number;
        order[j] = t;
      }
      for (const n of order) {
        const x = xs[n] as SparseVector;
        const y = ys[n] as number;
        this.scoresInto(x, p);
        softmaxInPlace(p);
        // Classes the model already gets right for this example (gradient near 0) are skipped:
        // after the first epoch that is most of them, which is what makes fitting fast.
        let active = 0;
        for (let c = 0; c < C; c++) {
          const g = (p[c] as number) - (c === y ? 1 : 0);
          grad[c] = g;
          if (g > GRAD_FLOOR || g < -GRAD_FLOOR) live[active++] = c;
        }
        const w = this.w;
        for (let k = 0; k < x.idx.length; k++) {
          const base = (x.idx[k] as number) * C;
          const v = x.val[k] as number;
          for (let a = 0; a < active; a++) {
            const c = live[a] as number;
            const at = base + c;
            const wv = w[at] as number;
            const g = (grad[c] as number) * v + l2 * wv;
            const acc = (g2[at] as number) + g * g;
            g2[at] = acc;
            w[at] = wv - (lr * g) / Math.sqrt(acc + 1e-8);
          }
        }
        for (let c = 0; c < C; c++) {
          const g = grad[c] as number;
          g2b[c] = (g2b[c] as number) + g * g;
          this.b[c] = (this.b[c] as number) - (lr * g) / Math.sqrt((g2b[c] as number) + 1e-8);
        }
      }
    }
    return this;
  }

  private scoresInto(x: SparseVector, out: Float64Array): void {
    const C = this.classes;
    const w = this.w;
    const idx = x.idx;
    const val = x.val;
    out.set(this.b);
    for (let k = 0; k < idx.length; k++) {
      const base = (idx[k] as number) * C;
      const v = val[k] as number;
      for (let c = 0; c < C; c++) out[c] = (out[c] as number) + v * (w[base + c] as number);
    }
  }

  /** The fitted weights and biases as bytes (for the on-disk cache of fitted models). */
  toBytes(): Buffer {
    return Buffer.concat([
      Buffer.from(this.b.buffer, this.b.byteOffset, this.b.byteLength),
      Buffer.from(this.w.buffer, this.w.byteOffset, this.w.byteLength),
    ]);
  }

  /** Restores weights written by toBytes; false (and nothing changed) when the size does not match. */
  loadBytes(bytes: Uint8Array): boolean {
    if (bytes.byteLength !== this.b.byteLength + this.w.byteLength) return false;
    const copy = new Uint8Array(bytes);
    this.b.set(new Float64Array(copy.buffer, 0, this.classes));
    this.w.set(new Float32Array(copy.buffer, this.b.byteLength, this.w.length));
    return true;
  }

  /** Class probabilities for one vector. */
  predict(x: SparseVector): Float64Array {
    const p = new Float64Array(this.classes);
    this.scoresInto(x, p);
    return softmaxInPlace(p);
  }
}

export function softmaxInPlace(p: Float64Array, temperature = 1): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < p.length; c++) if ((p[c] as number) > max) max = p[c] as number;
  let sum = 0;
  for (let c = 0; c < p.length; c++) {
    const e = Math.exp(((p[c] as number) - max) / temperature);
    p[c] = e;
    sum += e;
  }
  for (let c = 0; c < p.length; c++) p[c] = (p[c] as number) / sum;
  return p;
}

/** Nearest centroid (cosine) over the same vectors: fitting is one pass, memory grows with the data. */
export class CentroidModel {
  /** feature -> list of (class, weight), the centroids as an inverted index. */
  private readonly postings = new Map<number, { c: number[]; w: number[] }>();

  constructor(readonly classes: number) {}

  fit(xs: readonly SparseVector[], ys: readonly number[]): this {
    const sums: Map<number, number>[] = Array.from({ length: this.classes }, () => new Map());
    xs.forEach((x, n) => {
      const m = sums[ys[n] as number] as Map<number, number>;
      for (let k = 0; k < x.idx.length; k++) {
        const f = x.idx[k] as number;
        m.set(f, (m.get(f) ?? 0) + (x.val[k] as number));
      }
    });
    sums.forEach((m, c) => {
      let norm = 0;
      for (const v of m.values()) norm += v * v;
      const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (const [f, v] of m) {
        let p = this.postings.get(f);
        if (!p) {
          p = { c: [], w: [] };
          this.postings.set(f, p);
        }
        p.c.push(c);
        p.w.push(v * inv);
      }
    });
    return this;
  }

  /** Cosine similarity of x to every class centroid. */
  similarity(x: SparseVector): Float64Array {
    const s = new Float64Array(this.classes);
    for (let k = 0; k < x.idx.length; k++) {
      const p = this.postings.get(x.idx[k] as number);
      if (!p) continue;
      const v = x.val[k] as number;
      for (let i = 0; i < p.c.length; i++) {
        const c = p.c[i] as number;
        s[c] = (s[c] as number) + v * (p.w[i] as number);
      }
    }
    return s;
  }
}

/** Per class, the mean of its `topK` best document scores (missing documents count as 0). */
function meanOfBestPerClass(
  docScore: ReadonlyMap<number, number>,
  docClass: readonly number[],
  classes: number,
  topK: number,
): Float64Array {
  const best: number[][] = [];
  for (const [d, s] of docScore) {
    const c = docClass[d] as number;
    const list = best[c] ?? [];
    best[c] = list;
    if (list.length < topK) {
      list.push(s);
      list.sort((x, y) => y - x);
    } else if (s > (list[topK - 1] as number)) {
      list[topK - 1] = s;
      list.sort((x, y) => y - x);
    }
  }
  const out = new Float64Array(classes);
  best.forEach((list, c) => {
    if (list) out[c] = list.reduce((a, b) => a + b, 0) / topK;
  });
  return out;
}

/**
 * BM25 (k1 1.2, b 0.75, the usual defaults) over many short documents, each belonging to a class.
 * A class scores the mean of its `topK` best documents (missing ones count as 0).
 */
export class Bm25 {
  private readonly postings = new Map<string, { doc: number[]; tf: number[] }>();
  private readonly docClass: number[] = [];
  private readonly docLen: number[] = [];
  private avgLen = 1;

  constructor(readonly classes: number) {}

  add(cls: number, tokens: ReadonlyMap<string, number>): void {
    const d = this.docClass.length;
    this.docClass.push(cls);
    let len = 0;
    for (const [t, tf] of tokens) {
      len += tf;
      let p = this.postings.get(t);
      if (!p) {
        p = { doc: [], tf: [] };
        this.postings.set(t, p);
      }
      p.doc.push(d);
      p.tf.push(tf);
    }
    this.docLen.push(len);
  }

  finish(): this {
    const total = this.docLen.reduce((s, l) => s + l, 0);
    this.avgLen = this.docLen.length ? Math.max(1, total / this.docLen.length) : 1;
    return this;
  }

  has(token: string): boolean {
    return this.postings.has(token);
  }

  /** Per-class scores (mean of the class's best `topK` documents). */
  score(query: ReadonlyMap<string, number>, topK: number): Float64Array {
    const N = this.docClass.length;
    const docScore = new Map<number, number>();
    for (const [t, qw] of query) {
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = Math.log(1 + (N - p.doc.length + 0.5) / (p.doc.length + 0.5));
      for (let i = 0; i < p.doc.length; i++) {
        const d = p.doc[i] as number;
        const tf = p.tf[i] as number;
        const norm = tf + 1.2 * (1 - 0.75 + (0.75 * (this.docLen[d] as number)) / this.avgLen);
        docScore.set(d, (docScore.get(d) ?? 0) + qw * idf * ((tf * 2.2) / norm));
      }
    }
    return meanOfBestPerClass(docScore, this.docClass, this.classes, topK);
  }
}

/** Plain logistic regression on a few dense features (the confidence calibrator). */
export function fitLogistic(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  opts: { l2: number; iterations: number },
): { weights: number[]; bias: number } {
  const d = xs[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const n = xs.length;
  // Full-batch gradient descent with a fixed step on standardised inputs is enough for a few features.
  for (let it = 0; it < opts.iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i] as readonly number[];
      let z = b;
      for (let j = 0; j < d; j++) z += (w[j] as number) * (x[j] as number);
      const p = 1 / (1 + Math.exp(-z));
      const g = p - (ys[i] as number);
      for (let j = 0; j < d; j++) gw[j] = (gw[j] as number) + g * (x[j] as number);
      gb += g;
    }
    for (let j = 0; j < d; j++)
      w[j] = (w[j] as number) - 1.0 * ((gw[j] as number) / n + opts.l2 * (w[j] as number));
    b -= (1.0 * gb) / n;
  }
  return { weights: w, bias: b };
}

export function logistic(weights: readonly number[], bias: number, x: readonly number[]): number {
  let z = bias;
  for (let j = 0; j < weights.length; j++) z += (weights[j] as number) * (x[j] as number);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Nearest phrasings by cosine over the same TF-IDF vectors (character n-grams included, so it
 * forgives typos that BM25's whole words do not). A class scores the mean of its best topK.
 */
export class NearestPhrasings {
  private readonly postings = new Map<number, { doc: number[]; val: number[] }>();
  private readonly docClass: number[] = [];

  constructor(readonly classes: number) {}

  add(cls: number, x: SparseVector): void {
    const d = this.docClass.length;
    this.docClass.push(cls);
    for (let k = 0; k < x.idx.length; k++) {
      const f = x.idx[k] as number;
      let p = this.postings.get(f);
      if (!p) {
        p = { doc: [], val: [] };
        this.postings.set(f, p);
      }
      p.doc.push(d);
      p.val.push(x.val[k] as number);
    }
  }

  score(x: SparseVector, topK: number): Float64Array {
    const sims = new Map<number, number>();
    for (let k = 0; k < x.idx.length; k++) {
      const p = this.postings.get(x.idx[k] as number);
      if (!p) continue;
      const v = x.val[k] as number;
      for (let i = 0; i < p.doc.length; i++) {
        const d = p.doc[i] as number;
        sims.set(d, (sims.get(d) ?? 0) + v * (p.val[i] as number));
      }
    }
    return meanOfBestPerClass(sims, this.docClass, this.classes, topK);
  }
}
