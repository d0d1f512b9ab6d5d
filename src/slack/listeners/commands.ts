import type { App, RespondArguments } from '@slack/bolt';
import {
  answerCard,
  encodePickMetadata,
  headToHeadCard,
  helpCard,
  linkCard,
  pickModal,
  replyCard,
  topicListCard,
} from '../../blocks/index.js';
import { COMMANDS } from '../../ids.js';
import { type ListenerDeps, logQuestion } from '../context.js';
import { loopReplyCard } from '../loop-cards.js';
import { REPLAY_KEY_WINDOW_MS } from '../once.js';
import { callApi } from '../web-api.js';
import { channelSettingCommand } from './followups.js';
import { loopCommand } from './loop.js';

/** Parses `/mesh` text into a sub-command; anything else is a question. */
export function parseMeshCommand(
  text: string,
):
  | { kind: 'help' | 'list' | 'table' | 'gaps' | 'stats' | 'forget' }
  | { kind: 'link'; topic: string }
  | { kind: 'setting'; name: 'followups' | 'suggest'; on: boolean }
  | { kind: 'ask'; question: string } {
  const t = text.trim();
  const [first = '', ...rest] = t.split(/\s+/);
  const word = first.toLowerCase();
  if (t === '' || word === 'help' || t === '?') return { kind: 'help' };
  if ((word === 'gaps' || word === 'stats') && rest.length === 0) return { kind: word };
  if (/^forget\s+me$/i.test(t)) return { kind: 'forget' };
  if (word === 'list' && rest.length === 0) return { kind: 'list' };
  if ((word === 'table' || word === 'compare') && rest.length === 0) return { kind: 'table' };
  if (word === 'link') return { kind: 'link', topic: rest.join(' ') };
  const setting = /^(follow[- ]?ups?|suggest(?:ions)?)\s+(on|off)$/i.exec(t);
  if (setting) {
    const name = (setting[1] ?? '').toLowerCase().startsWith('f') ? 'followups' : 'suggest';
    return { kind: 'setting', name, on: (setting[2] ?? '').toLowerCase() === 'on' };
  }
  return { kind: 'ask', question: t };
}

export function registerCommands(app: App, deps: ListenerDeps): void {
  const { core } = deps;

  /** A slash command's reply goes through the outbox: kept and retried until its response_url takes it. */
  const reply = (
    command: { response_url?: string; trigger_id?: string; channel_id: string; user_id: string },
    surface: string,
    message: RespondArguments,
  ) =>
    deps.replies.send({
      id: `${surface}:${command.trigger_id || `${command.channel_id}:${command.user_id}:${Date.now()}`}`,
      method: 'respond',
      args: { url: command.response_url ?? '', response_type: 'ephemeral', ...message },
      channel: 'response_url',
      surface,
      ...(typeof message.text === 'string' ? { plainText: message.text } : {}),
    });

  /** False for a replay of a command already handled (same trigger_id), here or on another replica. */
  const firstTime = async (command: { command: string; trigger_id?: string }) => {
    if (!deps.once || !command.trigger_id) return true;
    try {
      return await deps.once.first(`command:${command.command}:${command.trigger_id}`, REPLAY_KEY_WINDOW_MS);
    } catch {
      return true;
    }
  };

  app.command(COMMANDS.mesh, async ({ command, ack, client }) => {
    await ack();
    if (!(await firstTime(command))) {
      deps.logger.info({ command: COMMANDS.mesh }, 'replayed command ignored');
      return;
    }
    const sub = parseMeshCommand(command.text ?? '');
    let message: RespondArguments;
    let recorded: Promise<void> = Promise.resolve();
    switch (sub.kind) {
      case 'gaps':
      case 'stats':
      case 'forget':
        message = await loopCommand(deps, client, sub.kind, command.user_id);
        break;
      case 'setting':
        message = await channelSettingCommand(deps, client, sub, command);
        break;
      case 'help':
        message = helpCard();
        break;
      case 'list':
        message = topicListCard(core.kb.entries, core.answerUrl);
        break;
      case 'table':
        message = headToHeadCard(core.kb.headToHead, core.answerUrl, { ephemeral: true });
        break;
      case 'link':
        message = linkCard(core.matcher.findTopic(sub.topic, 3), core.answerUrl, sub.topic);
        break;
      case 'ask': {
        const started = performance.now();
        const answer = core.matcher.answer(sub.question);
        logQuestion(deps, 'command', answer, started);
        const card = loopReplyCard(
          deps,
          answer,
          answer.kind === 'answer'
            ? answerCard(answer, { kb: core.kb, answerUrl: core.answerUrl, ephemeral: true })
            : replyCard(answer, { kb: core.kb, answerUrl: core.answerUrl }),
          { surface: 'command', channel: command.channel_id, userId: command.user_id },
        );
        message = card.message;
        recorded = card.recorded;
        break;
      }
    }
    await reply(command, 'command', message);
    await recorded;
  });

  app.command(COMMANDS.pick, async ({ command, ack, respond, client }) => {
    await ack();
    const text = (command.text ?? '').trim();
    if (text && !(await firstTime(command))) return;
    if (text) {
      // Needs typed after the command: an instant pick from the factors they name.
      const started = performance.now();
      const pick = core.matcher.pickFromText(text);
      if (pick) {
        logQuestion(deps, 'pick-text', pick, started);
        const card = loopReplyCard(
          deps,
          pick,
          answerCard(pick, { kb: core.kb, answerUrl: core.answerUrl, ephemeral: true }),
          { surface: 'pick-text', channel: command.channel_id, userId: command.user_id },
        );
        await reply(command, 'pick-text', card.message);
        await card.recorded;
        return;
      }
    }
    // Trigger ids expire after 3 seconds: open the modal straight away, nothing slow before it.
    const meta = encodePickMetadata({
      step: 0,
      answers: {},
      channel: command.channel_id,
      user: command.user_id,
    });
    const opened = await callApi(deps, 'views.open', () =>
      client.views.open({
        trigger_id: command.trigger_id,
        view: pickModal(core.kb.decisionTable, 0, {}, meta),
      }),
    );
    if (!opened.ok) {
      await callApi(deps, 'respond', () =>
        respond({
          response_type: 'ephemeral',
          text: 'Sorry, I could not open the questionnaire just now. Please run `/mesh-pick` again.',
        }),
      );
    } else if (text) {
      await callApi(deps, 'respond', () =>
        respond({
          response_type: 'ephemeral',
          text: "I couldn't tell your needs from that text, so I opened the full questionnaire.",
        }),
      );
    }
  });
}
