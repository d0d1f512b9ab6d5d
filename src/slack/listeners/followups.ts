/**
 * Slack-native listening (issue 11, parts 1 and 4), on the store so any replica serves any message:
 *
 * - Follow-ups in a thread: after the bot answers in a thread, the asker's next message there that
 *   reads as a question is answered without a mention, for 30 minutes after the last answer,
 *   resolved against the thread's topic and meshes (src/followups.ts). Anybody else's message in
 *   the thread, messages that mention someone, bots' messages and edits are never answered.
 *   `/mesh follow-ups off` turns it off per channel.
 * - Opt-in channel suggestions (`/mesh suggest on`, announced once): a top-level message that
 *   reads as a mesh question and that the matcher answers with confidence at or above its answer
 *   threshold gets an ephemeral note to its author only, at most once per person per 10 minutes.
 *   Nothing public is posted unless the author clicks "Share in thread".
 */
import type { App, BlockAction, ButtonAction, RespondArguments } from '@slack/bolt';
import { actions, button } from '../../blocks/elements.js';
import {
  decodeSuggestionValue,
  entryCard,
  replyCard,
  settingReply,
  suggestAnnouncement,
  suggestionNote,
} from '../../blocks/index.js';
import type { Message } from '../../blocks/schema.js';
import { FOLLOW_UP_WINDOW_MS, readsAsQuestion, resolveFollowUp } from '../../followups.js';
import { SUGGEST_ACTIONS } from '../../ids.js';
import type { ChannelSetting, ThreadToRemember } from '../../store/threads.js';
import { type ListenerDeps, logQuestion } from '../context.js';
import { loopEntryCard, loopReplyCard } from '../loop-cards.js';
import { callApi, INVITE_HINT } from '../web-api.js';

/** At most one channel suggestion per person per this long. */
export const SUGGEST_EVERY_MS = 10 * 60_000;
/** The longest a reply waits for its thread context to be written before it is posted anyway. */
const REMEMBER_WAIT_MS = 250;

type Client = App['client'];

export function nowOf(deps: ListenerDeps): number {
  return deps.clock ? deps.clock() : Date.now();
}

function warn(deps: ListenerDeps, err: unknown, what: string) {
  deps.logger.warn(
    { err: { name: (err as Error).name, message: (err as Error).message }, what },
    'follow-up store failed',
  );
}

/**
 * Remembers a thread the bot just answered in (its asker, topic and meshes) for 30 minutes.
 * Never throws, and waits at most REMEMBER_WAIT_MS: a slow store never holds an answer back.
 */
export async function rememberThread(deps: ListenerDeps, c: ThreadToRemember): Promise<void> {
  const loop = deps.loop;
  // DMs answer every message anyway; only channels (C…, G…) and group DMs keep thread contexts.
  if (!loop || c.channel.startsWith('D')) return;
  const now = nowOf(deps);
  const write = loop.store.threads
    .remember(c, now, now + FOLLOW_UP_WINDOW_MS)
    .catch((err) => warn(deps, err, 'remember'));
  await Promise.race([write, new Promise((r) => setTimeout(r, REMEMBER_WAIT_MS).unref())]);
}

/**
 * A follow-up question button was clicked in a thread: its answer becomes the thread's topic when
 * the clicker is the thread's asker (or the thread has no live context); another asker's context
 * is left alone.
 */
export async function threadButtonAnswered(
  deps: ListenerDeps,
  c: { channel: string; threadTs: string; userId: string; entryId: string; cardId: string | null },
): Promise<void> {
  const loop = deps.loop;
  if (!loop || c.channel.startsWith('D')) return;
  try {
    const threads = loop.store.threads;
    const context = await threads.active(c.channel, c.threadTs, nowOf(deps));
    if (context && !threads.isAsker(context, c.userId)) return;
    await rememberThread(deps, { ...c, meshes: context?.meshes ?? [] });
  } catch (err) {
    warn(deps, err, 'follow-up button');
  }
}

