import { describe, expect, it } from 'vitest';
import {
  answerCard,
  assertValid,
  blockTextLength,
  decodeShareValue,
  entryCard,
  LIMITS,
  messageSchema,
  truncate,
  unfurlCard,
  unfurlSchema,
} from '../../src/blocks/index.js';
import { ACTIONS, BLOCKS } from '../../src/ids.js';
import type { AnswerReply } from '../../src/intents/reply.js';
import { toMrkdwn } from '../../src/knowledge/markdown.js';
import type { Entry } from '../../src/knowledge/schema.js';
import { scorePick } from '../../src/pick/score.js';
import {
  answerUrl,
  block,
  buttons,
  ctx,
  numbered,
  realKb,
  realMatcher,
  replyFor,
  textOf,
} from './helpers.js';

describe('answerCard for every knowledge-base entry', () => {
  const kb = realKb();

  it.each(kb.entries.map((e) => [e.id, e] as const))('%s: valid in every variant', (_id, entry) => {
    for (const opts of [
      {},
      { ephemeral: true },
      { sharedBy: 'U0123ABCD' },
      { ephemeral: true, sharedBy: 'U1' },
    ]) {
      const card = assertValid(messageSchema, answerCard(replyFor(entry), { ...ctx(), ...opts }));
      expect(blockTextLength(card.blocks)).toBeLessThanOrEqual(LIMITS.messageTotalText);

      expect(textOf(block(card.blocks, BLOCKS.header, 'header'))).toBe(entry.title);
      expect(block(card.blocks, BLOCKS.verdict, 'section').text?.type).toBe('mrkdwn');
      // The body is all there, split only at paragraph boundaries.
      const body = numbered(card.blocks, BLOCKS.body).map((b) => textOf(b));
      expect(body.join('\n\n')).toBe(toMrkdwn(entry.body));

      const footer = textOf(block(card.blocks, BLOCKS.context, 'context'));
      expect(footer).toContain(`Checked ${entry.checked}`);
      expect(footer).toContain(`<${answerUrl(entry.id)}|Open the canonical answer>`);
      for (const s of entry.sources) expect(footer).toContain(`<${s.url}|`);

      const share = buttons(card.blocks).filter((b) => b.action_id === ACTIONS.share);
      if ('ephemeral' in opts) {
        expect(share).toHaveLength(1);
        expect(decodeShareValue(share[0]?.value)).toEqual({ id: entry.id });
      } else expect(share).toHaveLength(0);
      expect(footer.includes('Shared by')).toBe('sharedBy' in opts);
    }
    assertValid(unfurlSchema, unfurlCard(entry, answerUrl));
  });
});

