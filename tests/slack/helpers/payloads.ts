/** Interactivity payloads as Slack sends them, built from the few fields a test cares about. */

const TEAM = { id: 'T0TEST' };

export interface BlockActionOptions {
  readonly actionId: string;
  readonly value?: string;
  readonly blockId?: string;
  readonly user?: string;
  readonly triggerId?: string;
  /** A message container in this channel (omit for a view container). */
  readonly channel?: string;
  readonly ephemeral?: boolean;
  readonly message?: { ts: string; thread_ts?: string; text?: string };
  readonly responseUrl?: string;
  /** A view container: the modal or Home view the button sits in. */
  readonly view?: Record<string, unknown> & { id: string };
  /** Slack's click time (default: unique per call, as Slack's are). */
  readonly actionTs?: string;
}

let clickSeq = 0;

export function blockAction(o: BlockActionOptions): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: o.user ?? 'U0USER' },
    team: TEAM,
    api_app_id: 'A0APP',
    ...(o.triggerId ? { trigger_id: o.triggerId } : {}),
    container: o.view
      ? { type: 'view', view_id: o.view.id }
      : {
          type: 'message',
          channel_id: o.channel,
          ...(o.message ? { message_ts: o.message.ts } : {}),
          is_ephemeral: o.ephemeral ?? false,
        },
    ...(o.channel ? { channel: { id: o.channel } } : {}),
    ...(o.message ? { message: { text: 'x', ...o.message } } : {}),
    ...(o.responseUrl ? { response_url: o.responseUrl } : {}),
    ...(o.view ? { view: o.view } : {}),
    actions: [
      {
        type: 'button',
        action_id: o.actionId,
        block_id: o.blockId ?? 'actions',
        ...(o.value !== undefined ? { value: o.value } : {}),
        // Slack stamps every click with its own action_ts.
        action_ts: o.actionTs ?? `${Math.floor(Date.now() / 1000)}.${String(++clickSeq).padStart(6, '0')}`,
      },
    ],
  };
}

export interface ViewSubmissionOptions {
  readonly callbackId: string;
  readonly privateMetadata: string;
  readonly values?: Record<string, Record<string, unknown>>;
  readonly blocks?: unknown[];
  readonly user?: string;
  readonly viewId?: string;
  readonly triggerId?: string;
}

export function viewSubmission(o: ViewSubmissionOptions): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: TEAM,
    user: { id: o.user ?? 'U0USER' },
    api_app_id: 'A0APP',
    ...(o.triggerId ? { trigger_id: o.triggerId } : {}),
    view: {
      id: o.viewId ?? 'V0VIEW',
      hash: 'h',
      type: 'modal',
      callback_id: o.callbackId,
      private_metadata: o.privateMetadata,
      state: { values: o.values ?? {} },
      ...(o.blocks ? { blocks: o.blocks } : {}),
    },
  };
}

/** The state value Slack reports for a chosen radio button or select option. */
export function chosen(type: 'radio_buttons' | 'static_select', value: string) {
  return { type, selected_option: { value } };
}
