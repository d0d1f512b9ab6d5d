/** Block builders of the learning loop: knowledge gaps for curators, stats, relays to askers. */
import { BLOCK_PREFIX, COMMANDS, LOOP_ACTIONS } from '../ids.js';
import { escapeSlack } from '../knowledge/markdown.js';
import type { Entry } from '../knowledge/schema.js';
import type { Gap, Stats } from '../store/store.js';
import { actions, button, context, divider, header, option, section } from './elements.js';
import type { Block, Message, StaticSelect } from './schema.js';
import { blockTextLength, LIMITS } from './schema.js';
import { echo, link, truncate } from './text.js';

export const DISMISS_REASONS = {
  out_of_scope: 'Out of scope',
  duplicate: 'Duplicate',
  spam: 'Spam or test',
  answered_elsewhere: 'Answered elsewhere',
} as const;
export type DismissReason = keyof typeof DISMISS_REASONS;

/** At most this many gaps in App Home or `/mesh gaps`. */
export const MAX_GAPS_SHOWN = 10;

const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `<#C…>` for channels; DMs are not named. */
function place(channel: string): string {
  return /^[CG][A-Z0-9]+$/.test(channel) ? `<#${channel}>` : 'a DM';
}

function entrySelect(entries: readonly Pick<Entry, 'id' | 'title'>[]): StaticSelect {
  return {
    type: 'static_select',
    action_id: LOOP_ACTIONS.gapLink,
    placeholder: { type: 'plain_text', text: 'Link to an answer…', emoji: true },
    options: entries.slice(0, LIMITS.selectOptions).map((e) => option(e.title, e.id)),
  };
}

function dismissSelect(): StaticSelect {
  return {
    type: 'static_select',
    action_id: LOOP_ACTIONS.gapDismiss,
    placeholder: { type: 'plain_text', text: 'Dismiss…', emoji: true },
    options: (Object.keys(DISMISS_REASONS) as DismissReason[]).map((r) => option(DISMISS_REASONS[r], r)),
  };
}

/** One gap: the question (escaped), its counts and places, and the curator's two actions. */
export function gapBlocks(gap: Gap, entries: readonly Pick<Entry, 'id' | 'title'>[]): Block[] {
  const q = gap.sample ? `*${echo(gap.sample, 300)}*` : '_(question text not stored)_';
  const kinds = [
    gap.fallbacks ? `${gap.fallbacks} unanswered` : '',
    gap.unclicked ? `${gap.unclicked} suggestion${gap.unclicked === 1 ? '' : 's'} not clicked` : '',
    gap.downvotes ? `${gap.downvotes} 👎` : '',
  ].filter(Boolean);
  const places = [...new Set(gap.channels.map(place))].slice(0, 5);
  const meta = [
    `${gap.asks} ask${gap.asks === 1 ? '' : 's'}${kinds.length ? ` (${kinds.join(', ')})` : ''}`,
    `first ${date(gap.firstSeen)}, last ${date(gap.lastSeen)}`,
    places.length ? `in ${places.join(', ')}` : '',
  ].filter(Boolean);
  const id = gap.id.slice(0, 40);
  // The answer its askers opened from the reply's suggestions or related answers: one click links it.
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  const opened = gap.opened.filter((o) => titles.has(o.entryId));
  const top = opened[0];
  if (opened.length)
    meta.push(
      `askers opened ${opened
        .slice(0, 3)
        .map((o) => `${escapeSlack(truncate(titles.get(o.entryId) ?? o.entryId, 80))} (${o.asks})`)
        .join(', ')}`,
    );
  const linkOpened = top
    ? [
        button(
          `Link to ${truncate(titles.get(top.entryId) ?? top.entryId, 60)}`,
          LOOP_ACTIONS.gapLinkOpened,
          { value: top.entryId },
        ),
      ]
    : [];
  return [
    section(q, `gapq:${id}`),
    context([meta.join(' · ')], `gapm:${id}`),
    actions([...linkOpened, entrySelect(entries), dismissSelect()], `${BLOCK_PREFIX.gap}${gap.id}`),
  ];
}

