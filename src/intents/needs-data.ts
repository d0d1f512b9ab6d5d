/**
 * The training data of the needs reader: the labelled pick questions in tests/fixtures (every line
 * with a `factors` list), except the frozen test sets, which nothing is fitted or tuned on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FactorId } from './factors.js';
import {
  fitNeedsReader,
  type LabelledQuestion,
  READER_FACTORS,
  READER_OPTIONS,
  type ReaderSnapshot,
} from './needs-reader.js';
import { normalizeText } from './normalize.js';

export const FIXTURES_DIR = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));

/** The sets the reader learns from: evaluation files that label factors, frozen sets left out. */
export function trainingFiles(dir = FIXTURES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^eval-.*\.jsonl$/.test(f) && !f.includes('frozen'))
    .sort();
}

export interface LabelledSet {
  readonly file: string;
  readonly questions: LabelledQuestion[];
}

/** Each training file's labelled questions (files that label none are left out). */
export function readLabelledSets(dir = FIXTURES_DIR): LabelledSet[] {
  const known = new Set<string>(READER_FACTORS);
  const sets: LabelledSet[] = [];
  for (const file of trainingFiles(dir)) {
    const questions: LabelledQuestion[] = [];
    for (const [i, line] of readFileSync(join(dir, file), 'utf8').split('\n').entries()) {
      if (!line.trim()) continue;
      const l = JSON.parse(line) as { q?: unknown; factors?: unknown };
      if (!Array.isArray(l.factors) || typeof l.q !== 'string') continue;
      for (const f of l.factors)
        if (!known.has(f)) throw new Error(`${file}:${i + 1}: unknown factor ${JSON.stringify(f)}`);
      questions.push({ text: normalizeText(l.q), factors: l.factors as FactorId[] });
    }
    if (questions.length > 0) sets.push({ file, questions });
  }
  return sets;
}

/** What the shipped reader file says: the reader fitted on every training set, with its provenance. */
export function fitShippedReader(sets: readonly LabelledSet[] = readLabelledSets()): ReaderSnapshot {
  return {
    note: 'Written by `npm run fit:needs` from the labelled pick questions in tests/fixtures (frozen sets left out); do not edit by hand. Options chosen on a dev measure: the rules of 129f953 with a reader fitted without picks37-41, read on picks37-41 (79.7% of picks right with the rules alone, 90.3% with the reader at threshold 0.8, the middle of a flat 0.7-0.8 plateau, and no line of the other dev sets answered worse).',
    trainedOn: sets.map((s) => s.file),
    ...fitNeedsReader(
      sets.flatMap((s) => s.questions),
      READER_OPTIONS,
    ),
  };
}

/** The reader file's text: one feature per line, so that a refit reads as a diff. */
export function readerFileText(snapshot: ReaderSnapshot): string {
  return `${JSON.stringify(snapshot).replace(/,"(?=[^"]+":\[)/g, ',\n"')}\n`;
}
