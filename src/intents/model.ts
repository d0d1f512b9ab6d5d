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
import { CODE_MARK } from './normalize.js';
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
 * no asking sentence, is read whole at weight 1. Fenced code (between CODE_MARKs, see
 * `markCode`) is weighed `codeWeight` when the message has words of its own around it; a message
 * that is all code is read as its text.
 */
export function segment(text: string, contextWeight: number, codeWeight = contextWeight): Segment[] {
  if (text.includes(CODE_MARK)) {
    const pieces = text.split(CODE_MARK);
    const prose = pieces.filter((_, i) => i % 2 === 0).join(' . ');
    const code = pieces
      .filter((p, i) => i % 2 === 1 && p.trim().length > 0)
      .map((p) => ({ text: p.trim(), weight: codeWeight }));
    if (!/[a-z0-9]/.test(prose)) return segment(pieces.join(' '), contextWeight);
    return [...segment(prose, contextWeight), ...(codeWeight > 0 ? code : [])];
  }
  const parts = text
    .split(/(?<=[.!?])\s+|\n+|\s+-\s+|;\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && /[a-z0-9]/.test(s));
  if (parts.length <= 1) return [{ text, weight: 1 }];
  const asks = parts.map((p) => /\?\s*$/.test(p) || QUESTION_START.test(p));
  if (!asks.some(Boolean)) return [{ text, weight: 1 }];
  return parts.map((p, i) => ({ text: p, weight: asks[i] ? 1 : contextWeight }));
}

/** Room for many vectors: `Featurizer.fit` writes each text's into the next `at` numbers. */
interface VectorPool {
  readonly idx: Int32Array;
  readonly val: Float32Array;
  at: number;
}

/** What one text gives: its TF-IDF vector, the BM25 tokens, and how much of its wording is known. */
export interface Transformed {
  readonly x: SparseVector;
  /** Content tokens (stems, stopwords dropped) for BM25, with their sentence weights. */
  readonly tokens: Map<string, number>;
  /** Share of the text's word-unigram mass the vocabulary knows (1 for training texts). */
  readonly known: number;
}

const gramCache = new Map<string, readonly string[]>();
const stemCache = new Map<string, string>();
const WORD_CACHE_SIZE = 50_000;

/** Character 4-5-grams of one word padded with spaces (cached: words repeat a lot). */
function charGrams(word: string): readonly string[] {
  const hit = gramCache.get(word);
  if (hit) return hit;
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let n = 4; n <= 5; n++) for (let j = 0; j + n <= padded.length; j++) out.push(padded.slice(j, j + n));
  if (gramCache.size >= WORD_CACHE_SIZE) gramCache.clear();
  gramCache.set(word, out);
  return out;
}

function cachedStem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  const s = stem(word.replace(/\.+$/, ''));
  if (stemCache.size >= WORD_CACHE_SIZE) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

/** Raw counts of one text by column (words and bigrams, character grams), before IDF. */
interface Counts {
  /** Word unigram and bigram columns, in the order first seen, and their weighted counts. */
  readonly words: ColumnCounts;
  /** Character-gram columns and counts. */
  readonly chars: ColumnCounts;
  readonly tokens: Map<string, number>;
  /** Word unigrams the vocabulary does not have (query time only), for the known share. */
  readonly unknown: Map<string, number> | null;
}

/**
 * Plain arrays, not typed ones: a typed array of more than a few numbers gets a buffer outside the
 * heap, and allocating and sweeping two of those for each family of each training text was a fifth
 * of the featurizing pass.
 */
interface ColumnCounts {
  readonly idx: readonly number[];
  readonly tf: readonly number[];
}

interface WordInfo {
  readonly stem: string;
  /** The stem's number (-1: a stem never seen while learning, so in no bigram of the vocabulary). */
  readonly stemId: number;
  /** The unigram's column, -1 when unknown, THIN_WORD for words too common to count alone. */
  readonly unigram: number;
  /** Not a stopword: BM25 reads it. */
  readonly content: boolean;
  readonly grams: Int32Array;
}
const THIN_WORD = -2;
const NO_COLUMNS = new Int32Array(0);
/** Bigram keys are prev * STEM_ID_SPAN + next: exact while there are fewer stems than this (2^26). */
const STEM_ID_SPAN = 67_108_864;

/** Column kinds: character gram, word bigram, word unigram (the known share reads unigrams). */
const CHAR = 0;
const BIGRAM = 1;
const UNIGRAM = 2;

/**
 * Maps feature names (word unigrams, word bigrams, character 4-5-grams) to columns and weighs them
 * by IDF; the vocabulary is fixed after `fit`. Features are read straight into columns, so no
 * per-text table of feature names is built (that was most of the start-up's time and garbage).
 */
