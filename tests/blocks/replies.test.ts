import { describe, expect, it } from 'vitest';
import {
  assertValid,
  fallbackCard,
  helpCard,
  linkCard,
  type Message,
  messageSchema,
  replyCard,
  smallTalkCard,
  suggestCard,
  truncate,
} from '../../src/blocks/index.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/ids.js';
import {
  type Candidate,
  EXAMPLE_QUESTIONS,
  type FallbackReply,
  type SmallTalkReply,
  type SuggestReply,
} from '../../src/intents/reply.js';
import {
  answerUrl,
  block,
  buttons,
  ctx,
  evalQuestions,
  HOSTILE,
  numbered,
  realKb,
  realMatcher,
  textOf,
} from './helpers.js';

const candidates = (...ids: string[]): Candidate[] =>
  ids.map((id, i) => ({ id, title: realKb().byId.get(id)?.title ?? id, score: 1 - i / 10 }));

const suggest = (query: string, cands: Candidate[]): SuggestReply => ({
  kind: 'suggest',
  query,
  intent: 'question',
  confidence: 0.4,
  factors: [],
  candidates: cands,
});

const fallback = (query: string, related: readonly Candidate[] = []): FallbackReply => ({
  kind: 'fallback',
  query,
  intent: 'question',
  confidence: 0,
  factors: [],
  examples: EXAMPLE_QUESTIONS,
  related,
});

const smallTalk = (intent: SmallTalkReply['intent']): SmallTalkReply => ({
  kind: 'smalltalk',
  query: intent,
  intent,
  confidence: 1,
  factors: [],
});

/** No raw mention, broadcast, link or tag from the hostile query may survive anywhere in the card. */
function expectNoRawMarkup(card: Message): void {
  const json = JSON.stringify(card);
  for (const raw of ['<!channel>', '<@U123>', '<script>', '<https://evil.example|click>']) {
    expect(json).not.toContain(raw);
  }
}

describe('replyCard over real matcher replies', () => {
  it('builds a valid card for every eval question', () => {
    const kinds = new Set<string>();
    for (const q of evalQuestions()) {
      const reply = realMatcher().answer(q);
      kinds.add(reply.kind);
      for (const opts of [{}, { ephemeral: true }]) {
        const card = replyCard(reply, { ...ctx(), ...opts });
        assertValid(messageSchema, card);
      }
    }
    expect(kinds.has('answer')).toBe(true);
  });

  it('dispatches on the reply kind', () => {
    const m = realMatcher();
    expect(block(replyCard(m.answer('hello'), ctx()).blocks, BLOCKS.header).type).toBe('header');
    expect(textOf(block(replyCard(m.answer('mtls in linkerd'), ctx()).blocks, BLOCKS.header))).toContain(
      'mTLS',
    );
    const s = replyCard(suggest('x', candidates('mtls', 'cost')), ctx());
    expect(numbered(s.blocks, BLOCKS.candidates)).toHaveLength(2);
    const f = replyCard(fallback('zzz'), ctx());
    expect(textOf(block(f.blocks, BLOCKS.examples))).toContain(EXAMPLE_QUESTIONS[0]);
  });
});

describe('suggestCard', () => {
  it('echoes the question in italics and offers up to 3 candidate buttons, one block each', () => {
    const card = assertValid(
      messageSchema,
      suggestCard(
        suggest('who maintains these?', candidates('ecosystem', 'cncf-status', 'cost', 'mtls')),
        ctx(),
      ),
    );
    expect(textOf(block(card.blocks, BLOCKS.body))).toContain('_who maintains these?_');
    const rows = numbered(card.blocks, BLOCKS.candidates);
    expect(rows).toHaveLength(3);
    rows.forEach((row, i) => {
      const [btn, ...rest] = buttons([row]);
      expect(rest).toHaveLength(0);
      expect(btn?.action_id).toBe(ACTIONS.showAnswer);
      expect(btn?.value).toBe(['ecosystem', 'cncf-status', 'cost'][i]);
    });
    expect(card.text).toContain('Did you mean');
  });

  it('truncates long candidate titles to 75 characters', () => {
    const long = { id: 'mtls', title: 'T'.repeat(140), score: 1 };
    const card = assertValid(messageSchema, suggestCard(suggest('q', [long]), ctx()));
    const [btn] = buttons(card.blocks);
    expect(btn?.text.text).toBe(truncate(long.title, 75));
    expect(btn?.text.text.length).toBe(75);
  });

  it('escapes a hostile question', () => {
    const card = assertValid(messageSchema, suggestCard(suggest(HOSTILE, candidates('mtls')), ctx()));
    expectNoRawMarkup(card);
    expect(textOf(block(card.blocks, BLOCKS.body))).toContain(
      '&lt;!channel&gt; hi &lt;@U123&gt; &amp; &lt;script&gt;',
    );
  });
});

