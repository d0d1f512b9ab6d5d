/**
 * Verified answers: which entries are due for review, and who gets the weekly digest. Pure.
 * An entry is due `review_every` days after the later of its `checked` date and its last
 * "Still correct" in Slack; it stays due until verified or edited (a new `checked`).
 */
import type { Entry } from '../knowledge/schema.js';

const DAY = 86_400_000;

export interface Verification {
  readonly by: string;
  readonly at: number;
}

export type OwnerTarget = { kind: 'user'; id: string } | { kind: 'group'; id: string };

/** The Slack user or user group an `owner` names (`U123`, `<@U123>`, `S123`, `<!subteam^S123>`), or null. */
export function ownerTarget(owner: string): OwnerTarget | null {
  const t = owner.trim();
  const user = /^(?:<@)?([UW][A-Z0-9]{2,40})(?:\|[^>]*)?>?$/.exec(t);
  if (user?.[1]) return { kind: 'user', id: user[1] };
  const group = /^(?:<!subteam\^)?(S[A-Z0-9]{2,40})(?:\|[^>]*)?>?$/.exec(t);
  if (group?.[1]) return { kind: 'group', id: group[1] };
  return null;
}

export function reviewedAt(entry: Pick<Entry, 'checked'>, verification?: Verification): number {
  const checked = Date.parse(`${entry.checked}T00:00:00Z`);
  return Math.max(Number.isNaN(checked) ? 0 : checked, verification?.at ?? 0);
}

export function dueSince(
  entry: Pick<Entry, 'checked' | 'review_every'>,
  verification: Verification | undefined,
): number {
  return reviewedAt(entry, verification) + (entry.review_every ?? 90) * DAY;
}

export function isDue(
  entry: Pick<Entry, 'checked' | 'review_every'>,
  verification: Verification | undefined,
  now: number,
): boolean {
  return dueSince(entry, verification) <= now;
}

/** Due entries grouped by their `owner` text, as written (resolved to Slack ids at digest time). */
export function dueByOwner(
  entries: readonly Entry[],
  verifications: ReadonlyMap<string, Verification>,
  now: number,
): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!isDue(e, verifications.get(e.id), now)) continue;
    const list = out.get(e.owner) ?? [];
    list.push(e);
    out.set(e.owner, list);
  }
  return out;
}
