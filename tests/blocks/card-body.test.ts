import { describe, expect, it } from 'vitest';
import {
  assertValid,
  blockTextLength,
  cardBody,
  checkedText,
  entryCard,
  FIRST_ANSWER,
  fitBlocks,
  GROUP_TITLES,
  groupAnswers,
  homeSchema,
  homeView,
  LIMITS,
  messageSchema,
  moreLine,
  unfurlCard,
  unfurlSchema,
} from '../../src/blocks/index.js';
import { BLOCKS } from '../../src/ids.js';
import { toMrkdwn, toMrkdwnBlocks } from '../../src/knowledge/markdown.js';
import { CODE_BODY, groupedEntries, makeEntry, smallKb, TODAY } from '../knowledge/small-kb.js';
import { block, numbered, textOf } from './helpers.js';

const url = (id: string) => `https://meshbot.example.com/answers/${id}`;

describe('fitBlocks', () => {
  const blocks = ['a'.repeat(100), '```\nline 1\nline 2\n```', 'b'.repeat(100)];
  const more = '…more';

  it('keeps everything when it fits', () => {
    expect(fitBlocks(blocks, 1000, more)).toBe(blocks.join('\n\n'));
  });

  it('keeps whole blocks and ends with the link when it does not', () => {
    const out = fitBlocks(blocks, 150, more);
    expect(out).toBe(`${blocks[0]}\n\n${blocks[1]}\n\n${more}`);
    expect(out.length).toBeLessThanOrEqual(150);
  });

  it('cuts a first code block at a line break and closes it again', () => {
    const code = `\`\`\`\n${Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n')}\n\`\`\``;
    const out = fitBlocks([code], 120, more);
    expect(out.length).toBeLessThanOrEqual(120);
    expect(out).toMatch(/^```\nline 0\nline 1\n[\s\S]*\n…\n```\n\n…more$/);
    expect((out.match(/```/g) ?? []).length).toBe(2);
  });

  it('cuts a first paragraph without breaking a link or an entity', () => {
    const out = fitBlocks([`${'x '.repeat(40)}&amp; <https://example.com/long|a link> tail`], 100, more);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out).not.toMatch(/<https:\/\/example\.com\/long\|a li(?!nk>)/);
    expect(out.endsWith(more)).toBe(true);
  });
});

describe('answer card bodies', () => {
  it('show code blocks as ``` blocks and tables within one section', () => {
    const e = makeEntry('upgrades', { body: CODE_BODY });
    const card = assertValid(messageSchema, entryCard(e, { kb: smallKb([e]), answerUrl: url, today: TODAY }));
    const body = textOf(block(card.blocks, BLOCKS.body, 'section'));
    expect(body).toBe(toMrkdwn(CODE_BODY));
    expect(body).toContain('```\napiVersion: v1\nkind: Namespace');
    expect(body).toContain('# &lt;sidecar&gt; &amp; friends');
  });

  it('cut a body longer than a section at a block boundary and link to the page', () => {
    const snippet = `\`\`\`yaml\n${Array.from({ length: 60 }, (_, i) => `key${i}: value-${i}`).join('\n')}\n\`\`\``;
    const body = [`${'Intro words. '.repeat(100)}`, snippet, `${'Closing words. '.repeat(60)}`].join('\n\n');
    const e = makeEntry('long', { body });
    const text = cardBody(e, url('long'), LIMITS.sectionText);
    expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const [intro, code] = toMrkdwnBlocks(body);
    expect(text).toBe(`${intro}\n\n${code}\n\n${moreLine(url('long'))}`);
    expect(text).toContain('<https://meshbot.example.com/answers/long|the full answer>');

    const card = assertValid(messageSchema, entryCard(e, { kb: smallKb([e]), answerUrl: url, today: TODAY }));
    expect(numbered(card.blocks, BLOCKS.body)).toHaveLength(1);
    expect(blockTextLength(card.blocks)).toBeLessThanOrEqual(LIMITS.messageTotalText);
  });

  it('drop a code block that does not fit whole instead of cutting it', () => {
    const snippet = `\`\`\`sh\n${'echo hello world\n'.repeat(200)}\`\`\``;
    const e = makeEntry('snip', { body: `Short intro.\n\n${snippet}\n\nAfter.` });
    const text = cardBody(e, url('snip'), LIMITS.sectionText);
    expect(text).toBe(`Short intro.\n\n${moreLine(url('snip'))}`);
  });
});

describe('checked on … · due for review', () => {
  const e = makeEntry('mtls', { checked: '2026-11-30', review_every: 90 });
  const ctx = (today: string) => ({ kb: smallKb([e]), answerUrl: url, today });

  it('is plain "Checked <date>" until the entry is due', () => {
    expect(checkedText(e, '2027-02-27')).toBe('Checked 2026-11-30');
    const card = entryCard(e, ctx('2027-02-27'));
    expect(textOf(block(card.blocks, BLOCKS.context))).toContain('· Checked 2026-11-30');
    expect(JSON.stringify(card)).not.toContain('due for review');
  });

  it('says "checked on <date> · due for review" on cards and unfurls once overdue', () => {
    expect(checkedText(e, '2027-02-28')).toBe('Checked on 2026-11-30 · due for review');
    const card = assertValid(messageSchema, entryCard(e, ctx('2027-03-01')));
    expect(textOf(block(card.blocks, BLOCKS.context))).toContain('· Checked on 2026-11-30 · due for review');
    const u = assertValid(unfurlSchema, unfurlCard(e, url, '2027-03-01'));
    expect(textOf(block(u.blocks, BLOCKS.context))).toBe('meshbot · checked on 2026-11-30 · due for review');
  });
});

describe('groupAnswers and App Home', () => {
  const entries = groupedEntries();

  it('groups in the fixed order, "which mesh" first, titles sorted inside a group', () => {
    const groups = groupAnswers(entries);
    expect(groups.map((g) => g.title)).toEqual(Object.values(GROUP_TITLES));
    expect(groups[0]?.entries.map((e) => e.id)).toEqual([FIRST_ANSWER, 'cost']);
    expect(groups.find((g) => g.group === 'traffic')?.entries.map((e) => e.id)).toEqual([
      'egress',
      'retries',
    ]);
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(entries.length);
  });

  it('leaves empty groups out and lists unknown groups last', () => {
    const odd = makeEntry('odd', { group: 'latest-versions' as never, title: 'Odd one' });
    const groups = groupAnswers([makeEntry('a', { group: 'security' }), odd]);
    expect(groups.map((g) => [g.title, g.entries.length])).toEqual([
      ['Security', 1],
      ['More answers', 1],
    ]);
  });

  it('App Home lists every answer under its group with counts, within Block Kit limits', () => {
    const kb = smallKb(entries);
    const view = assertValid(homeSchema, homeView(kb, url));
    const sections = numbered(view.blocks, BLOCKS.related).map(textOf);
    expect(sections.map((s) => s.split('\n')[0])).toEqual([
      '*Choosing a mesh* (2)',
      '*Concepts* (1)',
      '*Security* (1)',
      '*Traffic* (2)',
      '*Operations* (1)',
      '*Platforms* (1)',
      '*Other meshes* (1)',
    ]);
    expect(sections[0]?.split('\n')[1]).toBe(`• <${url('which-mesh')}|Which mesh should I pick?>`);
    expect(sections.join('\n')).toContain(`<${url('retries')}|Retries &amp; timeouts &lt;fast&gt;>`);
    const headers = view.blocks.filter((b) => b.type === 'header').map(textOf);
    expect(headers).toContain(`All ${entries.length} answers, by topic`);
  });

  it('App Home stays valid with 60 long-titled answers in one group', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      makeEntry(`e${i}`, { group: 'operations', title: `${'A long title about operations '.repeat(4)}${i}` }),
    );
    const view = assertValid(homeSchema, homeView(smallKb(many), url));
    const sections = numbered(view.blocks, BLOCKS.related);
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(textOf(s).length).toBeLessThanOrEqual(LIMITS.sectionText);
  });
});