export class Featurizer {
  private readonly column = new Map<string, number>();
  private readonly kind: number[] = [];
  private idf = new Float32Array(0);
  /** What the featurizer knows of each word it has read (columns are -1 when not in the vocabulary). */
  private readonly wordInfo = new Map<string, WordInfo>();
  /** Stems seen while learning, numbered, so that a bigram's column is found by a number, not a string. */
  private readonly stemIds = new Map<string, number>();
  /**
   * Bigram columns by the first stem's number, then the second's: small-integer keys, where one
   * table keyed by prev * STEM_ID_SPAN + next needed a boxed number for every lookup.
   */
  private readonly bigramsAfter: (Map<number, number> | undefined)[] = [];
  /** The same bigrams as key (prev * STEM_ID_SPAN + next) and column, in the order learnt. */
  private readonly bigramPairs: number[] = [];

  constructor(
    readonly contextWeight: number,
    readonly codeWeight: number = contextWeight,
  ) {}

  get size(): number {
    return this.column.size;
  }

  private col(key: string, learn: boolean, kind: number): number {
    const c = this.column.get(key);
    if (c !== undefined || !learn) return c ?? -1;
    const n = this.column.size;
    this.column.set(key, n);
    this.kind.push(kind);
    return n;
  }

  /**
   * One word's stem, unigram and character-gram columns. While learning every feature gets a
   * column; afterwards the vocabulary is fixed. Either way a word's columns never change once seen,
   * so they are cached.
   */
  private word(raw: string, learn: boolean): WordInfo {
    const hit = this.wordInfo.get(raw);
    if (hit) return hit;
    const s = cachedStem(raw);
    let stemId = this.stemIds.get(s) ?? -1;
    if (stemId < 0 && learn) {
      stemId = this.stemIds.size;
      this.stemIds.set(s, stemId);
      this.bigramsAfter.push(undefined);
    }
    let grams = NO_COLUMNS;
    if (raw.length <= MAX_WORD_FOR_CHARS) {
      const names = charGrams(raw);
      grams = new Int32Array(names.length);
      for (let i = 0; i < names.length; i++) grams[i] = this.col(names[i] as string, learn, CHAR);
    }
    const info: WordInfo = {
      stem: s,
      stemId,
      unigram: THIN.has(raw) ? THIN_WORD : this.col(`w:${s}`, learn, UNIGRAM),
      content: !STOPWORDS.has(raw),
      grams,
    };
    if (this.wordInfo.size >= WORD_CACHE_SIZE) this.wordInfo.clear();
    this.wordInfo.set(raw, info);
    return info;
  }

  private bigram(prev: number, next: number, a: string, b: string, learn: boolean): number {
    if (prev < 0 || next < 0) return -1;
    const c = this.bigramsAfter[prev]?.get(next);
    if (c !== undefined || !learn) return c ?? -1;
    const n = this.col(`b:${a}_${b}`, true, BIGRAM);
    this.addBigram(prev, next, n);
    return n;
  }

  /** Records a bigram's column, learnt or restored from a snapshot. */
  private addBigram(prev: number, next: number, column: number): void {
    let after = this.bigramsAfter[prev];
    if (after === undefined) {
      after = new Map();
      this.bigramsAfter[prev] = after;
    }
    after.set(next, column);
    this.bigramPairs.push(prev * STEM_ID_SPAN + next, column);
  }

  /**
   * Counts of one (normalised, synonym-mapped) text, sentence weights applied. Counts add up in one
   * reused array indexed by column (a weight is never 0, so 0 means "not seen in this text") with the
   * columns listed in the order first seen; no table is allocated per text.
   */
  private count(text: string, learn: boolean): Counts {
    const tokF = new Map<string, number>();
    const unknown = learn ? null : new Map<string, number>();
    const wordCols = this.wordCols;
    const charCols = this.charCols;
    wordCols.length = 0;
    charCols.length = 0;
    let budget = MAX_TOKENS;
    // The heaviest segments first, so the token budget goes to the question before pasted code.
    const segs = segment(text, this.contextWeight, this.codeWeight).sort((a, b) => b.weight - a.weight);
    for (const seg of segs) {
      if (budget <= 0) break;
      const ws = words(seg.text);
      const take = Math.min(ws.length, budget);
      budget -= take;
      const w = seg.weight;
      // A sentence weighed 0 says nothing (and a 0 count would read as "not seen" below).
      if (!(w > 0)) continue;
      let prev: WordInfo | null = null;
      for (let k = 0; k < take; k++) {
        const info = this.word(ws[k] as string, learn);
        const bigram =
          prev === null ? -1 : this.bigram(prev.stemId, info.stemId, prev.stem, info.stem, learn);
        // Learning may have added columns: the shared array grows to hold them.
        if (learn) this.ensureCapacity(this.column.size);
        const u = info.unigram;
        if (u >= 0) this.add(u, w, wordCols);
        else if (unknown && u !== THIN_WORD) unknown.set(info.stem, (unknown.get(info.stem) ?? 0) + w);
        // BM25 reads content words only (question words and fillers would rank by phrasing style).
        if (info.content) tokF.set(info.stem, (tokF.get(info.stem) ?? 0) + w);
        if (bigram >= 0) this.add(bigram, w, wordCols);
        prev = info;
        for (const c of info.grams) if (c >= 0) this.add(c, w, charCols);
      }
    }
    return { words: this.drain(wordCols), chars: this.drain(charCols), tokens: tokF, unknown };
  }

