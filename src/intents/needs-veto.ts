/**
 * A learned second look at the needs the rules read. The rules (factors.ts) rule a need out only in
 * the wordings they were written from ("we don't need canaries", "multi-cluster: out of scope"); a
 * new wording of the same thing ("the team that wanted EnvoyFilter patches got reorged away") keeps
 * the need. This model reads the sentences that name each need the rules read (and the sentence
 * after each) and gives the probability that the need is stated; a need below the threshold is
 * dropped. It only ever removes a need, never adds one (the needs reader adds: needs-reader.ts).
 *
 * It is one logistic regression over words and word pairs of those sentences, fitted on the needs the
 * matcher reads on the labelled pick questions in tests/fixtures (a read need is right when the line
 * labels it). Its threshold is chosen by cross-validation by set: the lowest that puts the most picks
 * right on sets the model was not fitted on. `npm run fit:needs` fits it after the readers and writes
 * src/knowledge/needs-veto.json.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loader.js';
import { type FactorId, mentionsAt } from './factors.js';
import {
  featureColumns,
  fitLogistic,
  needsFeatures,
  PRUNE_BELOW,
  READER_OPTIONS,
  type ReaderOptions,
  round,
} from './needs-reader.js';
import { readWeightsFile, splitSnapshot, type WeightColumns, weightSum } from './weights-file.js';

export const NEEDS_VETO_FILE = join(DEFAULT_KNOWLEDGE_DIR, 'needs-veto.json');

/** The thresholds cross-validation chooses among. */
export const VETO_THRESHOLDS: readonly number[] = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];

/** Fewer epochs than the readers': the examples are many and short. */
export const VETO_OPTIONS: ReaderOptions = { ...READER_OPTIONS, epochs: 15, seed: 11 };

/** A normalised text's sentences and the needs whose words each one uses (stated or ruled out). */
export interface Sentences {
  readonly sentences: readonly string[];
  readonly mentions: readonly (readonly FactorId[])[];
  /** Each sentence's words and word pairs (needsFeatures), worked out when first asked for. */
  readonly words: (readonly string[] | undefined)[];
}

function wordsOf(text: Sentences, i: number): readonly string[] {
  if (i >= text.sentences.length) return [];
  let w = text.words[i];
  if (w === undefined) {
    w = needsFeatures(text.sentences[i] as string);
    text.words[i] = w;
  }
  return w;
}

export function sentencesOf(normalized: string, factors: readonly FactorId[]): Sentences {
  // Where each sentence starts, and in which sentence each need's words occur (from the whole text's
  // one scan, which the rules have already made).
  const sentences: string[] = [];
  const starts: number[] = [];
  const breaks = /[.!?;]\s+/g;
  let from = 0;
  for (let m = breaks.exec(normalized); m; m = breaks.exec(normalized)) {
    sentences.push(normalized.slice(from, m.index + 1));
    starts.push(from);
    from = m.index + m[0].length;
  }
  sentences.push(normalized.slice(from));
  starts.push(from);
  const mentions: FactorId[][] = sentences.map(() => []);
  const at = mentionsAt(normalized, factors);
  for (const f of factors) {
    for (const index of at.get(f) ?? []) {
      let i = starts.length - 1;
      while (i > 0 && (starts[i] as number) > index) i--;
      const named = mentions[i] as FactorId[];
      if (!named.includes(f)) named.push(f);
    }
  }
  return {
    sentences,
    mentions: mentions.map((named) => factors.filter((f) => named.includes(f))),
    words: sentences.map(() => undefined),
  };
}

/**
 * A need's features: the words and word pairs of each sentence that names it ("c:" and, joined to
 * the need, "<need>|"), of the sentence after it ("n:"), and the need itself. "nomention" when no
 * sentence names it alone (a count, or words spread over two sentences).
 */
export function vetoFeatures(text: Sentences, f: FactorId): string[] {
  const out = new Set<string>();
  text.mentions.forEach((named, i) => {
    if (!named.includes(f)) return;
    for (const w of wordsOf(text, i)) {
      out.add(`c:${w}`);
      out.add(`${f}|${w}`);
    }
    for (const w of wordsOf(text, i + 1)) out.add(`n:${w}`);
  });
  if (out.size === 0) out.add('nomention');
  out.add(`f:${f}`);
  return [...out];
}

export interface VetoExample {
  readonly features: readonly string[];
  /** 1 when the line labels the need, 0 when the rules read a need the line does not state. */
  readonly stated: number;
}

export interface VetoSnapshot {
  readonly note?: string;
  readonly trainedOn?: readonly string[];
  readonly options: ReaderOptions;
  /** A need whose probability is below this is dropped. */
  readonly threshold: number;
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

export function fitNeedsVeto(
  examples: readonly VetoExample[],
  threshold: number,
  options: ReaderOptions = VETO_OPTIONS,
): VetoSnapshot {
  const { xs, names } = featureColumns(
    examples.map((e) => e.features),
    options.minQuestions,
  );
  const fitted = fitLogistic(
    xs,
    examples.map((e) => e.stated),
    names.length,
    options,
    options.seed,
  );
  const weights: Record<string, number> = {};
  const order = names.map((n, c) => [n, c] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [name, c] of order) {
    const v = fitted.weights[c] as number;
    if (Math.abs(v) >= PRUNE_BELOW) weights[name] = round(v);
  }
  return { options, threshold, bias: round(fitted.bias), weights };
}

export class NeedsVeto {
  readonly snapshot: Omit<VetoSnapshot, 'weights'>;
  private readonly weights: WeightColumns;

  /** From a snapshot; a loaded file passes its weights as columns (see weights-file.ts). */
  constructor(snapshot: VetoSnapshot | Omit<VetoSnapshot, 'weights'>, columns?: WeightColumns) {
    ({ head: this.snapshot, columns: this.weights } = splitSnapshot<VetoSnapshot>(snapshot, columns));
  }

  /** The probability that a need the rules read in this text is stated. */
  probability(text: Sentences, f: FactorId): number {
    return this.probabilityOf(vetoFeatures(text, f));
  }

  /** The probability that a need with these features (vetoFeatures) is stated. */
  probabilityOf(features: readonly string[]): number {
    const z = weightSum(this.weights, features, this.snapshot.bias);
    return 1 / (1 + Math.exp(-z));
  }

  /** The needs kept of those read in a normalised text (all of them, in order, when none is dropped). */
  keep(normalized: string, factors: readonly FactorId[], threshold = this.snapshot.threshold): FactorId[] {
    if (factors.length === 0) return [];
    const text = sentencesOf(normalized, factors);
    return factors.filter((f) => this.probability(text, f) >= threshold);
  }
}

/** The shipped veto, or null when its file is missing (the rules' needs then stand as read). */
export function loadNeedsVeto(file = NEEDS_VETO_FILE): NeedsVeto | null {
  if (!existsSync(file)) return null;
  const { head, columns } = readWeightsFile<VetoSnapshot>(file);
  return new NeedsVeto(head, columns);
}
