/**
 * Answer bodies, notes and per-mesh facts are Markdown (CommonMark with GitHub's tables,
 * strikethrough and autolinks). They are parsed once into an mdast syntax tree (micromark via
 * mdast-util-from-markdown) and that one tree is rendered four ways: Slack mrkdwn for cards, HTML
 * for the answer pages, plain text for search, and readable text for the terminal.
 *
 * Nothing in the Markdown reaches a page or a message unescaped: raw HTML in a body is shown as
 * text, links are kept only for http(s) and mailto URLs, and Slack's control characters (&, <, >)
 * are entity-encoded everywhere, code blocks included.
 */
import type { Definition, List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** One top-level block of a parsed body (paragraph, list, code, table, heading, quote…). */
export type Block = RootContent;

const CACHE_MAX = 1000;
const cache = new Map<string, Root>();

/**
 * The syntax tree of `markdown`. Trees are cached (the same bodies are rendered for every card
 * and page) and must not be modified by callers.
 */
export function parseMarkdown(markdown: string): Root {
  const hit = cache.get(markdown);
  if (hit) return hit;
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(markdown, tree);
  return tree;
}

/** The top-level blocks of a body, without link definitions (those only give links their URLs). */
export function parseBlocks(markdown: string): Block[] {
  return parseMarkdown(markdown).children.filter((b) => b.type !== 'definition');
}

/** Escapes Slack's three control characters; nothing else may be entity-encoded. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only these URLs become links; anything else (javascript:, data:, relative) stays text. */
function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = url.trim();
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(u) ? u : null;
}

/** Link definitions of a tree (`[id]: https://…`), for reference links. */
function definitions(root: Root): Map<string, Definition> {
  const defs = new Map<string, Definition>();
  const walk = (n: Nodes): void => {
    if (n.type === 'definition' && !defs.has(n.identifier)) defs.set(n.identifier, n);
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(root);
  return defs;
}

/** The words of a node and its descendants, no markup; soft line breaks become spaces. */
function plainOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/\s*\n\s*/g, ' ');
    case 'inlineCode':
    case 'code':
    case 'html':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'footnoteReference':
      return `[${node.label ?? node.identifier}]`;
    case 'definition':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(plainOf).join('') : '';
  }
}

function cellsOf(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => plainOf(cell).trim()));
}

// ---------------------------------------------------------------------------------------------
// Slack mrkdwn

/** Tables whose aligned text is at most this wide go into a code block; wider ones become bullets. */
const MRKDWN_TABLE_WIDTH = 72;

function mrkdwnInline(nodes: readonly PhrasingContent[], defs: Map<string, Definition>): string {
  return nodes.map((n) => mrkdwnPhrase(n, defs)).join('');
}

function slackLink(url: string, label: string): string {
  // Inside <url|label> the URL may not hold "<", ">", "|" or spaces, nor the label "|".
  const u = url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
  const l = label.replace(/\|/g, ' ').trim();
  return l ? `<${u}|${l}>` : `<${u}>`;
}

function mrkdwnPhrase(n: PhrasingContent, defs: Map<string, Definition>): string {
  switch (n.type) {
    case 'text':
      return escapeSlack(n.value.replace(/\s*\n\s*/g, ' '));
    case 'strong':
      return `*${mrkdwnInline(n.children, defs)}*`;
    case 'emphasis':
      return `_${mrkdwnInline(n.children, defs)}_`;
    case 'delete':
      return `~${mrkdwnInline(n.children, defs)}~`;
    case 'inlineCode':
      return `\`${escapeSlack(n.value.replace(/`/g, 'ˋ'))}\``;
    case 'break':
      return '\n';
    case 'link':
    case 'linkReference': {
      const href = safeHref(n.type === 'link' ? n.url : defs.get(n.identifier)?.url);
      const label = escapeSlack(plainOf(n));
      return href ? slackLink(href, label) : label;
    }
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'html':
      return escapeSlack(plainOf(n));
  }
}

function codeFence(text: string): string {
  // A literal ``` inside would close Slack's block early.
  return `\`\`\`\n${escapeSlack(text.replace(/```/g, '`\u200b``'))}\n\`\`\``;
}