  /** Reused by `count`: counts by column, and the columns seen in the current text. */
  private acc = new Float64Array(1024);
  private readonly wordCols: number[] = [];
  private readonly charCols: number[] = [];

  /** Adds `w` to a column's count, listing the column the first time this text touches it. */
  private add(c: number, w: number, seen: number[]): void {
    const acc = this.acc;
    if (acc[c] === 0) seen.push(c);
    acc[c] = (acc[c] as number) + w;
  }

  private ensureCapacity(columns: number): void {
    if (columns <= this.acc.length) return;
    let n = this.acc.length;
    while (n < columns) n *= 2;
    const grown = new Float64Array(n);
    grown.set(this.acc);
    this.acc = grown;
  }

  /** The listed columns' counts, taken out of the shared array (which is left all zero again). */
  private drain(cols: number[]): ColumnCounts {
    const idx = cols.slice();
    const tf: number[] = [];
    const acc = this.acc;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i] as number;
      tf.push(acc[c] as number);
      acc[c] = 0;
    }
    return { idx, tf };
  }

  /** What `fit` learned, in a form JSON keeps exactly (the start-up snapshot, src/intents/snapshot.ts). */
  snapshot(): FeaturizerSnapshot {
    return {
      contextWeight: this.contextWeight,
      codeWeight: this.codeWeight,
      columns: [...this.column.keys()],
      kind: this.kind.join(''),
      idf: Buffer.from(this.idf.buffer, this.idf.byteOffset, this.idf.byteLength).toString('base64'),
      stems: [...this.stemIds.keys()],
      bigrams: [...this.bigramPairs],
    };
  }

  /** A featurizer that transforms texts exactly as the one that wrote `snap` did after its fit. */
  static restore(snap: FeaturizerSnapshot): Featurizer {
    const f = new Featurizer(snap.contextWeight, snap.codeWeight ?? snap.contextWeight);
    snap.columns.forEach((key, i) => {
      f.column.set(key, i);
    });
    for (let i = 0; i < snap.kind.length; i++) f.kind.push(snap.kind.charCodeAt(i) - 48);
    const bytes = Buffer.from(snap.idf, 'base64');
    f.idf = new Float32Array(new Uint8Array(bytes).buffer, 0, bytes.byteLength / 4);
    snap.stems.forEach((stemText, i) => {
      f.stemIds.set(stemText, i);
      f.bigramsAfter.push(undefined);
    });
    for (let i = 0; i + 1 < snap.bigrams.length; i += 2) {
      const key = snap.bigrams[i] as number;
      const prev = Math.floor(key / STEM_ID_SPAN);
      f.addBigram(prev, key - prev * STEM_ID_SPAN, snap.bigrams[i + 1] as number);
    }
    if (f.kind.length !== f.column.size || f.idf.length !== f.column.size)
      throw new Error('featurizer snapshot: columns, kinds and IDF differ in length');
    // Counting indexes the shared array by column: it must hold every column, as after a fit.
    f.ensureCapacity(f.column.size);
    return f;
  }

  /**
   * Learns the vocabulary and IDF from training texts and returns their vectors. `onSized` is told the
   * number of columns as soon as it is fixed, before the vectors are weighed.
   */
  fit(texts: readonly string[], onSized?: (columns: number) => void): Transformed[] {
    const counts = texts.map((t) => this.count(t, true));
    onSized?.(this.column.size);
    const df = new Int32Array(this.column.size);
    let nnz = 0;
    for (const f of counts) {
      for (const c of f.words.idx) df[c] = (df[c] as number) + 1;
      for (const c of f.chars.idx) df[c] = (df[c] as number) + 1;
      nnz += f.words.idx.length + f.chars.idx.length;
    }
    const n = texts.length;
    this.idf = new Float32Array(df.length);
    for (let c = 0; c < df.length; c++) this.idf[c] = Math.log((1 + n) / (1 + (df[c] as number))) + 1;
    // The vectors are views of one pair of buffers (shared, as the regression's examples are: see
    // fitData), not two buffers of their own each.
    const pool: VectorPool = {
      idx: new Int32Array(new SharedArrayBuffer(nnz * 4)),
      val: new Float32Array(new SharedArrayBuffer(nnz * 4)),
      at: 0,
    };
    return counts.map((f) => this.weigh(f, pool));
  }

  /** A question's vector, BM25 tokens and known share, with the vocabulary fixed by `fit`. */
  transform(text: string): Transformed {
    return this.weigh(this.count(text, false));
  }

  /**
   * Sublinear TF times IDF, each family (words, character grams) L2-normalised to half the mass.
   * With a pool the vector is written into its next free numbers.
   */
  private weigh(f: Counts, pool?: VectorPool): Transformed {
    const size = f.words.idx.length + f.chars.idx.length;
    const from = pool ? pool.at : 0;
    const idx = pool ? pool.idx.subarray(from, from + size) : new Int32Array(size);
    const val = pool ? pool.val.subarray(from, from + size) : new Float32Array(size);
    if (pool) pool.at += size;
    let knownMass = 0;
    let at = 0;
    for (const m of [f.words, f.chars]) {
      const start = at;
      let norm = 0;
      for (let k = 0; k < m.idx.length; k++) {
        const c = m.idx[k] as number;
        const tf = m.tf[k] as number;
        // Sublinear term frequency; sentence weights below 1 stay proportional.
        const sub = tf >= 1 ? 1 + Math.log(tf) : tf;
        if (this.kind[c] === UNIGRAM) knownMass += sub;
        const v = sub * (this.idf[c] as number);
        idx[at] = c;
        val[at] = v;
        at++;
        norm += v * v;
      }
      const inv = norm > 0 ? 1 / Math.sqrt(2 * norm) : 0;
      for (let i = start; i < at; i++) val[i] = (val[i] as number) * inv;
    }
    let totalMass = knownMass;
    if (f.unknown) for (const tf of f.unknown.values()) totalMass += tf >= 1 ? 1 + Math.log(tf) : tf;
    return { x: { idx, val }, tokens: f.tokens, known: totalMass > 0 ? knownMass / totalMass : 0 };
  }
}

