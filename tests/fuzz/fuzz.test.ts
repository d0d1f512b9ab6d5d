/**
 * Fuzz: a seeded corpus of random and adversarial strings (random Unicode with astral characters,
 * combining marks, RTL and zero-width controls and lone surrogates; Slack markup such as
 * <!channel>, <@U123>, <#C1|x>, <https://evil|click>, &amp;; HTML; mesh words with typos; and
 * 40,000-character texts) goes through the matcher and every Block Kit builder that takes text.
 *
 * For every string: nothing throws (decoders of untrusted metadata may throw MetadataError, and
 * nothing else); matcher.answer returns a well-formed Reply; every card passes its Block Kit schema;
 * and nothing from the input comes out unescaped: no mrkdwn text or fallback text holds a `<`, `>`
 * or bare `&` except links to our own answers or the knowledge base's sources, and no string of the
 * serialized output holds <!channel>, <!here>, <@U123>, <script and friends. (Slack's only escapes
 * are & < >. The search field's initial_value is exempt: it is an input's literal value, which Slack
 * does not parse.)
 *
 * Replay a failure with its index: fuzzCorpus(COUNT, SEED)[index].
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type CardContext,
  decodePickMetadata,
  decodeReplyMetadata,
  decodeShareValue,
  entryCard,
  fallbackCard,
  headToHeadCard,
  linkCard,
  MetadataError,
  messageSchema,
  modalSchema,
  pickModal,
  pickResultCard,
  replyCard,
  replyPickerModal,
  suggestCard,
} from '../../src/blocks/index.js';
import { createMatcher, type Matcher } from '../../src/intents/matcher.js';
import { type Candidate, EXAMPLE_QUESTIONS, type FallbackReply } from '../../src/intents/reply.js';
import { type KnowledgeBase, loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { type Recommendation, scorePick } from '../../src/pick/score.js';
import { type FuzzKind, type FuzzString, fuzzCorpus, LONG_LENGTH } from './generator.js';

const SEED = 20_261_126;
const COUNT = 10_000;
/** findTopic is the slowest call (a Fuse search); it runs on every FIND_EVERY-th string and every long or fixed one. */
const FIND_EVERY = 2;

const BASE = 'https://meshbot.example.com';
const answerUrl = (id: string) => `${BASE}/answers/${encodeURIComponent(id)}`;

let kb: KnowledgeBase;
let matcher: Matcher;
let ctx: CardContext;
let corpus: FuzzString[];
let kbText: string;
let recommendations: Recommendation[];

/** Tallies printed at the end. */
const counts = {
  strings: 0,
  byKind: {} as Record<string, number>,
  longTexts: 0,
  replies: {} as Record<string, number>,
  validated: {} as Record<string, number>,
  findTopic: 0,
  pickFromText: { pick: 0, none: 0 },
  decoders: { accepted: 0, rejected: 0 },
  ms: {} as Record<string, number>,
};
const bump = (o: Record<string, number>, k: string, n = 1) => {
  o[k] = (o[k] ?? 0) + n;
};

