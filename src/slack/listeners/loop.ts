/**
 * Slack listeners of the learning loop: 👍/👎 on answer cards and the 👎 reasons, "Ask the
 * experts" and the relay of an expert's reply, curation of knowledge gaps (App Home and
 * `/mesh gaps`: link to an answer, dismiss), `/mesh stats` and `/mesh forget me`.
 * Registered only when the app has a store. No question text goes to the logs.
 */
import { hostname } from 'node:os';
import type { App, BlockAction, RespondArguments } from '@slack/bolt';
import { Counter, Gauge } from 'prom-client';
import { entryCard } from '../../blocks/answer.js';
import { DIGEST_ACTIONS, digestMessage, reviewDoneMessage } from '../../blocks/digest.js';
import {
  decodeFeedbackValue,
  FEEDBACK_REASONS,
  type FeedbackReason,
  isCardId,
  reasonsMessage,
  reasonThanks,
} from '../../blocks/feedback.js';
import {
  DISMISS_REASONS,
  type DismissReason,
  expertAnsweredMessage,
  expertsPost,
  forgotMessage,
  gapsMessage,
  gapsSection,
  learnedSection,
  notCuratorMessage,
  statsMessage,
  youAskedIntro,
} from '../../blocks/loop.js';
import type { HomeView, Message } from '../../blocks/schema.js';
import { LIMITS } from '../../blocks/schema.js';
import { BLOCK_PREFIX, LOOP_ACTIONS, LOOP_CALLBACKS } from '../../ids.js';
import type { Entry } from '../../knowledge/schema.js';
import { Curators } from '../../loop/curators.js';
import { dueByOwner, dueSince } from '../../loop/digest.js';
import { type GroupClient, groupMembers, ownerTargets, unresolvedOwners } from '../../loop/owners.js';
import { isPrivateSurface } from '../../store/private-askers.js';
import { teamOfRow } from '../../store/store.js';
import type { ListenerDeps } from '../context.js';
import { currentTeam, type TeamRef } from '../installs.js';
import { loopEntryCard } from '../loop-cards.js';
import { callApi } from '../web-api.js';

type Client = App['client'];

const curatorsOf = new WeakMap<object, Curators>();
function curators(deps: ListenerDeps): Curators {
  const loop = deps.loop as NonNullable<ListenerDeps['loop']>;
  let c = curatorsOf.get(loop);
  if (!c) {
    c = new Curators(loop.settings.curators);
    curatorsOf.set(loop, c);
  }
  return c;
}

const titlesOf = (deps: ListenerDeps) => new Map(deps.core.kb.entries.map((e) => [e.id, e.title]));

/** Slack's action_ts ("1796043533.123456", seconds) in milliseconds, or undefined when unreadable. */
function clickedAt(actionTs: unknown): number | undefined {
  const seconds = typeof actionTs === 'string' ? Number(actionTs) : Number.NaN;
  return Number.isFinite(seconds) && seconds > 1e9 ? Math.round(seconds * 1000) : undefined;
}

const errInfo = (err: unknown) => ({ name: (err as Error).name, message: (err as Error).message });

/**
 * App Home: the base view plus, for curators, how meshbot is doing (the `/mesh stats` figures) and
 * the knowledge gaps (within the 100-block cap).
 */