describe('fallbackCard', () => {
  it('says what the bot answers and lists the examples', () => {
    const card = assertValid(messageSchema, fallbackCard(fallback('how do I bake bread'), ctx()));
    expect(textOf(block(card.blocks, BLOCKS.body))).toMatch(/Istio and Linkerd/);
    expect(textOf(block(card.blocks, BLOCKS.body))).toContain('_how do I bake bread_');
    const examples = textOf(block(card.blocks, BLOCKS.examples));
    for (const e of EXAMPLE_QUESTIONS) expect(examples).toContain(e);
    expect(buttons(card.blocks)).toHaveLength(0);
  });

  it('lists up to 3 related answers as buttons and links, after the apology', () => {
    const card = assertValid(
      messageSchema,
      fallbackCard(fallback('q', candidates('mtls', 'cost', 'ambient-mode', 'pitfalls')), ctx()),
    );
    const b = buttons(card.blocks);
    expect(b.map((x) => x.value)).toEqual(['mtls', 'cost', 'ambient-mode']);
    expect(new Set(b.map((x) => x.action_id))).toEqual(new Set([ACTIONS.showAnswer]));
    const all = card.blocks.map(textOf).join('\n');
    expect(all).toContain('These answers may be related');
    expect(all).toContain(answerUrl('mtls'));
    expect(all).not.toContain('pitfalls');
    expect(card.text).toMatch(/^Sorry, I don't have an answer for that\. Related answers: /);
    // The apology comes first; the related answers stand in for the generic examples.
    expect(card.blocks[0]?.block_id).toBe(BLOCKS.body);
    expect(card.blocks.some((b) => b.block_id === BLOCKS.examples)).toBe(false);
    expect(all).toContain(`${COMMANDS.mesh} list`);
  });

  it('escapes a hostile question, from a hand-made reply and from the real matcher', () => {
    expectNoRawMarkup(assertValid(messageSchema, fallbackCard(fallback(HOSTILE), ctx())));
    const card = fallbackCard(fallback(HOSTILE), ctx());
    expect(JSON.stringify(card)).toContain('&lt;!channel&gt;');
    const real = replyCard(realMatcher().answer(HOSTILE), ctx());
    expectNoRawMarkup(assertValid(messageSchema, real));
  });
});

describe('helpCard and smallTalkCard', () => {
  it('explains every way to use the bot, with the example questions', () => {
    const card = assertValid(messageSchema, helpCard());
    const all = card.blocks.map(textOf).join('\n');
    for (const s of [
      '@meshbot',
      'direct message',
      `${COMMANDS.mesh} &lt;question&gt;`,
      `${COMMANDS.mesh} list`,
      `${COMMANDS.mesh} link &lt;topic&gt;`,
      `${COMMANDS.mesh} table`,
      COMMANDS.pick,
    ]) {
      expect(all).toContain(s);
    }
    for (const e of EXAMPLE_QUESTIONS) expect(textOf(block(card.blocks, BLOCKS.examples))).toContain(e);
    expect(buttons(card.blocks).map((b) => b.action_id)).toEqual([ACTIONS.startPick]);
  });

  it('greets, thanks and helps', () => {
    const greeting = assertValid(messageSchema, smallTalkCard(smallTalk('greeting')));
    expect(textOf(block(greeting.blocks, BLOCKS.body))).toMatch(/^Hi!/);
    const thanks = assertValid(messageSchema, smallTalkCard(smallTalk('thanks')));
    expect(textOf(block(thanks.blocks, BLOCKS.body))).toMatch(/welcome/);
    expect(assertValid(messageSchema, smallTalkCard(smallTalk('help')))).toEqual(helpCard());
  });
});

describe('linkCard', () => {
  it('gives the best match URL and title, the other matches and a share button', () => {
    const found = realMatcher().findTopic('mtls', 3);
    expect(found[0]?.id).toBe('mtls');
    const card = assertValid(messageSchema, linkCard(found, answerUrl, 'mtls'));
    const main = textOf(block(card.blocks, BLOCKS.body));
    expect(main).toContain(`<${answerUrl('mtls')}|${found[0]?.title}>`);
    expect(main).toContain(`\n${answerUrl('mtls')}`);
    const others = textOf(block(card.blocks, BLOCKS.related));
    for (const c of found.slice(1)) expect(others).toContain(answerUrl(c.id));
    const share = buttons(card.blocks).find((b) => b.action_id === ACTIONS.share);
    expect(JSON.parse(share?.value ?? '')).toEqual({ id: 'mtls' });
    expect(card.text).toContain(answerUrl('mtls'));
  });

  it('answers politely, escaped, when nothing matches', () => {
    const card = assertValid(messageSchema, linkCard([], answerUrl, HOSTILE));
    expectNoRawMarkup(card);
    expect(textOf(block(card.blocks, BLOCKS.body))).toContain(
      "couldn't find a topic matching _&lt;!channel&gt;",
    );
    expect(buttons(card.blocks)).toHaveLength(0);
    const empty = assertValid(messageSchema, linkCard([], answerUrl, '   '));
    expect(textOf(block(empty.blocks, BLOCKS.body))).toContain(`${COMMANDS.mesh} link mtls`);
  });
});
