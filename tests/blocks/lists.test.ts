import { describe, expect, it } from 'vitest';
import {
  assertValid,
  decodeShareValue,
  headToHeadCard,
  LIMITS,
  messageSchema,
  topicListCard,
} from '../../src/blocks/index.js';
import { ACTIONS, BLOCKS } from '../../src/ids.js';
import { answerUrl, block, buttons, numbered, realKb, textOf } from './helpers.js';

describe('headToHeadCard', () => {
  it('puts the dimensions in one table block: a header row, then a linked label and both meshes per row', () => {
    const h2h = realKb().headToHead;
    const card = assertValid(messageSchema, headToHeadCard(h2h, answerUrl));
    expect(card.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    expect(textOf(block(card.blocks, BLOCKS.header))).toMatch(/Istio vs Linkerd/);
    expect(textOf(block(card.blocks, BLOCKS.context))).toContain(`Checked ${h2h.checked}`);
    const t = block(card.blocks, BLOCKS.table, 'table');
    expect(t.rows).toHaveLength(h2h.dimensions.length + 1);
    expect(t.rows.every((r) => r.length === 3)).toBe(true);
    expect(t.column_settings).toEqual([{ is_wrapped: true }, { is_wrapped: true }, { is_wrapped: true }]);
    expect(textOf(t).split('\n')[0]).toBe('Dimension | Istio | Linkerd');
    h2h.dimensions.forEach((d, i) => {
      expect(t.rows[i + 1]).toEqual([
        {
          type: 'rich_text',
          elements: [
            {
              type: 'rich_text_section',
              elements: [{ type: 'link', url: answerUrl(d.answer), text: d.label }],
            },
          ],
        },
        { type: 'raw_text', text: d.istio },
        { type: 'raw_text', text: d.linkerd },
      ]);
    });
    // The table does the work: no per-dimension sections are left.
    expect(numbered(card.blocks, BLOCKS.tableMore)).toHaveLength(0);
    expect(card.blocks.filter((b) => b.type === 'section')).toHaveLength(0);
    expect(buttons(card.blocks)).toHaveLength(0);
  });

  it('keeps raw_text cells free of markup and a 100-row table of long cells within 10,000 characters', () => {
    const h2h = realKb().headToHead;
    const first = h2h.dimensions[0];
    if (!first) throw new Error('no dimensions');
    const many = {
      ...h2h,
      dimensions: Array.from({ length: 150 }, (_, i) => ({
        ...first,
        id: `d${i}`,
        label: `Dimension ${i}`,
        istio: `Uses \`PeerAuthentication\` & **STRICT** <mode> ${'x'.repeat(40)}`,
      })),
    };
    const card = assertValid(
      messageSchema,
      headToHeadCard(many as typeof h2h, answerUrl, { ephemeral: true }),
    );
    const t = block(card.blocks, BLOCKS.table, 'table');
    expect(t.rows.length).toBeLessThanOrEqual(LIMITS.tableRows);
    const cell = t.rows[1]?.[1];
    expect(cell).toEqual({
      type: 'raw_text',
      text: `Uses PeerAuthentication & STRICT <mode> ${'x'.repeat(40)}`,
    });
    // What the table could not take goes to section fields, then a "more" note; the share button stays last.
    const overflow = numbered(card.blocks, BLOCKS.tableMore);
    expect(overflow.length).toBeGreaterThan(0);
    expect(overflow[0]?.type === 'section' && overflow[0].fields?.length).toBe(2);
    expect(textOf(block(card.blocks, BLOCKS.related))).toMatch(
      /…and \d+ more in <https:\/\/meshbot\.example\.com\/answers\/head-to-head\|/,
    );
    const shown = t.rows.length - 1 + overflow.length;
    expect(textOf(block(card.blocks, BLOCKS.related))).toContain(`${150 - shown} more`);
    expect(card.blocks.at(-1)?.block_id).toBe(BLOCKS.actions);
  });

  it('adds a share button when ephemeral and credits the sharer', () => {
    const card = assertValid(
      messageSchema,
      headToHeadCard(realKb().headToHead, answerUrl, { ephemeral: true, sharedBy: 'U0AAA' }),
    );
    const share = buttons(card.blocks).find((b) => b.action_id === ACTIONS.share);
    expect(decodeShareValue(share?.value)).toEqual({ id: 'head-to-head' });
    expect(textOf(block(card.blocks, BLOCKS.context))).toContain('Shared by <@U0AAA>');
  });

  it('still fits 50 blocks and the text caps with far more dimensions', () => {
    const h2h = realKb().headToHead;
    const many = {
      ...h2h,
      dimensions: Array.from({ length: 400 }, (_, i) => ({ ...h2h.dimensions[0], id: `d${i}` })),
    };
    const card = assertValid(
      messageSchema,
      headToHeadCard(many as typeof h2h, answerUrl, { ephemeral: true }),
    );
    expect(card.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    expect(card.blocks.at(-1)?.block_id).toBe(BLOCKS.actions);
  });
});

describe('topicListCard', () => {
  it('links every entry title in sections of at most 3000 characters', () => {
    const kb = realKb();
    const card = assertValid(messageSchema, topicListCard(kb.entries, answerUrl));
    const sections = numbered(card.blocks, BLOCKS.body);
    const all = sections.map(textOf).join('\n');
    for (const e of kb.entries) expect(all).toContain(`<${answerUrl(e.id)}|${e.title}>`);
    for (const s of sections) expect(textOf(s).length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(textOf(block(card.blocks, BLOCKS.header))).toContain(String(kb.entries.length));
  });

  it('spreads a long list over several sections and stays within the total text cap', () => {
    const entries = Array.from({ length: 300 }, (_, i) => ({
      id: `topic-${i}`,
      title: `${'Long title '.repeat(10)}${i}`,
    }));
    const card = assertValid(messageSchema, topicListCard(entries, answerUrl));
    expect(numbered(card.blocks, BLOCKS.body).length).toBeGreaterThan(1);
    expect(card.blocks.map(textOf).join('\n')).toMatch(/…and \d+ more/);
  });
});