/** A fitted featurizer as plain data (see `Featurizer.snapshot`). */
export interface FeaturizerSnapshot {
  readonly contextWeight: number;
  readonly codeWeight?: number;
  /** Feature names in column order. */
  readonly columns: readonly string[];
  /** Each column's kind as one digit (CHAR, BIGRAM, UNIGRAM). */
  readonly kind: string;
  /** IDF per column: the Float32Array's bytes, base64. */
  readonly idf: string;
  /** Stems in the order they were numbered. */
  readonly stems: readonly string[];
  /** Bigram key, column, bigram key, column, ... */
  readonly bigrams: readonly number[];
}

export interface RegressionOptions {
  readonly l2: number;
  readonly epochs: number;
  readonly learningRate?: number;
  readonly seed?: number;
  /**
   * How many fits to average (default 1), the k-th reading the examples in the order of seed + k.
   * Each order gives an equally valid fit that differs from the others question by question (the
   * data is nearly separable and the fit stops early); their mean weights answer more questions
   * right than any one of them on average, and depend far less on the seed.
   */
  readonly fits?: number;
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

/** The items in a fixed pseudo-random order (Fisher-Yates with `prng(seed)`). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rand = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * out[c] += Σ_k val[k] · w[idx[k]·C + c] for k in [from, to): the scores of one sparse vector. Four
 * rows at a time, so each pass over `out` reads and writes it once for four features instead of
 * once for each; that halves the time of this loop, which is most of fitting (the forward pass of
 * every example in every epoch) and most of answering.
 */
export function addRows(
  out: Float64Array,
  w: Float64Array | Float32Array,
  idx: Int32Array,
  val: Float32Array,
  C: number,
  from: number,
  to: number,
): void {
  let k = from;
  for (; k + 3 < to; k += 4) {
    const b0 = (idx[k] as number) * C;
    const b1 = (idx[k + 1] as number) * C;
    const b2 = (idx[k + 2] as number) * C;
    const b3 = (idx[k + 3] as number) * C;
    const v0 = val[k] as number;
    const v1 = val[k + 1] as number;
    const v2 = val[k + 2] as number;
    const v3 = val[k + 3] as number;
    for (let c = 0; c < C; c++) {
      out[c] =
        (out[c] as number) +
        (v0 * (w[b0 + c] as number) +
          v1 * (w[b1 + c] as number) +
          v2 * (w[b2 + c] as number) +
          v3 * (w[b3 + c] as number));
    }
  }
  for (; k < to; k++) {
    const base = (idx[k] as number) * C;
    const v = val[k] as number;
    for (let c = 0; c < C; c++) out[c] = (out[c] as number) + v * (w[base + c] as number);
  }
}

/**
 * The training examples of a regression as flat typed arrays (example n's features are
 * idx/val[start[n] .. start[n + 1])), with the options of the fit: plain data that a worker thread
 * can be handed (src/intents/fit-parallel.ts).
 */
export interface FitData {
  readonly idx: Int32Array;
  readonly val: Float32Array;
  readonly start: Int32Array;
  readonly ys: Int32Array;
  readonly features: number;
  readonly classes: number;
  readonly l2: number;
  readonly epochs: number;
  readonly learningRate: number;
}

export function fitData(
  xs: readonly SparseVector[],
  ys: readonly number[],
  features: number,
  classes: number,
  opts: RegressionOptions,
): FitData {
  let nnz = 0;
  for (const x of xs) nnz += x.idx.length;
  const start = new Int32Array(new SharedArrayBuffer((xs.length + 1) * 4));
  // The vectors of `Featurizer.fit` are already one after another in a pair of shared buffers: those
  // are the examples as they are.
  const pooled = inOnePool(xs, nnz);
  // Shared memory, so that handing the examples to a worker thread (fit-parallel.ts) copies nothing.
  const idx = pooled?.idx ?? new Int32Array(new SharedArrayBuffer(nnz * 4));
  const val = pooled?.val ?? new Float32Array(new SharedArrayBuffer(nnz * 4));
  let at = 0;
  xs.forEach((x, n) => {
    start[n] = at;
    if (!pooled) {
      idx.set(x.idx, at);
      val.set(x.val, at);
    }
    at += x.idx.length;
  });
  start[xs.length] = at;
  return {
    idx,
    val,
    start,
    ys: sharedInts(ys),
    features,
    classes,
    l2: opts.l2,
    epochs: opts.epochs,
    learningRate: opts.learningRate ?? 0.5,
  };
}

/** The shared buffers that hold `xs` end to end and nothing else, if there are such. */
function inOnePool(xs: readonly SparseVector[], nnz: number): SparseVector | null {
  const first = xs[0];
  if (!first) return null;
  const ib = first.idx.buffer;
  const vb = first.val.buffer;
  if (!(ib instanceof SharedArrayBuffer && vb instanceof SharedArrayBuffer)) return null;
  if (ib.byteLength !== nnz * 4 || vb.byteLength !== nnz * 4) return null;
  let at = 0;
  for (const x of xs) {
    if (x.idx.buffer !== ib || x.val.buffer !== vb) return null;
    if (x.idx.byteOffset !== at * 4 || x.val.byteOffset !== at * 4 || x.val.length !== x.idx.length)
      return null;
    at += x.idx.length;
  }
  return { idx: new Int32Array(ib), val: new Float32Array(vb) };
}

function sharedInts(xs: readonly number[]): Int32Array {
  const out = new Int32Array(new SharedArrayBuffer(xs.length * 4));
  for (let i = 0; i < xs.length; i++) out[i] = xs[i] as number;
  return out;
}

/** One fit's weights (feature × class) and biases. */
export interface Fitted {
  readonly w: Float32Array;
  readonly b: Float64Array;
}

/**
 * One fit from zero weights, in the example order of `seed`: AdaGrad SGD on the cross-entropy with
 * L2, examples in a fresh shuffled order each epoch. The weights and the AdaGrad sums are kept in
 * single precision (the arithmetic is double; V8 converts each read and write): the fit is bound by
 * reads of the weight rows, and half the memory makes it about a quarter faster. Against weights in
 * double precision, not one of the 19,521 dev lines got another answer, pick or confidence (session
 * 35). It calls nothing but `prng`, `addRows` and `softmaxInPlace`, so that a worker thread can run
 * it from the source of those four functions alone (src/intents/fit-parallel.ts). With `into` (all
 * zero, as a worker's shared array is) the weights are fitted there instead of in a new array, and
 * with `sumsInto` (all zero too) the AdaGrad sums are kept there.
 */
export function fitInOrder(d: FitData, seed: number, into?: Float32Array, sumsInto?: Float32Array): Fitted {
  // Gradients smaller than this are not applied (the class is already right for the example).
  const gradFloor = 5e-3;
  const C = d.classes;
  const lr = d.learningRate;
  const l2 = d.l2;
  const w = into ?? new Float32Array(d.features * C);
  const g2 = sumsInto ?? new Float32Array(w.length);
  const g2b = new Float64Array(C);
  const b = new Float64Array(C);
  const rand = prng(seed);
  const examples = d.ys.length;
  const order: number[] = [];
  for (let n = 0; n < examples; n++) order.push(n);
  const p = new Float64Array(C);
  const grad = new Float64Array(C);
  const live = new Int32Array(C);
  const idx = d.idx;
  const val = d.val;
  for (let epoch = 0; epoch < d.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (const n of order) {
      const y = d.ys[n] as number;
      const from = d.start[n] as number;
      const to = d.start[n + 1] as number;
      p.set(b);
      addRows(p, w, idx, val, C, from, to);
      softmaxInPlace(p);
      // Classes the model already gets right for this example (gradient near 0) are skipped:
      // after the first epoch that is most of them, which is what makes fitting fast.
      let active = 0;
      for (let c = 0; c < C; c++) {
        const g = (p[c] as number) - (c === y ? 1 : 0);
        grad[c] = g;
        if (g > gradFloor || g < -gradFloor) live[active++] = c;
      }
      for (let k = from; k < to; k++) {
        const base = (idx[k] as number) * C;
        const v = val[k] as number;
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
        b[c] = (b[c] as number) - (lr * g) / Math.sqrt((g2b[c] as number) + 1e-8);
      }
    }
  }
  return { w, b };
}

/** Multinomial logistic regression over sparse vectors: weights[feature * classes + class]. */
export class SoftmaxRegression {
  private w: Float32Array;
  private readonly b: Float64Array;

