/** The answer card (one knowledge-base entry, optionally with a pick) and its link unfurl. */

import { ACTIONS, BLOCKS } from '../ids.js';
import type { AnswerReply } from '../intents/reply.js';
import { escapeSlack, inlineToMrkdwn, toMrkdwnBlocks } from '../knowledge/markdown.js';
import type { Entry } from '../knowledge/schema.js';
import type { Recommendation } from '../pick/score.js';
import type { CardContext, CardOptions } from './common.js';
import { checkedText, nthId } from './common.js';
import { actions, button, context, divider, fieldsSection, header, section } from './elements.js';
import { encodeShareValue } from './metadata.js';
import { pickLines } from './pick.js';
import type { Block, Button, Message, Unfurl } from './schema.js';
import { blockTextLength, LIMITS } from './schema.js';
import { fitBlocks, link, mention, packLines, truncate } from './text.js';

/** The entry that gets the questionnaire button. */
export const PICK_ENTRY_ID = 'which-mesh';
/** At most this many related-answer buttons. */
export const MAX_RELATED = 3;

/**
 * "Sources: <a|A> · <b|B> · Checked 2026-11-26" (or "· Checked on 2026-11-26 · due for review"
 * once the entry is overdue), adding sources while they fit one context element.
 */
function sourcesLine(entry: Entry, today: Date | string | undefined): string {
  const tail = ` · ${checkedText(entry, today)}`;
  const links: string[] = [];
  let used = 'Sources: '.length + tail.length;
  for (const s of entry.sources) {
    const l = link(s.url, truncate(s.title, 120));
    if (used + l.length + 3 > LIMITS.contextText) break;
    links.push(l);
    used += l.length + 3;
  }
  return `Sources: ${links.join(' · ')}${tail}`;
}

/** Longest follow-up question shown whole on a button (Slack's button text limit). */
const FOLLOW_UP_MAX = 75;

/**
 * A related entry as a follow-up question for a button: its question when it fits, else its
 * shortest phrasing that is a whole question, else its title, shortened.
 */
export function followUpQuestion(entry: Pick<Entry, 'question' | 'title' | 'phrasings'>): string {
  if (entry.question.length <= FOLLOW_UP_MAX) return entry.question;
  const asked = entry.phrasings
    .filter((p) => /^[A-Z]/.test(p) && /\?$/.test(p) && p.length >= 12 && p.length <= FOLLOW_UP_MAX)
    .sort((a, b) => a.length - b.length);
  return asked[0] ?? truncate(entry.title, FOLLOW_UP_MAX);
}

interface Budget {
  readonly notes: boolean;
  readonly fieldMax: number;
  readonly caveats: boolean;
  /** Most characters of body on the card; past that it ends at a block boundary with a link to the page. */
  readonly bodyMax: number;
}

/** The line that ends a body cut short on a card. */
export function moreLine(url: string): string {
  return `_…more in ${link(url, 'the full answer')}, with every example._`;
}

/**
 * The body as card text: whole blocks (paragraphs, lists, code blocks, tables) while they fit in
 * `max`, then a link to the answer page for the rest. Never more than one section's text.
 */
export function cardBody(entry: Pick<Entry, 'id' | 'body'>, url: string, max: number): string {
  return fitBlocks(toMrkdwnBlocks(entry.body), Math.min(max, LIMITS.sectionText), moreLine(url));
}

