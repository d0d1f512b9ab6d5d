/** `/mesh table`, `/mesh list` and `/mesh link <topic>`. */

import { ACTIONS, BLOCKS, COMMANDS } from '../ids.js';
import type { Candidate } from '../intents/reply.js';
import { escapeSlack, inlineToMrkdwn, toPlain } from '../knowledge/markdown.js';
import type { Entry, HeadToHead } from '../knowledge/schema.js';
import { type CardOptions, nthId } from './common.js';
import {
  actions,
  boldCell,
  button,
  context,
  fieldsSection,
  header,
  linkCell,
  rawCell,
  section,
  table,
} from './elements.js';
import { encodeShareValue } from './metadata.js';
import type { Block, Message, MessageBlock, TableCell } from './schema.js';
import { blockTextLength, cellTextLength, LIMITS } from './schema.js';
import { echo, link, mention, packLines, safeUrl, truncate } from './text.js';

export const HEAD_TO_HEAD_ID = 'head-to-head';

/** Characters one table cell may hold (the knowledge base's cells are far shorter). */
const CELL_MAX = 600;

/**
 * Istio and Linkerd side by side as a Block Kit `table`: a header row, then one row per dimension
 * whose label links to its answer. Rows the table cannot take (over 100 rows or Slack's 10,000
 * characters of cells) continue as section fields, within the 50-block and total-text caps.
 * `ephemeral` adds a share button for the canonical head-to-head answer; `sharedBy` credits the sharer.
 */
export function headToHeadCard(
  h2h: HeadToHead,
  answerUrl: (id: string) => string,
  opts: CardOptions = {},
): Message {
  const top = [`Checked ${h2h.checked} · ${link(answerUrl(HEAD_TO_HEAD_ID), 'Open the canonical answer')}`];
  if (opts.sharedBy) top.push(`Shared by ${mention(opts.sharedBy)}`);
  const blocks: MessageBlock[] = [
    header('Istio vs Linkerd, head to head', BLOCKS.header),
    context(top, BLOCKS.context),
  ];
  const tail: MessageBlock[] = opts.ephemeral
    ? [
        actions(
          [button('Share in channel', ACTIONS.share, { value: encodeShareValue({ id: HEAD_TO_HEAD_ID }) })],
          BLOCKS.actions,
        ),
      ]
    : [];

  const rows: TableCell[][] = [[boldCell('Dimension'), boldCell('Istio'), boldCell('Linkerd')]];
  let cells = rows[0]?.reduce((n, c) => n + cellTextLength(c), 0) ?? 0;
  let used = 0;
  for (const d of h2h.dimensions) {
    const row = [
      linkCell(answerUrl(d.answer), truncate(d.label, CELL_MAX)),
      rawCell(truncate(toPlain(d.istio), CELL_MAX)),
      rawCell(truncate(toPlain(d.linkerd), CELL_MAX)),
    ];
    const size = row.reduce((n, c) => n + cellTextLength(c), 0);
    if (rows.length >= LIMITS.tableRows || cells + size > LIMITS.tableTotalText) break;
    rows.push(row);
    cells += size;
    used += 1;
  }
  if (used > 0) blocks.push(table(rows, BLOCKS.table));

  // Where the table cannot go: the remaining dimensions as two-column section fields.
  const rest = h2h.dimensions.slice(used);
  const moreNote = (n: number) =>
    context(
      [`…and ${n} more in ${link(answerUrl(HEAD_TO_HEAD_ID), 'the canonical answer')}`],
      BLOCKS.related,
    );
  let shown = 0;
  for (const d of rest) {
    const room = LIMITS.messageBlocks - blocks.length - tail.length - 1;
    const next = fieldsSection(
      [`*Istio*\n${inlineToMrkdwn(d.istio)}`, `*Linkerd*\n${inlineToMrkdwn(d.linkerd)}`],
      nthId(BLOCKS.tableMore, shown),
      `*${link(answerUrl(d.answer), d.label)}*`,
    );
    const text = blockTextLength([...blocks, next, ...tail]) + 200;
    if (room <= 0 || text > LIMITS.messageTotalText) break;
    blocks.push(next);
    shown += 1;
  }
  if (shown < rest.length) blocks.push(moreNote(rest.length - shown));
  blocks.push(...tail);
  return { text: escapeSlack(`Istio vs Linkerd, head to head (checked ${h2h.checked})`), blocks };
}

/** Room for the topic links: the cap on a message's text, less the header and context. */
const LIST_BUDGET = LIMITS.messageTotalText - 500;

/** Every entry title as a link, packed into sections of at most 3000 characters. */
export function topicListCard(
  entries: readonly Pick<Entry, 'id' | 'title'>[],
  answerUrl: (id: string) => string,
): Message {
  const lines: string[] = [];
  let used = 0;
  for (const e of entries) {
    const line = `• ${link(answerUrl(e.id), e.title)}`;
    if (used + line.length + 1 > LIST_BUDGET) break;
    lines.push(line);
    used += line.length + 1;
  }
  if (lines.length < entries.length) lines.push(`…and ${entries.length - lines.length} more`);
  const blocks: Block[] = [header(`Topics I can answer (${entries.length})`, BLOCKS.header)];
  packLines(lines, LIMITS.sectionText)
    .slice(0, LIMITS.messageBlocks - 2)
    .forEach((text, i) => {
      blocks.push(section(text, nthId(BLOCKS.body, i)));
    });
  blocks.push(
    context(
      [
        `Ask with \`${COMMANDS.mesh} &lt;question&gt;\`, or get one topic's link with \`${COMMANDS.mesh} link &lt;topic&gt;\`.`,
      ],
      BLOCKS.context,
    ),
  );
  return { text: `Topics I can answer (${entries.length})`, blocks };
}

/**
 * `/mesh link <topic>`: the best match's title and URL with a share button, and the other matches;
 * when nothing matches, a polite message that echoes the (escaped) query.
 */
export function linkCard(
  candidates: readonly Pick<Candidate, 'id' | 'title'>[],
  answerUrl: (id: string) => string,
  query: string,
): Message {
  const [best, ...others] = candidates;
  if (!best) {
    const q = echo(query);
    const text = q
      ? `I couldn't find a topic matching _${q}_. See every topic with \`${COMMANDS.mesh} list\`.`
      : `Which topic? Try \`${COMMANDS.mesh} link mtls\`, or see every topic with \`${COMMANDS.mesh} list\`.`;
    return { text: q ? `No topic matches "${q}".` : 'Which topic?', blocks: [section(text, BLOCKS.body)] };
  }
  const url = answerUrl(best.id);
  const blocks: Block[] = [section(`*${link(url, best.title)}*\n${safeUrl(url)}`, BLOCKS.body)];
  if (others.length) {
    const links = others.slice(0, 5).map((c) => link(answerUrl(c.id), c.title));
    blocks.push(context([`Other matches: ${links.join(' · ')}`], BLOCKS.related));
  }
  blocks.push(
    actions(
      [button('Share in channel', ACTIONS.share, { value: encodeShareValue({ id: best.id }) })],
      BLOCKS.actions,
    ),
  );
  return { text: escapeSlack(truncate(`${best.title}: ${url}`, 1000)), blocks };
}