  constructor(
    readonly features: number,
    readonly classes: number,
  ) {
    this.w = new Float32Array(features * classes);
    this.b = new Float64Array(classes);
  }

  /**
   * Fitted with `fitInOrder`. With `fits` above 1, the mean of that many fits, in the orders of seed,
   * seed + 1, ...; with `parallel` (what the matcher passes), the fits after the first run on worker
   * threads while this one runs the first (the same weights, in about half the time on two cores).
   * `parallel` is called only when there is more than one fit.
   */
  fit(
    xs: readonly SparseVector[],
    ys: readonly number[],
    opts: RegressionOptions,
    parallel?: (d: FitData, seeds: readonly number[]) => Fitted[],
  ): this {
    const fits = Math.max(1, Math.floor(opts.fits ?? 1));
    const seed = opts.seed ?? 1;
    const d = fitData(xs, ys, this.features, this.classes, opts);
    const seeds = Array.from({ length: fits }, (_, k) => seed + k);
    const results = parallel && fits > 1 ? parallel(d, seeds) : seeds.map((s) => fitInOrder(d, s));
    // The sums are in double precision. Two fits (the shipped parameters) in one pass over the
    // weights: a loop over the fits inside it cost ten times as much, a sum array about three.
    // The first fit is always this thread's own array: two fits are averaged into it, which spares
    // writing a fresh 13 MB array (first writes to new memory cost this machine ~3 ms a megabyte).
    if (results.length === 2) {
      const [w0, w1] = results.map((r) => r.w) as [Float32Array, Float32Array];
      for (let i = 0; i < w0.length; i++) w0[i] = ((w0[i] as number) + (w1[i] as number)) / 2;
      this.w = w0;
    } else {
      const w = new Float64Array(this.w.length);
      for (const r of results) {
        const rw = r.w;
        for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) + (rw[i] as number);
      }
      for (let i = 0; i < w.length; i++) this.w[i] = (w[i] as number) / fits;
    }
    for (let c = 0; c < this.b.length; c++) {
      let sum = 0;
      for (const r of results) sum += r.b[c] as number;
      this.b[c] = sum / fits;
    }
    return this;
  }