interface Failure {
  readonly where: string;
  readonly index: number;
  readonly kind: FuzzKind;
  readonly input: string;
  readonly problem: string;
}
const preview = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…(${s.length})` : s);

beforeAll(() => {
  kb = loadKnowledgeBase();
  matcher = createMatcher(kb);
  ctx = { kb, answerUrl };
  kbText = JSON.stringify([kb.entries, kb.decisionTable, kb.headToHead]);
  const factorIds = kb.decisionTable.factors.map((f) => f.id);
  recommendations = [
    scorePick(kb.decisionTable, {}),
    scorePick(kb.decisionTable, Object.fromEntries(factorIds.map((f) => [f, 2]))),
    ...factorIds.map((f) => scorePick(kb.decisionTable, { [f]: 2 })),
  ];
  const t = performance.now();
  corpus = fuzzCorpus(COUNT, SEED);
  counts.ms.generate = performance.now() - t;
});

afterAll(() => {
  const total = Object.values(counts.validated).reduce((a, b) => a + b, 0);
  console.log(
    [
      `fuzz: seed ${SEED}, ${counts.strings} strings (${counts.longTexts} of ${LONG_LENGTH} characters)`,
      `  by kind: ${JSON.stringify(counts.byKind)}`,
      `  replies by kind: ${JSON.stringify(counts.replies)}`,
      `  builder outputs validated: ${total} ${JSON.stringify(counts.validated)}`,
      `  findTopic calls: ${counts.findTopic}; pickFromText: ${JSON.stringify(counts.pickFromText)}`,
      `  metadata decoders: ${JSON.stringify(counts.decoders)}`,
      `  ms: ${JSON.stringify(Object.fromEntries(Object.entries(counts.ms).map(([k, v]) => [k, Math.round(v)])))}`,
    ].join('\n'),
  );
});

// ---------------------------------------------------------------------------------------------
// Checks

const candidateSchema = () =>
  z.strictObject({
    id: z.string().refine((id) => kb.byId.has(id), 'not a knowledge-base id'),
    title: z.string().min(1),
    score: z.number().finite(),
  });

/** What a Reply must look like, whatever the input. */
const replySchema = () => {
  const base = {
    query: z.string().max(4000),
    confidence: z.number().min(0).max(1),
    factors: z.array(z.string().refine((f) => kb.decisionTable.factors.some((x) => x.id === f))),
  };
  const intent = z.enum(['recommend', 'cost', 'compare', 'define', 'migrate', 'when', 'question']);
  return z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('answer'),
      ...base,
      intent,
      entry: z.custom((e) => kb.entries.includes(e as never), 'not a knowledge-base entry'),
      alternatives: z.array(candidateSchema()).max(3),
      recommendation: z.union([
        z.null(),
        z.looseObject({
          pick: z.enum(['istio', 'linkerd', 'both', 'either']),
          scores: z.strictObject({ istio: z.number().finite(), linkerd: z.number().finite() }),
        }),
      ]),
    }),
    z.strictObject({
      kind: z.literal('suggest'),
      ...base,
      intent,
      candidates: z.array(candidateSchema()).min(1).max(3),
    }),
    z.strictObject({
      kind: z.literal('fallback'),
      ...base,
      intent,
      examples: z.array(z.string().min(1)).min(1),
      related: z.array(candidateSchema()).max(3),
    }),
    z.strictObject({
      kind: z.literal('smalltalk'),
      ...base,
      intent: z.enum(['greeting', 'thanks', 'help']),
    }),
  ]);
};

/** Raw Slack markup and HTML the input holds; none may appear in any string of the output. */
const FORBIDDEN = [
  '<!channel',
  '<!here',
  '<!everyone',
  '<!subteam',
  '<!date',
  '<@u123',
  '<@w0admin',
  '<#c1',
  '<https://evil',
  '<http://evil',
  '<mailto:',
  '<script',
  '<img',
  '<svg',
  '<iframe',
  '<a href',
];

/** `<url>` or `<url|label>`: allowed only to our answers or to URLs the knowledge base holds. */
const LINK = /<(https?:\/\/[^\s<>|]+)(?:\|[^<>]*)?>/g;
const allowedUrl = (url: string) => url.startsWith(`${BASE}/answers/`) || kbText.includes(url);

/** A Slack user id: what `sharedBy` is by contract (body.user.id), so mention() may ping it. */
const USER_ID = /^[UW][A-Z0-9]{2,40}$/;

/**
 * Problems with one mrkdwn (or fallback) text: any `<`, `>` or bare `&` outside allowed links (and
 * outside `<@userId>` when the builder was given that user id as sharedBy).
 */
function mrkdwnProblem(text: string, userId?: string): string | null {
  let bad: string | null = null;
  const unmentioned = userId ? text.split(`<@${userId}>`).join('') : text;
  const rest = unmentioned.replace(LINK, (m, url: string) => {
    if (allowedUrl(url)) return '';
    bad ??= `link to a URL that is not ours: ${m.slice(0, 80)}`;
    return '';
  });
  if (bad) return bad;
  const raw = /[<>]|&(?!amp;|lt;|gt;)/.exec(rest);
  if (raw)
    return `unescaped ${JSON.stringify(raw[0])} in ${JSON.stringify(rest.slice(Math.max(0, raw.index - 30), raw.index + 30))}`;
  return null;
}

/** Every escaping problem in a message or view. */
function escapingProblems(out: unknown, userId?: string): string[] {
  const problems: string[] = [];
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      if (key === 'initial_value') return;
      const lower = v.toLowerCase();
      const hit = FORBIDDEN.find((f) => lower.includes(f) && !(userId && f === `<@${userId.toLowerCase()}`));
      if (hit) problems.push(`${key} holds raw ${hit}`);
      return;
    }
    if (Array.isArray(v)) {
      for (const x of v) walk(x, key);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') {
      const p = mrkdwnProblem(o.text, userId);
      if (p) problems.push(`mrkdwn: ${p}`);
    }
    for (const [k, x] of Object.entries(o)) walk(x, k);
  };
  walk(out, '');
  const top = (out as { text?: unknown }).text;
  if (typeof top === 'string') {
    const p = mrkdwnProblem(top, userId);
    if (p) problems.push(`fallback text: ${p}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

