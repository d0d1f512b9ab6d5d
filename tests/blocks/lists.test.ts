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
  it('has one section per dimension with Istio and Linkerd fields and a linked label', () => {
    const h2h = realKb().headToHead;
    const card = assertValid(messageSchema, headToHeadCard(h2h, answerUrl));
    expect(card.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    expect(textOf(block(card.blocks, BLOCKS.header))).toMatch(/Istio vs Linkerd/);
    expect(textOf(block(card.blocks, BLOCKS.context))).toContain(`Checked ${h2h.checked}`);
    const rows = numbered(card.blocks, BLOCKS.table);
    expect(rows).toHaveLength(h2h.dimensions.length);
    h2h.dimensions.forEach((d, i) => {
      const row = rows[i];
      if (row?.type !== 'section') throw new Error('expected a section');
      expect(row.text?.text).toBe(`*<${answerUrl(d.answer)}|${d.label}>*`);
      expect(row.fields?.map((f) => f.text)).toEqual([`*Istio*\n${d.istio}`, `*Linkerd*\n${d.linkerd}`]);
    });
    expect(buttons(card.blocks)).toHaveLength(0);
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

  it('still fits 50 blocks with far more dimensions', () => {
    const h2h = realKb().headToHead;
    const many = {
      ...h2h,
      dimensions: Array.from({ length: 80 }, (_, i) => ({ ...h2h.dimensions[0], id: `d${i}` })),
    };
    const card = headToHeadCard(many as typeof h2h, answerUrl, { ephemeral: true });
    expect(card.blocks).toHaveLength(LIMITS.messageBlocks);
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