function mrkdwnTable(table: Table, defs: Map<string, Definition>): string {
  const rows = cellsOf(table);
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(0, ...rows.map((r) => (r[c] ?? '').length)));
  const width = widths.reduce((a, b) => a + b, 0) + 3 * Math.max(0, cols - 1);
  if (width <= MRKDWN_TABLE_WIDTH) {
    const line = (r: string[]) =>
      widths
        .map((w, c) => (r[c] ?? '').padEnd(w))
        .join(' | ')
        .trimEnd();
    const [head, ...body] = rows;
    const lines = head ? [line(head), widths.map((w) => '-'.repeat(w)).join('-+-'), ...body.map(line)] : [];
    return codeFence(lines.join('\n'));
  }
  // Too wide for a phone: one bullet a row, "*first cell*: Header: cell · Header: cell".
  const [head, ...body] = table.children;
  const headers = head?.children.map((c) => escapeSlack(plainOf(c).trim())) ?? [];
  return body
    .map((row) => {
      const cells = row.children.map((c) => mrkdwnInline(c.children, defs).trim());
      const [first, ...rest] = cells;
      const parts = rest.map((cell, i) => {
        const h = headers[i + 1];
        return h ? `${h}: ${cell}` : cell;
      });
      return `• ${first ? `*${first}*: ` : ''}${parts.join(' · ')}`;
    })
    .join('\n');
}

function mrkdwnList(list: List, defs: Map<string, Definition>, depth: number): string {
  const start = list.start ?? 1;
  return list.children
    .map((item, i) => {
      const mark = list.ordered ? `${start + i}.` : depth === 0 ? '•' : '◦';
      const box = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
      const indent = '    '.repeat(depth);
      const parts = item.children.map((c) =>
        c.type === 'list' ? mrkdwnList(c, defs, depth + 1) : mrkdwnBlock(c, defs, depth + 1),
      );
      const [first = '', ...rest] = parts;
      const firstIsList = item.children[0]?.type === 'list';
      const head = firstIsList ? `${indent}${mark} ${box}\n${first}` : `${indent}${mark} ${box}${first}`;
      return [
        head,
        ...rest.map((p, j) => (item.children[j + 1]?.type === 'list' ? p : `${indent}    ${p}`)),
      ].join('\n');
    })
    .join('\n');
}

function mrkdwnBlock(b: RootContent, defs: Map<string, Definition>, depth = 0): string {
  switch (b.type) {
    case 'paragraph':
      return mrkdwnInline(b.children, defs);
    case 'heading':
      return `*${mrkdwnInline(b.children, defs)}*`;
    case 'list':
      return mrkdwnList(b, defs, depth);
    case 'code':
      return codeFence(b.value);
    case 'table':
      return mrkdwnTable(b, defs);
    case 'blockquote':
      return b.children
        .map((c) => mrkdwnBlock(c, defs, depth))
        .join('\n')
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
    case 'thematicBreak':
      return '———';
    case 'html':
      return escapeSlack(b.value);
    case 'footnoteDefinition':
      return `[${escapeSlack(b.label ?? b.identifier)}] ${b.children.map((c) => mrkdwnBlock(c, defs, depth)).join(' ')}`;
    case 'definition':
    case 'yaml':
      return '';
    default:
      return isPhrasing(b) ? mrkdwnPhrase(b, defs) : escapeSlack(plainOf(b));
  }
}

const PHRASING = new Set<string>([
  'text',
  'strong',
  'emphasis',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'html',
]);
function isPhrasing(n: Nodes): n is PhrasingContent {
  return PHRASING.has(n.type);
}

/**
 * The body as mrkdwn, one string per top-level block (paragraph, list, code block, table…), so a
 * card can keep whole blocks and cut between them.
 */
export function toMrkdwnBlocks(markdown: string): string[] {
  const root = parseMarkdown(markdown);
  const defs = definitions(root);
  return root.children.map((b) => mrkdwnBlock(b, defs)).filter((s) => s.trim() !== '');
}

export function toMrkdwn(markdown: string): string {
  return toMrkdwnBlocks(markdown).join('\n\n');
}

/** Inline Markdown (a verdict, a note, a per-mesh fact) as mrkdwn on one line where it can be. */
export function inlineToMrkdwn(text: string): string {
  return toMrkdwnBlocks(text.trim()).join('\n');
}