describe('fuzz corpus', () => {
  it('is deterministic, at least 10,000 strings, with every kind and several 40,000-character texts', () => {
    const again = fuzzCorpus(COUNT, SEED);
    expect(again.map((s) => s.text)).toEqual(corpus.map((s) => s.text));
    expect(fuzzCorpus(COUNT, SEED + 1).map((s) => s.text)).not.toEqual(corpus.map((s) => s.text));
    expect(corpus.length).toBeGreaterThanOrEqual(10_000);
    counts.strings = corpus.length;
    for (const s of corpus) bump(counts.byKind, s.kind);
    counts.longTexts = corpus.filter((s) => s.text.length === LONG_LENGTH).length;
    expect(counts.longTexts).toBe(corpus.filter((s) => s.kind === 'long').length);
    expect(counts.longTexts).toBeGreaterThanOrEqual(10);
    for (const kind of ['fixed', 'unicode', 'markup', 'html', 'mesh', 'mixed', 'long']) {
      expect(counts.byKind[kind] ?? 0, kind).toBeGreaterThan(0);
    }
    const all = corpus.map((s) => s.text).join('\n');
    for (const needle of [
      '<!channel>',
      '<!here>',
      '<@U123>',
      '<#C1|x>',
      '<https://evil|click>',
      '&amp;',
      '<script>',
      'onerror',
      '\u202E',
      '\u2067',
      '\u200B',
      '\u200D',
      '\uFEFF',
      '\u0301',
    ]) {
      expect(all.includes(needle), JSON.stringify(needle)).toBe(true);
    }
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(all), 'lone high surrogate').toBe(true);
    expect(/[\u{10000}-\u{10FFFF}]/u.test(all), 'astral character').toBe(true);
  });
});