export async function homeWithGaps(
  deps: ListenerDeps,
  client: Client,
  userId: string,
  home: HomeView,
): Promise<HomeView> {
  const loop = deps.loop;
  if (!loop) return home;
  let base = home;
  try {
    if (!(await curators(deps).isCurator(userId, client as never))) return home;
    const stats = statsMessage(await loop.store.stats(14), {
      curator: true,
      statsUrl: loop.settings.statsPage ? `${deps.core.baseUrl}/stats` : undefined,
    }).blocks.filter((b) => b.type !== 'divider');
    if (home.blocks.length + 1 + stats.length <= LIMITS.viewBlocks - 8)
      base = {
        ...home,
        blocks: [...home.blocks, { type: 'divider' as const }, ...(stats as HomeView['blocks'])],
      };
    const gaps = await loop.store.gaps({ limit: 10 });
    const section = gapsSection(gaps, deps.core.kb.entries);
    const room = LIMITS.viewBlocks - base.blocks.length - 1;
    if (room < 3) return base;
    // Whole gaps only: each takes three blocks after the two header blocks.
    const keep = section.length <= room ? section.length : 2 + Math.floor((room - 2) / 3) * 3;
    const blocks = [...base.blocks, { type: 'divider' as const }, ...section.slice(0, keep)];
    const learned = learnedSection(await loop.store.learnedPhrasings(), titlesOf(deps));
    const left = LIMITS.viewBlocks - blocks.length;
    if (learned.length && left >= 3) blocks.push(...learned.slice(0, left));
    return { ...base, blocks };
  } catch (err) {
    deps.logger.warn({ err: errInfo(err) }, 'could not add knowledge gaps to App Home');
    return base;
  }
}

/** `/mesh gaps`, `/mesh stats`, `/mesh forget me`. */
export async function loopCommand(
  deps: ListenerDeps,
  client: Client,
  kind: 'gaps' | 'stats' | 'forget',
  userId: string,
): Promise<RespondArguments> {
  const loop = deps.loop;
  if (!loop) return { text: 'The learning loop is not enabled on this meshbot.' };
  switch (kind) {
    case 'gaps': {
      if (!(await curators(deps).isCurator(userId, client as never))) return notCuratorMessage();
      return gapsMessage(
        await loop.store.gaps({ limit: 10 }),
        deps.core.kb.entries,
        learnedSection(await loop.store.learnedPhrasings(), titlesOf(deps)),
      );
    }
    case 'stats': {
      const curator = await curators(deps).isCurator(userId, client as never);
      return statsMessage(await loop.store.stats(14), {
        curator,
        statsUrl: loop.settings.statsPage ? `${deps.core.baseUrl}/stats` : undefined,
      });
    }
    case 'forget': {
      const rows = (await loop.store.forgetUser(userId)) + (await loop.privateAskers.forget(userId));
      deps.logger.info({ rows }, 'forget me: deleted what the store held about a user');
      return forgotMessage(rows);
    }
  }
}

/**
 * The asker's answer, once per thread after a curator links their gap. It goes through the outbox
 * with the asker's workspace (their card's team), so in OAuth mode it is posted with that install's
 * token, not the curator's; a card without a team is posted as the curator's event would be. Returns
 * how many answers were queued.
 */
async function answerAskers(deps: ListenerDeps, gapId: string, entryId: string): Promise<number> {
  const loop = deps.loop;
  const entry = deps.core.kb.byId.get(entryId);
  if (!loop || !entry) return 0;
  const send = async (
    id: string,
    at: number,
    place: { channel: string; threadTs?: string | undefined; userId?: string; team?: TeamRef | undefined },
  ) => {
    const card = loopEntryCard(
      deps,
      entry.id,
      entryCard(entry, { kb: deps.core.kb, answerUrl: deps.core.answerUrl }),
      { surface: 'gap-answer', ...place },
    );
    const message = youAskedIntro(at, card.message);
    await deps.replies.send({
      id: `gap-answer:${gapId}:${id}`,
      method: 'chat.postMessage',
      args: { channel: place.channel, ...(place.threadTs ? { thread_ts: place.threadTs } : {}), ...message },
      channel: place.channel,
      surface: 'gap-answer',
      plainText: message.text,
      ...(place.team ? { team: place.team } : {}),
    });
    await card.recorded;
  };
  let queued = 0;
  for (const asker of await loop.store.askersToNotify(gapId)) {
    if (!(await loop.store.claimAsker(gapId, asker))) continue;
    await send(asker.askId, asker.at, {
      channel: asker.channel,
      threadTs: asker.threadTs ?? undefined,
      team: asker.team,
    });
    queued++;
  }
  // Private askers (/mesh): their answer was ephemeral, so there is no thread. They get a DM, once:
  // chat.postMessage with their user id as the channel posts in the app's DM with them (chat:write
  // only). Not chat.postEphemeral: the link may come days later, an ephemeral message is gone on
  // reload and seen only in that channel, and it fails where the bot is not a member.
  for (const asker of await loop.privateAskers.forGap(gapId)) {
    if (!(await loop.privateAskers.claim(gapId, asker))) continue;
    await send(asker.userHash, asker.at, { channel: asker.userId, userId: asker.userId, team: asker.team });
    queued++;
  }
  return queued;
}