// ---------------------------------------------------------------------------------------------
// HTML

function htmlInline(nodes: readonly PhrasingContent[], defs: Map<string, Definition>): string {
  return nodes.map((n) => htmlPhrase(n, defs)).join('');
}

function htmlPhrase(n: PhrasingContent, defs: Map<string, Definition>): string {
  switch (n.type) {
    case 'text':
      return escapeHtml(n.value);
    case 'strong':
      return `<strong>${htmlInline(n.children, defs)}</strong>`;
    case 'emphasis':
      return `<em>${htmlInline(n.children, defs)}</em>`;
    case 'delete':
      return `<del>${htmlInline(n.children, defs)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(n.value)}</code>`;
    case 'break':
      return '<br>';
    case 'link':
    case 'linkReference': {
      const href = safeHref(n.type === 'link' ? n.url : defs.get(n.identifier)?.url);
      const inner = htmlInline(n.children, defs);
      return href ? `<a href="${escapeHtml(href)}" rel="noopener">${inner}</a>` : inner;
    }
    case 'footnoteReference':
      return `<sup>[${escapeHtml(n.label ?? n.identifier)}]</sup>`;
    case 'image':
    case 'imageReference':
    case 'html':
      // No images and no raw HTML on the pages: their text is shown instead.
      return escapeHtml(plainOf(n));
  }
}

const ALIGN_CLASS = { left: 'al-l', center: 'al-c', right: 'al-r' } as const;

function htmlTable(table: Table, defs: Map<string, Definition>): string {
  const [head, ...body] = table.children;
  const align = (i: number) => {
    const a = table.align?.[i];
    return a ? ` class="${ALIGN_CLASS[a]}"` : '';
  };
  const headers = head?.children.map((c) => plainOf(c).trim()) ?? [];
  const thead = head
    ? `<thead><tr>${head.children
        .map((c, i) => `<th scope="col"${align(i)}>${htmlInline(c.children, defs)}</th>`)
        .join('')}</tr></thead>`
    : '';
  // An empty top-left header makes the first column the rows' headers (a comparison table).
  const rowHeaders = headers.length > 1 && headers[0] === '';
  const rows = body.map(
    (row) =>
      `<tr>${row.children
        .map((c, i) => {
          if (i === 0 && rowHeaders) return `<th scope="row"${align(i)}>${htmlInline(c.children, defs)}</th>`;
          const label = headers[i] ? ` data-label="${escapeHtml(headers[i])}"` : '';
          return `<td${align(i)}${label}>${htmlInline(c.children, defs)}</td>`;
        })
        .join('')}</tr>`,
  );
  return `<div class="table-wrap md-table"><table>${thead}<tbody>${rows.join('')}</tbody></table></div>`;
}

function htmlListItem(item: ListItem, spread: boolean, defs: Map<string, Definition>, depth: number): string {
  const box =
    item.checked === true
      ? '<input type="checkbox" checked disabled> '
      : item.checked === false
        ? '<input type="checkbox" disabled> '
        : '';
  const inner = item.children
    .map((c) =>
      // A tight list shows its paragraphs without <p>, as CommonMark renders it.
      c.type === 'paragraph' && !spread ? htmlInline(c.children, defs) : htmlBlock(c, defs, depth + 1),
    )
    .join('\n');
  return `<li>${box}${inner}</li>`;
}