function build(
  entry: Entry,
  recommendation: Recommendation | null,
  ctx: CardContext & CardOptions,
  budget: Budget,
) {
  const blocks: Block[] = [
    header(entry.title, BLOCKS.header),
    section(inlineToMrkdwn(entry.verdict), BLOCKS.verdict),
  ];

  if (recommendation) {
    const lines = pickLines(recommendation, ctx.answerUrl, {
      headline: 'Pick for what you described',
      weights: false,
    });
    const kept = budget.caveats ? lines : lines.filter((l) => !l.startsWith(':warning:'));
    packLines(kept, LIMITS.sectionText).forEach((text, i) => {
      blocks.push(section(text, nthId(BLOCKS.pick, i)));
    });
  }

  const body = cardBody(entry, ctx.answerUrl(entry.id), budget.bodyMax);
  if (body) blocks.push(section(body, BLOCKS.body));

  if (entry.meshes) {
    const field = (name: string, text: string) =>
      `*${name}*\n${inlineToMrkdwn(truncate(text, budget.fieldMax - name.length - 3))}`;
    blocks.push(
      fieldsSection(
        [field('Istio', entry.meshes.istio), field('Linkerd', entry.meshes.linkerd)],
        BLOCKS.meshes,
      ),
    );
  }

  if (budget.notes && entry.notes.length) blocks.push(context(entry.notes.map(inlineToMrkdwn), BLOCKS.notes));

  const buttons: Button[] = [];
  if (entry.id === PICK_ENTRY_ID) {
    const label = recommendation ? 'Open the full questionnaire' : 'Start the questionnaire';
    buttons.push(button(label, ACTIONS.startPick, { style: 'primary' }));
  }
  if (ctx.ephemeral) {
    // A free-text pick is shared as the pick itself, so the channel sees the same recommendation.
    const value = recommendation
      ? encodeShareValue({
          pick: { weights: Object.fromEntries(recommendation.reasons.map((r) => [r.factor.id, r.weight])) },
        })
      : encodeShareValue({ id: entry.id });
    buttons.push(button('Share in channel', ACTIONS.share, { value }));
  }
  if (buttons.length) blocks.push(actions(buttons, BLOCKS.actions));

  // One button per block: Slack rejects two equal action_ids inside one actions block, and every
  // related-answer button uses ACTIONS.showAnswer (the value says which answer).
  const related = entry.related
    .map((id) => ctx.kb.byId.get(id))
    .filter((e): e is Entry => e !== undefined)
    .slice(0, MAX_RELATED);
  if (related.length) blocks.push(context([ctx.followUps ? '*Ask a follow-up*' : '*Related answers*']));
  related.forEach((r, i) => {
    const label = ctx.followUps ? followUpQuestion(r) : r.title;
    const base = ctx.followUps ? BLOCKS.followUps : BLOCKS.related;
    blocks.push(actions([button(label, ACTIONS.showAnswer, { value: r.id })], nthId(base, i)));
  });

  blocks.push(divider());
  const footer = [sourcesLine(entry, ctx.today), link(ctx.answerUrl(entry.id), 'Open the canonical answer')];
  if (ctx.sharedBy) footer.push(`Shared by ${mention(ctx.sharedBy)}`);
  blocks.push(context(footer, BLOCKS.context));
  return blocks;
}

const BUDGETS: readonly Budget[] = [
  { notes: true, fieldMax: LIMITS.fieldText, caveats: true, bodyMax: LIMITS.sectionText },
  { notes: false, fieldMax: LIMITS.fieldText, caveats: true, bodyMax: LIMITS.sectionText },
  { notes: false, fieldMax: 600, caveats: true, bodyMax: LIMITS.sectionText },
  { notes: false, fieldMax: 600, caveats: false, bodyMax: LIMITS.sectionText },
  { notes: false, fieldMax: 600, caveats: false, bodyMax: 1500 },
];

/**
 * A knowledge-base entry as a message. With a recommendation (a free-text pick) the pick, its
 * reasons and caveats come right after the verdict. If everything together would pass Slack's
 * cumulative text cap, the notes go first, then the per-mesh fields are shortened, then caveats,
 * then the body is cut at a block boundary. A body longer than one section (3000 characters) is
 * always cut at a block boundary, with a link to the answer page for the rest.
 */
export function entryCard(
  entry: Entry,
  ctx: CardContext & CardOptions,
  recommendation: Recommendation | null = null,
): Message {
  let blocks: Block[] = [];
  for (const budget of BUDGETS) {
    blocks = build(entry, recommendation, ctx, budget);
    if (blockTextLength(blocks) <= LIMITS.messageTotalText) break;
  }
  const sep = /[?!.:]$/.test(entry.title) ? ' ' : ': ';
  return { text: escapeSlack(truncate(`${entry.title}${sep}${entry.verdict}`, 1000)), blocks };
}

/** The card for an answer reply (free-text question, mention, DM or `/mesh <question>`). */
export function answerCard(reply: AnswerReply, ctx: CardContext & CardOptions): Message {
  return entryCard(reply.entry, ctx, reply.recommendation);
}

/** Compact preview for a pasted canonical link (`chat.unfurl`). */
export function unfurlCard(
  entry: Entry,
  answerUrl: (id: string) => string,
  today: Date | string = new Date(),
): Unfurl {
  return {
    blocks: [
      section(
        `*${link(answerUrl(entry.id), entry.title)}*\n${inlineToMrkdwn(entry.verdict)}`,
        BLOCKS.verdict,
      ),
      context([`meshbot · ${checkedText(entry, today).toLowerCase()}`], BLOCKS.context),
    ],
  };
}