/** The "Knowledge gaps" section (App Home and `/mesh gaps`). */
export function gapsSection(gaps: readonly Gap[], entries: readonly Pick<Entry, 'id' | 'title'>[]): Block[] {
  const blocks: Block[] = [header('Knowledge gaps', 'gaps_header')];
  if (!gaps.length) {
    blocks.push(section('No open gaps: every recent question found its answer. :tada:', 'gaps_none'));
    return blocks;
  }
  blocks.push(
    context(
      [
        'Questions the bot could not answer, suggestions nobody clicked and answers with 👎, grouped by question. *Link to an answer* teaches the bot these phrasings and answers everyone who asked; *Dismiss* closes the gap.',
      ],
      'gaps_help',
    ),
  );
  for (const g of gaps.slice(0, MAX_GAPS_SHOWN)) blocks.push(...gapBlocks(g, entries));
  return blocks;
}

/**
 * `/mesh gaps`: as many gaps as fit a message (each carries a select of every answer, and a
 * message's blocks hold at most LIMITS.messageTotalText characters); App Home shows the rest.
 */
export function gapsMessage(
  gaps: readonly Gap[],
  entries: readonly Pick<Entry, 'id' | 'title'>[],
  extra: readonly Block[] = [],
): Message {
  // Room for the extra blocks (learned phrasings) first; then as many gaps as fit.
  const textBudget = LIMITS.messageTotalText - 200 - blockTextLength(extra);
  const blockBudget = LIMITS.messageBlocks - extra.length - 1;
  const fits = (b: Block[]) => b.length <= blockBudget && blockTextLength(b) <= textBudget;
  let shown = Math.min(gaps.length, MAX_GAPS_SHOWN);
  let blocks = gapsSection(gaps.slice(0, shown), entries);
  while (shown > 1 && !fits(blocks)) {
    shown--;
    blocks = gapsSection(gaps.slice(0, shown), entries);
  }
  if (shown < gaps.length)
    blocks.push(
      context([`${gaps.length - shown} more: see the Knowledge gaps in my App Home.`], 'gaps_more'),
    );
  const withExtra = [...blocks, ...extra];
  if (
    extra.length &&
    withExtra.length <= LIMITS.messageBlocks &&
    blockTextLength(withExtra) <= LIMITS.messageTotalText
  )
    blocks = withExtra;
  return { text: `Knowledge gaps: ${gaps.length} open`, blocks };
}

export function notCuratorMessage(): Message {
  const t = 'Only curators can see and curate knowledge gaps. Ask your meshbot admin to add you to CURATORS.';
  return { text: t, blocks: [section(t, 'not_curator')] };
}

/** At most this many learned phrasings listed (each is one block). */
export const MAX_PHRASINGS_SHOWN = 10;

/** Learned phrasings per answer, newest last, each with a Remove button (curators). */
export function learnedSection(
  learned: ReadonlyMap<string, readonly string[]>,
  titles: ReadonlyMap<string, string>,
  max = MAX_PHRASINGS_SHOWN,
): Block[] {
  const rows = [...learned].flatMap(([id, list]) => list.map((p) => [id, p] as const));
  if (!rows.length) return [];
  const blocks: Block[] = [
    header('Learned phrasings', 'learned_header'),
    context(
      [`${rows.length} question(s) curators linked to answers; the matcher trains on them.`],
      'learned_help',
    ),
  ];
  rows.slice(-max).forEach(([id, p], i) => {
    blocks.push(
      section(
        `${echo(p, 300)}
→ _${echo(titles.get(id) ?? id, 120)}_`,
        `learned:${i}`,
        button('Remove', LOOP_ACTIONS.removePhrasing, {
          value: JSON.stringify([id, p]).slice(0, LIMITS.buttonValue),
        }),
      ),
    );
  });
  return blocks;
}

/** "You asked this on …; here is the answer." put above an answer card. */
export function youAskedIntro(askedAt: number, message: Message): Message {
  const t = `You asked this on ${date(askedAt)}; here is the answer.`;
  const blocks = [section(t, 'you_asked'), ...message.blocks];
  return {
    text: `${t} ${message.text}`.slice(0, LIMITS.fallbackText),
    blocks: blocks.slice(0, LIMITS.messageBlocks),
  };
}

