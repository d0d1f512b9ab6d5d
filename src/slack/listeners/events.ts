import type { App } from '@slack/bolt';
import { homeView, replyCard, unfurlCard } from '../../blocks/index.js';
import { meshesNamed } from '../../followups.js';
import { withoutTrailing } from '../../trim.js';
import { type ListenerDeps, logQuestion } from '../context.js';
import { loopReplyCard } from '../loop-cards.js';
import { callApi } from '../web-api.js';
import { rememberThread } from './followups.js';
import { homeWithGaps } from './loop.js';

/** The answer id of a canonical link on our own domain, or null. */
export function answerIdFromUrl(url: string, baseUrl: string): string | null {
  let u: URL;
  let base: URL;
  try {
    u = new URL(url);
    base = new URL(baseUrl);
  } catch {
    return null;
  }
  // Slack ignores ports when matching unfurl domains, so compare host names only.
  if (u.hostname !== base.hostname) return null;
  const prefix = `${withoutTrailing(base.pathname, '/')}/answers/`;
  if (!u.pathname.startsWith(prefix)) return null;
  const id = decodeURIComponent(withoutTrailing(u.pathname.slice(prefix.length), '/'));
  return /^[a-z0-9-]{1,64}$/.test(id) ? id : null;
}

/** The Events API envelope's event_id: the key of the reply an event is owed. */
function eventIdOf(body: unknown): string | undefined {
  const id = (body as { event_id?: unknown }).event_id;
  return typeof id === 'string' ? id : undefined;
}

export function registerEvents(app: App, deps: ListenerDeps): void {
  const { core } = deps;

  // The answer is built, then handed to the outbox: the event is already acked, so from here on
  // the reply is kept until it is posted (or the asker is told why not).
  app.event('app_mention', async ({ event, body }) => {
    // Another bot mentioning us (or our own message): never answer, or two bots can loop.
    const e = event as typeof event & { bot_id?: string; subtype?: string; bot_profile?: unknown };
    if (e.bot_id || e.subtype === 'bot_message' || e.bot_profile) return;
    const started = performance.now();
    const reply = core.matcher.answer(event.text ?? '');
    logQuestion(deps, 'mention', reply, started);
    const threadTs = event.thread_ts ?? event.ts;
    const loopCard = loopReplyCard(
      deps,
      reply,
      // In a thread: related entries are offered as follow-up questions.
      replyCard(reply, { kb: core.kb, answerUrl: core.answerUrl, followUps: true }),
      {
        surface: 'mention',
        channel: event.channel,
        threadTs,
        userId: event.user,
      },
    );
    const card = loopCard.message;
    // The thread's context, so the asker's next question there needs no mention (src/slack/listeners/followups.ts).
    if (event.user && reply.kind !== 'smalltalk') {
      await rememberThread(deps, {
        channel: event.channel,
        threadTs,
        userId: event.user,
        cardId: loopCard.cardId,
        entryId: reply.kind === 'answer' ? reply.entry.id : null,
        meshes: meshesNamed(event.text ?? ''),
      });
    }
    await deps.replies.send({
      id: `${eventIdOf(body) ?? `${event.channel}:${event.ts}`}:answer`,
      method: 'chat.postMessage',
      args: { channel: event.channel, thread_ts: threadTs, ...card },
      channel: event.channel,
      ...(event.user ? { asker: { user: event.user, channel: event.channel, threadTs } } : {}),
      surface: 'mention',
      plainText: card.text,
    });
    await loopCard.recorded;
  });

  app.message(async ({ message, body }) => {
    // Only plain messages people send to the bot in its DM; edits, joins and bots are ignored.
    if (message.channel_type !== 'im' || message.subtype !== undefined || 'bot_id' in message) return;
    const started = performance.now();
    const reply = core.matcher.answer(message.text ?? '');
    logQuestion(deps, 'dm', reply, started);
    const loopCard = loopReplyCard(
      deps,
      reply,
      replyCard(reply, { kb: core.kb, answerUrl: core.answerUrl }),
      {
        surface: 'dm',
        channel: message.channel,
        threadTs: message.thread_ts,
        userId: 'user' in message ? message.user : undefined,
      },
    );
    const card = loopCard.message;
    await deps.replies.send({
      id: `${eventIdOf(body) ?? `${message.channel}:${message.ts}`}:answer`,
      method: 'chat.postMessage',
      args: {
        channel: message.channel,
        ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
        ...card,
      },
      channel: message.channel,
      ...('user' in message && message.user
        ? {
            asker: {
              user: message.user,
              channel: message.channel,
              ...(message.thread_ts ? { threadTs: message.thread_ts } : {}),
            },
          }
        : {}),
      surface: 'dm',
      plainText: card.text,
    });
    await loopCard.recorded;
  });

  app.event('link_shared', async ({ event, client }) => {
    const unfurls: Record<string, { blocks: unknown[] }> = {};
    for (const link of event.links ?? []) {
      const id = answerIdFromUrl(link.url, core.baseUrl);
      const entry = id ? core.kb.byId.get(id) : undefined;
      if (entry) unfurls[link.url] = unfurlCard(entry, core.answerUrl);
    }
    if (Object.keys(unfurls).length === 0) return;
    const e = event as typeof event & { unfurl_id?: string; source?: string };
    // Links still in the composer carry unfurl_id + source instead of a message ts.
    const target =
      e.unfurl_id && e.source
        ? { unfurl_id: e.unfurl_id, source: e.source as 'composer' | 'conversations_history' }
        : { channel: event.channel, ts: event.message_ts };
    await callApi(deps, 'chat.unfurl', () =>
      client.chat.unfurl({ ...target, unfurls } as Parameters<typeof client.chat.unfurl>[0]),
    );
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const base = homeView(core.kb, core.answerUrl);
    // Curators also see the knowledge gaps (checked server-side for every curation action too).
    const view = deps.loop ? await homeWithGaps(deps, client, event.user, base) : base;
    await callApi(deps, 'views.publish', () => client.views.publish({ user_id: event.user, view }));
  });
}
