import { describe, expect, it } from 'vitest';
import {
  assertValid,
  type Block,
  BlockKitError,
  blockTextLength,
  homeSchema,
  LIMITS,
  messageSchema,
  modalSchema,
  unfurlSchema,
} from '../../src/blocks/index.js';

const mdSection = (text: string, blockId?: string): Block => ({
  type: 'section',
  ...(blockId ? { block_id: blockId } : {}),
  text: { type: 'mrkdwn', text },
});
const message = (blocks: unknown[]) => ({ text: 'fallback', blocks });
const plain = (text: string) => ({ type: 'plain_text', text });
const btn = (actionId: string, extra: Record<string, unknown> = {}) => ({
  type: 'button',
  text: plain('Go'),
  action_id: actionId,
  ...extra,
});
const opt = (text: string, value: string) => ({ text: plain(text), value });
const modal = (extra: Record<string, unknown> = {}) => ({
  type: 'modal',
  title: plain('Mesh pick'),
  blocks: [mdSection('hello')],
  ...extra,
});
const ok = (schema: Parameters<typeof assertValid>[0], v: unknown) => schema.safeParse(v).success;

describe('messageSchema', () => {
  it('accepts a small valid message', () => {
    expect(ok(messageSchema, message([mdSection('hi')]))).toBe(true);
  });

  it('allows 50 blocks and rejects 51', () => {
    const blocks = (n: number) => Array.from({ length: n }, () => ({ type: 'divider' }));
    expect(ok(messageSchema, message(blocks(50)))).toBe(true);
    expect(ok(messageSchema, message(blocks(51)))).toBe(false);
  });

  it('allows a 3000-character section and rejects 3001', () => {
    expect(ok(messageSchema, message([mdSection('x'.repeat(3000))]))).toBe(true);
    expect(ok(messageSchema, message([mdSection('x'.repeat(3001))]))).toBe(false);
  });

  it('rejects an empty section text and a section with neither text nor fields', () => {
    expect(ok(messageSchema, message([mdSection('')]))).toBe(false);
    expect(ok(messageSchema, message([{ type: 'section' }]))).toBe(false);
  });

  it('limits fields to 10 of at most 2000 characters', () => {
    const field = (n: number) => ({ type: 'mrkdwn', text: 'x'.repeat(n) });
    const section = (fields: unknown[]) => message([{ type: 'section', fields }]);
    expect(ok(messageSchema, section(Array.from({ length: 10 }, () => field(10))))).toBe(true);
    expect(ok(messageSchema, section(Array.from({ length: 11 }, () => field(10))))).toBe(false);
    expect(ok(messageSchema, section([field(2000)]))).toBe(true);
    expect(ok(messageSchema, section([field(2001)]))).toBe(false);
  });

  it('limits a header to 150 plain-text characters', () => {
    expect(ok(messageSchema, message([{ type: 'header', text: plain('x'.repeat(150)) }]))).toBe(true);
    expect(ok(messageSchema, message([{ type: 'header', text: plain('x'.repeat(151)) }]))).toBe(false);
    expect(ok(messageSchema, message([{ type: 'header', text: { type: 'mrkdwn', text: 'x' } }]))).toBe(false);
  });

  it('limits context to 10 elements and actions to 25', () => {
    const ctxBlock = (n: number) => ({
      type: 'context',
      elements: Array.from({ length: n }, () => ({ type: 'mrkdwn', text: 'x' })),
    });
    expect(ok(messageSchema, message([ctxBlock(10)]))).toBe(true);
    expect(ok(messageSchema, message([ctxBlock(11)]))).toBe(false);
    const act = (n: number) => ({
      type: 'actions',
      elements: Array.from({ length: n }, (_, i) => btn(`a${i}`)),
    });
    expect(ok(messageSchema, message([act(25)]))).toBe(true);
    expect(ok(messageSchema, message([act(26)]))).toBe(false);
  });

  it('limits button text, value and url', () => {
    const one = (b: unknown) => message([{ type: 'actions', elements: [b] }]);
    expect(ok(messageSchema, one({ ...btn('a'), text: plain('x'.repeat(75)) }))).toBe(true);
    expect(ok(messageSchema, one({ ...btn('a'), text: plain('x'.repeat(76)) }))).toBe(false);
    expect(ok(messageSchema, one(btn('a', { value: 'v'.repeat(2000) })))).toBe(true);
    expect(ok(messageSchema, one(btn('a', { value: 'v'.repeat(2001) })))).toBe(false);
    expect(ok(messageSchema, one(btn('a', { url: `https://x.example/${'p'.repeat(2980)}` })))).toBe(true);
    expect(ok(messageSchema, one(btn('a', { url: `https://x.example/${'p'.repeat(2990)}` })))).toBe(false);
  });

  it('limits block_id and action_id to 255 characters', () => {
    expect(ok(messageSchema, message([mdSection('x', 'b'.repeat(255))]))).toBe(true);
    expect(ok(messageSchema, message([mdSection('x', 'b'.repeat(256))]))).toBe(false);
    expect(ok(messageSchema, message([{ type: 'actions', elements: [btn('a'.repeat(256))] }]))).toBe(false);
  });

  it('limits static_select options, option text and value', () => {
    const select = (options: unknown[]) =>
      message([{ type: 'actions', elements: [{ type: 'static_select', action_id: 's', options }] }]);
    const many = (n: number) => Array.from({ length: n }, (_, i) => opt(`o${i}`, `v${i}`));
    expect(ok(messageSchema, select(many(100)))).toBe(true);
    expect(ok(messageSchema, select(many(101)))).toBe(false);
    expect(ok(messageSchema, select([opt('x'.repeat(76), 'v')]))).toBe(false);
    expect(ok(messageSchema, select([opt('x', 'v'.repeat(151))]))).toBe(false);
    expect(ok(messageSchema, select([opt('a', 'v'), opt('b', 'v')]))).toBe(false);
  });

  it('rejects duplicate block_ids and duplicate action_ids inside one block', () => {
    expect(ok(messageSchema, message([mdSection('a', 'x'), mdSection('b', 'x')]))).toBe(false);
    expect(ok(messageSchema, message([{ type: 'actions', elements: [btn('same'), btn('same')] }]))).toBe(
      false,
    );
    // The same action_id in two different blocks is fine (related-answer buttons rely on it).
    expect(
      ok(
        messageSchema,
        message([
          { type: 'actions', block_id: 'r', elements: [btn('same')] },
          { type: 'actions', block_id: 'r:1', elements: [btn('same')] },
        ]),
      ),
    ).toBe(true);
  });

  it('rejects a message whose blocks hold more than 12,000 characters in total', () => {
    const blocks = (n: number) => Array.from({ length: n }, () => mdSection('x'.repeat(3000)));
    expect(ok(messageSchema, message(blocks(4)))).toBe(true);
    expect(ok(messageSchema, message([...blocks(4), mdSection('y')]))).toBe(false);
    expect(ok(unfurlSchema, { blocks: [...blocks(4), mdSection('y')] })).toBe(false);
  });

  it('rejects unknown block types, unknown properties and a missing fallback text', () => {
    expect(ok(messageSchema, message([{ type: 'video', title: 'x' }]))).toBe(false);
    expect(ok(messageSchema, message([{ ...mdSection('x'), acessory: {} }]))).toBe(false);
    expect(ok(messageSchema, { blocks: [mdSection('x')] })).toBe(false);
    expect(ok(messageSchema, { text: '', blocks: [mdSection('x')] })).toBe(false);
  });
});

