/**
 * Everything Slack sends is acked, even what no other listener handles: an unknown or outdated
 * button, a view or shortcut this version does not know, a closed modal (view_closed), a typeahead
 * (block_suggestion), an unknown slash command. Unacked, Bolt answered 404 after 3 s with an ERROR
 * line, and the user saw an error. Register after every other listener. Unknown buttons and
 * commands get a short private note; ids go to the log, cut to 64 characters.
 */
import type { App } from '@slack/bolt';
import { ACTIONS, CALLBACKS, COMMANDS } from '../../ids.js';
import type { ListenerDeps } from '../context.js';
import { callApi } from '../web-api.js';

export const UNKNOWN_ACTION_NOTE =
  "That button isn't one I know any more (it may be from an older message). Try `/mesh help` to see what I can do.";
export const UNKNOWN_COMMAND_NOTE = "I don't know that command. Try `/mesh help`.";

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches any id except the given ones (and, optionally, ids starting with one of `prefixes`). */
export function anyExcept(ids: readonly string[], prefixes: readonly string[] = []): RegExp {
  const exact = ids.map(escapeRegex).join('|');
  const pre = prefixes.map((p) => `(?!${escapeRegex(p)})`).join('');
  return new RegExp(`^(?!(?:${exact})$)${pre}`);
}

const short = (s: unknown) => (typeof s === 'string' ? s.slice(0, 64) : undefined);

export function registerFallbacks(app: App, deps: ListenerDeps): void {
  const { logger } = deps;
  const knownActions = [
    ACTIONS.showAnswer,
    ACTIONS.share,
    ACTIONS.startPick,
    ACTIONS.restartPick,
    ACTIONS.pickBack,
    ACTIONS.openLink,
    ACTIONS.replySearch,
  ];
  app.action(
    { action_id: anyExcept(knownActions, [`${ACTIONS.pickFactor}:`]) },
    async ({ ack, action, body, respond }) => {
      await ack();
      const id = (action as { action_id?: unknown }).action_id;
      logger.info({ actionId: short(id) }, 'unknown action acked');
      // A select inside a modal's input (reply_choice) needs no answer; a stray button in a message does.
      if (id === ACTIONS.replyChoice) return;
      if ((body as { response_url?: unknown }).response_url) {
        await callApi(deps, 'respond', () =>
          respond({ response_type: 'ephemeral', replace_original: false, text: UNKNOWN_ACTION_NOTE }),
        );
      }
    },
  );
  app.view(
    { callback_id: anyExcept([CALLBACKS.pickModal, CALLBACKS.replyModal]), type: 'view_submission' },
    async ({ ack, view }) => {
      await ack();
      logger.info({ callbackId: short(view.callback_id) }, 'unknown view submission acked');
    },
  );
  app.view({ callback_id: /.*/, type: 'view_closed' }, async ({ ack }) => {
    await ack();
  });
  app.options(/.*/, async ({ ack }) => {
    await ack({ options: [] });
  });
  app.shortcut(anyExcept([CALLBACKS.replyShortcut]), async ({ ack, shortcut }) => {
    await ack();
    logger.info({ callbackId: short(shortcut.callback_id) }, 'unknown shortcut acked');
  });
  app.command(anyExcept([COMMANDS.mesh, COMMANDS.pick]), async ({ ack, command }) => {
    await ack({ response_type: 'ephemeral', text: UNKNOWN_COMMAND_NOTE });
    logger.info({ command: short(command.command) }, 'unknown command acked');
  });
}