/** The loop's Prometheus metrics, on the app's registry. */
function loopMetrics(deps: ListenerDeps, store: NonNullable<ListenerDeps['loop']>['store']) {
  const registers = [deps.metrics.registry];
  // One set per registry (an app rebuilt on the same registry replaces them).
  for (const name of [
    'meshbot_feedback_total',
    'meshbot_curation_total',
    'meshbot_expert_handoffs_total',
    'meshbot_open_gaps',
    'meshbot_answer_feedback_total',
  ])
    if (deps.metrics.registry.getSingleMetric(name)) deps.metrics.registry.removeSingleMetric(name);
  return {
    feedback: new Counter({
      name: 'meshbot_feedback_total',
      help: 'Votes on answer cards (the last vote per person and card counts in the store), by vote.',
      labelNames: ['vote'],
      registers,
    }),
    // 👍 share per answer in Prometheus: sum by answer of vote="up" over all votes.
    answerFeedback: new Counter({
      name: 'meshbot_answer_feedback_total',
      help: 'Votes on answer cards per answer (knowledge base id, or "other"), by vote.',
      labelNames: ['answer', 'vote'],
      registers,
    }),
    curation: new Counter({
      name: 'meshbot_curation_total',
      help: 'Curation actions on knowledge gaps, by action (link, dismiss, refused).',
      labelNames: ['action'],
      registers,
    }),
    handoffs: new Counter({
      name: 'meshbot_expert_handoffs_total',
      help: 'Questions handed to the experts, by stage (posted, answered).',
      labelNames: ['stage'],
      registers,
    }),
    openGaps: new Gauge({
      name: 'meshbot_open_gaps',
      help: 'Open knowledge gaps in the store (read at scrape time).',
      registers,
      async collect() {
        const row = await store.db
          .get<{ n: number }>(`SELECT COUNT(*) AS n FROM gaps WHERE status = 'open'`)
          .catch(() => undefined);
        if (row) this.set(Number(row.n));
      },
    }),
  };
}

const WEEK = 7 * 86_400_000;
/** Each replica checks hourly whether the weekly digest is due; the store lets one of them send it. */
export const DIGEST_CHECK_MS = 60 * 60_000;
const holderId = `${hostname()}:${process.pid}`;

/** usergroups.users.list through callApi (failures logged and counted like every Web API call). */
function groupClient(deps: ListenerDeps, client: Client): GroupClient {
  return {
    usergroups: {
      users: {
        list: async (args) => {
          const res = await callApi(deps, 'usergroups.users.list', () => client.usergroups.users.list(args));
          if (!res.ok) throw new Error(`usergroups.users.list failed: ${res.failure.code}`);
          return res.value as { users?: string[] };
        },
      },
    },
  };
}

/**
 * The weekly owner digest, at most once per week across every replica sharing the store (a
 * conditional update in the jobs table decides who sends it). Owners are resolved to people
 * (ids, user groups, KB_OWNERS names) and each person gets one message with all their due
 * entries. Returns null when another replica (or an earlier run) already has this week's.
 */
