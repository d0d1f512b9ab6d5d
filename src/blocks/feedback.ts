/** Feedback on answer cards (Slack's feedback buttons), the 👎 follow-up and "Ask the experts". */
import { BLOCK_PREFIX, LOOP_ACTIONS } from '../ids.js';
import { actions, button, context, section } from './elements.js';
import type { Block, ContextActionsBlock, InputBlock, Message } from './schema.js';
import { LIMITS } from './schema.js';

export const FEEDBACK_REASONS = {
  wrong_topic: 'Wrong topic',
  outdated: 'Outdated',
  incomplete: 'Incomplete',
  other: 'Other',
} as const;
export type FeedbackReason = keyof typeof FEEDBACK_REASONS;

export const FEEDBACK_BLOCK_ID = 'feedback';
export const ASK_EXPERTS_BLOCK_ID = 'ask_experts';

export interface FeedbackValue {
  readonly vote: 1 | -1;
  readonly cardId: string;
  readonly entryId: string;
}

const CARD_ID = /^[A-Za-z0-9-]{1,64}$/;
const ENTRY_ID = /^[a-z0-9-]{1,64}$/;

export function encodeFeedbackValue(v: FeedbackValue): string {
  return `${v.vote > 0 ? 'up' : 'down'}:${v.cardId}:${v.entryId}`;
}

/** Reads a feedback button's value; null for anything we did not make. */
export function decodeFeedbackValue(value: unknown): FeedbackValue | null {
  if (typeof value !== 'string') return null;
  const [dir, cardId = '', entryId = '', ...rest] = value.split(':');
  if (rest.length || (dir !== 'up' && dir !== 'down') || !CARD_ID.test(cardId) || !ENTRY_ID.test(entryId))
    return null;
  return { vote: dir === 'up' ? 1 : -1, cardId, entryId };
}

export function isCardId(v: unknown): v is string {
  return typeof v === 'string' && CARD_ID.test(v);
}

/** The context_actions block with 👍/👎 for one card. */
export function feedbackBlock(cardId: string, entryId: string): ContextActionsBlock {
  return {
    type: 'context_actions',
    block_id: FEEDBACK_BLOCK_ID,
    elements: [
      {
        type: 'feedback_buttons',
        action_id: LOOP_ACTIONS.feedback,
        positive_button: {
          text: { type: 'plain_text', text: '👍' },
          value: encodeFeedbackValue({ vote: 1, cardId, entryId }),
          accessibility_label: 'This answer helped',
        },
        negative_button: {
          text: { type: 'plain_text', text: '👎' },
          value: encodeFeedbackValue({ vote: -1, cardId, entryId }),
          accessibility_label: 'This answer did not help',
        },
      },
    ],
  };
}

function append(message: Message, blocks: Block[]): Message {
  if (message.blocks.length + blocks.length > LIMITS.messageBlocks) return message;
  return { ...message, blocks: [...message.blocks, ...blocks] };
}

/** An answer card with feedback buttons at the end. */
export function withFeedback(message: Message, cardId: string, entryId: string): Message {
  return append(message, [feedbackBlock(cardId, entryId)]);
}

export function askExpertsButton(cardId: string) {
  return button('Ask the experts', LOOP_ACTIONS.askExperts, { value: cardId });
}

/** A fallback card with "Ask the experts" at the end. */
export function withAskExperts(message: Message, cardId: string): Message {
  return append(message, [
    actions([askExpertsButton(cardId)], ASK_EXPERTS_BLOCK_ID),
    context(['Nobody is asked until you press the button.'], `${ASK_EXPERTS_BLOCK_ID}:note`),
  ]);
}

/** The ephemeral follow-up to a 👎: optional reasons as buttons, free text on Enter, no modal. */
export function reasonsMessage(cardId: string, opts: { experts: boolean }): Message {
  const reasonButtons = (Object.keys(FEEDBACK_REASONS) as FeedbackReason[])
    .filter((r) => r !== 'other')
    .map((r) => button(FEEDBACK_REASONS[r], `${LOOP_ACTIONS.feedbackReason}:${r}`, { value: cardId }));
  const text: InputBlock = {
    type: 'input',
    block_id: `${BLOCK_PREFIX.feedbackText}${cardId}`,
    dispatch_action: true,
    optional: true,
    label: { type: 'plain_text', text: 'Other (press Enter to send)', emoji: true },
    element: {
      type: 'plain_text_input',
      action_id: LOOP_ACTIONS.feedbackText,
      max_length: 500,
      placeholder: { type: 'plain_text', text: 'What was wrong with the answer?', emoji: true },
      dispatch_action_config: { trigger_actions_on: ['on_enter_pressed'] },
    },
  };
  const blocks: Block[] = [
    section('Thanks for the feedback. What was wrong? (optional)', 'feedback_ask'),
    actions(reasonButtons, 'feedback_reasons'),
    text,
  ];
  if (opts.experts) blocks.push(actions([askExpertsButton(cardId)], ASK_EXPERTS_BLOCK_ID));
  return { text: 'Thanks for the feedback. What was wrong? (optional)', blocks };
}

export function reasonThanks(reason: FeedbackReason): Message {
  const t = `Thanks, noted: ${FEEDBACK_REASONS[reason].toLowerCase()}. Curators review answers with 👎.`;
  return { text: t, blocks: [section(t, 'feedback_thanks')] };
}
