/**
 * The training data of the needs reader: the labelled pick questions in tests/fixtures (every line
 * with a `factors` list), except the frozen test sets, which nothing is fitted or tuned on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASK_OPTIONS, type AskExample, type AskSnapshot, fitAskReader } from './ask-reader.js';
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

export interface AskSet {
  readonly file: string;
  readonly examples: AskExample[];
}

/**
 * Each training file's questions for the ask reader (the public set left out): a pick question (one that expects the pick
 * card with a pick) asks; a line that expects another answer or none does not. A line that expects
 * the pick card without a pick ("which mesh?" with no needs) is left out: the reader is only ever
 * asked about texts that state needs.
 */
export function readAskSets(dir = FIXTURES_DIR): AskSet[] {
  const sets: AskSet[] = [];
  // The public set stays a measure only: it is CI's gate.
  for (const file of trainingFiles(dir).filter((f) => f !== 'eval-public.jsonl')) {
    const examples: AskExample[] = [];
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const l = JSON.parse(line) as { q?: unknown; expect?: unknown; pick?: unknown };
      if (typeof l.q !== 'string') continue;
      const expectsPickCard = Array.isArray(l.expect) && l.expect.includes('which-mesh');
      if (typeof l.pick === 'string' && expectsPickCard)
        examples.push({ text: normalizeText(l.q), asks: true });
      else if (!l.pick && !expectsPickCard) examples.push({ text: normalizeText(l.q), asks: false });
    }
    if (examples.length > 0) sets.push({ file, examples });
  }
  return sets;
}

/** What the shipped ask reader file says: the reader fitted on every training set. */
export function fitShippedAskReader(sets: readonly AskSet[] = readAskSets()): AskSnapshot {
  return {
    note: 'Written by `npm run fit:needs` from the questions in tests/fixtures (frozen sets left out): pick questions ask, lines that expect another answer or none do not; do not edit by hand. Threshold chosen by cross-validation by set (see fit-needs.ts).',
    trainedOn: sets.map((s) => s.file),
    ...fitAskReader(
      sets.flatMap((s) => s.examples),
      ASK_OPTIONS,
    ),
  };
}

/** The ask reader file's text: one feature per line. */
export function askReaderFileText(snapshot: AskSnapshot): string {
  return `${JSON.stringify(snapshot).replace(/,"(?=[^"]+":-?\d)/g, ',\n"')}\n`;
}