describe('modalSchema and homeSchema', () => {
  it('allows a 24-character title and rejects 25', () => {
    expect(ok(modalSchema, modal({ title: plain('x'.repeat(24)) }))).toBe(true);
    expect(ok(modalSchema, modal({ title: plain('x'.repeat(25)) }))).toBe(false);
    expect(ok(modalSchema, modal({ submit: plain('x'.repeat(25)) }))).toBe(false);
    expect(ok(modalSchema, modal({ close: plain('x'.repeat(25)) }))).toBe(false);
  });

  it('allows 3000 characters of private_metadata and rejects 3001', () => {
    expect(ok(modalSchema, modal({ private_metadata: 'm'.repeat(3000) }))).toBe(true);
    expect(ok(modalSchema, modal({ private_metadata: 'm'.repeat(3001) }))).toBe(false);
  });

  it('limits callback_id to 255 characters', () => {
    expect(ok(modalSchema, modal({ callback_id: 'c'.repeat(256) }))).toBe(false);
  });

  it('allows 100 blocks in a modal or home view and rejects 101', () => {
    const blocks = (n: number) => Array.from({ length: n }, () => ({ type: 'divider' }));
    expect(ok(modalSchema, modal({ blocks: blocks(100) }))).toBe(true);
    expect(ok(modalSchema, modal({ blocks: blocks(101) }))).toBe(false);
    expect(ok(homeSchema, { type: 'home', blocks: blocks(100) })).toBe(true);
    expect(ok(homeSchema, { type: 'home', blocks: blocks(101) })).toBe(false);
    expect(ok(homeSchema, modal())).toBe(false);
  });

  const input = (element: unknown, extra: Record<string, unknown> = {}) => ({
    type: 'input',
    block_id: 'i',
    label: plain('Label'),
    element,
    ...extra,
  });

  it('requires a submit button when there are inputs', () => {
    const blocks = [input({ type: 'plain_text_input', action_id: 't' })];
    expect(ok(modalSchema, modal({ blocks }))).toBe(false);
    expect(ok(modalSchema, modal({ blocks, submit: plain('Send') }))).toBe(true);
  });

  it('limits radio buttons to 10 options, an input label to 2000 and max_length to 3000', () => {
    const radios = (n: number) => ({
      type: 'radio_buttons',
      action_id: 'r',
      options: Array.from({ length: n }, (_, i) => opt(`o${i}`, `${i}`)),
    });
    const withInput = (b: unknown) => modal({ submit: plain('Send'), blocks: [b] });
    expect(ok(modalSchema, withInput(input(radios(10))))).toBe(true);
    expect(ok(modalSchema, withInput(input(radios(11))))).toBe(false);
    expect(ok(modalSchema, withInput(input(radios(2), { label: plain('x'.repeat(2001)) })))).toBe(false);
    const text = (max: number) => ({ type: 'plain_text_input', action_id: 't', max_length: max });
    expect(ok(modalSchema, withInput(input(text(3000))))).toBe(true);
    expect(ok(modalSchema, withInput(input(text(3001))))).toBe(false);
  });

  it('requires an initial option to be one of the options', () => {
    const radios = (initial: unknown) => ({
      type: 'radio_buttons',
      action_id: 'r',
      options: [opt('Yes', '1'), opt('No', '0')],
      initial_option: initial,
    });
    const withInput = (b: unknown) => modal({ submit: plain('Send'), blocks: [b] });
    expect(ok(modalSchema, withInput(input(radios(opt('Yes', '1')))))).toBe(true);
    expect(ok(modalSchema, withInput(input(radios(opt('Maybe', '2')))))).toBe(false);
  });
});

