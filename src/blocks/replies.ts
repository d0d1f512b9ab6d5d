/** Cards for the other reply kinds (did-you-mean, fallback, help, small talk) and the dispatcher. */

import { ACTIONS, BLOCKS, COMMANDS } from '../ids.js';
import {
  type Candidate,
  EXAMPLE_QUESTIONS,
  type FallbackReply,
  type Reply,
  type SmallTalkReply,
  type SuggestReply,
} from '../intents/reply.js';
import { escapeSlack } from '../knowledge/markdown.js';
import { answerCard } from './answer.js';
import type { CardContext, CardOptions } from './common.js';
import { ABOUT, nthId, usageLines } from './common.js';
import { actions, button, context, header, section } from './elements.js';
import type { Block, Message } from './schema.js';
import { echo, link, truncate } from './text.js';

/** At most this many "did you mean" or suggestion buttons. */
export const MAX_CANDIDATES = 3;

/**
 * One actions block per candidate: every button uses ACTIONS.showAnswer (value = answer id), and
 * Slack rejects equal action_ids inside one block.
 */
function candidateButtons(candidates: readonly Pick<Candidate, 'id' | 'title'>[]): Block[] {
  return candidates
    .slice(0, MAX_CANDIDATES)
    .map((c, i) =>
      actions([button(c.title, ACTIONS.showAnswer, { value: c.id })], nthId(BLOCKS.candidates, i)),
    );
}

const examplesText = (examples: readonly string[]) =>
  ['*Try asking:*', ...examples.slice(0, 10).map((e) => `• ${escapeSlack(truncate(e, 200))}`)].join('\n');

/** "Did you mean…": the question echoed (escaped) and up to 3 candidate buttons. */
export function suggestCard(reply: SuggestReply, ctx: Pick<CardContext, 'answerUrl'>): Message {
  const q = echo(reply.query);
  const cands = reply.candidates.slice(0, MAX_CANDIDATES);
  const intro = q
    ? `I'm not sure which answer fits _${q}_. Did you mean one of these?`
    : 'Did you mean one of these?';
  const blocks: Block[] = [section(intro, BLOCKS.body), ...candidateButtons(cands)];
  const links = cands.map((c) => link(ctx.answerUrl(c.id), c.title));
  blocks.push(
    context(
      [
        links.length ? `Links: ${links.join(' · ')}` : '',
        `Not it? Rephrase the question, or see every topic with \`${COMMANDS.mesh} list\`.`,
      ].filter(Boolean),
      BLOCKS.context,
    ),
  );
  const titles = cands.map((c) => c.title).join(', ');
  return {
    text: escapeSlack(truncate(titles ? `Did you mean: ${titles}?` : 'Did you mean…?', 1000)),
    blocks,
  };
}

/**
 * No answer: say what the bot covers and list example questions; when the ranking leaned to some
 * entries (a bug report on a covered topic, say), those follow instead, as related answers with
 * buttons (the generic examples would only make the message longer).
 */
export function fallbackCard(reply: FallbackReply, ctx: Pick<CardContext, 'answerUrl'>): Message {
  const q = echo(reply.query);
  const sorry = q ? `Sorry, I don't have an answer for _${q}_.` : "Sorry, I don't have an answer for that.";
  const blocks: Block[] = [
    section(
      `${sorry} I answer questions about service meshes: Istio and Linkerd first, and how they compare with other meshes.`,
      BLOCKS.body,
    ),
  ];
  const related = reply.related.slice(0, MAX_CANDIDATES);
  if (related.length) {
    blocks.push(section('These answers may be related:', nthId(BLOCKS.body, 1)));
    blocks.push(...candidateButtons(related));
    const links = related.map((c) => link(ctx.answerUrl(c.id), c.title));
    blocks.push(context([`Links: ${links.join(' · ')}`], nthId(BLOCKS.context, 1)));
  } else {
    const examples = reply.examples.length ? reply.examples : EXAMPLE_QUESTIONS;
    blocks.push(section(examplesText(examples), BLOCKS.examples));
  }
  blocks.push(
    context(
      [`See every topic with \`${COMMANDS.mesh} list\`, or get help with \`${COMMANDS.mesh} help\`.`],
      BLOCKS.context,
    ),
  );
  const titles = related.map((c) => c.title).join('; ');
  return {
    text: escapeSlack(
      truncate(
        titles
          ? `Sorry, I don't have an answer for that. Related answers: ${titles}.`
          : "Sorry, I don't have an answer for that. I answer questions about Istio, Linkerd and other service meshes.",
        1000,
      ),
    ),
    blocks,
  };
}

function helpBlocks(intro: string): Block[] {
  return [
    header('What meshbot can do', BLOCKS.header),
    section(intro, BLOCKS.body),
    section(['*How to ask*', ...usageLines()].join('\n'), nthId(BLOCKS.body, 1)),
    section(examplesText(EXAMPLE_QUESTIONS), BLOCKS.examples),
    actions([button('Start the questionnaire', ACTIONS.startPick, { style: 'primary' })], BLOCKS.actions),
  ];
}

const HELP_TEXT = `I answer service-mesh questions (Istio vs Linkerd first). Ask with ${COMMANDS.mesh} <question>, or run ${COMMANDS.pick} for a recommendation.`;

/** What the bot does and how to use it. */
export function helpCard(): Message {
  return { text: escapeSlack(HELP_TEXT), blocks: helpBlocks(ABOUT) };
}

/** Greeting, thanks or help. */
export function smallTalkCard(reply: SmallTalkReply): Message {
  switch (reply.intent) {
    case 'thanks':
      return {
        text: 'You are welcome!',
        blocks: [
          section(
            "You're welcome! Ask me anything else about Istio, Linkerd or other service meshes.",
            BLOCKS.body,
          ),
          context([`\`${COMMANDS.mesh} list\` shows every topic I can answer.`], BLOCKS.context),
        ],
      };
    case 'greeting':
      return { text: escapeSlack(`Hi! ${HELP_TEXT}`), blocks: helpBlocks(`Hi! :wave: ${ABOUT}`) };
    case 'help':
      return helpCard();
  }
}

/** Any reply as a message. */
export function replyCard(reply: Reply, ctx: CardContext & CardOptions): Message {
  switch (reply.kind) {
    case 'answer':
      return answerCard(reply, ctx);
    case 'suggest':
      return suggestCard(reply, ctx);
    case 'fallback':
      return fallbackCard(reply, ctx);
    case 'smalltalk':
      return smallTalkCard(reply);
  }
}