describe('the escaping check itself', () => {
  const msg = (text: string) => ({
    text: 'fallback',
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
  });
  it.each([
    ['<!channel> hi', 'raw <!channel'],
    ['hi <@U123>', 'raw <@u123'],
    ['a <https://evil|click> b', 'not ours'],
    ['<script>alert(1)</script>', 'raw <script'],
    ['tom & jerry', 'unescaped "&"'],
    ['1 < 2', 'unescaped "<"'],
    ['2 > 1', 'unescaped ">"'],
    ['<https://meshbot.example.com.evil/answers/x|x>', 'not ours'],
  ])('flags %j', (text, expected) => {
    expect(escapingProblems(msg(text)).join('\n')).toContain(expected);
  });
  it.each([
    ['tom &amp; jerry &lt;!channel&gt;'],
    [`<${BASE}/answers/mtls|mTLS &amp; more>`],
    ['Shared by <@U0SHARER>'],
  ])('accepts %j', (text) => {
    expect(escapingProblems(msg(text), 'U0SHARER')).toEqual([]);
  });
  it('flags a raw <!channel> in a plain_text field, and not in an input initial_value', () => {
    expect(
      escapingProblems({ blocks: [{ type: 'header', text: { type: 'plain_text', text: '<!here>' } }] }),
    ).toHaveLength(1);
    expect(escapingProblems({ initial_value: '<!here>' })).toEqual([]);
  });
});

