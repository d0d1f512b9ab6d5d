/**
 * The files of the fitted readers (needs-reader.json, ask-reader.json, needs-veto.json), which every
 * start reads. Their weights are written as two arrays in the same order, the features one to a line
 * and then each feature's weights one line each, not as an object with a key per feature: parsing
 * arrays and filling a Map from them is about five times faster than an object of 90,000 keys
 * (measured on the veto: 38 ms against 185 ms), and a refit still reads as a diff, line by line.
 */
import { readFileSync } from 'node:fs';

/** A reader's weights by feature: one weight per feature (`width` 1) or one per factor. */
export interface WeightColumns {
  /** Each feature's row: its weights are values[row * width .. row * width + width). */
  readonly rows: ReadonlyMap<string, number>;
  readonly width: number;
  readonly values: Float64Array;
}

type Weights = Readonly<Record<string, number | readonly number[]>>;

/** Columns from features and their weights in the same order (a number each, or a row of `width`). */
function columnsFrom(
  features: readonly string[],
  weights: readonly (number | readonly number[])[],
  width: number,
): WeightColumns {
  const values = new Float64Array(features.length * width);
  const rows = new Map<string, number>();
  for (let i = 0; i < features.length; i++) {
    rows.set(features[i] as string, i);
    const w = weights[i] as number | readonly number[];
    if (typeof w === 'number') values[i * width] = w;
    else for (let k = 0; k < width; k++) values[i * width + k] = w[k] ?? 0;
  }
  return { rows, width, values };
}

/** The columns of weights kept as an object (a snapshot just fitted, or written by hand in a test). */
export function columnsOf(weights: Weights, width = 1): WeightColumns {
  const features = Object.keys(weights);
  return columnsFrom(
    features,
    features.map((f) => weights[f] as number | readonly number[]),
    width,
  );
}

/** A snapshot's file text: its fields, then `features` and `weights` as arrays, one feature to a line. */
export function weightsFileText<S extends { readonly weights: Weights }>(snapshot: S): string {
  const { weights, ...head } = snapshot;
  const features = Object.keys(weights);
  const rows = features.map((f) => JSON.stringify(weights[f]));
  const fields = JSON.stringify(head).slice(1, -1);
  return `{${fields},\n"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}],\n"weights":[\n${rows.join(',\n')}]}\n`;
}

/** A file written by weightsFileText: its other fields, and its weights as columns. */
export function readWeightsFile<T extends { readonly weights: Weights }>(
  file: string,
): { head: Omit<T, 'weights'>; columns: WeightColumns } {
  const { features, weights, ...head } = JSON.parse(readFileSync(file, 'utf8')) as Omit<T, 'weights'> & {
    features: string[];
    weights: (number | number[])[];
  };
  const first = weights[0];
  const width = Array.isArray(first) ? first.length : 1;
  return { head: head as unknown as Omit<T, 'weights'>, columns: columnsFrom(features, weights, width) };
}

/**
 * A reader's snapshot split into its other fields and its weights as columns: those given (a file
 * read by readWeightsFile), or else the snapshot's own `weights` (a fit, or a test's hand-written one).
 */
export function splitSnapshot<S extends { readonly weights: Weights }>(
  snapshot: S | Omit<S, 'weights'>,
  columns: WeightColumns | undefined,
  width = 1,
): { head: Omit<S, 'weights'>; columns: WeightColumns } {
  const { weights, ...head } = { weights: {}, ...snapshot } as Omit<S, 'weights'> & { weights: Weights };
  return { head: head as unknown as Omit<S, 'weights'>, columns: columns ?? columnsOf(weights, width) };
}

/** `start` plus the weights (one per feature) of the features that have one. */
export function weightSum(columns: WeightColumns, features: Iterable<string>, start: number): number {
  let z = start;
  for (const f of features) {
    const r = columns.rows.get(f);
    if (r !== undefined) z += columns.values[r] as number;
  }
  return z;
}
