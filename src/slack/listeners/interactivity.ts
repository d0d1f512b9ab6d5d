import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import {
  decodePickMetadata,
  decodeReplyMetadata,
  decodeShareValue,
  encodePickMetadata,
  encodeReplyMetadata,
  entryCard,
  pickModal,
  pickResultCard,
  replyPickerModal,
} from '../../blocks/index.js';
import { ACTIONS, BLOCKS, CALLBACKS } from '../../ids.js';
import { scorePick } from '../../pick/score.js';
import type { ListenerDeps } from '../context.js';
import { loopEntryCard } from '../loop-cards.js';
import { DOUBLE_CLICK_WINDOW_MS } from '../once.js';
import { callApi } from '../web-api.js';
import { threadButtonAnswered } from './followups.js';

const weightSchema = z.enum(['0', '1', '2']).transform(Number);

/** Reads the radio choices of one questionnaire step from a submitted (or updated) view. */
export function readStepAnswers(
  stateValues: Record<string, Record<string, { selected_option?: { value?: string } | null }>>,
  factorIds: readonly string[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of factorIds) {
    const block = stateValues[id];
    if (!block) continue;
    for (const action of Object.values(block)) {
      const parsed = weightSchema.safeParse(action?.selected_option?.value);
      if (parsed.success) out[id] = parsed.data;
    }
  }
  return out;
}

/** The action's own timestamp (unique per click), for reply ids. */
function actionTs(action: unknown): string {
  const ts = (action as { action_ts?: unknown }).action_ts;
  return typeof ts === 'string' ? ts : String(Date.now());
}

/** Where a block action came from: a message (channel + thread), a modal, or the Home tab. */
function messageTarget(body: BlockAction): { channel: string; threadTs?: string } | null {
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!channel) return null;
  const msg = body.message as { ts?: string; thread_ts?: string } | undefined;
  const threadTs = msg?.thread_ts ?? msg?.ts ?? body.container?.thread_ts ?? body.container?.message_ts;
  return { channel, ...(threadTs ? { threadTs } : {}) };
}

/**
 * False for a repeat of a click on the same button (action, block, value) of the same message by
 * the same person within DOUBLE_CLICK_WINDOW_MS: a double click, or a replayed request. The window
 * is in the store, so a repeat that reaches another replica is caught too.
 */
async function firstClick(deps: ListenerDeps, body: BlockAction, action: ButtonAction): Promise<boolean> {
  if (!deps.once) return true;
  const channel = body.channel?.id ?? body.container?.channel_id ?? '';
  const message =
    (body.message as { ts?: string } | undefined)?.ts ??
    body.container?.message_ts ??
    body.container?.view_id;
  const key = [
    'click',
    action.action_id,
    action.block_id,
    action.value ?? '',
    channel,
    message ?? '',
    body.user.id,
  ];
  try {
    return await deps.once.first(JSON.stringify(key), DOUBLE_CLICK_WINDOW_MS);
  } catch (err) {
    // The store is unreachable: better a rare double post than a lost click.
    deps.logger.warn(
      { err: { name: (err as Error).name, message: (err as Error).message } },
      'click window unavailable',
    );
    return true;
  }
}

