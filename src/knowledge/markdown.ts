/**
 * The knowledge base writes bodies in a small Markdown subset: paragraphs, "- " bullets,
 * **bold**, `code` and [text](https://url) links. These renderers turn it into Slack mrkdwn
 * and into HTML; anything else is treated as plain text.
 */

export type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.every((l) => l.startsWith('- '))) {
      blocks.push({ kind: 'list', items: lines.map((l) => l.slice(2).trim()) });
      continue;
    }
    // A paragraph followed by bullets in the same chunk: split them.
    const firstBullet = lines.findIndex((l) => l.startsWith('- '));
    if (firstBullet > 0 && lines.slice(firstBullet).every((l) => l.startsWith('- '))) {
      blocks.push({ kind: 'paragraph', text: lines.slice(0, firstBullet).join(' ') });
      blocks.push({ kind: 'list', items: lines.slice(firstBullet).map((l) => l.slice(2).trim()) });
      continue;
    }
    blocks.push({ kind: 'paragraph', text: lines.join(' ') });
  }
  return blocks;
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

const INLINE = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

function renderInline(
  text: string,
  esc: (s: string) => string,
  fmt: { bold: (s: string) => string; code: (s: string) => string; link: (t: string, u: string) => string },
): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out += esc(text.slice(last, m.index));
    if (m[1] !== undefined) out += fmt.bold(esc(m[1]));
    else if (m[2] !== undefined) out += fmt.code(esc(m[2]));
    else if (m[3] !== undefined && m[4] !== undefined) out += fmt.link(esc(m[3]), m[4]);
    last = (m.index ?? 0) + m[0].length;
  }
  return out + esc(text.slice(last));
}

export function inlineToMrkdwn(text: string): string {
  return renderInline(text, escapeSlack, {
    bold: (s) => `*${s}*`,
    code: (s) => `\`${s}\``,
    // Slack link syntax cannot carry "|" or ">" in the label.
    link: (t, u) => `<${u}|${t.replace(/[|>]/g, ' ')}>`,
  });
}

export function inlineToHtml(text: string): string {
  return renderInline(text, escapeHtml, {
    bold: (s) => `<strong>${s}</strong>`,
    code: (s) => `<code>${s}</code>`,
    link: (t, u) => `<a href="${escapeHtml(u)}" rel="noopener">${t}</a>`,
  });
}

export function toMrkdwn(markdown: string): string {
  return parseBlocks(markdown)
    .map((b) =>
      b.kind === 'paragraph'
        ? inlineToMrkdwn(b.text)
        : b.items.map((i) => `• ${inlineToMrkdwn(i)}`).join('\n'),
    )
    .join('\n\n');
}

export function toHtml(markdown: string): string {
  return parseBlocks(markdown)
    .map((b) =>
      b.kind === 'paragraph'
        ? `<p>${inlineToHtml(b.text)}</p>`
        : `<ul>${b.items.map((i) => `<li>${inlineToHtml(i)}</li>`).join('')}</ul>`,
    )
    .join('\n');
}

/** Plain text without markup, for search indexing and previews. */
export function toPlain(markdown: string): string {
  return parseBlocks(markdown)
    .map((b) => (b.kind === 'paragraph' ? b.text : b.items.join('\n')))
    .join('\n')
    .replace(INLINE, (_m, b, c, t) => b ?? c ?? t ?? '');
}

/** Readable terminal text: paragraphs and "  - " bullets, markup removed. */
export function toText(markdown: string): string {
  const plain = (s: string) => s.replace(INLINE, (_m, b, c, t, u) => b ?? c ?? (t ? `${t} (${u})` : ''));
  return parseBlocks(markdown)
    .map((b) => (b.kind === 'paragraph' ? plain(b.text) : b.items.map((i) => `  - ${plain(i)}`).join('\n')))
    .join('\n\n');
}