function htmlBlock(b: RootContent, defs: Map<string, Definition>, depth = 0): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${htmlInline(b.children, defs)}</p>`;
    case 'heading': {
      // The page has its h1 (the title) and h2 sections; body headings sit below them.
      const level = Math.min(6, b.depth + 2);
      return `<h${level}>${htmlInline(b.children, defs)}</h${level}>`;
    }
    case 'list': {
      const spread = b.spread === true || b.children.some((i) => i.spread === true);
      const items = b.children.map((i) => htmlListItem(i, spread, defs, depth)).join('');
      if (!b.ordered) return `<ul>${items}</ul>`;
      const start = b.start !== null && b.start !== undefined && b.start !== 1 ? ` start="${b.start}"` : '';
      return `<ol${start}>${items}</ol>`;
    }
    case 'code': {
      const lang = b.lang && /^[A-Za-z0-9_+-]{1,20}$/.test(b.lang) ? b.lang.toLowerCase() : '';
      const label = lang ? ` data-lang="${lang}"` : '';
      const cls = lang ? ` class="language-${lang}"` : '';
      return `<pre class="code"${label} tabindex="0"><code${cls}>${escapeHtml(b.value)}</code></pre>`;
    }
    case 'table':
      return htmlTable(b, defs);
    case 'blockquote':
      return `<blockquote>${b.children.map((c) => htmlBlock(c, defs, depth)).join('\n')}</blockquote>`;
    case 'thematicBreak':
      return '<hr>';
    case 'html':
      return `<p>${escapeHtml(b.value)}</p>`;
    case 'footnoteDefinition':
      return `<div class="footnote"><sup>[${escapeHtml(b.label ?? b.identifier)}]</sup> ${b.children
        .map((c) => htmlBlock(c, defs, depth))
        .join('\n')}</div>`;
    case 'definition':
    case 'yaml':
      return '';
    default:
      return isPhrasing(b) ? htmlPhrase(b, defs) : escapeHtml(plainOf(b));
  }
}

export function toHtml(markdown: string): string {
  const root = parseMarkdown(markdown);
  const defs = definitions(root);
  return root.children
    .map((b) => htmlBlock(b, defs))
    .filter(Boolean)
    .join('\n');
}

/** Inline Markdown (a note, a per-mesh fact) as HTML without a wrapping <p>. */
export function inlineToHtml(text: string): string {
  const root = parseMarkdown(text.trim());
  const defs = definitions(root);
  return root.children
    .map((b) => (b.type === 'paragraph' ? htmlInline(b.children, defs) : htmlBlock(b, defs)))
    .filter(Boolean)
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// Plain and terminal text

type LinkText = (label: string, url: string) => string;

function blockLines(b: RootContent, defs: Map<string, Definition>, link: LinkText, bullet: string): string[] {
  const inline = (n: Nodes): string => {
    if (n.type === 'link' || n.type === 'linkReference') {
      const href = safeHref(n.type === 'link' ? n.url : defs.get(n.identifier)?.url);
      const label = plainOf(n);
      return href ? link(label, href) : label;
    }
    if (n.type === 'text') return n.value.replace(/\s*\n\s*/g, ' ');
    if (n.type === 'break') return ' ';
    if ('children' in n) return (n.children as Nodes[]).map(inline).join('');
    return plainOf(n);
  };
  switch (b.type) {
    case 'list':
      return b.children.flatMap((item) =>
        item.children.flatMap((c, i) =>
          blockLines(c, defs, link, bullet).map((l) =>
            c.type === 'list' ? `  ${l}` : i === 0 ? `${bullet}${l}` : `${' '.repeat(bullet.length)}${l}`,
          ),
        ),
      );
    case 'code':
      return b.value.split('\n').map((l) => (bullet ? `    ${l}` : l));
    case 'table':
      return cellsOf(b).map((r) => `${bullet}${r.join(' | ').trim()}`);
    case 'blockquote':
      return b.children.flatMap((c) => blockLines(c, defs, link, bullet));
    case 'definition':
    case 'yaml':
    case 'thematicBreak':
      return [];
    default:
      return [inline(b)];
  }
}

/** Plain text without markup, for search indexing and previews: one line a paragraph or list item. */
export function toPlain(markdown: string): string {
  const root = parseMarkdown(markdown);
  const defs = definitions(root);
  return root.children.flatMap((b) => blockLines(b, defs, (label) => label, '')).join('\n');
}

/** Readable terminal text: paragraphs, "  - " bullets and indented code, markup removed. */
export function toText(markdown: string): string {
  const root = parseMarkdown(markdown);
  const defs = definitions(root);
  const link: LinkText = (label, url) => (label && label !== url ? `${label} (${url})` : url);
  return root.children
    .map((b) =>
      blockLines(
        b,
        defs,
        link,
        b.type === 'code' || b.type === 'list' || b.type === 'table' ? '  - ' : '',
      ).join('\n'),
    )
    .filter((s) => s !== '')
    .join('\n\n');
}
