/**
 * A learned reader of the ask: whether a question that states needs asks which mesh to choose. One
 * logistic regression over the words and word pairs of the whole question, fitted on the labelled
 * questions that blind writers wrote for the repository: each pick question is an ask, each line
 * that expects another answer (a capability, a how-to, a fallback) is not.
 *
 * The ask rules in matcher.ts know the wordings they were written from ("which one would you
 * pick?", "istio or linkerd?"). This reader is consulted only where those rules gave no answer
 * (fallback or suggestions), the text is about service meshes and needs were read: there a sure
 * reader turns the reply into the pick card. The fitted weights ship in src/knowledge/ask-reader.json;
 * `npm run fit:needs` fits them again with the needs reader and prints cross-validation figures.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loader.js';
import { featureColumns, fitLogistic, PRUNE_BELOW, type ReaderOptions, round, stem } from './needs-reader.js';
import { readWeightsFile, splitSnapshot, type WeightColumns, weightSum } from './weights-file.js';

export const ASK_READER_FILE = join(DEFAULT_KNOWLEDGE_DIR, 'ask-reader.json');

/**
 * The features of a normalised text: its stemmed words, each pair of neighbours, and whether it
 * has a question mark. Mesh names stay: "istio or linkerd" is much of an ask.
 */
export function askFeatures(normalized: string): string[] {
  const words = (normalized.match(/[a-z0-9][a-z0-9'-]*/g) ?? []).map(stem);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i] as string);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  if (normalized.includes('?')) out.add('?');
  return [...out];
}

/**
 * The fitting options. The shipped reader's threshold is not this one: `npm run fit:needs` chooses it
 * by cross-validation by set (chooseAskThreshold in needs-data.ts).
 */
export const ASK_OPTIONS: ReaderOptions = {
  l2: 1e-3,
  epochs: 30,
  learningRate: 0.5,
  seed: 11,
  threshold: 0.97,
  minQuestions: 2,
};

export interface AskExample {
  /** The question, normalised (normalizeText). */
  readonly text: string;
  /** Whether it asks which mesh to choose. */
  readonly asks: boolean;
}

export interface AskSnapshot {
  readonly note?: string;
  readonly trainedOn?: readonly string[];
  readonly options: ReaderOptions;
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

export function fitAskReader(
  examples: readonly AskExample[],
  options: ReaderOptions = ASK_OPTIONS,
): AskSnapshot {
  const { xs, names } = featureColumns(
    examples.map((e) => askFeatures(e.text)),
    options.minQuestions,
  );
  const fitted = fitLogistic(
    xs,
    examples.map((e) => (e.asks ? 1 : 0)),
    names.length,
    options,
    options.seed,
  );
  const weights: [string, number][] = [];
  names.forEach((f, c) => {
    const v = fitted.weights[c] as number;
    if (Math.abs(v) >= PRUNE_BELOW) weights.push([f, round(v)]);
  });
  weights.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { options, bias: round(fitted.bias), weights: Object.fromEntries(weights) };
}

export class AskReader {
  readonly snapshot: Omit<AskSnapshot, 'weights'>;
  private readonly weights: WeightColumns;

  /** From a snapshot; a loaded file passes its weights as columns (see weights-file.ts). */
  constructor(snapshot: AskSnapshot | Omit<AskSnapshot, 'weights'>, columns?: WeightColumns) {
    ({ head: this.snapshot, columns: this.weights } = splitSnapshot<AskSnapshot>(snapshot, columns));
  }

  /** The probability that a normalised text asks which mesh to choose. */
  probability(normalized: string): number {
    const z = weightSum(this.weights, askFeatures(normalized), this.snapshot.bias);
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the reader is sure that the text asks which mesh to choose. */
  asks(normalized: string): boolean {
    return this.probability(normalized) >= this.snapshot.options.threshold;
  }
}

/** The shipped reader, or null when its file is missing (the ask rules then decide alone). */
export function loadAskReader(file = ASK_READER_FILE): AskReader | null {
  if (!existsSync(file)) return null;
  const { head, columns } = readWeightsFile<AskSnapshot>(file);
  return new AskReader(head, columns);
}