  private scoresInto(x: SparseVector, out: Float64Array): void {
    const C = this.classes;
    const w = this.w;
    const idx = x.idx;
    const val = x.val;
    out.set(this.b);
    addRows(out, w, idx, val, C, 0, idx.length);
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

/**
 * Nearest centroid (cosine) over the same vectors, for knowledge bases too large for the
 * regression. Each class's centroid is a sorted sparse vector cut to its `maxTerms` heaviest
 * features (memory stays linear in the classes), and a question is compared only with the
 * candidate classes it is given (the matcher passes BM25's best), so a question costs the same
 * at 10,000 entries as at 1,000.
 */
export class CentroidModel {
  private idx: Int32Array[] = [];
  private val: Float32Array[] = [];

  constructor(
    readonly classes: number,
    readonly maxTerms = 512,
  ) {}

  fit(xs: readonly SparseVector[], ys: readonly number[], features: number): this {
    // One class at a time into a dense accumulator: no per-class hash tables.
    const byClass: number[][] = Array.from({ length: this.classes }, () => []);
    ys.forEach((y, n) => {
      byClass[y]?.push(n);
    });
    const dense = new Float64Array(features);
    const seen = new Uint8Array(features);

    this.idx = new Array(this.classes);
    this.val = new Array(this.classes);
    for (let c = 0; c < this.classes; c++) {
      const touched: number[] = [];
      for (const n of byClass[c] as number[]) {
        const x = xs[n] as SparseVector;
        for (let k = 0; k < x.idx.length; k++) {
          const f = x.idx[k] as number;
          if (!seen[f]) {
            seen[f] = 1;
            touched.push(f);
          }
          dense[f] = (dense[f] as number) + (x.val[k] as number);
        }
      }
      let kept = touched;
      if (touched.length > this.maxTerms) {
        kept = [...touched]
          .sort((a, b) => (dense[b] as number) - (dense[a] as number))
          .slice(0, this.maxTerms);
      }
      kept.sort((a, b) => a - b);
      let norm = 0;
      for (const f of kept) norm += (dense[f] as number) ** 2;
      const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      this.idx[c] = Int32Array.from(kept);
      this.val[c] = Float32Array.from(kept, (f) => (dense[f] as number) * inv);
      for (const f of touched) {
        dense[f] = 0;
        seen[f] = 0;
      }
    }
    return this;
  }

  /** Cosine similarity of x to the centroids of the candidate classes (0 for every other class). */
  similarity(x: SparseVector, candidates: readonly number[]): Float64Array {
    const s = new Float64Array(this.classes);
    // x's features in column order, so each centroid (also in column order) is one merge.
    const order = Array.from(x.idx.keys()).sort((a, b) => (x.idx[a] as number) - (x.idx[b] as number));
    const xi = Int32Array.from(order, (k) => x.idx[k] as number);
    const xv = Float32Array.from(order, (k) => x.val[k] as number);
    for (const c of candidates) {
      const idx = this.idx[c];
      const val = this.val[c];
      if (!idx || !val) continue;
      let dot = 0;
      let i = 0;
      let j = 0;
      while (i < xi.length && j < idx.length) {
        const a = xi[i] as number;
        const b = idx[j] as number;
        if (a === b) {
          dot += (xv[i] as number) * (val[j] as number);
          i++;
          j++;
        } else if (a < b) i++;
        else j++;
      }
      s[c] = dot;
    }
    return s;
  }
}

/**
 * Per class, the mean of its `topK` best document scores (missing documents count as 0), from
 * scores accumulated per document. The buffers are reused from one question to the next, so a
 * question allocates only its result (scoring is synchronous, so nothing interleaves).
 */
class BestPerClass {
  private scores = new Float64Array(0);
  private touched = new Int32Array(0);
  private count = 0;
  private best = new Float64Array(0);
  private filled = new Int32Array(0);

  constructor(
    private readonly classes: number,
    private readonly docClass: readonly number[],
  ) {}

  /** Starts a question: sizes the buffers to the documents there are now. */
  begin(topK: number): void {
    const docs = this.docClass.length;
    if (this.scores.length < docs) {
      this.scores = new Float64Array(docs);
      this.touched = new Int32Array(docs);
    }
    if (this.best.length < this.classes * topK) this.best = new Float64Array(this.classes * topK);
    if (this.filled.length < this.classes) this.filled = new Int32Array(this.classes);
    this.count = 0;
  }

  add(doc: number, score: number): void {
    const prev = this.scores[doc] as number;
    if (prev === 0) this.touched[this.count++] = doc;
    this.scores[doc] = prev + score;
  }

  /** `add(docs[i], scale * weights[i])` for each posting of a list, in one loop. */
  addAll(docs: Int32Array, weights: Float64Array, scale: number): void {
    const scores = this.scores;
    const touched = this.touched;
    let count = this.count;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i] as number;
      const prev = scores[d] as number;
      if (prev === 0) touched[count++] = d;
      scores[d] = prev + scale * (weights[i] as number);
    }
    this.count = count;
  }