describe('answerCard fields', () => {
  const kb = realKb();
  const entry = (id: string) => {
    const e = kb.byId.get(id);
    if (!e) throw new Error(`missing entry ${id}`);
    return e;
  };

  it('answers "mtls in linkerd" with the mTLS entry, its meshes, notes and related buttons', () => {
    const reply = realMatcher().answer('mtls in linkerd');
    expect(reply.kind).toBe('answer');
    const card = assertValid(messageSchema, answerCard(reply as AnswerReply, ctx()));
    const e = (reply as AnswerReply).entry;
    expect(card.text).toContain(e.title);

    if (e.meshes) {
      const fields = block(card.blocks, BLOCKS.meshes, 'section').fields ?? [];
      expect(fields).toHaveLength(2);
      expect(fields[0]?.text.startsWith('*Istio*\n')).toBe(true);
      expect(fields[1]?.text.startsWith('*Linkerd*\n')).toBe(true);
    }
    if (e.notes.length)
      expect(block(card.blocks, BLOCKS.notes, 'context').elements).toHaveLength(e.notes.length);

    const related = numbered(card.blocks, BLOCKS.related);
    expect(related).toHaveLength(Math.min(3, e.related.length));
    related.forEach((b, i) => {
      expect(b.type).toBe('actions');
      const [btn, ...rest] = buttons([b]);
      expect(rest).toHaveLength(0);
      expect(btn?.action_id).toBe(ACTIONS.showAnswer);
      expect(btn?.value).toBe(e.related[i]);
      expect(btn?.text.text).toBe(truncate(entry(e.related[i] as string).title, 75));
    });
  });

  it('offers the questionnaire on which-mesh only', () => {
    const which = assertValid(messageSchema, answerCard(replyFor(entry('which-mesh')), ctx()));
    const start = buttons(which.blocks).find((b) => b.action_id === ACTIONS.startPick);
    expect(start?.text.text).toBe('Start the questionnaire');
    expect(start?.style).toBe('primary');
    const mtls = assertValid(messageSchema, answerCard(replyFor(entry('mtls')), ctx()));
    expect(buttons(mtls.blocks).some((b) => b.action_id === ACTIONS.startPick)).toBe(false);
  });

  it('shows a free-text pick: scores, one linked reason per factor, caveats and the questionnaire button', () => {
    const reply = realMatcher().answer(
      'we are a small team and want mtls by default, which mesh should we pick?',
    );
    expect(reply.kind).toBe('answer');
    const r = reply as AnswerReply;
    expect(r.recommendation).not.toBeNull();
    const rec = r.recommendation as NonNullable<AnswerReply['recommendation']>;
    const card = assertValid(messageSchema, answerCard(r, { ...ctx(), ephemeral: true }));
    const pick = numbered(card.blocks, BLOCKS.pick)
      .map((b) => textOf(b))
      .join('\n');
    expect(pick).toContain(`Istio ${rec.scores.istio} · Linkerd ${rec.scores.linkerd}`);
    for (const { factor } of rec.reasons)
      expect(pick).toContain(`<${answerUrl(factor.answer)}|${factor.label}>`);
    for (const c of rec.caveats) expect(pick).toContain(c.slice(0, 40));
    const start = buttons(card.blocks).find((b) => b.action_id === ACTIONS.startPick);
    expect(start?.text.text).toBe('Open the full questionnaire');
    // The pick comes right after the verdict.
    const ids = card.blocks.map((b) => b.block_id);
    expect(ids.indexOf(BLOCKS.pick)).toBe(ids.indexOf(BLOCKS.verdict) + 1);
  });

  it('stays within Slack limits with every factor a must-have', () => {
    const weights = Object.fromEntries(kb.decisionTable.factors.map((f) => [f.id, 2]));
    const rec = scorePick(kb.decisionTable, weights);
    const card = assertValid(
      messageSchema,
      entryCard(entry('which-mesh'), { ...ctx(), ephemeral: true }, rec),
    );
    const pick = numbered(card.blocks, BLOCKS.pick).map(textOf).join('\n');
    for (const { factor } of rec.reasons) expect(pick).toContain(factor.label);
  });

  it('mentions the sharer only with a real user id', () => {
    const shared = answerCard(replyFor(entry('cost')), { ...ctx(), sharedBy: 'U0ABC123' });
    expect(textOf(block(shared.blocks, BLOCKS.context))).toContain('Shared by <@U0ABC123>');
    const bogus = answerCard(replyFor(entry('cost')), { ...ctx(), sharedBy: '<!channel>' });
    expect(JSON.stringify(bogus)).not.toContain('<!channel>');
  });

  it('escapes knowledge-base text and cuts a body too long for a card at a block boundary', () => {
    const base = entry('mtls');
    const para = (i: number) =>
      `Paragraph ${i} with [a link](https://example.com/${'p'.repeat(60)}/${i}) & <angle> text. ${'word '.repeat(60)}`;
    const body = Array.from({ length: 8 }, (_, i) => para(i)).join('\n\n');
    const long: Entry = {
      ...base,
      title: 'A & B <i>',
      verdict: 'Use <b> & be happy with it',
      body,
      notes: ['Note with <@U999> & more text here'],
    };
    expect(toMrkdwn(body).length).toBeGreaterThan(3000);
    const card = assertValid(messageSchema, entryCard(long, ctx()));
    const sections = numbered(card.blocks, BLOCKS.body);
    expect(sections).toHaveLength(1);
    const text = textOf(sections[0]);
    expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const paragraphs = toMrkdwn(body).split('\n\n');
    const kept = text.split('\n\n');
    // Whole paragraphs from the start, then the link to the page for the rest.
    expect(kept.slice(0, -1)).toEqual(paragraphs.slice(0, kept.length - 1));
    expect(kept.at(-1)).toContain(`<${answerUrl(long.id)}|the full answer>`);
    expect(card.text).toBe('A &amp; B &lt;i&gt;: Use &lt;b&gt; &amp; be happy with it');
    expect(textOf(block(card.blocks, BLOCKS.verdict))).toBe('Use &lt;b&gt; &amp; be happy with it');
    expect(JSON.stringify(card)).not.toContain('<@U999>');
  });
});

describe('unfurlCard', () => {
  it('is a compact link, verdict and checked date', () => {
    const e = realKb().byId.get('ambient-mode') as Entry;
    const u = assertValid(unfurlSchema, unfurlCard(e, answerUrl, e.checked));
    expect(u.blocks).toHaveLength(2);
    const main = textOf(block(u.blocks, BLOCKS.verdict, 'section'));
    expect(main.startsWith(`*<${answerUrl(e.id)}|${e.title}>*\n`)).toBe(true);
    expect(textOf(block(u.blocks, BLOCKS.context, 'context'))).toBe(`meshbot · checked ${e.checked}`);
  });
});
