/**
 * End-to-end cross-validation of MatcherOptions.askOverCardAt: how sure the ask reader must be before
 * a card on another entry gives way to the pick card. Five folds of whole sets (as the readers' own
 * cross-validation in needs-data.ts): each fold's sets are answered by two matchers whose ask reader
 * was fitted without them, one that never overrides a card and one per threshold, and every line is
 * scored as `npm run eval` scores it (the right card, and the right pick where the line has one; an
 * off-topic line right when neither a card nor suggestions are shown). `npm run fit:needs --
 * --over-cards` prints the table; ASK_OVER_CARD_AT in matcher.ts is its choice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../knowledge/loader.js';
import { ASK_OPTIONS, AskReader, fitAskReader, loadAskReader } from './ask-reader.js';
import { type EvalLine, parseEvalFile, type ReplySummary, summarize } from './evaluate.js';
import { createMatcher, type Matcher, WRONG_COST } from './matcher.js';
import { type AskSet, FIXTURES_DIR, readAskSets } from './needs-data.js';

/** The thresholds tried. */
export const ASK_OVER_CARD_THRESHOLDS = [0.8, 0.9, 0.95, 0.97, 0.99] as const;

export interface OverCardRow {
  readonly threshold: number;
  /** Lines scored. */
  readonly lines: number;
  /** Lines whose reply differs from the matcher's that never overrides a card. */
  readonly changed: number;
  /** Lines wrong without the override and right with it. */
  readonly better: number;
  /** Lines right without the override and wrong with it. */
  readonly worse: number;
}

/** Whether a line's reply is what the line expects (as evaluate() counts it). */
function rightReply(line: EvalLine, s: ReplySummary): boolean {
  if (line.expect.length === 0) return s.answerId === null && s.kind !== 'suggest';
  return s.answerId !== null && line.expect.includes(s.answerId) && (!line.pick || s.pick === line.pick);
}

export function crossValidateAskOverCards(
  kb: KnowledgeBase,
  sets: readonly AskSet[] = readAskSets(),
  folds = 5,
  thresholds: readonly number[] = ASK_OVER_CARD_THRESHOLDS,
  dir = FIXTURES_DIR,
  // The fold readers' own threshold (for questions the rules could not place): the shipped one's.
  readerThreshold = loadAskReader()?.snapshot.options.threshold ?? ASK_OPTIONS.threshold,
): OverCardRow[] {
  const rows = thresholds.map((threshold) => ({ threshold, lines: 0, changed: 0, better: 0, worse: 0 }));
  for (let k = 0; k < folds; k++) {
    const fitted = fitAskReader(
      sets.filter((_, i) => i % folds !== k).flatMap((s) => s.examples),
      ASK_OPTIONS,
    );
    const reader = new AskReader({ ...fitted, options: { ...fitted.options, threshold: readerThreshold } });
    const never = createMatcher(kb, { askReader: reader, askOverCardAt: null });
    const over: Matcher[] = thresholds.map((t) => createMatcher(kb, { askReader: reader, askOverCardAt: t }));
    for (const set of sets.filter((_, i) => i % folds === k)) {
      for (const line of parseEvalFile(readFileSync(join(dir, set.file), 'utf8'))) {
        const before = summarize(line.q, never.answer(line.q));
        const wasRight = rightReply(line, before);
        over.forEach((m, i) => {
          const after = summarize(line.q, m.answer(line.q));
          const row = rows[i];
          if (!row) return;
          row.lines++;
          if (after.answerId !== before.answerId || after.pick !== before.pick || after.kind !== before.kind)
            row.changed++;
          const isRight = rightReply(line, after);
          if (isRight && !wasRight) row.better++;
          if (wasRight && !isRight) row.worse++;
        });
      }
    }
  }
  return rows;
}

/**
 * The threshold by the lines put right less WRONG_COST times the lines made wrong, with the
 * one-standard-error rule of chooseVetoThreshold (needs-data.ts): the gains of neighbouring
 * thresholds differ by a few lines in twenty thousand, less than the noise of the fold split, so
 * the highest threshold (the fewest cards overridden) whose gain is within one standard error of
 * the best is taken. The standard error treats the lines changed as counts: sqrt(better +
 * WRONG_COST² × worse) of the best row. Null when no threshold gains anything.
 */
export function chooseAskOverCardAt(rows: readonly OverCardRow[]): number | null {
  const gain = (r: OverCardRow) => r.better - WRONG_COST * r.worse;
  const gaining = rows.filter((r) => gain(r) > 0);
  if (gaining.length === 0) return null;
  const best = gaining.reduce((a, b) => (gain(b) > gain(a) ? b : a));
  const se = Math.sqrt(best.better + WRONG_COST * WRONG_COST * best.worse);
  return Math.max(...gaining.filter((r) => gain(r) >= gain(best) - se).map((r) => r.threshold));
}