export async function runDigest(
  deps: ListenerDeps,
  client: Client,
  opts: { now?: number; entries?: readonly Entry[]; holder?: string } = {},
): Promise<{ recipients: number; entries: number; unresolved: number } | null> {
  const loop = deps.loop;
  if (!loop) return null;
  const now = opts.now ?? Date.now();
  if (!(await loop.store.claimJob('owner-digest', WEEK, opts.holder ?? holderId))) return null;
  const verifications = await loop.store.verifications();
  const members = groupMembers(groupClient(deps, client), () => {});
  const perUser = new Map<string, Entry[]>();
  let entries = 0;
  let unresolved = 0;
  for (const [owner, due] of dueByOwner(opts.entries ?? deps.core.kb.entries, verifications, now)) {
    const users = await members(ownerTargets(owner, loop.settings.kbOwners));
    if (users.length === 0) unresolved += due.length;
    else entries += due.length;
    for (const user of users) perUser.set(user, [...(perUser.get(user) ?? []), ...due]);
  }
  let recipients = 0;
  for (const [user, due] of perUser) {
    const msg = digestMessage(
      due.map((e) => ({ entry: e, dueSince: dueSince(e, verifications.get(e.id)) })),
      deps.core.answerUrl,
    );
    const posted = await callApi(deps, 'chat.postMessage', () =>
      client.chat.postMessage({ channel: user, ...(msg as { text: string; blocks: never[] }) }),
    );
    if (posted.ok) recipients++;
  }
  if (unresolved)
    deps.logger.warn(
      { entries: unresolved },
      'due entries whose owner reaches nobody in Slack: set their owner to a Slack id or map the name in KB_OWNERS',
    );
  deps.logger.info({ recipients, entries }, 'weekly owner digest sent');
  return { recipients, entries, unresolved };
}

/** May this person review `entry`: its owner (in person, by group or by KB_OWNERS name), or a curator. */
async function mayReview(deps: ListenerDeps, client: Client, entry: Entry, userId: string): Promise<boolean> {
  const targets = ownerTargets(entry.owner, deps.loop?.settings.kbOwners ?? {});
  if ((await groupMembers(groupClient(deps, client), () => {})(targets)).includes(userId)) return true;
  return curators(deps).isCurator(userId, client as never);
}