/** `/mesh follow-ups on|off` and `/mesh suggest on|off`: the caller's private reply. */
export async function channelSettingCommand(
  deps: ListenerDeps,
  client: Client,
  sub: { name: ChannelSetting; on: boolean },
  command: { channel_id: string; user_id: string },
): Promise<RespondArguments> {
  const loop = deps.loop;
  if (!loop) return { text: 'Channel settings need the store, which this meshbot runs without.' };
  if (command.channel_id.startsWith('D')) return settingReply(sub.name, sub.on, false, 'dm');
  const threads = loop.store.threads;
  const changed = await threads.setSetting(
    command.channel_id,
    sub.name,
    sub.on,
    command.user_id,
    nowOf(deps),
  );
  deps.logger.info({ setting: sub.name, on: sub.on, changed }, 'channel setting');
  if (sub.name === 'suggest' && sub.on && changed) {
    // Announced once, in the channel, so its members know the bot now reads their questions.
    const posted = await callApi(deps, 'chat.postMessage', () =>
      client.chat.postMessage({ channel: command.channel_id, ...suggestAnnouncement(command.user_id) }),
    );
    if (!posted.ok) {
      // Not announced, so not on: turning it on again after inviting the bot announces it then.
      await threads.setSetting(command.channel_id, 'suggest', false, command.user_id, nowOf(deps));
      return {
        text: posted.failure.needsInvite
          ? INVITE_HINT
          : `Sorry, I could not announce suggestions in this channel (\`${posted.failure.code}\`), so they stay off.`,
      };
    }
  }
  return settingReply(sub.name, sub.on, changed, 'channel');
}

interface ChannelMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
  bot_profile?: unknown;
}

/** Someone other than the bot is mentioned: the message is addressed to people. */
function mentionsSomeone(text: string, botUserId: string | undefined): boolean {
  for (const m of text.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^<>]*)?>/g)) if (m[1] !== botUserId) return true;
  return false;
}

