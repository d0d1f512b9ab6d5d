/**
 * A learned reader of needs: one logistic regression per decision factor over the words of a whole
 * question, fitted on the labelled pick questions that blind writers wrote for the repository (each
 * line a question and the factors it states). The factor rules in factors.ts know the wordings they
 * were written from; this reader carries what those questions share to wordings the rules lack
 * ("our devs dislike the extra container slipped in next to their apps" is sidecarless).
 *
 * It only ever adds needs beside the rules, and never one the rules read and ruled out ("we don't
 * need canaries"): see Matcher.answer. The fitted weights ship in src/knowledge/needs-reader.json;
 * `npm run fit:needs` fits them again from tests/fixtures and prints cross-validation figures.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loader.js';
import { FACTOR_IDS, type FactorId } from './factors.js';
import { prng } from './model.js';
import { readWeightsFile, splitSnapshot, type WeightColumns } from './weights-file.js';

export const NEEDS_READER_FILE = join(DEFAULT_KNOWLEDGE_DIR, 'needs-reader.json');

export const READER_FACTORS: readonly FactorId[] = FACTOR_IDS;

/**
 * Words that name the choice rather than a need: which mesh a writer leans to says nothing about
 * what the team needs, and every question says "mesh".
 */
const NOT_A_NEED_WORD = /^(?:istio|linkerd|mesh|meshes|service|services)$/;

/** Stems already worked out (the same words come back in every question); cleared when full. */
const STEMS = new Map<string, string>();

/** A crude stem: "rollouts", "rolling" and "rolled" share "roll". */
export function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    s = word.replace(/(?:ing|ed|es|s|ly)$/, '') || word;
    if (STEMS.size >= 20_000) STEMS.clear();
    STEMS.set(word, s);
  }
  return s;
}

/** The features of a normalised text: its stemmed words and each pair of neighbours. */
export function needsFeatures(normalized: string): string[] {
  const words = (normalized.match(/[a-z0-9][a-z0-9'-]*/g) ?? [])
    .filter((w) => !NOT_A_NEED_WORD.test(w))
    .map(stem);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i] as string);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...out];
}

export interface ReaderOptions {
  /** L2 penalty per update. */
  readonly l2: number;
  readonly epochs: number;
  /** AdaGrad's base step. */
  readonly learningRate: number;
  readonly seed: number;
  /** The probability from which a need counts as stated. */
  readonly threshold: number;
  /** Words and word pairs in fewer training questions than this are not features. */
  readonly minQuestions: number;
}

/** Chosen on a dev measure (see the note in needs-reader.json): the middle of a flat plateau. */
export const READER_OPTIONS: ReaderOptions = {
  l2: 1e-3,
  epochs: 30,
  learningRate: 0.5,
  seed: 7,
  threshold: 0.8,
  minQuestions: 2,
};

export interface LabelledQuestion {
  /** The question, normalised (normalizeText). */
  readonly text: string;
  readonly factors: readonly FactorId[];
}

export interface ReaderSnapshot {
  readonly note?: string;
  readonly trainedOn?: readonly string[];
  readonly options: ReaderOptions;
  readonly factors: readonly FactorId[];
  readonly bias: readonly number[];
  /** Each feature's weight for each factor, in the order of `factors`. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** Weights smaller than this are left out of the snapshot (they move no probability that matters). */
export const PRUNE_BELOW = 0.005;

/** Features as column numbers (those in at least `minQuestions` examples), for fitting over typed arrays. */
export function featureColumns(
  features: readonly (readonly string[])[],
  minQuestions: number,
): { xs: Int32Array[]; names: string[] } {
  const seen = new Map<string, number>();
  for (const x of features) for (const f of x) seen.set(f, (seen.get(f) ?? 0) + 1);
  const columns = new Map<string, number>();
  const xs = features.map((x) =>
    Int32Array.from(
      x.filter((f) => (seen.get(f) as number) >= minQuestions),
      (f) => {
        let c = columns.get(f);
        if (c === undefined) {
          c = columns.size;
          columns.set(f, c);
        }
        return c;
      },
    ),
  );
  return { xs, names: [...columns.keys()] };
}

/**
 * One binary logistic regression over binary features, fitted with AdaGrad, reading the examples
 * in a seeded shuffled order each epoch, so that a fit is repeatable. Returns the bias and a weight
 * per column.
 */
export function fitLogistic(
  xs: readonly Int32Array[],
  ys: readonly number[],
  columns: number,
  options: ReaderOptions,
  seed: number,
): { bias: number; weights: Float64Array } {
  const w = new Float64Array(columns);
  const g2 = new Float64Array(columns).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const random = prng(seed);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const x = xs[i] as Int32Array;
      let z = b;
      for (const c of x) z += w[c] as number;
      const g = 1 / (1 + Math.exp(-z)) - (ys[i] as number);
      for (const c of x) {
        const grad = g + options.l2 * (w[c] as number);
        g2[c] = (g2[c] as number) + grad * grad;
        w[c] = (w[c] as number) - (options.learningRate * grad) / Math.sqrt(g2[c] as number);
      }
      gb2 += g * g;
      b -= (options.learningRate * g) / Math.sqrt(gb2);
    }
  }
  return { bias: b, weights: w };
}