export function registerInteractivity(app: App, deps: ListenerDeps): void {
  const { core, logger } = deps;
  const table = core.kb.decisionTable;
  const groups = table.groups.map((g) => table.factors.filter((f) => f.group === g.id).map((f) => f.id));

  // A related-answer or "did you mean" button: post that answer where the button was.
  app.action<BlockAction<ButtonAction>>(
    ACTIONS.showAnswer,
    async ({ ack, action, body, client, respond }) => {
      await ack();
      const entry = core.kb.byId.get(action.value ?? '');
      if (!entry) return;
      if (!(await firstClick(deps, body, action))) {
        logger.info({ action: ACTIONS.showAnswer }, 'repeated click ignored');
        return;
      }
      const ephemeral = body.container?.is_ephemeral === true;
      const target = messageTarget(body);
      // A "did you mean" candidate was useful: that suggestion is not a knowledge gap. A related
      // answer under a fallback stays a gap, with the answer opened as a hint for curators.
      if (deps.loop && action.block_id?.startsWith(BLOCKS.candidates)) {
        await deps.loop.store
          .markSuggestionClicked(body.user.id, body.channel?.id ?? body.container?.channel_id, entry.id)
          .catch(() => null);
      }
      const place = {
        surface: 'followup',
        channel: target?.channel,
        threadTs: target?.threadTs,
        userId: body.user.id,
      };
      if (ephemeral || !target) {
        const card = loopEntryCard(
          deps,
          entry.id,
          entryCard(entry, { kb: core.kb, answerUrl: core.answerUrl, ephemeral: true }),
          place,
        ).message;
        if (body.response_url) {
          await callApi(deps, 'respond', () => respond({ response_type: 'ephemeral', ...card }));
        } else {
          await callApi(deps, 'chat.postMessage', () =>
            client.chat.postMessage({ channel: body.user.id, ...card }),
          );
        }
        return;
      }
      const followUp = action.block_id?.startsWith(BLOCKS.followUps) === true;
      const loopCard = loopEntryCard(
        deps,
        entry.id,
        entryCard(entry, { kb: core.kb, answerUrl: core.answerUrl, followUps: followUp }),
        place,
      );
      const card = loopCard.message;
      // A follow-up question clicked in a thread: the thread's topic moves on (src/slack/listeners/followups.ts).
      if (followUp && target.threadTs) {
        await threadButtonAnswered(deps, {
          channel: target.channel,
          threadTs: target.threadTs,
          userId: body.user.id,
          entryId: entry.id,
          cardId: loopCard.cardId,
        });
      }
      await deps.replies.send({
        id: `button:${target.channel}:${target.threadTs ?? ''}:${body.user.id}:${entry.id}:${actionTs(action)}`,
        method: 'chat.postMessage',
        args: {
          channel: target.channel,
          ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
          ...card,
        },
        channel: target.channel,
        asker: {
          user: body.user.id,
          channel: target.channel,
          ...(target.threadTs ? { threadTs: target.threadTs } : {}),
        },
        surface: 'button',
        plainText: card.text,
      });
    },
  );

  // "Share in channel" on an ephemeral card: post it publicly, attributed to who shared it. Through
  // the outbox (kept until posted); the ephemeral original is deleted only once the card is posted.
  app.action<BlockAction<ButtonAction>>(ACTIONS.share, async ({ ack, action, body }) => {
    await ack();
    let shared: ReturnType<typeof decodeShareValue>;
    try {
      shared = decodeShareValue(action.value);
    } catch {
      logger.warn({ action: ACTIONS.share }, 'share button with an unreadable value');
      return;
    }
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!channel) return;
    if (!(await firstClick(deps, body, action))) {
      logger.info({ action: ACTIONS.share }, 'repeated click ignored');
      return;
    }
    let card: { text: string; blocks: unknown[] } | null = null;
    if ('id' in shared) {
      const entry = core.kb.byId.get(shared.id);
      if (entry) {
        card = loopEntryCard(
          deps,
          entry.id,
          entryCard(entry, { kb: core.kb, answerUrl: core.answerUrl, sharedBy: body.user.id }),
          { surface: 'shared', channel, userId: body.user.id },
        ).message;
      }
    } else {
      card = pickResultCard(scorePick(table, shared.pick.weights), core.answerUrl, {
        sharedBy: body.user.id,
      });
    }
    if (!card) return;
    const url = body.response_url;
    await deps.replies.send({
      id: `share:${channel}:${body.user.id}:${actionTs(action)}`,
      method: 'chat.postMessage',
      args: { channel, ...card },
      channel,
      asker: { user: body.user.id, channel, ...(url ? { responseUrl: url } : {}) },
      surface: 'share',
      plainText: card.text,
      ...(url
        ? {
            followUp: {
              method: 'respond',
              args: { url, delete_original: true },
              channel: 'response_url',
              surface: 'share',
            },
          }
        : {}),
    });
  });

  const openQuestionnaire = async (args: {
    ack: () => Promise<void>;
    body: BlockAction;
    client: App['client'];
  }) => {
    await args.ack();
    const trigger = args.body.trigger_id;
    if (!trigger) return;
    const meta = encodePickMetadata({
      step: 0,
      answers: {},
      ...(args.body.channel?.id ? { channel: args.body.channel.id } : {}),
      user: args.body.user.id,
    });
    await callApi(deps, 'views.open', () =>
      args.client.views.open({ trigger_id: trigger, view: pickModal(table, 0, {}, meta) }),
    );
  };
  app.action<BlockAction>(ACTIONS.startPick, ({ ack, body, client }) =>
    openQuestionnaire({ ack, body, client }),
  );
  app.action<BlockAction>(ACTIONS.restartPick, ({ ack, body, client }) =>
    openQuestionnaire({ ack, body, client }),
  );

  // Back inside the questionnaire: keep what this step has so far, show the previous step.
  app.action<BlockAction>(ACTIONS.pickBack, async ({ ack, body, client }) => {
    await ack();
    const view = body.view;
    if (!view) return;
    let meta: ReturnType<typeof decodePickMetadata>;
    try {
      meta = decodePickMetadata(view.private_metadata, table);
    } catch {
      logger.warn({ action: ACTIONS.pickBack }, 'questionnaire metadata unreadable');
      return;
    }
    const current = readStepAnswers(view.state?.values ?? {}, groups[meta.step] ?? []);
    const answers = { ...meta.answers, ...current };
    const step = Math.max(0, meta.step - 1);
    const next = encodePickMetadata({ ...meta, step, answers }, table);
    await callApi(deps, 'views.update', () =>
      client.views.update({ view_id: view.id, hash: view.hash, view: pickModal(table, step, answers, next) }),
    );
  });

  // Radio buttons and link buttons still send an action that must be acknowledged.
  app.action(new RegExp(`^${ACTIONS.pickFactor}:`), async ({ ack }) => ack());
  app.action(ACTIONS.openLink, async ({ ack }) => ack());

  app.view<ViewSubmitAction>(CALLBACKS.pickModal, async ({ ack, body, view, client }) => {
    let meta: ReturnType<typeof decodePickMetadata>;
    try {
      meta = decodePickMetadata(view.private_metadata, table);
    } catch {
      await ack({
        response_action: 'errors',
        errors: { [groups[0]?.[0] ?? 'pick']: 'This form expired. Please run /mesh-pick again.' },
      });
      return;
    }
    const answers = { ...meta.answers, ...readStepAnswers(view.state.values, groups[meta.step] ?? []) };
    if (meta.step < groups.length - 1) {
      const step = meta.step + 1;
      await ack({
        response_action: 'update',
        view: pickModal(table, step, answers, encodePickMetadata({ ...meta, step, answers }, table)),
      });
      return;
    }
    await ack();
    const rec = scorePick(table, answers);
    deps.metrics.picks.inc({ source: 'questionnaire', pick: rec.pick });
    deps.logger.info(
      { surface: 'questionnaire', pick: rec.pick, istio: rec.scores.istio, linkerd: rec.scores.linkerd },
      'pick made',
    );
    const user = body.user.id;
    const card = pickResultCard(rec, core.answerUrl, { ephemeral: Boolean(meta.channel) });
    if (meta.channel) {
      const eph = await callApi(deps, 'chat.postEphemeral', () =>
        client.chat.postEphemeral({ channel: meta.channel as string, user, ...card }),
      );
      if (eph.ok) return;
    }
    // No channel, or the bot is not in it: the result goes to the person's DM with the app.
    await callApi(deps, 'chat.postMessage', () =>
      client.chat.postMessage({ channel: user, ...pickResultCard(rec, core.answerUrl, {}) }),
    );
  });

  // Message shortcut for support engineers: find the answer for someone else's message.
  app.shortcut(CALLBACKS.replyShortcut, async ({ ack, shortcut, client }) => {
    await ack();
    if (shortcut.type !== 'message_action') return;
    const message = shortcut.message as { text?: string; ts: string; thread_ts?: string };
    const candidates = core.matcher.findTopic(message.text ?? '', 5);
    const meta = encodeReplyMetadata({
      channel: shortcut.channel.id,
      thread_ts: message.thread_ts ?? message.ts,
    });
    await callApi(deps, 'views.open', () =>
      client.views.open({
        trigger_id: shortcut.trigger_id,
        view: replyPickerModal(
          candidates.length
            ? candidates
            : core.kb.entries.map((e) => ({ id: e.id, title: e.title, score: 0 })),
          meta,
        ),
      }),
    );
  });

  // Typing in the modal's search field narrows the choices.
  app.action<BlockAction>(ACTIONS.replySearch, async ({ ack, action, body, client }) => {
    await ack();
    const view = body.view;
    const query = (action as { value?: string }).value ?? '';
    if (!view) return;
    const candidates = core.matcher.findTopic(query, 10);
    await callApi(deps, 'views.update', () =>
      client.views.update({
        view_id: view.id,
        hash: view.hash,
        view: replyPickerModal(
          candidates.length
            ? candidates
            : core.kb.entries.map((e) => ({ id: e.id, title: e.title, score: 0 })),
          view.private_metadata,
        ),
      }),
    );
  });

  app.view<ViewSubmitAction>(CALLBACKS.replyModal, async ({ ack, view, body }) => {
    const choice = view.state.values[BLOCKS.replyChoice]?.[ACTIONS.replyChoice]?.selected_option?.value;
    const entry = choice ? core.kb.byId.get(choice) : undefined;
    if (!entry) {
      await ack({ response_action: 'errors', errors: { [BLOCKS.replyChoice]: 'Pick an answer to post.' } });
      return;
    }
    let meta: ReturnType<typeof decodeReplyMetadata>;
    try {
      meta = decodeReplyMetadata(view.private_metadata);
    } catch {
      await ack({
        response_action: 'errors',
        errors: { [BLOCKS.replyChoice]: 'This form expired. Run the shortcut again.' },
      });
      return;
    }
    await ack();
    const card = loopEntryCard(
      deps,
      entry.id,
      entryCard(entry, { kb: core.kb, answerUrl: core.answerUrl, sharedBy: body.user.id }),
      { surface: 'shortcut', channel: meta.channel, threadTs: meta.thread_ts, userId: body.user.id },
    ).message;
    await deps.replies.send({
      id: `shortcut:${view.id}:${meta.channel}:${meta.thread_ts}`,
      method: 'chat.postMessage',
      args: { channel: meta.channel, thread_ts: meta.thread_ts, ...card },
      channel: meta.channel,
      asker: { user: body.user.id, channel: meta.channel, threadTs: meta.thread_ts },
      surface: 'shortcut',
      plainText: card.text,
    });
  });
}