  finish(topK: number): Float64Array {
    const best = this.best;
    const filled = this.filled;
    filled.fill(0, 0, this.classes);
    for (let i = 0; i < this.count; i++) {
      const d = this.touched[i] as number;
      const s = this.scores[d] as number;
      this.scores[d] = 0;
      const c = this.docClass[d] as number;
      const base = c * topK;
      let n = filled[c] as number;
      if (n === topK) {
        if (s <= (best[base + topK - 1] as number)) continue;
        n--;
      } else filled[c] = n + 1;
      // Insertion into the class's short list, kept best first.
      let j = n;
      while (j > 0 && (best[base + j - 1] as number) < s) {
        best[base + j] = best[base + j - 1] as number;
        j--;
      }
      best[base + j] = s;
    }
    const out = new Float64Array(this.classes);
    for (let c = 0; c < this.classes; c++) {
      const n = filled[c] as number;
      if (n === 0) continue;
      let sum = 0;
      for (let j = 0; j < n; j++) sum += best[c * topK + j] as number;
      out[c] = sum / topK;
    }
    return out;
  }
}

/**
 * BM25 (k1 1.2, b 0.75, the usual defaults) over many short documents, each belonging to a class.
 * A class scores the mean of its `topK` best documents (missing ones count as 0). Documents can be
 * added after `finish` (learned phrasings); call `finish` again before scoring.
 */