/** Fits one binary logistic regression per factor (fitLogistic, seeded per factor). */
export function fitNeedsReader(
  examples: readonly LabelledQuestion[],
  options: ReaderOptions = READER_OPTIONS,
): ReaderSnapshot {
  const { xs, names } = featureColumns(
    examples.map((e) => needsFeatures(e.text)),
    options.minQuestions,
  );
  const F = READER_FACTORS.length;
  const weights = new Map<string, Float64Array>();
  const bias: number[] = [];
  for (let k = 0; k < F; k++) {
    const factor = READER_FACTORS[k] as FactorId;
    const ys = examples.map((e) => (e.factors.includes(factor) ? 1 : 0));
    const fitted = fitLogistic(xs, ys, names.length, options, options.seed + k);
    bias.push(round(fitted.bias));
    for (let c = 0; c < names.length; c++) {
      const v = fitted.weights[c] as number;
      if (Math.abs(v) < PRUNE_BELOW) continue;
      const f = names[c] as string;
      let row = weights.get(f);
      if (!row) {
        row = new Float64Array(F);
        weights.set(f, row);
      }
      row[k] = v;
    }
  }
  const sorted = [...weights.keys()].sort();
  return {
    options,
    factors: READER_FACTORS,
    bias,
    weights: Object.fromEntries(sorted.map((f) => [f, [...(weights.get(f) as Float64Array)].map(round)])),
  };
}

export function round(v: number): number {
  return Math.round(v * 1e3) / 1e3;
}

export class NeedsReader {
  readonly snapshot: Omit<ReaderSnapshot, 'weights'>;
  private readonly weights: WeightColumns;

  /** From a snapshot; a loaded file passes its weights as columns (see weights-file.ts). */
  constructor(snapshot: ReaderSnapshot | Omit<ReaderSnapshot, 'weights'>, columns?: WeightColumns) {
    ({ head: this.snapshot, columns: this.weights } = splitSnapshot<ReaderSnapshot>(
      snapshot,
      columns,
      snapshot.factors.length,
    ));
  }

  /** Each factor's probability of being stated in a normalised text. */
  probabilities(normalized: string): Map<FactorId, number> {
    const z = [...this.snapshot.bias];
    const { rows, width, values } = this.weights;
    for (const f of needsFeatures(normalized)) {
      const r = rows.get(f);
      if (r === undefined) continue;
      const at = r * width;
      for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (values[at + k] as number);
    }
    return new Map(this.snapshot.factors.map((id, k) => [id, 1 / (1 + Math.exp(-(z[k] as number)))]));
  }

  /** The factors a normalised text states, by this reader alone (at its threshold, or at `threshold`). */
  needs(normalized: string, threshold = this.snapshot.options.threshold): FactorId[] {
    const out: FactorId[] = [];
    for (const [id, p] of this.probabilities(normalized)) if (p >= threshold) out.push(id);
    return out;
  }
}

/** The shipped reader, or null when its file is missing (the rules then read needs alone). */
export function loadNeedsReader(file = NEEDS_READER_FILE): NeedsReader | null {
  if (!existsSync(file)) return null;
  const { head, columns } = readWeightsFile<ReaderSnapshot>(file);
  return new NeedsReader(head, columns);
}
