/** What meshbot shows in Slack's AI app surface: suggested prompts and the questionnaire card. */
import { ACTIONS, BLOCKS, COMMANDS } from '../ids.js';
import { blankMarkup } from '../intents/normalize.js';
import { actions, button, section } from './elements.js';
import type { Message } from './schema.js';
import { truncate } from './text.js';

export interface SuggestedPrompt {
  /** What the prompt button says. */
  readonly title: string;
  /** What it sends as the user's message. */
  readonly message: string;
  /**
   * The entry that answers it. The app offers the prompt, so the answer must not depend on the
   * fit's draw: the core answers this exact text with this entry, as it does a question a curator
   * linked (see Matcher.withLearned).
   */
  readonly entry?: string;
}

/** assistant.threads.setSuggestedPrompts takes up to four. */
export const MAX_PROMPTS = 4;

export const SUGGESTED_PROMPTS_TITLE = 'Ask me about service meshes';

export const SUGGESTED_PROMPTS: readonly SuggestedPrompt[] = [
  {
    title: 'Which mesh for us?',
    message: 'Istio or Linkerd: which service mesh should we pick?',
    entry: 'which-mesh',
  },
  { title: 'What does it cost?', message: 'What does a service mesh cost to run?', entry: 'cost' },
  {
    title: 'Ambient vs sidecars',
    message: 'Istio ambient mode or sidecars: what is the difference?',
    entry: 'ambient-mode',
  },
  { title: 'Start the questionnaire', message: 'Start the questionnaire' },
];

/** "Start the questionnaire" and the like: the user wants the /mesh-pick modal, which needs a click. */
export function wantsQuestionnaire(text: string): boolean {
  return /^\s*(start|open|take|begin)\s+(the\s+)?(mesh[- ]pick\s+)?questionnaire[\s.!]*$/i.test(text);
}

/** A button that opens the questionnaire (a modal needs the trigger_id of a click). */
export function questionnaireCard(): Message {
  return {
    text: 'Answer three short questions and I will recommend a mesh, with one reason per need.',
    blocks: [
      section(
        `Answer three short questions and I'll recommend a mesh, with one reason per need. (In a channel, \`${COMMANDS.pick}\` opens it too.)`,
        BLOCKS.body,
      ),
      actions([button('Start the questionnaire', ACTIONS.startPick, { style: 'primary' })], BLOCKS.actions),
    ],
  };
}

/** An assistant thread title from the user's question (plain text, one line). */
export function threadTitle(question: string): string {
  const line = blankMarkup(question).replace(/\s+/g, ' ').trim();
  return truncate(line || 'Service mesh question', 80);
}