export class Bm25 {
  /** Per token its documents and counts, and after `finish` the same documents typed and their weights. */
  private readonly postings = new Map<
    string,
    { doc: number[]; tf: number[]; w: Float64Array | null; docs: Int32Array | null }
  >();
  private readonly docClass: number[] = [];
  private readonly docLen: number[] = [];
  private avgLen = 1;
  private readonly acc: BestPerClass;

  constructor(readonly classes: number) {
    this.acc = new BestPerClass(classes, this.docClass);
  }

  get documents(): number {
    return this.docClass.length;
  }

  add(cls: number, tokens: ReadonlyMap<string, number>): void {
    const d = this.docClass.length;
    this.docClass.push(cls);
    let len = 0;
    for (const [t, tf] of tokens) {
      len += tf;
      let p = this.postings.get(t);
      if (!p) {
        p = { doc: [], tf: [], w: null, docs: null };
        this.postings.set(t, p);
      }
      p.doc.push(d);
      p.tf.push(tf);
    }
    this.docLen.push(len);
  }

  /** The documents as plain data (the start-up snapshot); `restore` gives back an equal index. */
  snapshot(): Bm25Snapshot {
    return {
      classes: this.classes,
      docClass: this.docClass,
      docLen: this.docLen,
      postings: [...this.postings].map(([t, p]) => [t, p.doc, p.tf] as const),
    };
  }

  static restore(snap: Bm25Snapshot): Bm25 {
    const b = new Bm25(snap.classes);
    for (const c of snap.docClass) b.docClass.push(c);
    for (const l of snap.docLen) b.docLen.push(l);
    for (const [t, doc, tf] of snap.postings) {
      if (doc.length !== tf.length) throw new Error('BM25 snapshot: a posting list is damaged');
      b.postings.set(t, { doc: [...doc], tf: [...tf], w: null, docs: null });
    }
    return b.finish();
  }

  /** An independent copy (documents added to it later do not touch this one). */
  clone(): Bm25 {
    return Bm25.restore(this.snapshot());
  }

  /** Fixes the corpus statistics: each posting's BM25 weight (idf times saturated tf) is precomputed. */
  finish(): this {
    const total = this.docLen.reduce((s, l) => s + l, 0);
    this.avgLen = this.docLen.length ? Math.max(1, total / this.docLen.length) : 1;
    const N = this.docClass.length;
    for (const p of this.postings.values()) {
      const idf = Math.log(1 + (N - p.doc.length + 0.5) / (p.doc.length + 0.5));
      const w = new Float64Array(p.doc.length);
      for (let i = 0; i < p.doc.length; i++) {
        const tf = p.tf[i] as number;
        const norm =
          tf + 1.2 * (1 - 0.75 + (0.75 * (this.docLen[p.doc[i] as number] as number)) / this.avgLen);
        w[i] = idf * ((tf * 2.2) / norm);
      }
      p.w = w;
      p.docs = Int32Array.from(p.doc);
    }
    return this;
  }

  has(token: string): boolean {
    return this.postings.has(token);
  }

  /** Per-class scores (mean of the class's best `topK` documents). */
  score(query: ReadonlyMap<string, number>, topK: number): Float64Array {
    const acc = this.acc;
    acc.begin(topK);
    for (const [t, qw] of query) {
      const p = this.postings.get(t);
      if (p?.w && p.docs) acc.addAll(p.docs, p.w, qw);
    }
    return acc.finish(topK);
  }
}

/** A BM25 index as plain data (see `Bm25.snapshot`). */
export interface Bm25Snapshot {
  readonly classes: number;
  readonly docClass: readonly number[];
  readonly docLen: readonly number[];
  readonly postings: readonly (readonly [string, readonly number[], readonly number[]])[];
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
  private readonly acc: BestPerClass;

  constructor(readonly classes: number) {
    this.acc = new BestPerClass(classes, this.docClass);
  }

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
    const acc = this.acc;
    acc.begin(topK);
    for (let k = 0; k < x.idx.length; k++) {
      const p = this.postings.get(x.idx[k] as number);
      if (!p) continue;
      const v = x.val[k] as number;
      for (let i = 0; i < p.doc.length; i++) acc.add(p.doc[i] as number, v * (p.val[i] as number));
    }
    return acc.finish(topK);
  }
}