/** Posted in EXPERTS_CHANNEL when someone presses "Ask the experts". */
export function expertsPost(o: {
  userId: string;
  channel?: string | null;
  question: string | null;
  permalink?: string | null;
  /** The related answers the fallback listed, as links: an expert may answer with one of them. */
  related?: readonly { readonly url: string; readonly title: string }[];
}): Message {
  const who = /^[UW][A-Z0-9]+$/.test(o.userId) ? `<@${o.userId}>` : 'Someone';
  const where = o.channel && /^[CG][A-Z0-9]+$/.test(o.channel) ? ` in <#${o.channel}>` : '';
  const q = o.question
    ? `> ${echo(o.question, 1500)}`
    : '_(the question text is not stored; see the original message)_';
  const lines = [`${who} asked${where} and meshbot had no good answer:`, q];
  if (o.permalink) lines.push(link(o.permalink, 'Original message'));
  const related = (o.related ?? []).slice(0, 3);
  if (related.length)
    lines.push(
      `meshbot's closest answers: ${related.map((r) => link(r.url, truncate(r.title, 100))).join(' · ')}`,
    );
  return {
    text: `${who} asked a question meshbot could not answer`,
    blocks: [
      section(lines.join('\n'), 'expert_q'),
      context(['Reply in this thread: the asker gets a link to your answer.'], 'expert_help'),
    ],
  };
}

export function expertAnsweredMessage(permalink: string): Message {
  const t = `An expert answered your question: ${link(permalink, 'read the answer')}.`;
  return { text: 'An expert answered your question.', blocks: [section(t, 'expert_answer')] };
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);

/** `/mesh stats` (ephemeral). Gap texts only for curators. */
export function statsMessage(
  stats: Stats,
  opts: { curator: boolean; statsUrl?: string | undefined },
): Message {
  const t = stats.totals;
  const dayLines = stats.days
    .slice(-7)
    .map((d) => `\`${d.day}\`  ${d.answered} answered · ${d.suggested} suggested · ${d.fallback} fallback`);
  const blocks: Block[] = [
    header('How meshbot is doing', 'stats_header'),
    section(
      `*Last ${stats.days.length} days:* ${t.questions} questions, ${pct(stats.answeredShare)} answered (${t.answered} answered, ${t.suggested} suggested, ${t.fallback} fallback).\n` +
        `*Expert hand-offs:* ${stats.handoffs.total}, ${stats.handoffs.answered} answered.`,
      'stats_totals',
    ),
    section(`*Per day (last 7)*\n${dayLines.join('\n')}`, 'stats_days'),
  ];
  const voted = [...stats.votes].sort((a, b) => b.up + b.down - (a.up + a.down)).slice(0, 10);
  if (voted.length)
    blocks.push(
      section(
        `*👍 share per answer*\n${voted.map((v) => `• \`${v.entryId}\` ${pct(v.upShare)} (${v.up} 👍, ${v.down} 👎)`).join('\n')}`,
        'stats_votes',
      ),
    );
  if (stats.topGaps.length)
    blocks.push(
      section(
        `*Top gaps*\n${stats.topGaps
          .map(
            (g) =>
              `• ${opts.curator && g.sample ? echo(g.sample, 120) : '(curators see the text)'}: ${g.asks}`,
          )
          .join('\n')}`,
        'stats_gaps',
      ),
    );
  blocks.push(divider());
  blocks.push(
    context(
      [
        opts.statsUrl ? `Chart: ${link(opts.statsUrl, 'the stats page')}` : '',
        opts.curator ? `Curate with \`${COMMANDS.mesh} gaps\`.` : '',
      ].filter(Boolean).length
        ? [
            opts.statsUrl ? `Chart: ${link(opts.statsUrl, 'the stats page')}` : '',
            opts.curator ? `Curate with \`${COMMANDS.mesh} gaps\`.` : '',
          ].filter(Boolean)
        : ['meshbot learning loop'],
      'stats_context',
    ),
  );
  return { text: `meshbot: ${t.questions} questions, ${pct(stats.answeredShare)} answered`, blocks };
}

export function forgotMessage(rows: number): Message {
  const t = rows
    ? `Done: I deleted what I held about you (${rows} record${rows === 1 ? '' : 's'}: questions, votes, gap reports and expert hand-offs).`
    : 'I held nothing about you. Nothing to delete.';
  return { text: t, blocks: [section(t, 'forgot')] };
}