export function registerFollowUps(app: App, deps: ListenerDeps): void {
  const { core, logger } = deps;
  const loop = deps.loop;
  if (!loop) return;
  const threads = loop.store.threads;

  const followUp = async (m: ChannelMessage & { user: string; thread_ts: string }, eventId: string) => {
    const text = m.text ?? '';
    const context = await threads.active(m.channel, m.thread_ts, nowOf(deps));
    // Only the asker, only questions, only where follow-ups are on: anyone else is never answered unasked.
    if (!context || !threads.isAsker(context, m.user) || !readsAsQuestion(text)) return;
    if (!(await threads.setting(m.channel, 'followups'))) return;
    const started = performance.now();
    const resolved = resolveFollowUp((q) => core.matcher.answer(q), text, context);
    const reply = resolved.reply;
    if (reply.kind !== 'answer' && reply.kind !== 'suggest') {
      // Probably meant for the people in the thread: stay quiet rather than post a fallback.
      logger.info(
        { outcome: reply.kind, confidence: reply.confidence },
        'thread message not taken as a follow-up',
      );
      return;
    }
    logQuestion(deps, 'thread', reply, started);
    const card = loopReplyCard(
      deps,
      reply,
      replyCard(reply, { kb: core.kb, answerUrl: core.answerUrl, followUps: true }),
      { surface: 'thread', channel: m.channel, threadTs: m.thread_ts, userId: m.user },
    );
    await rememberThread(deps, {
      channel: m.channel,
      threadTs: m.thread_ts,
      userId: m.user,
      cardId: card.cardId,
      entryId: reply.kind === 'answer' ? reply.entry.id : context.entryId,
      meshes: resolved.meshes,
    });
    await deps.replies.send({
      id: `${eventId}:followup`,
      method: 'chat.postMessage',
      args: { channel: m.channel, thread_ts: m.thread_ts, ...card.message },
      channel: m.channel,
      asker: { user: m.user, channel: m.channel, threadTs: m.thread_ts },
      surface: 'thread',
      plainText: card.message.text,
    });
    await card.recorded;
  };

  const suggest = async (m: ChannelMessage & { user: string }, client: Client) => {
    const text = m.text ?? '';
    if (!readsAsQuestion(text)) return;
    // A channel without the setting sees nothing.
    if (!(await threads.setting(m.channel, 'suggest'))) return;
    const reply = core.matcher.answer(text);
    if (reply.kind !== 'answer' || reply.confidence < core.matcher.answerAt) return;
    if (!(await threads.claimSuggestion(m.user, nowOf(deps), SUGGEST_EVERY_MS))) {
      logger.debug({ answerId: reply.entry.id }, 'suggestion held back: one per person per 10 minutes');
      return;
    }
    const note = suggestionNote(reply.entry, m.ts);
    const sent = await callApi(deps, 'chat.postEphemeral', () =>
      client.chat.postEphemeral({
        channel: m.channel,
        user: m.user,
        ...(note as { text: string; blocks: never[] }),
      }),
    );
    deps.metrics.questions.inc({
      surface: 'suggestion',
      intent: reply.intent,
      outcome: sent.ok ? 'answered' : 'error',
    });
    logger.info(
      { answerId: reply.entry.id, confidence: reply.confidence, sent: sent.ok },
      'channel suggestion',
    );
  };

  app.message(async ({ message, body, context, client }) => {
    const m = message as unknown as ChannelMessage;
    // Channels, private channels and group DMs; the DM listener has DMs.
    if (!m.channel_type || m.channel_type === 'im') return;
    // Plain messages from people ("also send to channel" replies count); edits, joins and bots do not.
    if ((m.subtype !== undefined && m.subtype !== 'thread_broadcast') || m.bot_id || m.bot_profile) return;
    if (!m.user || m.user === context.botUserId) return;
    const text = m.text ?? '';
    // A mention of the bot is answered by the mention listener; a mention of anyone else is for them.
    if (context.botUserId && text.includes(`<@${context.botUserId}`)) return;
    if (mentionsSomeone(text, context.botUserId)) return;
    const eventId = (body as { event_id?: string }).event_id ?? `${m.channel}:${m.ts}`;
    try {
      if (m.thread_ts && m.thread_ts !== m.ts)
        await followUp({ ...m, user: m.user, thread_ts: m.thread_ts }, eventId);
      else if (m.channel_type === 'channel' || m.channel_type === 'group')
        await suggest({ ...m, user: m.user }, client);
    } catch (err) {
      warn(deps, err, m.thread_ts ? 'follow-up' : 'suggestion');
    }
  });

  /** The suggestion's entry, or null (and the note removed) when the value is not ours. */
  const suggestionOf = (action: ButtonAction) => {
    const v = decodeSuggestionValue(action.value);
    const entry = v ? core.kb.byId.get(v.id) : undefined;
    return v && entry ? { ...v, entry } : null;
  };

  // Show: the answer replaces the note, still only for its author, with "Share in thread" kept.
  app.action<BlockAction<ButtonAction>>(SUGGEST_ACTIONS.show, async ({ ack, action, body, respond }) => {
    await ack();
    const s = suggestionOf(action);
    if (!s) return;
    const channel = body.channel?.id ?? body.container?.channel_id;
    const card = loopEntryCard(
      deps,
      s.entry.id,
      entryCard(s.entry, { kb: core.kb, answerUrl: core.answerUrl }),
      {
        surface: 'suggestion',
        channel,
        threadTs: s.ts,
        userId: body.user.id,
      },
    );
    const message: Message = {
      ...card.message,
      blocks: [
        ...card.message.blocks,
        actions(
          [
            button('Share in thread', SUGGEST_ACTIONS.share, { value: action.value ?? '', style: 'primary' }),
            button('Not now', SUGGEST_ACTIONS.dismiss, { value: action.value ?? '' }),
          ],
          'suggestion_actions',
        ),
      ],
    };
    await callApi(deps, 'respond', () =>
      respond({ response_type: 'ephemeral', replace_original: true, ...(message as RespondArguments) }),
    );
    await card.recorded;
  });

  // Share in thread: the answer posted in the message's thread, attributed; the note goes away.
  app.action<BlockAction<ButtonAction>>(SUGGEST_ACTIONS.share, async ({ ack, action, body, respond }) => {
    await ack();
    const s = suggestionOf(action);
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!s || !channel) return;
    const user = body.user.id;
    const card = loopEntryCard(
      deps,
      s.entry.id,
      entryCard(s.entry, { kb: core.kb, answerUrl: core.answerUrl, sharedBy: user, followUps: true }),
      { surface: 'suggestion', channel, threadTs: s.ts, userId: user },
    );
    // The sharer asked: their follow-ups in that thread are answered like after a mention.
    await rememberThread(deps, {
      channel,
      threadTs: s.ts,
      userId: user,
      cardId: card.cardId,
      entryId: s.entry.id,
      meshes: [],
    });
    await deps.replies.send({
      id: `suggestion:${channel}:${s.ts}:${user}:${s.entry.id}`,
      method: 'chat.postMessage',
      args: { channel, thread_ts: s.ts, ...card.message },
      channel,
      asker: { user, channel, threadTs: s.ts },
      surface: 'suggestion',
      plainText: card.message.text,
    });
    await callApi(deps, 'respond', () => respond({ delete_original: true }));
    await card.recorded;
  });

  app.action<BlockAction<ButtonAction>>(SUGGEST_ACTIONS.dismiss, async ({ ack, respond }) => {
    await ack();
    await callApi(deps, 'respond', () => respond({ delete_original: true }));
  });
}
