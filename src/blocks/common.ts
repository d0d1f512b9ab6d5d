/** Pieces shared by several builders. */

import { COMMANDS } from '../ids.js';
import { reviewStatus } from '../knowledge/review.js';
import type { Entry } from '../knowledge/schema.js';

/** What the message builders need from the app: canonical links and the entries by id (`Core` fits). */
export interface CardContext {
  /** Canonical URL of an answer, e.g. https://meshbot.example.com/answers/mtls */
  readonly answerUrl: (id: string) => string;
  readonly kb: { readonly byId: ReadonlyMap<string, Entry> };
  /** The day review dates are judged on (YYYY-MM-DD or a Date); the current date when absent. */
  readonly today?: Date | string;
}

export interface CardOptions {
  /** The card is shown only to the asker: add a "Share in channel" button. */
  readonly ephemeral?: boolean;
  /** User id of the person who shared the card into the channel: adds "Shared by <@U…>". */
  readonly sharedBy?: string;
  /**
   * The card answers in a thread: the related entries are offered as follow-up questions (their
   * buttons answer in the thread) instead of "Related answers".
   */
  readonly followUps?: boolean;
}

/**
 * Block ids of repeated blocks: the first is the base id from BLOCKS, the next `${base}:1`,
 * `${base}:2`, … (block_ids must be unique in a message or view).
 */
export function nthId(base: string, i: number): string {
  return i === 0 ? base : `${base}:${i}`;
}

/** The BLOCKS id a (possibly numbered) block_id was made from: "body:2" → "body". */
export function blockIdBase(blockId: string): string {
  const i = blockId.indexOf(':');
  return i < 0 ? blockId : blockId.slice(0, i);
}

export const PICK_LABEL = {
  istio: 'Istio',
  linkerd: 'Linkerd',
  both: 'Both (migration bridge)',
  either: 'Either',
} as const;

export const MESH_LABEL = { istio: 'Istio', linkerd: 'Linkerd', both: 'a migration bridge' } as const;

export const WEIGHT_LABEL = { 0: 'not needed', 1: 'nice to have', 2: 'must have' } as const;

/** How to reach the bot, one mrkdwn line each (help card and App Home). */
export function usageLines(): string[] {
  return [
    '• *Mention me* in a channel: `@meshbot how does mTLS work in Linkerd?` (I answer in a thread)',
    '• *Send me a direct message* with your question',
    `• \`${COMMANDS.mesh} &lt;question&gt;\`: an answer only you see, with a button to share it`,
    `• \`${COMMANDS.mesh} list\`: every topic I can answer`,
    `• \`${COMMANDS.mesh} link &lt;topic&gt;\`: the canonical link for a topic`,
    `• \`${COMMANDS.mesh} table\`: Istio and Linkerd side by side`,
    `• \`${COMMANDS.pick}\`: a short questionnaire that picks a mesh for your needs`,
    `• After I answer in a thread, ask a follow-up there without mentioning me (30 minutes; \`${COMMANDS.mesh} follow-ups off\` in a channel turns it off)`,
    `• \`${COMMANDS.mesh} suggest on\`: in a channel, I tell authors of questions I can answer, privately`,
  ];
}

export const ABOUT =
  'I answer service-mesh questions, Istio vs Linkerd first, from a knowledge base that is checked against primary sources. Every answer links to its sources and to a canonical page you can share.';

/** The groups of the index page and App Home, in their order, with their titles. */
export const GROUP_TITLES = {
  choosing: 'Choosing a mesh',
  concepts: 'Concepts',
  security: 'Security',
  traffic: 'Traffic',
  operations: 'Operations',
  platforms: 'Platforms',
  'other-meshes': 'Other meshes',
} as const;
export type AnswerGroupId = keyof typeof GROUP_TITLES;
const GROUP_ORDER = Object.keys(GROUP_TITLES) as AnswerGroupId[];

/** Where an entry whose `group` is none of GROUP_TITLES is listed (last). */
export const OTHER_GROUP = { group: 'other', title: 'More answers' } as const;

/** The answer listed first of all (the question most people come with). */
export const FIRST_ANSWER = 'which-mesh';

export interface AnswerGroup<E> {
  readonly group: AnswerGroupId | typeof OTHER_GROUP.group;
  readonly title: string;
  readonly entries: readonly E[];
}

/**
 * The entries by group in GROUP_TITLES order, each sorted by title with "which mesh" first;
 * empty groups are left out. Used by the /answers page and App Home.
 */
export function groupAnswers<E extends Pick<Entry, 'id' | 'title'> & { readonly group?: string }>(
  entries: readonly E[],
): AnswerGroup<E>[] {
  const byTitle = (a: E, b: E) =>
    Number(b.id === FIRST_ANSWER) - Number(a.id === FIRST_ANSWER) || a.title.localeCompare(b.title, 'en');
  const known = new Set<string>(GROUP_ORDER);
  const groups: AnswerGroup<E>[] = GROUP_ORDER.map((group) => ({
    group,
    title: GROUP_TITLES[group],
    entries: entries.filter((e) => e.group === group).sort(byTitle),
  }));
  groups.push({ ...OTHER_GROUP, entries: entries.filter((e) => !known.has(e.group ?? '')).sort(byTitle) });
  return groups.filter((g) => g.entries.length > 0);
}

/**
 * "Checked 2026-11-30", or "Checked on 2026-11-30 · due for review" once the entry is past
 * `checked + review_every` on `today`.
 */
export function checkedText(
  entry: Pick<Entry, 'checked' | 'review_every'>,
  today: Date | string = new Date(),
): string {
  return reviewStatus(entry, today).due
    ? `Checked on ${entry.checked} · due for review`
    : `Checked ${entry.checked}`;
}