describe('matcher and builders', () => {
  it('nothing throws, every reply is well-formed, every card passes its schema, nothing comes out unescaped', () => {
    const failures: Failure[] = [];
    const replyOk = replySchema();
    const entries = kb.entries;
    const timers: Record<string, number> = {};
    const time = <T>(name: string, fn: () => T): T => {
      const t = performance.now();
      try {
        return fn();
      } finally {
        bump(timers, name, performance.now() - t);
      }
    };

    corpus.forEach(({ kind, text: s }, index) => {
      const fail = (where: string, problem: string) =>
        failures.push({ where, index, kind, input: preview(s), problem });
      const run = <T>(where: string, fn: () => T): T | undefined => {
        try {
          return time(where, fn);
        } catch (err) {
          fail(where, `threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
          return undefined;
        }
      };
      // Only the sharedBy builders may mention, and only a string shaped like a user id.
      const sharerId = USER_ID.test(s) ? s : undefined;
      const check = (where: string, schema: z.ZodType, out: unknown, userId?: string) => {
        if (out === undefined) return;
        const parsed = time('validate', () => schema.safeParse(out));
        bump(counts.validated, where);
        if (!parsed.success) {
          fail(where, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        }
        for (const p of time('escaping', () => escapingProblems(out, userId))) fail(where, p);
      };

      // The matcher.
      const reply = run('matcher.answer', () => matcher.answer(s));
      if (reply) {
        bump(counts.replies, reply.kind);
        const r = replyOk.safeParse(reply);
        if (!r.success) fail('matcher.answer', `malformed reply: ${r.error.issues[0]?.message}`);
      }
      let found: Candidate[] | undefined;
      if (index % FIND_EVERY === 0 || kind === 'long' || kind === 'fixed') {
        found = run('matcher.findTopic', () => matcher.findTopic(s, 5));
        counts.findTopic++;
        for (const c of found ?? []) {
          if (!kb.byId.has(c.id)) fail('matcher.findTopic', `unknown id ${c.id}`);
        }
      }
      const picked = run('matcher.pickFromText', () => matcher.pickFromText(s));
      if (picked) {
        counts.pickFromText.pick++;
        if (!replyOk.safeParse(picked).success) fail('matcher.pickFromText', 'malformed reply');
      } else counts.pickFromText.none++;

      // Candidates as the listeners get them: from the reply, from findTopic, or none.
      const candidates: readonly Pick<Candidate, 'id' | 'title'>[] =
        found ??
        (reply?.kind === 'suggest'
          ? reply.candidates
          : reply?.kind === 'answer'
            ? [reply.entry, ...reply.alternatives]
            : index % 3 === 0
              ? []
              : entries.slice(index % entries.length, (index % entries.length) + 3));

      // Cards built from the reply.
      if (reply) {
        check(
          'replyCard',
          messageSchema,
          run('replyCard', () => replyCard(reply, ctx)),
        );
        check(
          'replyCard(ephemeral)',
          messageSchema,
          run('replyCard(ephemeral)', () => replyCard(reply, { ...ctx, ephemeral: true })),
        );
      }
      if (picked) {
        check(
          'answerCard(pick)',
          messageSchema,
          run('answerCard(pick)', () => replyCard(picked, ctx)),
        );
      }

      // Cards built with the string itself.
      const fb: FallbackReply = {
        kind: 'fallback',
        query: s,
        intent: 'question',
        confidence: 0,
        factors: [],
        examples: index % 2 ? [s, s.slice(0, 50)] : EXAMPLE_QUESTIONS,
        related: candidates.map((c) => ({ ...c, score: 0.2 })),
      };
      check(
        'fallbackCard',
        messageSchema,
        run('fallbackCard', () => fallbackCard(fb, ctx)),
      );
      check(
        'suggestCard',
        messageSchema,
        run('suggestCard', () =>
          suggestCard(
            {
              kind: 'suggest',
              query: s,
              intent: 'question',
              confidence: 0.5,
              factors: [],
              candidates: candidates.map((c) => ({ ...c, score: 0.5 })),
            },
            ctx,
          ),
        ),
      );
      check(
        'linkCard',
        messageSchema,
        run('linkCard', () => linkCard(candidates, answerUrl, s)),
      );
      check(
        'linkCard(none)',
        messageSchema,
        run('linkCard(none)', () => linkCard([], answerUrl, s)),
      );
      const ref = { channel: 'C0CHAN', thread_ts: '1700000000.000100' };
      check(
        'replyPickerModal',
        modalSchema,
        run('replyPickerModal', () => replyPickerModal(candidates, ref, { search: s })),
      );
      check(
        'replyPickerModal(no match)',
        modalSchema,
        run('replyPickerModal(no match)', () =>
          replyPickerModal([], ref, { search: s, topics: index % 2 ? entries : [] }),
        ),
      );
      const rec = picked?.recommendation ?? recommendations[index % recommendations.length];
      if (rec) {
        check(
          'pickResultCard',
          messageSchema,
          run('pickResultCard', () =>
            pickResultCard(rec, answerUrl, { ephemeral: index % 2 === 0, sharedBy: s }),
          ),
          sharerId,
        );
      }
      // sharedBy is a Slack user id in practice; anything else must be shown escaped, never ping.
      const entry = entries[index % entries.length];
      if (entry && index % 4 === 0) {
        check(
          'entryCard(sharedBy)',
          messageSchema,
          run('entryCard(sharedBy)', () => entryCard(entry, { ...ctx, sharedBy: s })),
          sharerId,
        );
        check(
          'headToHeadCard(sharedBy)',
          messageSchema,
          run('headToHeadCard(sharedBy)', () =>
            headToHeadCard(kb.headToHead, answerUrl, { sharedBy: s, ephemeral: index % 8 === 0 }),
          ),
          sharerId,
        );
      }

      // Untrusted metadata: the decoders accept or throw MetadataError, nothing else.
      const decoders: Array<[string, () => unknown, z.ZodType | null]> = [
        ['decodePickMetadata', () => decodePickMetadata(s, kb.decisionTable), null],
        ['decodeReplyMetadata', () => decodeReplyMetadata(s), null],
        ['decodeShareValue', () => decodeShareValue(s), null],
        ['pickModal(metadata)', () => pickModal(kb.decisionTable, index % 5, {}, s), modalSchema],
        ['replyPickerModal(metadata)', () => replyPickerModal(candidates, s), modalSchema],
      ];
      for (const [where, fn, schema] of decoders) {
        try {
          const out = time('decoders', fn);
          counts.decoders.accepted++;
          if (schema) check(where, schema, out);
        } catch (err) {
          if (err instanceof MetadataError) counts.decoders.rejected++;
          else fail(where, `threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
        }
      }
    });

    Object.assign(counts.ms, timers);
    const byWhere: Record<string, number> = {};
    for (const f of failures) bump(byWhere, f.where);
    expect({ failures: failures.length, byWhere, first: failures.slice(0, 8) }).toEqual({
      failures: 0,
      byWhere: {},
      first: [],
    });
  }, 300_000);
});
