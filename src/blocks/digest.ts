/** The weekly owner digest: entries due for review, with "Still correct" and "Needs changes". */
import type { Entry } from '../knowledge/schema.js';
import { actions, button, context, header, section } from './elements.js';
import type { Block, Message } from './schema.js';
import { LIMITS } from './schema.js';
import { link, mention } from './text.js';

export const DIGEST_ACTIONS = {
  verify: 'review_still_correct',
  needsChanges: 'review_needs_changes',
} as const;

/** Entries per digest message (3 blocks each, within 50 blocks). */
export const MAX_DIGEST_ENTRIES = 15;

const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function digestMessage(
  entries: readonly { entry: Entry; dueSince: number }[],
  answerUrl: (id: string) => string,
): Message {
  const shown = entries.slice(0, MAX_DIGEST_ENTRIES);
  const blocks: Block[] = [
    header('Answers due for review', 'digest_header'),
    section(
      `You own ${entries.length} meshbot answer${entries.length === 1 ? '' : 's'} due for review. Is each still correct?`,
      'digest_intro',
    ),
  ];
  for (const { entry, dueSince } of shown) {
    blocks.push(
      section(
        `*${link(answerUrl(entry.id), entry.title)}*\nChecked ${entry.checked}, due since ${date(dueSince)}.`,
        `rv:${entry.id}`,
      ),
      actions(
        [
          button('Still correct', DIGEST_ACTIONS.verify, { value: entry.id, style: 'primary' }),
          button('Needs changes', DIGEST_ACTIONS.needsChanges, { value: entry.id }),
        ],
        `rva:${entry.id}`,
      ),
    );
  }
  if (entries.length > shown.length)
    blocks.push(context([`${entries.length - shown.length} more next week.`], 'digest_more'));
  return {
    text: `${entries.length} meshbot answer${entries.length === 1 ? '' : 's'} due for review`,
    blocks: blocks.slice(0, LIMITS.messageBlocks),
  };
}

export function verifiedLine(by: string, at: number): string {
  return `:white_check_mark: Verified by ${mention(by)} on ${date(at)}`;
}

export function reviewDoneMessage(entry: Entry, kind: 'verified' | 'needs_changes', by: string): Message {
  const t =
    kind === 'verified'
      ? `Thanks: *${entry.title}* is marked as still correct (verified by ${mention(by)} on ${date(Date.now())}).`
      : `Thanks: *${entry.title}* is flagged as needing changes; curators see it among the knowledge gaps.`;
  return { text: t, blocks: [section(t, 'review_done')] };
}
