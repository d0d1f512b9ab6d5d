/**
 * When an entry is due for review: `checked` plus `review_every` days (90 unless the entry says
 * otherwise). Pure functions of the entry and "today", so cards, pages and `npm run kb:check`
 * agree and tests can pin the date.
 */
import type { Entry } from './schema.js';

/** The default of the schema's `review_every`, for entries built without it. */
export const DEFAULT_REVIEW_DAYS = 90;

const DAY_MS = 86_400_000;

export interface ReviewStatus {
  /** True from the due date on (the due date itself included). */
  readonly due: boolean;
  /** The date the entry falls due, YYYY-MM-DD. */
  readonly dueOn: string;
  /** Days from today to the due date: negative once overdue, 0 on the day. */
  readonly daysLeft: number;
}

/** Midnight UTC of a YYYY-MM-DD date or of a Date's UTC day. */
function utcDay(d: Date | string): number {
  if (typeof d === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
    if (!m) throw new RangeError(`not a YYYY-MM-DD date: "${d}"`);
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  }
  if (Number.isNaN(d.getTime())) throw new RangeError('invalid date');
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** Today's date as YYYY-MM-DD (UTC). */
export function isoDay(d: Date = new Date()): string {
  return new Date(utcDay(d)).toISOString().slice(0, 10);
}

/** Whether `entry` is due for review on `today` (a Date or YYYY-MM-DD; default: now), and when. */
export function reviewStatus(
  entry: Pick<Entry, 'checked'> & { readonly review_every?: number | undefined },
  today: Date | string = new Date(),
): ReviewStatus {
  const every = entry.review_every ?? DEFAULT_REVIEW_DAYS;
  const dueMs = utcDay(entry.checked) + every * DAY_MS;
  const daysLeft = Math.round((dueMs - utcDay(today)) / DAY_MS);
  return { due: daysLeft <= 0, dueOn: isoDay(new Date(dueMs)), daysLeft };
}

/** The entries due on `today`, most overdue first (then by id). */
export function dueEntries<E extends Pick<Entry, 'id' | 'checked'> & { readonly review_every?: number }>(
  entries: readonly E[],
  today: Date | string = new Date(),
): { entry: E; status: ReviewStatus }[] {
  return entries
    .map((entry) => ({ entry, status: reviewStatus(entry, today) }))
    .filter((d) => d.status.due)
    .sort((a, b) => a.status.daysLeft - b.status.daysLeft || a.entry.id.localeCompare(b.entry.id));
}

/** One warning line for an entry that is due, as `npm run kb:check` prints it. */
export function dueWarning(
  entry: Pick<Entry, 'id' | 'checked'> & { readonly review_every?: number; readonly owner?: string },
  status: ReviewStatus,
): string {
  const late = -status.daysLeft;
  const since = late === 0 ? `due today (${status.dueOn})` : `due since ${status.dueOn} (${late} day(s) ago)`;
  const owner = entry.owner ? `; owner: ${entry.owner}` : '';
  return `entries/${entry.id}.md: review ${since}: checked ${entry.checked}, review every ${
    entry.review_every ?? DEFAULT_REVIEW_DAYS
  } days${owner}`;
}
