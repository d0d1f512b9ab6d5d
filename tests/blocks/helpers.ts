/** Shared fixtures for the Block Kit builder tests: the real knowledge base and block lookups. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MessageBlock as Block, CardContext } from '../../src/blocks/index.js';
import type { AnswerReply } from '../../src/intents/reply.js';
import type { Entry } from '../../src/knowledge/schema.js';
import { realKb, realMatcher } from '../helpers/kb.js';

export { realKb, realMatcher };

export const BASE = 'https://meshbot.example.com';
export const answerUrl = (id: string): string => `${BASE}/answers/${encodeURIComponent(id)}`;

/** A fixed "today" on which no real entry is due (every entry was checked on it or later). */
export const TODAY = '2026-11-30';

export function ctx(): CardContext {
  return { kb: realKb(), answerUrl, today: TODAY };
}

/** An answer reply for an entry, as a listener builds one for a button click. */
export function replyFor(entry: Entry): AnswerReply {
  return {
    kind: 'answer',
    query: entry.question,
    intent: 'question',
    confidence: 1,
    factors: [],
    entry,
    alternatives: [],
    recommendation: null,
  };
}

/** The block with this block_id; fails the test when it is missing. */
export function block<T extends Block['type']>(
  blocks: readonly Block[],
  blockId: string,
  type?: T,
): Extract<Block, { type: T }> {
  const found = blocks.find((b) => b.block_id === blockId);
  if (!found)
    throw new Error(`no block "${blockId}" in [${blocks.map((b) => b.block_id ?? b.type).join(', ')}]`);
  if (type && found.type !== type) throw new Error(`block "${blockId}" is a ${found.type}, not a ${type}`);
  return found as Extract<Block, { type: T }>;
}

/** Blocks whose id is `base` or `base:n`, in order. */
export function numbered(blocks: readonly Block[], base: string): Block[] {
  return blocks.filter((b) => b.block_id === base || b.block_id?.startsWith(`${base}:`));
}

/** The mrkdwn/plain text of a block (text, fields and context elements), joined by newlines. */
export function textOf(b: Block | undefined): string {
  if (!b) return '';
  switch (b.type) {
    case 'header':
      return b.text.text;
    case 'section':
      return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)].join('\n');
    case 'context':
      return b.elements.map((e) => e.text).join('\n');
    case 'input':
      return b.label.text;
    case 'markdown':
      return b.text;
    case 'table':
      return b.rows
        .map((r) =>
          r
            .map((c) =>
              c.type === 'raw_text'
                ? c.text
                : c.elements
                    .flatMap((s) =>
                      s.elements.map((e) => (e.type === 'link' ? `<${e.url}|${e.text}>` : e.text)),
                    )
                    .join(''),
            )
            .join(' | '),
        )
        .join('\n');
    default:
      return '';
  }
}

/** Every button in the blocks (actions elements and section accessories). */
export function buttons(blocks: readonly Block[]) {
  return blocks.flatMap((b) =>
    b.type === 'actions'
      ? b.elements.filter((e) => e.type === 'button')
      : b.type === 'section' && b.accessory
        ? [b.accessory]
        : [],
  );
}

/** Questions from the eval fixtures (public + dev): a few hundred real phrasings. */
export function evalQuestions(): string[] {
  const out: string[] = [];
  for (const name of ['eval-public.jsonl', 'eval-dev.jsonl']) {
    const file = fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const q = (JSON.parse(line) as { q?: unknown }).q;
      if (typeof q === 'string') out.push(q);
    }
  }
  return out;
}

/** A hostile question: mentions, a broadcast, HTML and an ampersand. */
export const HOSTILE = '<!channel> hi <@U123> & <script>alert(1)</script> <https://evil.example|click>';
