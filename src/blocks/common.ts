/** Pieces shared by several builders. */

import { COMMANDS } from '../ids.js';
import type { Entry } from '../knowledge/schema.js';

/** What the message builders need from the app: canonical links and the entries by id (`Core` fits). */
export interface CardContext {
  /** Canonical URL of an answer, e.g. https://meshbot.example.com/answers/mtls */
  readonly answerUrl: (id: string) => string;
  readonly kb: { readonly byId: ReadonlyMap<string, Entry> };
}

export interface CardOptions {
  /** The card is shown only to the asker: add a "Share in channel" button. */
  readonly ephemeral?: boolean;
  /** User id of the person who shared the card into the channel: adds "Shared by <@U…>". */
  readonly sharedBy?: string;
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
  ];
}

export const ABOUT =
  'I answer service-mesh questions, Istio vs Linkerd first, from a knowledge base that is checked against primary sources. Every answer links to its sources and to a canonical page you can share.';