describe('assertValid', () => {
  it('returns the value when valid', () => {
    const m = message([mdSection('hi')]);
    expect(assertValid(messageSchema, m)).toEqual(m);
  });

  it('throws a BlockKitError naming the path and the limit', () => {
    let error: unknown;
    try {
      assertValid(messageSchema, message([mdSection('ok'), mdSection('x'.repeat(3001))]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BlockKitError);
    const msg = (error as Error).message;
    expect(msg).toContain('Invalid Block Kit message');
    expect(msg).toContain('blocks[1].text.text');
    expect(msg).toContain('3000');
    expect((error as BlockKitError).problems).toHaveLength(1);
  });

  it('names modal problems as a modal', () => {
    expect(() => assertValid(modalSchema, modal({ title: plain('x'.repeat(25)) }))).toThrow(
      /Invalid Block Kit modal[\s\S]*title\.text/,
    );
  });
});

describe('blockTextLength', () => {
  it('sums the text of every text object, nested ones included', () => {
    const blocks: Block[] = [
      mdSection('abc'),
      { type: 'header', text: { type: 'plain_text', text: 'de' } },
      {
        type: 'actions',
        elements: [
          { type: 'button', text: { type: 'plain_text', text: 'fgh' }, action_id: 'a', value: 'ignored' },
        ],
      },
    ];
    expect(blockTextLength(blocks)).toBe(8);
    expect(LIMITS.messageTotalText).toBe(12_000);
  });
});

describe('table and markdown blocks', () => {
  const raw = (text: string) => ({ type: 'raw_text', text });
  const rich = (url: string, text: string) => ({
    type: 'rich_text',
    elements: [{ type: 'rich_text_section', elements: [{ type: 'link', url, text }] }],
  });
  const tableOf = (rows: unknown[][], extra: Record<string, unknown> = {}) => ({
    type: 'table',
    rows,
    ...extra,
  });
  const grid = (rows: number, cols: number, text = 'x') =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => raw(text)));

  it('accepts raw_text and rich_text cells with column settings', () => {
    const t = tableOf(
      [
        [raw('Dimension'), raw('Istio')],
        [rich('https://x.example/a', 'mTLS'), raw('on')],
      ],
      {
        column_settings: [{ is_wrapped: true }, { align: 'right' }],
      },
    );
    expect(ok(messageSchema, message([t]))).toBe(true);
  });

  it('allows 100 rows of 20 cells and rejects 101 rows or 21 cells', () => {
    expect(ok(messageSchema, message([tableOf(grid(100, 20))]))).toBe(true);
    expect(ok(messageSchema, message([tableOf(grid(101, 1))]))).toBe(false);
    expect(ok(messageSchema, message([tableOf(grid(1, 21))]))).toBe(false);
  });

  it('rejects ragged rows, empty cells, an empty table and bad column settings', () => {
    expect(ok(messageSchema, message([tableOf([[raw('a'), raw('b')], [raw('c')]])]))).toBe(false);
    expect(ok(messageSchema, message([tableOf([[raw('')]])]))).toBe(false);
    expect(ok(messageSchema, message([tableOf([])]))).toBe(false);
    expect(
      ok(messageSchema, message([tableOf(grid(1, 1), { column_settings: [{ align: 'middle' }] })])),
    ).toBe(false);
    const settings = Array.from({ length: 21 }, () => ({ is_wrapped: true }));
    expect(ok(messageSchema, message([tableOf(grid(1, 1), { column_settings: settings })]))).toBe(false);
  });

  it('caps the cells of a table at 10,000 characters', () => {
    expect(ok(messageSchema, message([tableOf(grid(10, 10, 'x'.repeat(100)))]))).toBe(true);
    expect(
      ok(
        messageSchema,
        message([tableOf([...grid(10, 10, 'x'.repeat(100)), [raw('y')].concat(grid(1, 9, 'x')[0] ?? [])])]),
      ),
    ).toBe(false);
  });

  it('allows one table per message', () => {
    expect(ok(messageSchema, message([tableOf(grid(1, 1)), tableOf(grid(1, 1))]))).toBe(false);
  });

  it('keeps tables and markdown blocks out of modals, home views and unfurls', () => {
    const t = tableOf(grid(1, 1));
    const m = { type: 'markdown', text: '**bold**' };
    for (const b of [t, m]) {
      expect(ok(modalSchema, modal({ blocks: [b] }))).toBe(false);
      expect(ok(homeSchema, { type: 'home', blocks: [b] })).toBe(false);
      expect(ok(unfurlSchema, { blocks: [b] })).toBe(false);
    }
  });

  it('allows a markdown block of 12,000 characters, not more, and counts all markdown blocks together', () => {
    const md = (n: number) => ({ type: 'markdown', text: 'x'.repeat(n) });
    expect(ok(messageSchema, message([md(12_000)]))).toBe(true);
    expect(ok(messageSchema, message([md(12_001)]))).toBe(false);
    expect(ok(messageSchema, message([md(7000), md(6000)]))).toBe(false);
    expect(ok(messageSchema, message([md(0)]))).toBe(false);
  });

  it('counts table cells and markdown text in blockTextLength', () => {
    expect(
      blockTextLength([tableOf([[raw('abc'), rich('https://u', 'de')]]), { type: 'markdown', text: 'fg' }]),
    ).toBe(3 + 2 + 'https://u'.length + 2);
  });
});