export function registerLoop(app: App, deps: ListenerDeps): void {
  const loop = deps.loop;
  if (!loop) return;
  const { store } = loop;
  const { logger } = deps;
  const metrics = loopMetrics(deps, store);

  loop.every(
    'owner digest',
    DIGEST_CHECK_MS,
    async () => runDigest(deps, (await deps.digestClient?.()) ?? app.client),
    60_000,
  );
  const nobody = unresolvedOwners(deps.core.kb.entries, loop.settings.kbOwners);
  if (nobody.size)
    logger.warn(
      { owners: Object.fromEntries(nobody) },
      'entries whose owner names no Slack user or group get no review digest: map the names in KB_OWNERS (name=U…/S…)',
    );

  // The owner's answer to the digest: "Still correct" records who and when; "Needs changes" opens a gap.
  for (const kind of ['verified', 'needs_changes'] as const) {
    const actionId = kind === 'verified' ? DIGEST_ACTIONS.verify : DIGEST_ACTIONS.needsChanges;
    app.action<BlockAction>(actionId, async ({ ack, action, body, client, respond }) => {
      await ack();
      const entry = deps.core.kb.byId.get((action as { value?: string }).value ?? '');
      if (!entry) return;
      const user = body.user.id;
      if (!(await mayReview(deps, client, entry, user))) {
        logger.warn(
          { action: actionId, userHash: store.userHash(user) },
          'review refused: not the owner or a curator',
        );
        if (body.response_url)
          await callApi(deps, 'respond', () =>
            respond({
              response_type: 'ephemeral',
              replace_original: false,
              text: "Only the answer's owner or a curator can do that.",
            }),
          );
        return;
      }
      if (kind === 'verified') {
        await store.verify(entry.id, user);
        await loop.refreshVerifications();
      } else {
        await store.flagEntry(entry.id, entry.title, user);
      }
      logger.info({ answerId: entry.id, review: kind }, 'answer reviewed');
      if (body.response_url)
        await callApi(deps, 'respond', () =>
          respond({
            replace_original: false,
            response_type: 'ephemeral',
            ...reviewDoneMessage(entry, kind, user),
          }),
        );
    });
  }

  // 👍 / 👎: the last vote per person and card wins. A 👎 gets the optional reasons, ephemerally.
  app.action<BlockAction>(LOOP_ACTIONS.feedback, async ({ ack, action, body, respond }) => {
    await ack();
    const fb = decodeFeedbackValue((action as { value?: unknown }).value);
    if (!fb) {
      logger.warn({ action: LOOP_ACTIONS.feedback }, 'feedback with an unreadable value');
      return;
    }
    const started = performance.now();
    try {
      await store.recordVote({
        cardId: fb.cardId,
        userId: body.user.id,
        vote: fb.vote,
        entryId: fb.entryId,
        channel: body.channel?.id ?? body.container?.channel_id,
        clickedAt: clickedAt((action as { action_ts?: unknown }).action_ts),
      });
    } catch (err) {
      logger.error({ err: errInfo(err) }, 'could not record feedback');
      return;
    }
    metrics.feedback.inc({ vote: fb.vote > 0 ? 'up' : 'down' });
    metrics.answerFeedback.inc({
      answer: fb.entryId && deps.core.kb.byId.has(fb.entryId) ? fb.entryId : 'other',
      vote: fb.vote > 0 ? 'up' : 'down',
    });
    logger.info(
      {
        vote: fb.vote > 0 ? 'up' : 'down',
        answerId: fb.entryId,
        ms: Math.round((performance.now() - started) * 100) / 100,
      },
      'feedback recorded',
    );
    if (fb.vote < 0 && body.response_url) {
      const msg = reasonsMessage(fb.cardId, { experts: Boolean(loop.settings.expertsChannel) });
      await callApi(deps, 'respond', () =>
        respond({ response_type: 'ephemeral', replace_original: false, ...msg }),
      );
    }
  });

  const saveReason = async (
    body: BlockAction,
    cardId: string,
    reason: FeedbackReason,
    respond: (m: RespondArguments) => Promise<unknown>,
    text?: string,
  ) => {
    const ok = await store
      .recordReason({ cardId, userId: body.user.id, reason, text })
      .catch((err: unknown) => {
        logger.error({ err: errInfo(err) }, 'could not record the feedback reason');
        return false;
      });
    logger.info({ reason, saved: ok }, 'feedback reason');
    if (body.response_url)
      await callApi(deps, 'respond', () => respond({ replace_original: true, ...reasonThanks(reason) }));
  };

  app.action<BlockAction>(
    new RegExp(`^${LOOP_ACTIONS.feedbackReason}:`),
    async ({ ack, action, body, respond }) => {
      await ack();
      const a = action as { action_id: string; value?: string };
      const reason = a.action_id.slice(LOOP_ACTIONS.feedbackReason.length + 1) as FeedbackReason;
      if (!(reason in FEEDBACK_REASONS) || !isCardId(a.value)) return;
      await saveReason(body, a.value, reason, respond);
    },
  );

  app.action<BlockAction>(LOOP_ACTIONS.feedbackText, async ({ ack, action, body, respond }) => {
    await ack();
    const a = action as { block_id?: string; value?: string };
    const cardId = a.block_id?.startsWith(BLOCK_PREFIX.feedbackText)
      ? a.block_id.slice(BLOCK_PREFIX.feedbackText.length)
      : '';
    if (!isCardId(cardId)) return;
    await saveReason(body, cardId, 'other', respond, (a.value ?? '').slice(0, 500));
  });

  // "Ask the experts": only the asker's click posts anything to EXPERTS_CHANNEL.
  app.action<BlockAction>(LOOP_ACTIONS.askExperts, async ({ ack, action, body, client, respond }) => {
    await ack();
    const expertsChannel = loop.settings.expertsChannel;
    const cardId = (action as { value?: string }).value;
    if (!expertsChannel || !isCardId(cardId)) return;
    const user = body.user.id;
    const tell = async (text: string) => {
      if (body.response_url)
        await callApi(deps, 'respond', () =>
          respond({ response_type: 'ephemeral', replace_original: false, text }),
        );
    };
    const card = await store.card(cardId);
    // The asker, or someone who gave this card a 👎 (they have the question too).
    const mine = !card?.user_hash || card.user_hash === store.userHash(user);
    const downvoted =
      !mine && (await store.votes(cardId)).some((v) => v.user_hash === store.userHash(user) && v.vote < 0);
    if (!mine && !downvoted) {
      await tell('Only the person who asked can send this question to the experts.');
      return;
    }
    if (await store.handoffForCard(cardId, user)) {
      await tell('This question is already with the experts.');
      return;
    }
    // Where the expert's answer goes: the asker's thread, or their DM for private (/mesh) questions.
    const privateAsk = !card?.channel || isPrivateSurface(card.surface);
    const replyChannel = privateAsk ? user : (card?.channel ?? user);
    const replyThread = privateAsk ? undefined : (card?.thread_ts ?? undefined);
    const handoff = await store.createHandoff({
      cardId,
      userId: user,
      channel: replyChannel,
      threadTs: replyThread,
      expertsChannel,
      // Whose install relays the expert's answer: the card's workspace for its thread, the clicker's for a DM.
      team: (privateAsk ? undefined : card && teamOfRow(card)) ?? currentTeam(),
    });
    let permalink: string | null = null;
    if (card?.channel && card.thread_ts) {
      const got = await callApi(deps, 'chat.getPermalink', () =>
        client.chat.getPermalink({ channel: card.channel as string, message_ts: card.thread_ts as string }),
      );
      if (got.ok) permalink = (got.value as { permalink?: string }).permalink ?? null;
    }
    // The fallback's related answers, read again from the stored question (the same matcher gives
    // the same reply): an expert who finds one of them right can answer with its link.
    const again = card?.question ? deps.core.matcher.answer(card.question) : null;
    const related =
      again?.kind === 'fallback'
        ? again.related.map((c) => ({ url: deps.core.answerUrl(c.id), title: c.title }))
        : [];
    const post = expertsPost({
      userId: user,
      channel: privateAsk ? null : card?.channel,
      question: card?.question ?? null,
      permalink,
      related,
    });
    const posted = await callApi(deps, 'chat.postMessage', () =>
      client.chat.postMessage({ channel: expertsChannel, ...(post as { text: string; blocks: never[] }) }),
    );
    if (!posted.ok) {
      await tell('Sorry, I could not reach the experts just now. Please try again later.');
      return;
    }
    const ts = (posted.value as { ts?: string }).ts;
    if (ts) await store.setHandoffPosted(handoff, ts);
    metrics.handoffs.inc({ stage: 'posted' });
    logger.info({ handoff: 'posted' }, 'question handed to the experts');
    await tell(
      `Sent to the experts in <#${expertsChannel}>. When one of them answers, I'll link the answer here.`,
    );
  });

  // An expert's reply in the hand-off thread: the asker gets a link to it, once.
  app.message(async ({ message, client }) => {
    const expertsChannel = loop.settings.expertsChannel;
    if (!expertsChannel || message.channel !== expertsChannel) return;
    if (message.subtype !== undefined || 'bot_id' in message) return;
    const m = message as { ts: string; thread_ts?: string };
    if (!m.thread_ts || m.thread_ts === m.ts) return;
    const handoff = await store.handoffByThread(expertsChannel, m.thread_ts);
    if (!handoff || handoff.answeredAt !== null || !handoff.channel) return;
    const got = await callApi(deps, 'chat.getPermalink', () =>
      client.chat.getPermalink({ channel: expertsChannel, message_ts: m.ts }),
    );
    const link = (got.ok ? (got.value as { permalink?: string }).permalink : undefined) ?? '';
    if (!link || !(await store.claimHandoffAnswer(handoff.id, link))) return;
    const msg = expertAnsweredMessage(link);
    // Through the outbox with the asker's workspace: the expert may be in another one (OAuth).
    await deps.replies.send({
      id: `handoff-answer:${handoff.id}`,
      method: 'chat.postMessage',
      args: {
        channel: handoff.channel,
        ...(handoff.threadTs ? { thread_ts: handoff.threadTs } : {}),
        ...msg,
      },
      channel: handoff.channel,
      surface: 'expert-answer',
      plainText: msg.text,
      ...(handoff.team ? { team: handoff.team } : {}),
    });
    metrics.handoffs.inc({ stage: 'answered' });
    logger.info({ handoff: 'answered' }, 'expert answer relayed to the asker');
  });

  // Curation: every action checks the caller server-side; a forged one is refused and logged.
  const curate = async (
    args: { body: BlockAction; client: Client; respond: (m: RespondArguments) => Promise<unknown> },
    actionId: string,
    fn: (gapId: string) => Promise<string>,
  ) => {
    const { body, client, respond } = args;
    const user = body.user.id;
    const action = body.actions[0] as { block_id?: string } | undefined;
    const gapId = action?.block_id?.startsWith(BLOCK_PREFIX.gap)
      ? action.block_id.slice(BLOCK_PREFIX.gap.length)
      : '';
    if (!(await curators(deps).isCurator(user, client as never))) {
      metrics.curation.inc({ action: 'refused' });
      logger.warn(
        { action: actionId, userHash: store.userHash(user) },
        'curation refused: the caller is not a curator',
      );
      if (body.response_url)
        await callApi(deps, 'respond', () =>
          respond({ response_type: 'ephemeral', replace_original: false, ...notCuratorMessage() }),
        );
      return;
    }
    if (actionId !== LOOP_ACTIONS.removePhrasing && !/^[0-9a-f]{32}$/.test(gapId)) return;
    const note = await fn(gapId);
    metrics.curation.inc({
      action:
        actionId === LOOP_ACTIONS.gapLink
          ? 'link'
          : actionId === LOOP_ACTIONS.gapDismiss
            ? 'dismiss'
            : 'remove',
    });
    // Refresh what the curator is looking at.
    const gaps = await store.gaps({ limit: 10 });
    if (body.view?.type === 'home') {
      const { homeView } = await import('../../blocks/views.js');
      const view = await homeWithGaps(deps, client, user, homeView(deps.core.kb, deps.core.answerUrl));
      await callApi(deps, 'views.publish', () => client.views.publish({ user_id: user, view }));
    } else if (body.response_url) {
      const msg: Message = gapsMessage(
        gaps,
        deps.core.kb.entries,
        learnedSection(await store.learnedPhrasings(), titlesOf(deps)),
      );
      await callApi(deps, 'respond', () =>
        respond({ replace_original: true, text: `${note} ${msg.text}`, blocks: msg.blocks }),
      );
    }
  };

  // Message shortcut on an expert's reply: store it as an answer draft (question, text, author, link).
  app.shortcut(LOOP_CALLBACKS.saveDraft, async ({ ack, shortcut, client, respond }) => {
    await ack();
    if (shortcut.type !== 'message_action') return;
    const user = shortcut.user.id;
    const tell = (text: string) =>
      callApi(deps, 'respond', () => respond({ response_type: 'ephemeral', replace_original: false, text }));
    if (!(await curators(deps).isCurator(user, client as never))) {
      metrics.curation.inc({ action: 'refused' });
      logger.warn(
        { action: LOOP_CALLBACKS.saveDraft, userHash: store.userHash(user) },
        'curation refused: the caller is not a curator',
      );
      await tell('Only curators can save answer drafts.');
      return;
    }
    const message = shortcut.message as { text?: string; ts: string; thread_ts?: string; user?: string };
    const channel = shortcut.channel.id;
    // In a hand-off thread the question is the one the asker sent to the experts.
    const handoff = message.thread_ts ? await store.handoffByThread(channel, message.thread_ts) : undefined;
    const card = handoff?.cardId ? await store.card(handoff.cardId) : undefined;
    const got = await callApi(deps, 'chat.getPermalink', () =>
      client.chat.getPermalink({ channel, message_ts: message.ts }),
    );
    const link = got.ok ? (got.value as { permalink?: string }).permalink : undefined;
    await store.saveDraft({
      question: card?.question ?? undefined,
      body: message.text ?? '',
      author: message.user,
      link,
    });
    metrics.curation.inc({ action: 'draft' });
    logger.info({ fromHandoff: Boolean(handoff) }, 'answer draft saved');
    await tell(
      'Saved as an answer draft. `npm run kb:learned` writes drafts to the knowledge folder for review.',
    );
  });

  app.action<BlockAction>(LOOP_ACTIONS.removePhrasing, async ({ ack, action, body, client, respond }) => {
    await ack();
    let pair: unknown;
    try {
      pair = JSON.parse((action as { value?: string }).value ?? '');
    } catch {
      return;
    }
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') return;
    const [entryId, phrasing] = pair as [string, string];
    await curate({ body, client, respond }, LOOP_ACTIONS.removePhrasing, async () => {
      const removed = await store.removePhrasing(entryId, phrasing);
      if (removed) await loop.syncPhrasings();
      logger.info({ answerId: entryId, removed }, 'learned phrasing removed');
      return removed ? 'Removed the learned phrasing.' : 'That phrasing was already gone.';
    });
  });

  // From the select of every answer, or the button for the answer the gap's askers opened.
  app.action<BlockAction>(
    new RegExp(`^(?:${LOOP_ACTIONS.gapLink}|${LOOP_ACTIONS.gapLinkOpened})$`),
    async ({ ack, action, body, client, respond }) => {
      await ack();
      const picked = action as { selected_option?: { value?: string }; value?: string };
      const entryId = picked.selected_option?.value ?? picked.value ?? '';
      await curate({ body, client, respond }, LOOP_ACTIONS.gapLink, async (gapId) => {
        if (!deps.core.kb.byId.has(entryId)) return 'Unknown answer.';
        const linked = await store.linkGap(gapId, entryId, body.user.id);
        if (!linked) return 'That gap is gone.';
        // This replica at once; the others on their next poll of the phrasings version.
        await loop.syncPhrasings();
        const askers = await answerAskers(deps, gapId, entryId);
        logger.info({ answerId: entryId, phrasings: linked.added.length, askers }, 'gap linked to an answer');
        return `Linked: ${linked.added.length} learned phrasing(s), ${askers} asker(s) answered.`;
      });
    },
  );

  app.action<BlockAction>(LOOP_ACTIONS.gapDismiss, async ({ ack, action, body, client, respond }) => {
    await ack();
    const reason = (action as { selected_option?: { value?: string } }).selected_option?.value ?? '';
    await curate({ body, client, respond }, LOOP_ACTIONS.gapDismiss, async (gapId) => {
      if (!(reason in DISMISS_REASONS)) return 'Unknown reason.';
      const ok = await store.dismissGap(gapId, reason as DismissReason, body.user.id);
      logger.info({ reason, dismissed: ok }, 'gap dismissed');
      return ok ? 'Dismissed.' : 'That gap is gone.';
    });
  });
}
