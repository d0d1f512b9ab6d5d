/**
 * Text helpers for Block Kit: truncation that never breaks Slack markup, safe links and mentions,
 * and packing lines into sections under the 3000-character limit.
 */
import { escapeSlack } from '../knowledge/markdown.js';

export const ELLIPSIS = '…';

/** Cuts `s` to at most `n` UTF-16 units, ending in "…" when cut; never splits a surrogate pair. */
export function truncate(s: string, n: number): string {
  if (s.length <= n) return s;
  if (n <= 0) return '';
  if (n === 1) return ELLIPSIS;
  let cut = n - 1;
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return s.slice(0, cut).trimEnd() + ELLIPSIS;
}

/**
 * Truncates mrkdwn without leaving half a link (`<https://…|ti…`) or half an entity (`&am…`):
 * the cut moves back to before any unclosed `<` or `&`.
 */
export function truncateMrkdwn(s: string, n: number): string {
  if (s.length <= n) return s;
  let head = truncate(s, n).slice(0, -1);
  const open = head.lastIndexOf('<');
  if (open > head.lastIndexOf('>')) head = head.slice(0, open);
  const amp = head.lastIndexOf('&');
  if (amp >= 0 && !head.slice(amp).includes(';') && head.length - amp <= 5) head = head.slice(0, amp);
  // An odd number of `*` or `_` would leave bold/italics open; Slack then shows them literally,
  // which is harmless, so only whitespace is trimmed.
  return head.trimEnd() + ELLIPSIS;
}

/** Escapes user text for mrkdwn after truncating it (so an entity is never cut) and folds whitespace. */
export function echo(userText: string, max = 200): string {
  return escapeSlack(truncate(userText.replace(/\s+/g, ' ').trim(), max));
}

/** A URL safe inside `<url|label>`: the characters that end or split the link are percent-encoded. */
export function safeUrl(url: string): string {
  return url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
}

/** A Slack link `<url|label>`; the label is escaped and may not contain `|`. */
export function link(url: string, label: string): string {
  return `<${safeUrl(url)}|${escapeSlack(label.replace(/\|/g, '/'))}>`;
}

const SLACK_ID = /^[UW][A-Z0-9]{2,40}$/;

/** `<@U123>` for a real-looking user id; anything else is shown escaped, so it can never ping. */
export function mention(userId: string): string {
  return SLACK_ID.test(userId) ? `<@${userId}>` : escapeSlack(truncate(userId, 60));
}

/**
 * Packs lines (joined by `sep`) into chunks of at most `max` characters. A line longer than `max`
 * on its own is truncated with `truncateMrkdwn`.
 */
export function packLines(lines: readonly string[], max: number, sep = '\n'): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncateMrkdwn(raw, max);
    if (current === '') current = line;
    else if (current.length + sep.length + line.length <= max) current += sep + line;
    else {
      chunks.push(current);
      current = line;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/** Splits rendered mrkdwn at paragraph boundaries (then line breaks) into chunks of at most `max`. */
export function splitMrkdwn(text: string, max: number): string[] {
  if (text.length <= max) return text.trim() ? [text] : [];
  const paragraphs = text.split(/\n{2,}/).filter((p) => p.trim());
  const pieces = paragraphs.flatMap((p) => (p.length <= max ? [p] : packLines(p.split('\n'), max)));
  return packLines(pieces, max, '\n\n');
}

/** Cuts a rendered code block (```…```) to at most `max` characters at a line break, still closed. */
function truncateCodeBlock(block: string, max: number): string {
  const close = '\n```';
  const lines = block.slice(0, -close.length).split('\n');
  let out = lines[0] ?? '```';
  for (const line of lines.slice(1)) {
    if (out.length + 1 + line.length + '\n…'.length + close.length > max) break;
    out += `\n${line}`;
  }
  const cut = `${out}\n…${close}`;
  return cut.length <= max ? cut : truncateMrkdwn(block.replace(/```/g, ''), max);
}

/**
 * Keeps whole rendered blocks (paragraphs, lists, code blocks, tables) joined by blank lines while
 * they fit in `max` characters. When some had to be left out, `more` (e.g. a link to the answer
 * page) ends the text. A first block too long on its own is cut: a code block at a line break
 * and closed again, any other block by truncateMrkdwn.
 */
export function fitBlocks(blocks: readonly string[], max: number, more: string): string {
  const all = blocks.filter((b) => b.trim() !== '').join('\n\n');
  if (all.length <= max) return all;
  const room = max - more.length - 2;
  let text = '';
  for (const b of blocks) {
    if (b.trim() === '') continue;
    const next = text ? `${text}\n\n${b}` : b;
    if (next.length > room) break;
    text = next;
  }
  if (!text) {
    const first = blocks.find((b) => b.trim() !== '') ?? '';
    text =
      first.startsWith('```') && first.endsWith('```')
        ? truncateCodeBlock(first, room)
        : truncateMrkdwn(first, room);
  }
  return text ? `${text}\n\n${more}` : truncateMrkdwn(more, max);
}
