/**
 * Opt-in channel suggestions and the per-channel settings of follow-ups: the ephemeral note a
 * channel member gets ("I may have an answer: Show · Share in thread · Not now"), its button
 * values, the one announcement when a channel turns suggestions on, and the settings' replies.
 */
import { z } from 'zod';
import { COMMANDS, SUGGEST_ACTIONS } from '../ids.js';
import { escapeSlack } from '../knowledge/markdown.js';
import type { Entry } from '../knowledge/schema.js';
import { actions, button, context, section } from './elements.js';
import type { Message } from './schema.js';
import { mention, truncate } from './text.js';

/** What a suggestion's buttons carry: the entry and the message it answers (its thread). */
export const suggestionValueSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  ts: z.string().regex(/^\d{1,12}\.\d{1,8}$/),
});
export type SuggestionValue = z.infer<typeof suggestionValueSchema>;

export function encodeSuggestionValue(v: SuggestionValue): string {
  return JSON.stringify({ id: v.id, ts: v.ts });
}

export function decodeSuggestionValue(value: unknown): SuggestionValue | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = suggestionValueSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The ephemeral note to the author of a channel message the bot can answer. */
export function suggestionNote(entry: Pick<Entry, 'id' | 'title'>, messageTs: string): Message {
  const value = encodeSuggestionValue({ id: entry.id, ts: messageTs });
  const title = escapeSlack(truncate(entry.title, 200));
  return {
    text: `I may have an answer: ${title}`,
    blocks: [
      section(`:bulb: I may have an answer: *${title}*`, 'suggestion'),
      actions(
        [
          button('Show', SUGGEST_ACTIONS.show, { value, style: 'primary' }),
          button('Share in thread', SUGGEST_ACTIONS.share, { value }),
          button('Not now', SUGGEST_ACTIONS.dismiss, { value }),
        ],
        'suggestion_actions',
      ),
      context([
        'Only you can see this. Suggestions are on in this channel (`/mesh suggest off` turns them off).',
      ]),
    ],
  };
}

/** Posted once in the channel when a member turns suggestions on. */
export function suggestAnnouncement(byUserId: string): Message {
  const text =
    `${mention(byUserId)} turned on meshbot suggestions in this channel: when a message here reads as a ` +
    'service-mesh question I can answer, I tell its author privately (nobody else sees it, at most once ' +
    `every 10 minutes per person). \`${COMMANDS.mesh} suggest off\` turns them off.`;
  return { text, blocks: [section(text, 'suggest_announcement')] };
}

/** The private reply to `/mesh follow-ups on|off` and `/mesh suggest on|off`. */
export function settingReply(
  name: 'followups' | 'suggest',
  on: boolean,
  changed: boolean,
  where: 'channel' | 'dm',
): Message {
  if (where === 'dm') {
    const text =
      name === 'suggest'
        ? 'Suggestions are for channels: run this in the channel you want them in.'
        : 'In our DM I answer every message anyway: run this in a channel.';
    return { text, blocks: [section(text)] };
  }
  const what = name === 'suggest' ? 'Suggestions' : 'Follow-ups without a mention';
  const state = on ? 'on' : 'off';
  const detail =
    name === 'followups'
      ? on
        ? 'After I answer in a thread here, the asker can ask a follow-up in that thread for 30 minutes without mentioning me.'
        : 'I answer in threads here only when mentioned.'
      : on
        ? 'Authors of messages I can answer get a private note from me.'
        : 'Nobody here gets suggestions from me.';
  const text = `${what} ${changed ? 'are now' : 'were already'} ${state} in this channel. ${detail}`;
  return { text, blocks: [section(text, 'setting')] };
}
