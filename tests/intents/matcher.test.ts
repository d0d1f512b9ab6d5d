import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseAskOverCardAt } from '../../src/intents/ask-over-cards.js';
import { ASK_OPTIONS, AskReader } from '../../src/intents/ask-reader.js';
import { parseEvalFile } from '../../src/intents/evaluate.js';
import {
  ASK_OVER_CARD_AT,
  asksOnlyToChoose,
  createMatcher,
  emojiAsStops,
  keywordKey,
  linesAsSentences,
  loadParams,
  numericFactors,
  withoutDeclinedItems,
  withoutStruck,
} from '../../src/intents/matcher.js';
import { normalizeText } from '../../src/intents/normalize.js';
import { EXAMPLE_QUESTIONS, type Reply } from '../../src/intents/reply.js';
import { FIXTURES, realKb, realMatcher } from '../helpers/kb.js';
import { hostileInputs } from '../helpers/random.js';

const ask = (q: string): Reply => realMatcher().answer(q);
const answerId = (r: Reply) => (r.kind === 'answer' ? r.entry.id : null);
const describeReply = (r: Reply) =>
  r.kind === 'answer'
    ? `answer ${r.entry.id} (${r.confidence}) alternatives [${r.alternatives.map((c) => c.id).join(', ')}]`
    : r.kind === 'suggest'
      ? `suggest (${r.confidence}) [${r.candidates.map((c) => c.id).join(', ')}]`
      : `${r.kind} (${r.confidence})`;

/**
 * Clear questions per topic, written for this test: none is a line of the eval fixtures or a
 * phrasing of an entry (checked below). Where two ids are listed, either is a right answer.
 */
const TOPIC_QUESTIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['hey, istio or linkerd for our platform?', ['which-mesh']],
  ['hi! which mesh should we adopt for a greenfield cluster?', ['which-mesh']],
  ['what exactly is this istio thing', ['what-is-istio']],
  ['could you describe linkerd briefly', ['what-is-linkerd']],
  ['is linkerd a lighter replacement for istio', ['linkerd-as-alternative']],
  ['how do I get istio running in production, is it a lot of work?', ['install-and-operate']],
  ['what is the learning curve of linkerd like', ['install-and-operate']],
  ['is istio free of charge', ['cost']],
  ['what do we pay for linkerd in production', ['cost', 'linkerd-release-model']],
  ['how are linkerd stable builds released now', ['linkerd-release-model']],
  ['edge vs stable builds of linkerd', ['linkerd-release-model']],
  ['how does ambient mode in istio work', ['ambient-mode']],
  ['can istio run sidecarless', ['ambient-mode']],
  ['is it possible to run both meshes at once during a move', ['use-together']],
  ['we are migrating off linkerd onto istio, any advice', ['use-together']],
  ['in what situations is istio the better fit', ['when-istio']],
  ['what kind of org is linkerd suited for', ['when-linkerd']],
  ['what are the gotchas when rolling out a service mesh', ['pitfalls']],
  ['which proxy sits in the linkerd data plane', ['data-plane']],
  ['is the linkerd proxy built on envoy', ['data-plane']],
  ['how does linkerd handle mutual tls between pods?', ['mtls']],
  ['does istio encrypt service to service traffic automatically', ['mtls']],
  ['can I restrict which services may call an endpoint in linkerd', ['authorization']],
  ['how does istio authorization policy work', ['authorization']],
  ['can linkerd span several clusters', ['multi-cluster']],
  ['istio across multiple clusters', ['multi-cluster']],
  ['does linkerd handle grpc and websockets', ['protocols']],
  ['what protocols does istio proxy', ['protocols']],
  ['how much memory and cpu does the linkerd sidecar use', ['resource-overhead']],
  ['latency overhead of istio sidecars benchmark', ['resource-overhead']],
  ['who backs istio commercially', ['ecosystem']],
  ['which vendors sell istio support', ['ecosystem']],
  ['is istio a graduated cncf project', ['cncf-status']],
  ['in which year did linkerd reach cncf graduation', ['cncf-status']],
  ['what dashboards and tracing does linkerd give', ['observability']],
  ['how do I get request metrics from istio', ['observability']],
  ['how do canary rollouts work in linkerd', ['traffic-management', 'progressive-delivery']],
  ['can istio do traffic mirroring and retries', ['traffic-management']],
  ['full side by side comparison of istio and linkerd', ['head-to-head']],
  ['what service meshes exist besides istio and linkerd', ['other-meshes']],
  ['is consul a service mesh like istio', ['other-meshes']],
];

/** Misspelt mesh names and key terms, with the topic the question is about. */
const TYPO_QUESTIONS: ReadonlyArray<readonly [string, string]> = [
  ['how does linkrd do mtls', 'mtls'],
  ['is istoi hard to operate', 'install-and-operate'],
  ['how does ambeint mode work in istio', 'ambient-mode'],
  ['does linkerd support multi-clutser setups', 'multi-cluster'],
  ['authorzation policy in istio', 'authorization'],
  ['linkerd obsevability dashboards', 'observability'],
];

/** The same question with and without Slack markup around it. */
const MARKUP_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['how does linkerd handle mtls?', '<@U0BOT1234> how does *linkerd* handle `mtls`? :thinking_face:'],
  [
    'how does linkerd handle mtls & certificates?',
    '<!here> how does linkerd handle mtls &amp; certificates?',
  ],
  [
    'can linkerd span several clusters?',
    '<#C123|platform> can linkerd span several clusters? <https://linkerd.io/docs|docs>',
  ],
  ['does istio support grpc?', '_does_ ~istio~ istio support *grpc*? 🚀'],
  ['is istio free of charge', '<!channel> is\u200B istio _free_ of charge :moneybag:'],
];

const OFF_TOPIC: ReadonlyArray<readonly [string, string]> = [
  ['another tool pair', 'spinnaker or argo rollouts, which should we adopt'],
  ['another tool pair', 'terraform or pulumi, which should we pick'],
  ['another tool pair', 'jenkins vs github actions which one should we choose'],
  ['another tool pair', 'postgres vs mysql which should we pick'],
  ["another product's cost", 'what is the price of a splunk licence'],
  ["another product's cost", 'what does a jira licence cost per seat'],
  ["another product's cost", 'how much does eks cost per month'],
  ['plain Kubernetes', 'how do I drain a node in kubernetes'],
  ['plain Kubernetes', 'how do I write a kubernetes deployment yaml'],
  ['plain Kubernetes', 'what is a kubernetes namespace'],
  ['plain Kubernetes', 'why is my pod stuck in crashloopbackoff'],
  ['random text', 'the weather is lovely today'],
  ['random text', 'banana keyboard purple'],
  ['random text', 'lorem ipsum dolor sit amet'],
  ['random text', 'asdfgh qwerty zxcvb'],
];

const VAGUE = ['istio info', 'istio stuff', 'something about linkerd'] as const;

/** A bug report on a covered topic that the matcher is too unsure of for a card or suggestions. */
const RELATED_BUG_REPORT =
  'after upgrading our cluster the linkerd-proxy container keeps restarting in the payments namespace, logs say connection refused on the admin port, anyone seen this? thanks';

const NEEDS_QUESTION = 'we are a small team and want mTLS by default with little overhead, which mesh?';

describe('the questions in this file are our own', () => {
  it('none is a line of the eval fixtures or a phrasing of an entry', () => {
    const key = (s: string) =>
      normalizeText(s)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const taken = new Set<string>();
    for (const file of ['eval-public.jsonl', 'eval-dev.jsonl']) {
      for (const line of readFileSync(join(FIXTURES, file), 'utf8').split('\n')) {
        if (line.trim()) taken.add(key((JSON.parse(line) as { q: string }).q));
      }
    }
    for (const e of realKb().entries) for (const p of [e.question, ...e.phrasings]) taken.add(key(p));
    const ours = [
      ...TOPIC_QUESTIONS.map(([q]) => q),
      ...TYPO_QUESTIONS.map(([q]) => q),
      ...MARKUP_PAIRS.flat(),
      ...OFF_TOPIC.map(([, q]) => q),
      ...VAGUE,
      RELATED_BUG_REPORT,
    ];
    expect(ours.filter((q) => taken.has(key(q)))).toEqual([]);
  });
});

describe('small talk', () => {
  it.each([
    'hi',
    'hello there!',
    'good morning team',
    'thanks!',
    'thank you so much',
    'cheers',
    'help',
    'what can you do',
    '<@U0BOT1234>',
    '<@U0BOT1234> hi',
    '<@U0BOT1234> thanks :pray:',
  ])('never returns an entry: %j', (q) => {
    const r = ask(q);
    expect(r.kind, describeReply(r)).toBe('smalltalk');
    expect(r).not.toHaveProperty('entry');
    expect(r).not.toHaveProperty('candidates');
  });

  it('an empty mention is a request for help', () => {
    const r = ask('<@U0BOT1234>');
    expect(r.kind === 'smalltalk' && r.intent).toBe('help');
  });

  it('a greeting or thanks with a few more words stays small talk', () => {
    for (const q of ['thanks, that was super helpful!', 'hey there, hope your week is going well']) {
      const r = ask(q);
      expect(r.kind, `${q}: ${describeReply(r)}`).toBe('smalltalk');
    }
  });

  it('a greeting before a whole paragraph is a question, not small talk', () => {
    const q =
      'Hi all! Our release pipeline got slower since the rollout last month and a colleague blames the proxies in every pod; I would like to know where to start looking before we roll anything back.';
    const r = ask(q);
    expect(r.kind, describeReply(r)).not.toBe('smalltalk');
  });

  it('a thanks wrapped in right-to-left isolates is still small talk', () => {
    const r = ask('\u2067thanks!\u2069');
    expect(r.kind, describeReply(r)).toBe('smalltalk');
  });
});

describe('clear questions get the entry for their topic', () => {
  it('names only real entries', () => {
    const ids = new Set(realKb().entries.map((e) => e.id));
    expect(TOPIC_QUESTIONS.flatMap(([, want]) => want).filter((id) => !ids.has(id))).toEqual([]);
  });

  // A learned ranker is judged on the set, not question by question: most clear questions get
  // their card, the right entry is shown first almost always, and a card is never the wrong one
  // for more than a few.
  it('answers at least 80% with the right card, shows the right entry first for 85%, and is wrong on at most 5%', () => {
    let right = 0;
    let first = 0;
    const wrong: string[] = [];
    for (const [q, ids] of TOPIC_QUESTIONS) {
      const r = ask(q);
      const shown = r.kind === 'answer' ? r.entry.id : r.kind === 'suggest' ? r.candidates[0]?.id : undefined;
      if (shown && ids.includes(shown)) first++;
      if (r.kind === 'answer' && ids.includes(r.entry.id)) right++;
      else if (r.kind === 'answer') wrong.push(`${q} -> ${describeReply(r)}`);
    }
    const n = TOPIC_QUESTIONS.length;
    expect(right / n).toBeGreaterThanOrEqual(0.8);
    expect(first / n).toBeGreaterThanOrEqual(0.85);
    expect(wrong.length / n, wrong.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('lists at most 3 alternatives, none of them the answer itself', () => {
    for (const [q] of TOPIC_QUESTIONS) {
      const r = ask(q);
      if (r.kind !== 'answer') continue;
      expect(r.alternatives.length, q).toBeLessThanOrEqual(3);
      expect(
        r.alternatives.map((c) => c.id),
        q,
      ).not.toContain(r.entry.id);
    }
  });
});

describe('spelling mistakes', () => {
  it.each(TYPO_QUESTIONS)('%s', (q, id) => {
    const r = ask(q);
    expect(r.kind, describeReply(r)).toBe('answer');
    expect(answerId(r), describeReply(r)).toBe(id);
  });

  it('a misspelt mesh name gives the same answer as the right spelling', () => {
    expect(answerId(ask('what does istoi cost us in licences'))).toBe(
      answerId(ask('what does istio cost us in licences')),
    );
    expect(answerId(ask('linkrd vs istoi, which should we pick'))).toBe(
      answerId(ask('linkerd vs istio, which should we pick')),
    );
  });
});

describe('Slack markup', () => {
  it.each(MARKUP_PAIRS)('does not change the answer: %s', (plain, marked) => {
    const a = ask(plain);
    const b = ask(marked);
    expect(b.kind, describeReply(b)).toBe(a.kind);
    expect(answerId(b)).toBe(answerId(a));
  });

  it('a channel reference says where the question is asked, not what it is about', () => {
    for (const [plain, marked] of [
      ['does istio support grpc?', '<#C9ABC|platform-arm64> does istio support grpc?'],
      ['how does linkerd handle mtls?', '<#C9ABC|cost-savings> how does linkerd handle mtls?'],
    ] as const) {
      const a = ask(plain);
      const b = ask(marked);
      expect(b.kind, describeReply(b)).toBe(a.kind);
      expect(answerId(b), describeReply(b)).toBe(answerId(a));
      expect(b.confidence).toBe(a.confidence);
    }
  });

  it('reports the question without markup', () => {
    const r = ask('<@U0BOT1234> does *istio* support grpc? <https://istio.io|docs>');
    expect(r.query).not.toMatch(/<@|<https|\*/);
    expect(r.query).toContain('istio');
  });
});

describe('off-topic questions fall back', () => {
  it('at least half fall back, and at most 20% get a card (questions written before the learned matcher)', () => {
    const cards: string[] = [];
    let fallbacks = 0;
    for (const [, q] of OFF_TOPIC) {
      const r = ask(q);
      if (r.kind === 'fallback') fallbacks++;
      if (r.kind === 'answer') cards.push(`${q} -> ${describeReply(r)}`);
    }
    expect(fallbacks / OFF_TOPIC.length).toBeGreaterThanOrEqual(0.5);
    expect(cards.length / OFF_TOPIC.length, cards.join('\n')).toBeLessThanOrEqual(0.2);
  });

  it.each(OFF_TOPIC.filter(([kind]) => kind === 'random text'))(
    'random text never gets a card: %s',
    (_k, q) => {
      expect(ask(q).kind).not.toBe('answer');
    },
  );

  it('a fallback offers example questions', () => {
    const r = ask('banana keyboard purple');
    expect(r.kind === 'fallback' && r.examples.length).toBeGreaterThan(0);
    expect(r.kind === 'fallback' && r.related).toEqual([]);
  });

  it('a fallback that leans to an entry lists the best entries as related answers; plain chat lists none', () => {
    const bug = ask(RELATED_BUG_REPORT);
    expect(bug.kind, describeReply(bug)).toBe('fallback');
    if (bug.kind !== 'fallback') return;
    expect(bug.related.map((c) => c.id)).toContain('troubleshooting');
    expect(bug.related.length).toBeLessThanOrEqual(3);
    expect(bug.related[0]?.score).toBeGreaterThanOrEqual(loadParams().relatedAt);
    for (const q of [
      "what's the best pizza near the office",
      'kubectl get pods hangs forever on our staging cluster',
    ]) {
      const r = ask(q);
      expect(r.kind === 'fallback' && r.related, `${q}: ${describeReply(r)}`).toEqual([]);
    }
  });

  it('every example question it offers gets an answer card', () => {
    // "Is Linkerd free for production?" was offered while it got only suggestions (0.48).
    for (const q of EXAMPLE_QUESTIONS) {
      const r = ask(q);
      expect(r.kind, `${q}: ${describeReply(r)}`).toBe('answer');
    }
  });
});

describe('a question about another mesh only', () => {
  it.each([
    'does kuma support FIPS 140-3 builds?',
    'consul connect intentions, how do they compare to authorization policies',
    'does consul service mesh support wasm filters',
  ])('gets the Istio and Linkerd card among suggestions, not as the answer: %s', (q) => {
    const r = ask(q);
    expect(r.kind, describeReply(r)).not.toBe('answer');
  });

  it('keeps a card whose entry speaks of that mesh, or of no mesh in particular', () => {
    const cilium = ask('we run cilium as cni, do we still need a mesh for mtls?');
    expect(cilium.kind === 'answer' && cilium.entry.id, describeReply(cilium)).toBe('cilium-mesh');
    const osm = ask('is open service mesh still maintained?');
    expect(osm.kind === 'answer' && osm.entry.id, describeReply(osm)).toBe('other-meshes');
    const policy = ask('cilium network policy or mesh authz for zero trust?');
    expect(policy.kind === 'answer' && policy.entry.id, describeReply(policy)).toBe('network-policy-vs-mesh');
  });

  it('keeps the card when Istio or Linkerd is named too', () => {
    const r = ask('moving from kuma to istio, how do FIPS builds work there?');
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('fips-and-compliance');
  });
});

describe('vague questions', () => {
  it.each(VAGUE)('"%s" gets no card, and any suggestion is of at most 3 known entries', (q) => {
    const r = ask(q);
    expect(['suggest', 'fallback'], describeReply(r)).toContain(r.kind);
    if (r.kind !== 'suggest') return;
    expect(r.candidates.length).toBeGreaterThan(0);
    expect(r.candidates.length).toBeLessThanOrEqual(3);
    for (const c of r.candidates) expect(realKb().byId.has(c.id)).toBe(true);
    expect(new Set(r.candidates.map((c) => c.id)).size).toBe(r.candidates.length);
  });
});

describe('confidence', () => {
  it('is within [0, 1] for every question in this file', () => {
    const all = [
      ...TOPIC_QUESTIONS.map(([q]) => q),
      ...TYPO_QUESTIONS.map(([q]) => q),
      ...MARKUP_PAIRS.flat(),
      ...OFF_TOPIC.map(([, q]) => q),
      ...VAGUE,
      NEEDS_QUESTION,
    ];
    for (const q of all) {
      const { confidence } = ask(q);
      expect(confidence, q).toBeGreaterThanOrEqual(0);
      expect(confidence, q).toBeLessThanOrEqual(1);
    }
  });

  it('is higher for a clear question than for a vague one', () => {
    const clear = ask('how does linkerd handle mutual tls between pods?').confidence;
    for (const q of VAGUE) expect(clear, q).toBeGreaterThan(ask(q).confidence);
  });

  it('puts answers at or above the answer threshold and suggestions between the thresholds', () => {
    const m = realMatcher();
    expect(m.suggestAt).toBeLessThan(m.answerAt);
    for (const q of [...TOPIC_QUESTIONS.map(([t]) => t), ...VAGUE, ...OFF_TOPIC.map(([, t]) => t)]) {
      const r = ask(q);
      if (r.kind === 'answer') expect(r.confidence, q).toBeGreaterThanOrEqual(m.answerAt);
      if (r.kind === 'suggest') {
        expect(r.confidence, q).toBeGreaterThanOrEqual(m.suggestAt);
        expect(r.confidence, q).toBeLessThan(m.answerAt);
      }
      if (r.kind === 'fallback') expect(r.confidence, q).toBeLessThan(m.answerAt);
    }
  });
});

describe('findTopic', () => {
  it('puts the exact topic first', () => {
    expect(realMatcher().findTopic('mtls')[0]?.id).toBe('mtls');
  });

  it('finds a topic through a typo', () => {
    expect(realMatcher().findTopic('multi clsuter')[0]?.id).toBe('multi-cluster');
  });

  it('returns at most the limit, and nothing for empty text', () => {
    expect(realMatcher().findTopic('istio', 2).length).toBeLessThanOrEqual(2);
    expect(realMatcher().findTopic('')).toEqual([]);
    expect(realMatcher().findTopic('<@U0BOT1234>')).toEqual([]);
  });
});

describe('questions that state needs get a pick', () => {
  it('a small team wanting mTLS by default with little overhead gets Linkerd', () => {
    const r = ask(NEEDS_QUESTION);
    expect(r.kind, describeReply(r)).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.entry.id).toBe('which-mesh');
    expect(r.recommendation?.pick).toBe('linkerd');
    expect(r.factors).toEqual(
      expect.arrayContaining(['simple-operations', 'fast-mtls-metrics', 'low-overhead']),
    );
    expect(r.recommendation?.reasons.map((x) => x.factor.id).sort()).toEqual([...r.factors].sort());
  });

  it('needs said in so many words, then "istio vs linkerd?", get the pick', () => {
    const r = ask(
      'Compliance wants every outbound call from the cluster to leave through one audited gateway, and per-path authorization rules between services. istio vs linkerd?',
    );
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('istio');
  });

  it.each([
    // The question words misspelt: the rules read them corrected.
    ['smallest footprint we can get, wht mesh shoud we run?', 'linkerd'],
    // "help us decide" and "recommend a mesh" ask for the pick.
    ['no sidecars, and mtls plus dashboards from day one: help us decide', 'either'],
    ['per-route rbac and wasm plugins, recommend a mesh', 'istio'],
    // A requirements list pasted in, with a need ruled out after its name.
    [
      'Requirements:\n- multi-cluster: not needed\n- platform headcount: 2\n- mtls with zero setup\nwhich mesh?',
      'linkerd',
    ],
    // "data plane" is a mesh term: one need and "which one?" is ours.
    ['we want lua scripts in the data plane, which one fits?', 'istio'],
    // A fragment of needs ending in "mesh?" asks for one.
    ['slim + simple mesh?', 'linkerd'],
    ['sidecar-free mesh + header routing?', 'istio'],
    // A bare "thoughts?" or "which way?" after the needs asks for the pick.
    ['we want canary releases by weight and one mesh spanning our two regions. thoughts?', 'istio'],
    ['authz rules per path for the payment apis, nodes are low on memory. which way?', 'either'],
    // A move under way is a situation, not a capability of the running-both card.
    ['about half of our services have moved from linkerd to istio. new team, which mesh?', 'both'],
    // "what's your pick?", "thoughts on which?", a bare "pick?" and a dash before "which?".
    ['we want mtls and success rates with no setup at all, what is your pick?', 'linkerd'],
    ['two of us on infra and the nodes are packed. thoughts on which?', 'linkerd'],
    ['wasm filters, and per-route rbac: pick?', 'istio'],
    ['ambient mode and easy ops — which?', 'either'],
    // A need said as a noun phrase, no verb: the pick card, not the capability card.
    ['multi-cluster mesh across regions, which one?', 'istio'],
    // Terse asks with no question mark, and one need with a mesh named.
    ['tiny team and memory is scarce. which one pls', 'linkerd'],
    ['we need header routing by cookie, which mesh then', 'istio'],
    ['want auto mtls + golden signals. recomend mesh', 'linkerd'],
    ['per-node proxies and easy to keep running, help decide', 'either'],
    ['ram very limited on our edge boxes. which service mesh fits', 'linkerd'],
    [
      'our clusters in two regions, and the cpu cost of proxies is a big concern. linkerd vs istio?',
      'either',
    ],
    // A verdict asked on the mesh the asker leans to or doubts: the pick for the stated needs.
    ['two of us run everything and memory is scarce. is istio too much for us?', 'linkerd'],
    ['we need jwt claim checks per route and a single audited exit. leaning linkerd, sanity check?', 'istio'],
    [
      'my manager wants istio but all we need is mtls by next friday and there are 3 of us. agree?',
      'linkerd',
    ],
    ['custom wasm code in the proxy is a must. talk me out of linkerd', 'istio'],
    ['is there any reason not to use linkerd when every pod has a 64Mi memory limit?', 'linkerd'],
    ['ops is literally just me and we shift 5% of users to v2 first. linkerd fine?', 'either'],
    // A pasted list of needs, then "istio vs linkerd?"; "which is the safest bet for..."
    [
      'Our list:\n1. automatic mutual TLS\n2. small ops burden\n3. proxies under 20MB\nistio vs linkerd?',
      'linkerd',
    ],
    ['which is the safest bet for a shop with one sre that wants traffic encrypted right away?', 'linkerd'],
    // "I think linkerd ... does that check out?", "what should new services use?", a bare "mesh?".
    [
      'I think linkerd, since the two of us run everything and memory is tight. does that check out?',
      'linkerd',
    ],
    ['we are halfway through moving off linkerd onto istio. what should the new services use?', 'both'],
    ['outbound calls through one choke point and per-path allow lists. mesh?', 'istio'],
  ] as const)('%s -> the pick card, %s', (q, pick) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe(pick);
  });

  it('a need named as the top priority, then "istio or linkerd?", gets the pick card', () => {
    const r = ask('our number one concern is keeping per-hop latency tiny. istio or linkerd?');
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('linkerd');
  });

  it('"is istio the answer, or ...", "is linkerd the way to go" after stated needs ask for the pick', () => {
    const routing = ask(
      'We need header-based routing and one mesh across two clusters. Is istio the answer or does linkerd cover it?',
    );
    expect(routing.kind === 'answer' && routing.recommendation?.pick, describeReply(routing)).toBe('istio');
    const small = ask('is linkerd the way to go for us? tiny team, mtls is all we need');
    expect(small.kind === 'answer' && small.recommendation?.pick, describeReply(small)).toBe('linkerd');
  });

  it('a mesh already chosen for stated needs: a question inside it gets no pick card', () => {
    const r = ask(
      'We picked linkerd because the team is two people and RAM is tight. Which should we run in production, edge releases or the enterprise build?',
    );
    expect(r.kind === 'answer' ? r.entry.id : r.kind, describeReply(r)).not.toBe('which-mesh');
    const reconsider = ask(
      'We went with linkerd last year, but now we need header routing and one mesh over three clusters. should we switch?',
    );
    expect(reconsider.kind === 'answer' && reconsider.recommendation?.pick, describeReply(reconsider)).toBe(
      'istio',
    );
  });

  it('a verdict asked on a config ("is this right?") or on a card it confidently matches keeps that card', () => {
    const config = ask(
      'Mirroring 10% of traffic to reviews-v2 with a VirtualService on Istio 1.26. Is this right?',
    );
    expect(config.kind === 'answer' ? config.entry.id : config.kind, describeReply(config)).not.toBe(
      'which-mesh',
    );
    const when = ask('In which situations is istio actually worth the extra complexity over linkerd?');
    expect(when.kind === 'answer' && when.entry.id, describeReply(when)).toBe('when-istio');
  });

  it('"right?" after a mesh named as a place (a namespace, "in istio") is no verdict on it: no pick card', () => {
    for (const q of [
      'deny all other requests in the namespace linkerd right?',
      'fine grained authz: deny all other requests in istio right?',
    ]) {
      const r = ask(q);
      expect(r.kind === 'answer' ? r.entry.id : r.kind, `${q} -> ${describeReply(r)}`).not.toBe('which-mesh');
    }
    // A lean on a mesh, then "right?", is still one.
    const lean = ask('only 2 of us and memory is tight. so linkerd right?');
    expect(lean.kind === 'answer' && lean.recommendation?.pick, describeReply(lean)).toBe('linkerd');
  });

  it('a choice between a known non-mesh product and another option ("calico or cilium as a CNI") gets no pick card', () => {
    const r = ask('Small team, 5 nodes, memory is tight. Only as a CNI: calico or cilium?');
    expect(r.kind === 'answer' ? r.entry.id : r.kind, describeReply(r)).not.toBe('which-mesh');
  });

  it('verdict words about one feature, a platform or a cost get no pick card', () => {
    for (const q of [
      'is istio fine on arm64 nodes? half the cluster is moving to graviton soon',
      'we have linkerd mtls on every pod, is keeping the calico network policies still worth it?',
      'my boss wants to know what linkerd costs per year. is counting the proxy memory enough, or am I missing something?',
    ]) {
      const r = ask(q);
      expect(r.kind === 'answer' ? r.entry.id : r.kind, `${q} -> ${describeReply(r)}`).not.toBe('which-mesh');
    }
  });

  it('a head count said not to matter is not a small team', () => {
    const r = ask(
      'we have 5 platform folks so staffing is not a concern. we need per-path authz. istio or linkerd?',
    );
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe('istio');
  });

  it('products named as context in a pasted list do not make the choice about them', () => {
    const r = ask(
      'Our setup:\n- Postgres and Kafka on RDS/MSK, out of the mesh\n- memory per pod is tight\n- two people run the platform\nWhat would you pick?',
    );
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('linkerd');
    const other = ask('we need low overhead and a small team can run it. postgres or mysql, which one?');
    expect(other.kind === 'answer' ? other.entry.id : other.kind, describeReply(other)).not.toBe(
      'which-mesh',
    );
  });

  it('"which mesh is more extensible? we need custom logic in the proxy" keeps the capability card with the pick', () => {
    const r = ask(
      'which mesh is better at extensibility, istio or linkerd? we need our own filter code in the proxy',
    );
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('extensibility');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('istio');
  });

  it('a side-by-side asked for on a list of aspects is the comparison, not a pick card', () => {
    const r = ask(
      'Need a side-by-side for our architecture board: istio vs linkerd on security, performance, multi-cluster and ops burden. Anyone have a breakdown?',
    );
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('head-to-head');
  });

  it('"what should I check?" asks what to do, not which mesh: no pick card', () => {
    const r = ask(
      'spans from our python service never reach the otel collector. plain deployment, no sidecars or anything. what should I check?',
    );
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).not.toBe('which-mesh');
    const choose = ask('tiny team, no time to tune anything. should we go with linkerd?');
    expect(choose.kind === 'answer' && choose.recommendation?.pick, describeReply(choose)).toBe('linkerd');
  });

  it('"one or both?" in the middle of a move asks for the pick', () => {
    const r = ask(
      'about a third of our namespaces are already moved from linkerd to istio. till the move ends, one or both?',
    );
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe('both');
  });

  it('a question about one capability of both meshes keeps its card, with no pick card', () => {
    const r = ask(
      'did anybody benchmark the latency overhead of linkerd vs istio lately? our product owner cares about p99',
    );
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('resource-overhead');
  });

  it('needing mirroring and fine-grained authorization gets Istio', () => {
    const r = ask(
      'we need canary releases with traffic mirroring and fine-grained authorization, which mesh should we pick?',
    );
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('istio');
    expect(r.factors).toEqual(expect.arrayContaining(['l7-traffic', 'fine-grained-authz']));
  });

  it.each([
    ['which one for a team of 6?', 'simple-operations'],
    ['we are 3 engineers, which mesh should we run?', 'simple-operations'],
    ['2 ppl on the platform team - istio or linkerd?', 'simple-operations'],
  ])('a team size written as a number is a stated need: %s', (q, factor) => {
    const r = ask(q);
    expect(r.factors, describeReply(r)).toContain(factor);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe('linkerd');
  });

  it('a need the question rules out does not count toward the pick', () => {
    const r = ask(
      "Two of us run the clusters. We don't need traffic mirroring or canaries, Argo already does our rollouts. " +
        'What we need is mTLS everywhere without writing policies, and upgrades that stay boring. Which mesh should we go with?',
    );
    expect(r.factors, describeReply(r)).not.toContain('l7-traffic');
    expect(r.factors).toEqual(expect.arrayContaining(['fast-mtls-metrics', 'simple-operations']));
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('linkerd');
  });

  it.each([
    ['just two of us on the platform, linkerd or istio?', 'linkerd'],
    ['we need traffic mirroring and wasm filters in the proxy. linkerd?', 'istio'],
    ['small team, mtls with zero config, what would you pick?', 'linkerd'],
    ['no sidecars and per-path jwt authorization, which one?', 'istio'],
    // No mesh named, but mesh needs (Envoy filters, mTLS) and a choice asked for.
    ['custom envoyfilter needed, plus mtls out of the box. which one?', 'either'],
  ])('needs then a short ask for a choice get the pick: %s', (q, pick) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe(pick);
  });

  it.each([
    // A product name misspelt by one edit still names the mesh the choice is between.
    ['every outbound call must be forced through one egress gateway. isito or linkerd?', 'istio'],
    ['two of us run the platform, linkred or istio?', 'linkerd'],
    // A superlative asks for one mesh; "istio/linkerd" names the two to choose from.
    ['tiny team, no SRE, easiest mesh to run? istio/linkerd', 'linkerd'],
    ['we need fault injection and traffic mirroring, best mesh for that?', 'istio'],
    // "recomend" is itself a word the phrasings carry, so correction leaves it as typed.
    ['need mtls by default, 3 devs total. what do u recomend?', 'linkerd'],
    // The issue's own example: a need said as what security wants, then "is linkerd enough?".
    ['we run 40 services on EKS and security wants encryption, is linkerd enough?', 'linkerd'],
    // "has to" states a need, so the capability card gives way to the pick card.
    ['the proxy has to be as light as possible because we pay per vcpu. istio or linkerd?', 'linkerd'],
    ['two clusters in one mesh and header routing, team of 12. which?', 'istio'],
    ['wich mesh for a team of 3 that wants mtls without config', 'linkerd'],
    [
      'jwt claim based authz between services plus metrics with zero tuning, which way would you go?',
      'either',
    ],
  ])('needs with a choice asked in other words get the pick: %s', (q, pick) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe(pick);
  });

  it.each([
    'We have to choose between MongoDB Atlas and running mongodb ourselves with the operator. Team of 4, no DBA. Trade-offs?',
    'postgres operator or RDS for a team of 4, what would you pick?',
    'choosing between Confluent Cloud and self-hosted kafka on kubernetes, we are 3 people. which one?',
    'we will need several clusters across 3 regions and only one person on platform. EKS, GKE or AKS for the least ops work?',
    // Session 24: the options before a bare ask, a product on each side of the "or", the kind of
    // thing picked said anywhere in a message with no mesh word.
    'Need a CNI for 300 nodes, small team, low overhead per node. Calico or Cilium, just as the CNI? what would you go with?',
    'we need L4 balancing with health checks and under 1ms added latency, 2 of us. HAProxy, NGINX Plus or keep the F5s? which would you go with',
    'picking an ingress controller: ingress-nginx, Traefik or HAProxy Ingress. 3 clusters, canaries by header today. Which one?',
    'metrics backend decision: Thanos vs Mimir, 3 clusters, 2 SREs so low ops overhead matters. what would you pick?',
    'admission policies across 6 clusters, platform team of 3. OPA Gatekeeper or Kyverno, which do we adopt?',
    'Kong or Apigee at the edge, team of 4, 3 clusters, rate limits per key. which should we adopt?',
  ])('a choice between other products gets no pick card, even with a team size in it: %s', (q) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).not.toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation, describeReply(r)).toBeFalsy();
  });

  it.each([
    // Session 25: a mesh named only as context, never offered as an option; options in a list.
    'we already run linkerd in both clusters. for trace storage: Jaeger, Tempo or Honeycomb? team of 2. which one',
    'policy engine: Gatekeeper or Kyverno? we want to enforce the istio injection label on every namespace, 1 platform engineer',
    'feature flags: LaunchDarkly vs Unleash vs Flagsmith, about 30 services, we need % rollouts. we thought about canaries in the mesh but product wants flags. which one?',
    'metrics backend, options on the table:\n- Thanos\n- Grafana Mimir\n- VictoriaMetrics\nteam of 2, 13 months retention. thoughts on which?',
    // Options listed in a sentence, in English or not.
    'Pick a k8s backup tool. Context: 3 clusters, ~1,000 pods, team of 2.\nOptions: Velero, Kasten K10, CloudCasa.\nWhich one would you recommend?',
    'Tenemos 3 clusters on-prem, equipo de 2 personas. Estamos entre k3s, RKE2 y Talos. ¿Cuál elegiríais?',
    'identity provider for customer logins: keycloak self-hosted vs auth0 vs zitadel? 2 devs, 3 clusters. what would you choose?',
    'Wir betreiben schon Linkerd in 2 Clustern. Jetzt brauchen wir ein GitOps-Tool: Argo CD oder Flux? Team aus 3 Leuten. Welches würdet ihr nehmen?',
    '¿Loki o Elasticsearch para logs? Somos 4, tres clusters, unos 2 TB/día. ¿Cuál recomiendan?',
    // A product named "mesh" that is no service mesh.
    'chaos tool: Chaos Mesh or LitmusChaos? pod kills and network latency in staging, team of 2, 3 clusters',
  ])('a choice between other products with a mesh as context gets no pick card: %s', (q) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).not.toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation, describeReply(r)).toBeFalsy();
  });

  it.each([
    [
      "we're a team of 6 and have run kafka ourselves, so ease of operation is not a priority. we need header-based canaries. istio or linkerd?",
      'istio',
    ],
    [
      'we have 2 clusters but multi-cluster is out of scope, each stays on its own. we need tiny proxies, 60 pods per node. istio or linkerd?',
      'linkerd',
    ],
  ])('a count does not state a need the message rules out: %s', (q, pick) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe(pick);
  });

  it.each([
    'we are halfway from istio to linkerd, 2 namespaces moved, 6 to go. keep going or just stay on istio?',
    'half our namespaces are on linkerd, the rest still on the old istio install. do we finish on linkerd or go back to istio?',
  ])('a move under way with "finish or go back?" gets the pick card, both: %s', (q) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe('both');
  });

  it('a mesh already chosen ("istio was the pick") makes a question about it no pick question', () => {
    const r = ask('istio was the pick :tada: what metrics do we get without changing the apps? team of 6');
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).not.toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation, describeReply(r)).toBeFalsy();
  });

  it.each([
    "we went with linkerd, decision's done. what's the install path for prod, helm or the cli? team of 3, 2 clusters",
    'going with linkerd, that part is settled. how often will we have to upgrade and which versions can we skip? team of 2, 3 clusters',
    'Já escolhemos o Istio. Quanto de CPU e memória cada sidecar vai consumir? Precisamos dimensionar os nodes para ~1.200 pods em 2 clusters.',
    'wir haben uns für Linkerd entschieden. - 3 Cluster, ca. 1.800 Pods - Team von 4 Leuten - Security verlangt mTLS überall. Was kostet Linkerd realistisch?',
    'linkerd is the chosen one :white_check_mark: but we are on OpenShift (3 clusters) and the default SCC blocks linkerd-init. do we need linkerd-cni?',
  ])('a mesh already chosen, the question after it gets no pick card: %s', (q) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).not.toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation, describeReply(r)).toBeFalsy();
  });

  it.each([
    [
      'istio vs linkerd p99 latency overhead numbers? ~2k rps per svc, 10ms budget. not asking which to pick',
      'resource-overhead',
    ],
    [
      'how many CRDs does istio install vs linkerd? our 2 cluster admins hate CRD sprawl. not asking which to pick',
      'install-and-operate',
    ],
    [
      'Unterschied bei Retries: Was sind die Default-Retries in Istio vs. Linkerd? Keine Mesh-Grundsatzdiskussion bitte, nur Retries.',
      'retries-and-timeouts',
    ],
    [
      'istio vs linkerd latency and memory numbers from the published benchmarks? not choosing anything, 3 clusters, team of 2',
      'resource-overhead',
    ],
    [
      'retries in istio vs linkerd, team of 3? no recommendation needed, only the defaults',
      'retries-and-timeouts',
    ],
    [
      'how much memory does each linkerd proxy use compared with an istio sidecar? we run 900 pods. give me figures, not a recommendation',
      'resource-overhead',
    ],
    [
      'upgrading istio vs upgrading linkerd: how much work is each? 2 of us on call. this is not a which-one question, it is for planning',
      'upgrades',
    ],
    [
      'how do mtls certificates rotate in istio vs linkerd, 3 clusters? not asking which; we moved to linkerd last year',
      'certificates',
    ],
    [
      'not debating istio or linkerd again, we run both in different BUs. what are the default retries in each? team of 4',
      'retries-and-timeouts',
    ],
  ])('a comparison whose asker says no choice is asked gets its card, not the pick: %s', (q, id) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe(id);
    expect(r.kind === 'answer' && r.recommendation, describeReply(r)).toBeFalsy();
  });

  it.each([
    [
      'how do i rotate the linkerd trust anchor before it expires? team of 3, 2 clusters, security wants mTLS to never drop',
      'certificates',
    ],
    [
      'how do I write a policy so only the billing sa can call POST /invoices? 2 clusters, team of 6, default deny for the rest',
      'authorization',
    ],
    // "security recommends" is no ask for a recommendation.
    [
      "does istio's egress gateway let me block everything except an allowlist of hosts? security recommends default-deny egress",
      'egress',
    ],
  ])('a how-to gets its card without a pick beside it: %s', (q, id) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe(id);
    expect(r.kind === 'answer' && r.recommendation, describeReply(r)).toBeFalsy();
  });

  it('a capability question that states needs still gets the pick beside its card', () => {
    const r = ask(
      'can linkerd do multi-cluster failover? we have 3 clusters that must call each other. istio or linkerd?',
    );
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe('istio');
  });

  it.each([
    [
      'A gente já escolheu o Linkerd. Quais métricas e dashboards ele dá de graça, e o que ainda preciso configurar (Prometheus, Grafana)? Time de 4 pessoas, uns 500 pods.',
      'observability',
    ],
    [
      'linkerd final ho gaya hai, ab bas batao multi-cluster setup kaise karein? 3 clusters, team of 4',
      'multi-cluster',
    ],
  ])("a question the ranker cannot place is read again in the glossary's English: %s", (q, id) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe(id);
    expect(r.query).toBe(q.trim());
  });

  it('needs named only to be ruled out, then "which mesh?", get the "which mesh" card', () => {
    const r = ask(
      "we don't need canaries (flagger does them), don't need egress control (firewall), don't need multi-cluster. so which mesh is the sane default for us?",
    );
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
  });

  it('a choice of mesh whose only needs are ruled out gets the "which mesh" card, not the card of a ruled-out need', () => {
    const r = ask(
      'which one is better in general, istio or linkerd? we do not need multi-cluster or egress stuff, and overhead is not really a concern either',
    );
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
  });

  it.each([
    [
      'istio oder linkerd? zwei Rechenzentren, they must act as one mesh. Overhead pro Pod ist uns egal, the nodes are huge.',
      'istio',
    ],
    ["istio ou linkerd? we need header-based canaries. le multi-cluster n'est pas nécessaire", 'istio'],
  ])('a need ruled out in another language is ruled out: %s', (q, pick) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe(pick);
  });

  it.each([
    [
      'we run 2 regions each with its own gke cluster and they need to talk as one network also we need our own wasm plugin in the proxy what do we choose',
      'istio',
    ],
    [
      'we already send metrics to grafana cloud what we need is a custom filter in the proxy and the nodes are tiny so it has to be super light help us decide',
      'either',
    ],
  ])('a run-on message names a product as context, not as the choice: %s', (q, pick) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe(pick);
  });

  it.each([
    ['we are 3 engineers', 'linkerd'],
    ['the team is 4 people', 'linkerd'],
    ['we have 2 clusters', 'istio'],
  ])('a short message that only states a count asks for the pick, as /mesh-pick would: %s', (q, pick) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe(pick);
  });

  it('a count beside another product, or beside the meshes compared, is not a request for the pick', () => {
    for (const q of ['we are 3 engineers, postgres', 'zero trust istio vs linkerd']) {
      const r = ask(q);
      expect(r.kind === 'answer' && r.recommendation, `${q}: ${describeReply(r)}`).toBeFalsy();
    }
  });

  it('a misspelt need is read as spelling correction reads it', () => {
    const r = ask('we need the lowest latancy possible, which mesh should we run?');
    expect(r.factors, describeReply(r)).toContain('low-overhead');
  });

  it('"X: istio vs linkerd" compares on X; it does not ask for a pick', () => {
    const r = ask('zero trust istio vs linkerd');
    expect(r.kind === 'answer' && r.recommendation, describeReply(r)).toBeFalsy();
  });

  it('a big team is not a small one, and a pod count counts only when nothing else is said', () => {
    expect(ask('we are 40 engineers, which mesh?').factors).not.toContain('simple-operations');
    expect(ask('about 1,500 pods, which mesh should we use?').factors).toContain('low-overhead');
    expect(ask('1,500 pods in 6 clusters, which mesh?').factors).toEqual(['multi-cluster']);
    // "across N clusters" beside a fleet size reads as scale, not as one mesh spanning them: the
    // needs veto learned so from the labelled lines (since session 36's refit); the pod count still
    // does not count.
    expect(ask('1,500 pods across 6 clusters, which mesh?').factors).not.toContain('low-overhead');
  });

  it('"which one" about a capability keeps the capability card; "which mesh" is a pick', () => {
    const capability = ask(
      'We run 1,800 pods and each sidecar takes ~250MB. Which one cuts proxy memory more, the Sidecar resource or discoverySelectors?',
    );
    expect(capability.factors).toContain('low-overhead');
    expect(capability.kind === 'answer' && capability.entry.id, describeReply(capability)).toBe(
      'proxy-resource-tuning',
    );
    // "Which mesh" about the one capability its factor names: that capability's card, pick beside it.
    const choice = ask('we are 1,800 pods, which mesh uses less memory per pod?');
    expect(choice.kind === 'answer' && choice.entry.id, describeReply(choice)).toBe('resource-overhead');
    expect(choice.kind === 'answer' && choice.recommendation?.pick).toBe('linkerd');
    // A bare "what should we pick?" ending the question leaves the thing to pick unsaid: the mesh.
    const bare = ask('we need the lowest overhead per pod and mtls on day one, what should we pick?');
    expect(bare.kind === 'answer' && bare.entry.id, describeReply(bare)).toBe('which-mesh');
    expect(bare.kind === 'answer' && bare.recommendation?.pick).toBe('linkerd');
  });

  it('asking to choose between the two meshes, with no needs stated, is answered with the "which mesh" card', () => {
    // Short ones the model alone places on that card below the answer threshold (0.46-0.57).
    for (const q of ['which mesh should we use', 'linkerd vs istio which one', 'which mesh do we go with']) {
      const r = ask(q);
      expect(r.kind === 'answer' && r.entry.id, `${q}: ${describeReply(r)}`).toBe('which-mesh');
      expect(r.kind === 'answer' && r.recommendation, q).toBeNull();
      expect(r.confidence).toBeGreaterThanOrEqual(realMatcher().answerAt);
    }
    // Only when that card is the best match: a question about one capability keeps its own.
    const r = ask('how does linkerd handle mutual tls between pods?');
    expect(r.kind === 'answer' && r.entry.id).toBe('mtls');
  });

  it('Wasm and egress gateways are decision factors: a capability question keeps its card, stated needs get the pick card', () => {
    const capability = ask('which mesh supports wasm plugins?');
    expect(capability.factors).toEqual(['proxy-extensions']);
    expect(capability.kind === 'answer' && capability.entry.id, describeReply(capability)).toBe(
      'extensibility',
    );
    expect(capability.kind === 'answer' && capability.recommendation?.pick).toBe('istio');
    const needs = ask('we need wasm filters and an egress gateway for compliance, which mesh should we use?');
    expect([...needs.factors].sort()).toEqual(['egress-gateway', 'proxy-extensions']);
    expect(needs.kind === 'answer' && needs.entry.id, describeReply(needs)).toBe('which-mesh');
    expect(needs.kind === 'answer' && needs.recommendation?.pick).toBe('istio');
    expect(needs.kind === 'answer' && needs.recommendation?.scores).toEqual({ istio: 2, linkerd: 0 });
    // A how-to question names the factor but asks for no choice: no pick on it.
    const howTo = ask('how do I write a lua filter in istio?');
    expect(howTo.kind === 'answer' && howTo.entry.id, describeReply(howTo)).toBe('extensibility');
    expect(howTo.kind === 'answer' && howTo.recommendation).toBeNull();
  });

  it.each([
    // A leaning, then a short verdict word.
    ['leaning istio: we need weighted rollouts and mirroring for the checkout team. sensible pick?', 'istio'],
    ['my gut says linkerd, 3 of us and a 1ms budget per hop. am I right?', 'linkerd'],
    ['thinking we go istio since we need per-path jwt rules and an audited egress, right?', 'istio'],
    // "pick one?", "which one should we install?", "what should we be running?".
    ['mtls between pods and golden metrics with zero config, pick one?', 'linkerd'],
    ['two of us and no time to learn envoy. which one should we install?', 'linkerd'],
    ['we need canaries by header and a mesh across 3 clusters. what should we be running?', 'istio'],
    ['gut feeling is linkerd, 2 of us and no time for a big control plane. does that track?', 'linkerd'],
    [
      'we want linkerd for the small proxy, but only billing may POST to /refunds. does that tip it to istio?',
      'either',
    ],
    ['thinking istio since ops wants the sidecars gone. good choice?', 'istio'],
    ['3 clusters in 2 dcs, audited egress. what is the right mesh?', 'istio'],
    // A lean, then "or is the other one a better fit?": the pick, not the card on the other mesh.
    [
      'my gut says istio: one mesh over 4 clusters, ambient mode. does that hold up, or is linkerd a better fit?',
      'istio',
    ],
    [
      'pretty set on istio because every external call must leave through one logged exit. right choice?',
      'istio',
    ],
    // Weighing a switch from what runs today.
    [
      'we run istio and the team is down to 2 who cannot read envoy dumps. stay or move to linkerd?',
      'linkerd',
    ],
    ['on linkerd today, but security now wants per-path deny rules on 6 clusters. switch or stay?', 'istio'],
    ['inherited istio, 3 of us, nothing custom in it. keep it or replace with linkerd?', 'linkerd'],
    ['on linkerd, product wants header canaries and mirroring. worth switching to istio?', 'istio'],
    // A lean said as a plan or as the answer, then a verdict word.
    ['about to tell my boss linkerd: 2 of us, tiny pods, mtls by default. still linkerd?', 'linkerd'],
    ['i think istio is the answer: canaries by header and per-path authz. makes sense?', 'istio'],
    ['gonna propose istio: 3 regional clusters and an audited egress. any reason not to?', 'istio'],
    ['leaning istio for mirroring and 2 clusters, latency is a worry. does istio still win?', 'istio'],
    // The ask in another language, or in non-native English.
    ['wir sind 2 leute, the proxy must be light on ram. welches mesh, linkerd oder istio?', 'linkerd'],
    ['necesitamos canaries por header y 3 clusters. ¿istio o linkerd?', 'istio'],
    ['we need mirroring and wasm filters. which is more suitable mesh?', 'istio'],
    // Asks in plain words (picks31 and picks32's style).
    ['security says no sidecars in app pods, full stop. which mesh works?', 'istio'],
    [
      'we are migrating from linkerd to istio and tempted to say istio for the new service. bad idea?',
      'both',
    ],
    [
      'the plan is linkerd since it is easy to run, but we need header canaries. reasonable call or should it be istio?',
      'either',
    ],
    ['we are pretty sure we want linkerd: mtls and golden metrics on install. confirm?', 'linkerd'],
    ['reqs: regions in one mesh, weighted shifting, fault injection. istio vs linkerd?', 'istio'],
    [
      'half our namespaces run linkerd and half istio while we switch. a new team asks which to onboard to. help?',
      'both',
    ],
    [
      'my lead wants the mesh that gives tls between pods and graphs with no setup. which one is that?',
      'linkerd',
    ],
    [
      'two regions that must act as one mesh and one logged exit for vendors. which should we budget for?',
      'istio',
    ],
    ['3 of us, pods must stay lean. what would you tell my boss?', 'linkerd'],
    // A pain, then "which mesh fixes that?" or "which hurts less?".
    ['each cluster is its own island and nothing fails over. istio or linkerd to fix that?', 'istio'],
    ['our proxies eat so much memory that nodes fit fewer pods. which mesh hurts less?', 'linkerd'],
    ['we need header canaries and one logged egress. which should i write into the plan?', 'istio'],
    [
      '20-person startup, one part-time ops person, mtls and graphs out of the box. what should we budget for?',
      'linkerd',
    ],
    [
      'a pentest found any pod can call any admin api in the mesh. we need to lock down who can call which endpoint. what should we deploy?',
      'istio',
    ],
    // picks35 and picks36's asks.
    [
      'we run both meshes while moving to istio. should the next services go on istio, linkerd, or both?',
      'both',
    ],
    [
      'our 2-person team spent months on virtualservices. is there a mesh that hurts less, or should we stick with it?',
      'linkerd',
    ],
    ['each cluster is its own island and nothing fails over. which service mesh would fix this?', 'istio'],
    ['no extra containers in the pods and no platform team. what is the safe bet?', 'either'],
    [
      'the vendor will not support anything extra added inside the pods, so which mesh can work around that?',
      'istio',
    ],
    // A comparison that points back at the needs just stated.
    ['we want 5% canaries and routing on a header. which mesh is better for this?', 'istio'],
    // Session 20: asks that point back at a need said as a fact or imperative.
    ['only the billing service may call DELETE /orders. which mesh does that?', 'istio'],
    ['any pod can reach the admin api under /internal. which mesh lets us lock that down by path?', 'istio'],
    // Where new work goes during a move, and a lean with the other mesh offered.
    ['we are halfway from istio to linkerd. where should brand new services land?', 'both'],
    ['half our apps moved off linkerd to istio. what should new services default to?', 'both'],
    ['we plan istio ambient so pods carry no proxy at all. good call, or would linkerd be better?', 'istio'],
    // A superlative asked of "which mesh", and "your suggestion / advice".
    ['memory is tight on every node. which service mesh is lightest?', 'linkerd'],
    [
      'our jobs hang on the injected container, so no extra container in pods. what is your suggestion?',
      'istio',
    ],
    [
      'one exit point for outbound calls and an allow-list of which svc calls which path. istio/linkerd?',
      'istio',
    ],
    // Needs said partly in another language (src/intents/glossary.ts).
    [
      'wir haben 120 pods pro node, jedes MB RAM zählt, und brauchen verschlüsselung sofort. welches mesh?',
      'linkerd',
    ],
    ['necesitamos algo ligero y que no dé guerra, el equipo es solo 2 personas. istio o linkerd?', 'linkerd'],
    [
      'on est une équipe de 2 personnes, chiffrement et métriques dès le premier jour. istio ou linkerd ?',
      'linkerd',
    ],
    [
      'unsere security will dass jeder outbound call über einen zentralen ausgang geht. welches mesh?',
      'istio',
    ],
    ['pods me koi extra container nahi chahiye. istio ya linkerd?', 'istio'],
    // picks39's asks: a verdict on a lean, and a standard during a move.
    [
      'leaning istio: one audited exit for outbound calls and a wasm filter to sign requests. double-check me?',
      'istio',
    ],
    [
      'we are partway through moving to linkerd and the cronjobs hang on the injected container. what do we standardize on?',
      'both',
    ],
    // picks40's asks.
    [
      'our last mesh broke in an upgrade; now it must be something one person can install and upgrade. which of the two would you bet on?',
      'linkerd',
    ],
    ['no proxy stuck into every pod and light on memory per pod. what is the better fit for us?', 'either'],
    // A language naming the plugin is not another product.
    ['help us decide we need mirroring and our own rust plugin inside the proxy', 'istio'],
    // "Sound right or overkill?" after a lean.
    ['leaning istio for weighted canaries and per-path authz rules. sounds right, or overkill?', 'istio'],
  ])('a verdict or a choice asked in few words gets the pick: %s', (q, pick) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe(pick);
  });

  it('"would istio be better for X?" compares on a capability: that card, not the pick card', () => {
    const r = ask(
      'our canary rollouts with flagger on linkerd keep flapping. would istio be better for canaries?',
    );
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('progressive-delivery');
  });

  it('a verdict is answered by a card on choosing only when that card is about the mesh named', () => {
    // when-linkerd does not answer a lean to istio; the pick card does.
    const lean = ask('thinking istio since ops wants the sidecars gone. good choice?');
    expect(lean.kind === 'answer' && lean.entry.id, describeReply(lean)).toBe('which-mesh');
    expect(lean.kind === 'answer' && lean.recommendation?.pick).toBe('istio');
    // linkerd-as-alternative is about leaving istio: it answers a question that names istio.
    const alt = ask(
      'istio feels like overkill for our 3 person team, is linkerd the lighter alternative we should move to?',
    );
    expect(alt.kind === 'answer' && alt.entry.id, describeReply(alt)).toBe('linkerd-as-alternative');
  });

  it('two needs that no card confidently answers, then "linkerd vs istio?", get the pick', () => {
    const r = ask('guild wishlist: *boring upgrades*, *tiny proxies*. linkerd vs istio?');
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick, describeReply(r)).toBe('linkerd');
  });

  it('a need only a mesh meets is in scope without the word mesh', () => {
    const r = ask('we must run a homegrown filter inside the proxy, what would you choose?');
    expect(r.factors, describeReply(r)).toContain('proxy-extensions');
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).toBe('which-mesh');
  });

  it('a platform team of five or six beside a large organisation is background, not a small team', () => {
    const big = ask(
      'we are a 120 developer company with a platform team of six and need canaries. which mesh?',
    );
    expect(big.factors, describeReply(big)).not.toContain('simple-operations');
    // A small team is still one in a big company, and a fraction still counts.
    expect(ask('we are a 120 developer company with a platform team of two. which mesh?').factors).toContain(
      'simple-operations',
    );
    expect(ask('300 engineers, but the platform crew is 1.5 people. which mesh?').factors).toContain(
      'simple-operations',
    );
    expect(ask('which one for a team of 6?').factors).toContain('simple-operations');
  });

  it.each([
    // A dash that leads into the ask keeps the options before it in the asking part.
    '3 of us, 4 clusters, rotation every 30 days. Vault vs AWS Secrets Manager - which should we standardise on?',
    // The kind of thing asked for is not a mesh.
    'team of 4, we need active-active across regions and cheap egress. which cloud provider would you go with?',
    'two ops people and canary releases wanted. what ci/cd tool should we standardise on?',
  ])('a choice of another kind of product gets no pick: %s', (q) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, describeReply(r)).not.toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation, describeReply(r)).toBeFalsy();
  });

  it('no pick beside a card for a team that already runs or chose its mesh', () => {
    const running = ask(
      'linkerd has been running on 3 clusters since spring and the trust anchor expires next week, how do we rotate it?',
    );
    expect(running.kind === 'answer' && running.entry.id, describeReply(running)).toBe('certificates');
    expect(running.kind === 'answer' && running.recommendation, describeReply(running)).toBeNull();
    const chosen = ask(
      'we settled on linkerd since two of us run everything. how do i renew the issuer certificate before it expires?',
    );
    expect(chosen.kind === 'answer' && chosen.entry.id, describeReply(chosen)).toBe('certificates');
    expect(chosen.kind === 'answer' && chosen.recommendation, describeReply(chosen)).toBeNull();
    // A verdict asked on the choice still gets it.
    const verdict = ask(
      'we went with istio but we are 2 people and nodes are tight on memory. is istio overkill?',
    );
    expect(verdict.kind === 'answer' && verdict.recommendation?.pick, describeReply(verdict)).toBe('linkerd');
  });

  it('a plain topic question carries no recommendation', () => {
    const r = ask('how does linkerd handle mutual tls between pods?');
    expect(r.kind === 'answer' && r.recommendation).toBeNull();
  });
});

describe('pasted code', () => {
  const ask = (q: string) => realMatcher().answer(q);
  const log = Array.from(
    { length: 60 },
    (_, i) =>
      `2026-11-20T10:00:${String(i).padStart(2, '0')}Z warn envoy upstream connect error or disconnect/reset before headers. reset reason: connection failure`,
  ).join('\n');
  const question =
    'how do we keep kubelet liveness and readiness probes working once strict mtls is on in istio?';

  it('a long log pasted before the question neither drowns it nor pushes it past what is read', () => {
    const alone = ask(question);
    expect(alone.kind === 'answer' && alone.entry.id, describeReply(alone)).toBe('health-probes');
    const withLog = ask(`\`\`\`\n${log}\n\`\`\`\nthat is what the sidecar prints. ${question}`);
    expect(withLog.kind === 'answer' && withLog.entry.id, describeReply(withLog)).toBe('health-probes');
  });

  it('weighs fenced code at the tuned code weight: at full weight the same message loses its card', () => {
    expect(realMatcher().params.codeWeight).toBeLessThan(0.5);
    const text = `\`\`\`\n${log}\n\`\`\`\nthat is what the sidecar prints. ${question}`;
    const full = createMatcher(realKb(), { params: { codeWeight: 1 } }).answer(text);
    expect(full.kind === 'answer' && full.entry.id === 'health-probes', describeReply(full)).toBe(false);
  });
});

describe('hostile input', () => {
  const kinds = new Set(['answer', 'suggest', 'fallback', 'smalltalk']);

  it('never throws, and always returns a well-formed reply', () => {
    const m = realMatcher();
    const inputs = hostileInputs(300, 20261126);
    expect(inputs.length).toBeGreaterThanOrEqual(300);
    for (const q of inputs) {
      const label = JSON.stringify(q.slice(0, 80));
      let r: Reply | undefined;
      expect(() => {
        r = m.answer(q);
      }, label).not.toThrow();
      if (!r) continue;
      expect(kinds.has(r.kind), label).toBe(true);
      expect(Number.isFinite(r.confidence), label).toBe(true);
      expect(r.confidence, label).toBeGreaterThanOrEqual(0);
      expect(r.confidence, label).toBeLessThanOrEqual(1);
      if (r.kind === 'answer') expect(realKb().byId.has(r.entry.id), label).toBe(true);
      if (r.kind === 'suggest') expect(r.candidates.length, label).toBeLessThanOrEqual(3);
      expect(() => m.findTopic(q), label).not.toThrow();
    }
  });
});

describe('answer cache', () => {
  it('returns the same reply for a repeated question and stays bounded', () => {
    const m = createMatcher(realKb());
    const first = m.answer('how does linkerd do mtls?');
    expect(m.answer('how does linkerd do mtls?')).toBe(first);
    for (let i = 0; i < 1100; i++) m.answer(`question number ${i} about istio`);
    const again = m.answer('how does linkerd do mtls?');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('counts written as words', () => {
  it.each([
    ['two of us run the platform, istio or linkerd?', 'simple-operations'],
    ['we are a team of four, which mesh?', 'simple-operations'],
    ['three clusters in two regions, which mesh should we use?', 'multi-cluster'],
  ])('%s names %s', (q, factor) => {
    expect(numericFactors(normalizeText(q))).toContain(factor);
  });

  it('"one" is not a count, and a big team is not small', () => {
    expect(numericFactors(normalizeText('which one, istio or linkerd?'))).toEqual([]);
    expect(numericFactors(normalizeText('we are twelve engineers, which mesh?'))).toEqual([]);
  });

  it('"day-2 ops" is a phase of operations, not a team of two', () => {
    expect(numericFactors(normalizeText('what do day-2 ops look like for each mesh?'))).toEqual([]);
    expect(numericFactors(normalizeText('day 2 ops istio vs linkerd'))).toEqual([]);
    expect(numericFactors(normalizeText('2 ops people, istio or linkerd?'))).toContain('simple-operations');
  });
});

describe('a move weighed is not a move under way', () => {
  it('"would switching to linkerd be saner?" gets no "both" pick', () => {
    const r = ask(
      'Four of us run Istio and nobody understands the config any more; the sidecars eat a lot of memory. Would switching to Linkerd be the saner choice for us?',
    );
    expect(r.factors, describeReply(r)).not.toContain('mid-migration');
    if (r.kind === 'answer') expect(r.recommendation?.pick ?? null).not.toBe('both');
  });

  it('"we are switching to linkerd, half done" still is', () => {
    const r = ask(
      'we are switching from istio to linkerd, about half done. istio or linkerd in the meantime?',
    );
    expect(r.factors, describeReply(r)).toContain('mid-migration');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('both');
  });
});

describe('the regression seed', () => {
  it('gives the same fit for the same seed and another fit for another seed', () => {
    const questions = parseEvalFile(readFileSync(join(FIXTURES, 'eval-public.jsonl'), 'utf8')).map(
      (l) => l.q,
    );
    const confidences = (seed: number) => {
      const m = createMatcher(realKb(), { seed });
      return questions.map((q) => m.answer(q).confidence);
    };
    const first = confidences(2);
    expect(confidences(2)).toEqual(first);
    const other = confidences(3);
    expect(other).toHaveLength(first.length);
    expect(other.some((c, i) => c !== first[i])).toBe(true);
  });
});

describe('a question that asks only for a choice', () => {
  // Read on normalised text: every word from the "which"/"what"/"where" to the end of the sentence
  // asks or chooses, so after stated needs it can ask for nothing but the pick.
  const choosing = true;
  const asksMore = false;
  it.each([
    ['which you will select?', choosing],
    ['so where would you point us?', choosing],
    ['given that, where would you land?', choosing],
    ['what is more better choice?', choosing],
    ['please tell which you prefer.', choosing],
    ['we want it installed in one hour which between linkerd and istio fits more?', choosing],
    ['which of two meshes?', choosing],
    ['what do we go for?', choosing],
    ['which you recommend for our case?', choosing],
    ['which of these would you back?', choosing],
    ['which product gets us there?', choosing],
    ['if we have to add a mesh, which one hurts least?', choosing],
    // A word of its own: the question is about something else.
    ['which version?', asksMore],
    ['what about egress?', asksMore],
    ['where do we start?', asksMore],
    ["what's the recommended setup?", asksMore],
    ['which ports does the mesh need, and which ones?', asksMore],
    // A second question inside: "which one does what?".
    ['what are ztunnel and waypoints, and which one does what?', asksMore],
    // "what" and "where" ask to choose only with a word that chooses.
    ['what is that?', asksMore],
    ['what would you do?', asksMore],
  ] as const)('"%s" asks only to choose: %s', (text, expected) => {
    expect(asksOnlyToChoose(text)).toBe(expected);
  });

  it.each([
    [
      'Our company have 6 clusters on two clouds &amp; the networks are not flat. We need they work like one mesh, and traffic to outside must pass one exit point for the auditors. Which you will select?',
      'istio',
    ],
    [
      '<@U0BOT1234> Our cluster is running 2000 pods on very dense nodes, so proxy must be tiny. Also we are only two persons for operate it. What is more better choice?',
      'linkerd',
    ],
    [
      "We're a team of three and we'd prefer something simple. But security has two hard requirements: nothing gets added inside application pods, and every call is checked against rules saying who may call which endpoint. Given that, where would you land?",
      'istio',
    ],
  ])('after stated needs it gets the pick: "%s"', (q, pick) => {
    const r = ask(q);
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' ? r.recommendation?.pick : null).toBe(pick);
  });

  it('the ask in Spanish ("¿qué mesh usarían?") after needs in Spanish gets the pick', () => {
    const r = ask(
      'Buenas, tenemos 6 clusters en tres regiones y necesitamos un solo mesh entre todos, además reglas de acceso por método HTTP. ¿Qué mesh usarían?',
    );
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' ? r.recommendation?.pick : null).toBe('istio');
  });

  it('without a need stated there is no pick to give', () => {
    const r = ask('which you will select?');
    expect(r.kind === 'answer' && r.entry.id === 'which-mesh' && r.recommendation !== undefined).toBe(false);
  });
});

describe('session 23 asks', () => {
  it.each([
    'parking app, 1 dev does ops part time. just need encrypted svc-to-svc + RED metrics from the start w/o config, no custom plugins in the proxy. recs?',
    'hum abhi Linkerd se Istio pe migrate kar rahe hain, aadha kaam ho gaya. New service ko kaunse mesh pe deploy karna chahiye?',
  ])('stated needs and "%s" get the pick card', (q) => {
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, JSON.stringify(r.factors)).toBe('which-mesh');
  });

  it('"recs?" after needs of another product asks nothing of the bot', () => {
    expect(ask('we need a postgres backup tool that is simple to run, recs?').kind).toBe('fallback');
  });
});

describe('session 28: chat typed one thought a line, experienced teams, comparisons that are not a choice', () => {
  const m = realMatcher();
  it('a line that ends without punctuation ends its sentence (linesAsSentences)', () => {
    expect(linesAsSentences('we are 2 on infra\nmulti-cluster: no\nwasm: no\nwhich one?')).toBe(
      'we are 2 on infra.\nmulti-cluster: no.\nwasm: no.\nwhich one?',
    );
    // Headers, quotes, short lines and code keep their line as it was.
    expect(linesAsSentences('MUST\n1. mtls')).toBe('MUST\n1. mtls');
    expect(linesAsSentences('> imo linkerd is lighter\nsure but')).toBe('> imo linkerd is lighter\nsure but');
    expect(linesAsSentences('```\nkubectl get pods -A\n```')).toBe('```\nkubectl get pods -A\n```');
  });

  it('a blank line between two lines ends the first one sentence, however many blank lines there are', () => {
    const blanks = '\n'.repeat(20_000);
    const out = linesAsSentences(`we need mtls from day one${blanks}two of us run the platform`);
    expect(out.startsWith('we need mtls from day one.\n')).toBe(true);
    expect(out.split('\n')).toHaveLength(20_001);
  });

  it('a list of labels with "no" on their own lines rules those needs out', () => {
    const r = m.answer(
      'we are 2 people on infra\nour nodes are packed, ~85% memory\nmulti-cluster: no\nwasm: no\nwhich mesh would you go with?',
    );
    expect(r.factors).not.toContain('multi-cluster');
    expect(r.factors).not.toContain('proxy-extensions');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('linkerd');
  });

  it('a team of five that has run Istio before is not asking for the simplest mesh', () => {
    const r = m.answer(
      'we need a lua filter in the proxy to rewrite old headers. team of 5 w/ istio exp. rec?',
    );
    expect(r.factors).not.toContain('simple-operations');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('istio');
  });

  it.each([
    "how do istio and linkerd differ on cert lifetimes and rotation? 2 clusters, mtls everywhere. not a 'which mesh' question",
    "we run istio on 2 clusters, team of 4. someone keeps reopening istio vs linkerd but that's a separate discussion. how do i upgrade with revision tags?",
  ])('an asker who says no choice is asked gets no pick card: %s', (q) => {
    const r = m.answer(q);
    expect(r.kind === 'answer' && r.entry.id).not.toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation).toBeFalsy();
  });
});

describe('session 28: three meshes offered, and a choice asked with the canaries card ruled out', () => {
  const m = realMatcher();
  it.each([
    ['no sidecars at all, and one mesh across 3 clusters. istio? linkerd? cilium?', 'istio'],
    ['mtls and golden metrics with no policy to write, day one. cilium, linkerd or istio?', 'linkerd'],
  ])('Istio and Linkerd offered beside another mesh get the pick card: %s', (q, pick) => {
    const r = m.answer(q);
    expect(r.kind === 'answer' && r.entry.id).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe(pick);
  });

  it('a comparison of Cilium with both meshes, no pick asked, keeps the Cilium card', () => {
    const r = m.answer(
      "cilium vs istio vs linkerd: how does cilium's mutual authentication compare with real mtls? nobody is asking for a pick",
    );
    expect(r.kind === 'answer' && r.entry.id).toBe('cilium-mesh');
  });

  it('canaries handed to Argo Rollouts and a choice asked: the pick card, not the rollouts card', () => {
    const r = m.answer('canaries are handled by argo rollouts and authz by our gateway. so which mesh?');
    expect(r.kind === 'answer' && r.entry.id).toBe('which-mesh');
    expect(r.factors).toEqual([]);
  });
});

describe('session 28, second round', () => {
  const m = realMatcher();
  it('a paragraph break ends a sentence: a "don\'t want" in one paragraph does not rule out the next', () => {
    const r = m.answer(
      "- mtls and golden metrics from day one, they don't want to write any policy\n\nops-wise it would be me + 1 other. istio or linkerd?",
    );
    expect(r.factors).toContain('simple-operations');
  });
  it('"mesh rec?" after a stated need asks for the pick card', () => {
    const r = m.answer(
      'legal wants one audited egress point for all outbound calls. mesh rec? istio/linkerd',
    );
    expect(r.kind === 'answer' && r.entry.id).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('istio');
  });
  it('a platform team that ran istio before is not a small-team need', () => {
    const r = m.answer('team of 6, ran istio 1.1x before. we need cross-cluster failover. recommendation?');
    expect(r.factors).not.toContain('simple-operations');
  });
});

describe('session 28, third round: asks for a pick in other languages and in short forms', () => {
  const m = realMatcher();
  it.each([
    ['istio vs linkerd for us? must do header-based routing.', 'istio'],
    [
      'looking for a rec between istio, linkerd and cilium. must-haves: fault injection and ext authz against opa',
      'istio',
    ],
    [
      'Buenas, auditoría exige que las llamadas externas salgan por un gateway dedicado. ¿Istio o Linkerd? ¿Cuál recomendáis?',
      'istio',
    ],
    [
      'Servus! Bei uns betreuen nur ich und ein Werkstudent den Cluster. Wir wollen mTLS sofort, ohne Konfig-Aufwand. Istio oder Linkerd, was nehmen wir?',
      'linkerd',
    ],
  ])('%s -> the pick card', (q, pick) => {
    const r = m.answer(q);
    expect(r.kind === 'answer' && r.entry.id).toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe(pick);
  });
});

describe('session 28, fourth round', () => {
  const m = realMatcher();
  it('"platform team is 3" is a team size', () => {
    expect(m.answer('platform team is 3, nobody has run a mesh. istio or linkerd?').factors).toContain(
      'simple-operations',
    );
  });
  it.each([
    'istio, linkerd or consul, which one?',
    'our hardening baseline forbids sidecar containers. istio, linkerd or cilium?',
  ])('three meshes offered, Istio and Linkerd among them, get the pick card: %s', (q) => {
    const r = m.answer(q);
    expect(r.kind === 'answer' && r.entry.id).toBe('which-mesh');
  });
  it.each([
    [
      'Geen sidecars in onze pods, en de CPU per pod moet zo laag mogelijk blijven. Istio of Linkerd?',
      'sidecarless',
    ],
    [
      'platform pura main akela sambhalta hoon, mesh ka zero experience. istio ya linkerd, kaunsa lu?',
      'simple-operations',
    ],
    [
      'Siamo in due a gestire tutto il k8s e ci serve mTLS tra i servizi da subito. Istio o Linkerd?',
      'simple-operations',
    ],
  ])('%s -> reads %s', (q, need) => {
    const r = m.answer(q);
    expect(r.factors).toContain(need);
    expect(r.kind === 'answer' && r.entry.id).toBe('which-mesh');
  });
});

describe('session 29: one capability compared, a choice with no need stated, a mesh fixed for good, struck-through text', () => {
  const m = realMatcher();
  it('"which is easier to run day-2, linkerd or istio?" compares them on one capability: its card, with the pick in it', () => {
    const r = m.answer(
      'which is easier to run day-2, linkerd or istio? there are 3 of us and none has run a mesh',
    );
    expect(answerId(r), describeReply(r)).toBe('install-and-operate');
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('linkerd');
  });

  it("issue 7's example: a capability question gets the entry on that capability, not the pick card or suggestions", () => {
    const r = m.answer('which mesh handles egress control better?');
    expect(answerId(r), describeReply(r)).toBe('egress');
    // "Which mesh handles that better?" after needs points back at them: still the pick.
    const back = m.answer(
      'our services in two regions must call each other by name as if it were one cluster. which mesh handles that better?',
    );
    expect(answerId(back), describeReply(back)).toBe('which-mesh');
  });

  it('"out of the box" alone is not the need for mTLS and metrics on day one', () => {
    const r = m.answer("who's better at retries and timeouts out of the box, linkerd or istio?");
    expect(answerId(r), describeReply(r)).toBe('retries-and-timeouts');
    expect(r.factors).toEqual([]);
    expect(
      m.answer('we want mtls and golden metrics out of the box, two of us, istio or linkerd?').factors,
    ).toContain('fast-mtls-metrics');
  });

  it('both meshes offered and a choice asked with no need stated: the pick card, which asks for the needs', () => {
    const r = m.answer('linkerd vs istio for our startup? no special requirements yet');
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    expect(r.factors).toEqual([]);
  });

  it('a mesh locked in, asked what it covers, is not asked to be chosen again', () => {
    const r = m.answer(
      'istio is locked in for us, 3 clusters. does istio cover rate limiting per client or do we still need kong for that?',
    );
    expect(answerId(r), describeReply(r)).not.toBe('which-mesh');
    expect(r.kind === 'answer' && r.recommendation).toBeFalsy();
  });

  it('three meshes offered in Dutch ("istio, linkerd of kuma") is a choice among them', () => {
    expect(answerId(m.answer('welke mesh kiezen we: istio, linkerd of kuma?'))).toBe('which-mesh');
  });

  it("Slack's struck-through text is not read as a need, and approximations with ~ stay", () => {
    expect(withoutStruck('R4: ~multi-cluster~ - dropped')).toBe('R4:  - dropped');
    expect(withoutStruck('~50 pods and ~85% memory')).toBe('~50 pods and ~85% memory');
    const r = m.answer(
      '~canary releases~ dropped. we need mtls everywhere and 2 of us run the platform. istio or linkerd?',
    );
    expect(r.factors).not.toContain('l7-traffic');
    expect(r.factors).toContain('simple-operations');
  });
});

describe('session 30: emoji between thoughts, Markdown strikes, asks for a pick in other words', () => {
  const m = realMatcher();
  const pickOf = (r: Reply) => (r.kind === 'answer' ? r.recommendation?.pick : undefined);

  it('an emoji code between two thoughts ends the first for the rules, and only there', () => {
    expect(emojiAsStops('ram at 90% :sweat_smile: which mesh?')).toBe('ram at 90%. which mesh?');
    expect(emojiAsStops('thanks :pray:')).toBe('thanks :pray:');
    const r = m.answer(
      'worker nodes run at ~90% memory :sweat_smile: which mesh do we go with, linkerd or istio?',
    );
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    expect(pickOf(r)).toBe('linkerd');
  });

  it("~~Markdown strikes~~ are not read as needs, like Slack's ~strikes~", () => {
    expect(withoutStruck('- ~~fault injection~~: cut')).toBe('- : cut');
    const r = m.answer(
      'final list:\n- ~~header routing~~\n- mtls and success rates on day one\n- 2 of us\nistio or linkerd?',
    );
    expect(r.factors).not.toContain('l7-traffic');
    expect(pickOf(r)).toBe('linkerd');
  });

  it('"mesh pick for ..." and "linkerd still, or istio now that ..." ask for the pick', () => {
    const a = m.answer('mesh pick for a team of 3 that needs routing by header across 2 clusters?');
    expect(answerId(a), describeReply(a)).toBe('which-mesh');
    const b = m.answer('istio still, or linkerd now that we need the smallest proxy we can get? 4,000 pods');
    expect(answerId(b), describeReply(b)).toBe('which-mesh');
    expect(pickOf(b)).toBe('linkerd');
  });

  it('a need said to be a no-go beside "istio vs linkerd?" is weighed, not answered by a card on something else', () => {
    const r = m.answer(
      'sidecars are a non-starter here, our batch jobs never finish with one attached. linkerd vs istio?',
    );
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    expect(pickOf(r)).toBe('istio');
  });

  it('"which mesh should we standardise on?" with no need stated gets the pick card, which asks for them', () => {
    const r = m.answer('which mesh should we standardise on? gke, two node pools, calico');
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
  });

  it.each([
    [
      "sidecar'lar bizim için sorun değil, ambient şart değil. 2 kişiyiz. istio mu linkerd mi?",
      'sidecarless',
      false,
    ],
    ['multi-cluster na razie nie, jeden klaster wystarczy. istio czy linkerd?', 'multi-cluster', false],
    [
      'zespół platformy to 3 osoby, nikt nie ma doświadczenia z mesh. istio czy linkerd?',
      'simple-operations',
      true,
    ],
    [
      'potrzebujemy jak najmniejszy narzut, węzły na 85% pamięci. co wybrać, istio czy linkerd?',
      'low-overhead',
      true,
    ],
    [
      'jesteśmy w połowie migracji z istio na linkerd. co polecasz, istio czy linkerd?',
      'mid-migration',
      true,
    ],
    ["3 kişilik ekip, mesh'ten anlayan yok. istio mu linkerd mi?", 'simple-operations', true],
    [
      "istio'dan linkerd'e geçiyoruz, servislerin yarısı taşındı. hangisinde kalırdın?",
      'mid-migration',
      true,
    ],
  ] as const)('Polish and Turkish: "%s" reads %s as %s', (q, id, wanted) => {
    const r = m.answer(q);
    expect(r.factors.includes(id), describeReply(r)).toBe(wanted);
  });

  it('"l5d" is Linkerd to the pick rules', () => {
    const r = m.answer('istio or l5d? 2 of us and we want mtls from day one');
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    expect(pickOf(r)).toBe('linkerd');
  });

  it('other meshes told of as context, then "istio or linkerd?": the pick card', () => {
    const r = m.answer(
      'we gave up on kuma after the poc and consul felt heavy. so: istio or linkerd, which would you recommend?',
    );
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    const own = m.answer(
      'our kuma poc died last year. which graduated from the cncf first, istio or linkerd?',
    );
    expect(answerId(own), describeReply(own)).toBe('cncf-status');
  });

  it.each([
    [
      'tim kami cuma 2 orang, belum ada pengalaman dengan mesh. kami butuh mTLS dari awal. istio atau linkerd?',
      'linkerd',
    ],
    [
      'team chỉ có 2 người, chưa có kinh nghiệm với mesh. không cần multi-cluster. nên chọn istio hay linkerd?',
      'linkerd',
    ],
    [
      'dalawa lang kami sa platform, wala kaming experience sa mesh. istio o linkerd, alin ang mas okay?',
      'linkerd',
    ],
  ])('Indonesian, Vietnamese and Tagalog: "%s" picks %s', (q, pick) => {
    const r = m.answer(q);
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    expect(pickOf(r)).toBe(pick);
    expect(r.factors).toContain('simple-operations');
  });

  it('a Markdown table declines the rows its priority column says no to; ❌ declines a line', () => {
    const table = [
      '| need | priority | notes |',
      '|---|---|---|',
      '| mTLS everywhere | must | day one |',
      '| multi-cluster | no | one region |',
      '| canary releases | later | q3 |',
      '❌ wasm plugins',
    ].join('\n');
    expect(withoutDeclinedItems(table)).toBe('mTLS everywhere: must, day one.');
    const r = m.answer(`our requirements:\n${table}\n2 of us run the platform. istio or linkerd?`);
    expect(r.factors).not.toContain('multi-cluster');
    expect(r.factors).not.toContain('l7-traffic');
    expect(r.factors).not.toContain('proxy-extensions');
    expect(pickOf(r)).toBe('linkerd');
    // A checklist's boxes are left alone: "[x]" means done in some lists and wanted in others.
    expect(withoutDeclinedItems('- [x] one cluster\n- [ ] egress gateway')).toBe(
      '- [x] one cluster\n- [ ] egress gateway',
    );
  });

  it.each([
    ['we are half way through moving from linkerd to istio. which one do we actually settle on?'],
    [
      'one foot in each mesh: old cluster on istio, new on linkerd, migrating week by week. keep linkerd as the target or reconsider?',
    ],
    ['lagi setengah jalan migrasi dari linkerd ke istio. lanjut ke istio atau balik ke linkerd?'],
  ])('a move under way and a choice asked in other words: "%s" gets the pick card, both', (q) => {
    const r = m.answer(q);
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    expect(pickOf(r)).toBe('both');
  });

  it('"not choosing, just curious" and "already agreed" ask for no pick', () => {
    for (const q of [
      'how do istio and linkerd mtls setups differ? not choosing, just curious',
      "we're going with linkerd (already agreed, 3 of us). how do we get distributed traces now?",
    ]) {
      const r = m.answer(q);
      expect(answerId(r), describeReply(r)).not.toBe('which-mesh');
    }
  });
});

describe('session 31: a choice asked in so many words gets the pick card', () => {
  it.each([
    'only the billing svc may POST /refunds, everything else deny by default. which mesh do we pick?',
    'my manager asked me to pick between istio and linkerd. requirements: waypoint proxies instead of sidecars and a custom envoyfilter.',
    'no sidecars in our pods, ever. istio ambient or linkerd, what would you pick?',
  ])('%j', (q) => {
    expect(answerId(realMatcher().answer(q))).toBe('which-mesh');
  });
});

describe('session 35: two ways of extending the proxy offered against each other', () => {
  it.each([
    'wasm or lua, which one should I pick for a custom header filter in envoy?',
    'wasm vs lua for our envoy header logic, what would you recommend?',
    // Session 37: with "and" before the ask for one of them, as a Chinese "和 ... 选哪个" reads.
    'wasm and lua, which one should I pick for a custom header filter in envoy?',
    'wasm & lua: which is the better fit for our envoy header logic?',
  ])('%j gets the extensibility card, not the pick card', (q) => {
    const r = realMatcher().answer(q);
    expect(answerId(r), describeReply(r)).toBe('extensibility');
  });

  it('with the meshes offered, or a mesh asked for, the same need still gets the pick', () => {
    for (const q of [
      'we need wasm or lua filters and 3 clusters, istio or linkerd?',
      'custom lua filters needed, which mesh?',
      'we need wasm and lua filters, which mesh?',
      'wasm and lua filters needed; what do you recommend?',
    ]) {
      const r = realMatcher().answer(q);
      expect(answerId(r), describeReply(r)).toBe('which-mesh');
      expect(r.kind === 'answer' ? r.recommendation?.pick : undefined).toBe('istio');
    }
  });
});

describe('session 36: a card gives way to the pick card where the ask reader is sure', () => {
  // Needs stated and a choice asked in words the ask rules do not know: the words of the need pull
  // the ranker to that need's card. The shipped ask reader is sure enough (ASK_OVER_CARD_AT).
  const cases = [
    [
      'we need a few of our own wasm filters inside the proxy. thoughts on istio vs linkerd for us?',
      'extensibility',
    ],
  ] as const;

  it.each(cases)('%j gets the pick card (the %s card without the override)', (q, card) => {
    const r = realMatcher().answer(q);
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' ? r.recommendation?.pick : undefined).toBe('istio');
    const never = createMatcher(realKb(), { askOverCardAt: null }).answer(q);
    expect(answerId(never), describeReply(never)).toBe(card);
  });

  // A reader that reads every text as asking: only the guards keep a card.
  const alwaysAsks = new AskReader({ options: { ...ASK_OPTIONS, threshold: 0.5 }, bias: 10, weights: {} });

  it('keeps the card on one capability the question compares the meshes on, or asks about', () => {
    const m = createMatcher(realKb(), { askReader: alwaysAsks, askOverCardAt: 0.5 });
    for (const [q, card] of [
      ['which mesh is more extensible? we need custom logic in the proxy', 'extensibility'],
      [
        "who's better at fault injection, istio or linkerd? we want 5s delays in staging",
        'traffic-management',
      ],
    ] as const) {
      const r = m.answer(q);
      expect(answerId(r), describeReply(r)).toBe(card);
    }
    // The same reader does turn the card of a question that only states needs and asks.
    const r = m.answer(cases[0][0]);
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
  });

  it('keeps a card with no need read, and a card a curator linked to exactly this question', () => {
    const m = createMatcher(realKb(), { askReader: alwaysAsks, askOverCardAt: 0.5 });
    const plain = m.answer('how do i rotate the istio root certificate?');
    expect(answerId(plain), describeReply(plain)).toBe('certificates');
    const linked = realMatcher().withLearned(new Map([['extensibility', [cases[0][0]]]]));
    const r = linked.answer(cases[0][0]);
    expect(answerId(r), describeReply(r)).toBe('extensibility');
  });

  const row = (threshold: number, better: number, worse: number, lines = 21_010) => ({
    threshold,
    lines,
    changed: better + worse,
    better,
    worse,
  });
  // The --over-cards tables of five sessions (two runs in session 47): lines put right / made wrong at the thresholds 0.8,
  // 0.9, 0.95, 0.97 and 0.99.
  const thresholds = [0.8, 0.9, 0.95, 0.97, 0.99];
  it.each([
    // Session 48 after nearmiss54 was read, which ASK_OVER_CARD_AT ships: the best gain is 0.9's
    // (175), 0.95's (170) is within its error and 0.97's (157) is not.
    ['session 48, nearmiss54 read', 22_310, '199/14 191/8 178/4 165/4 140/2', ASK_OVER_CARD_AT],
    // Session 48 after picks273 was read: the best gain is 0.9's (170), and 0.97's (156) is within
    // its error.
    ['session 48, picks273 read', 22_230, '201/15 188/9 175/6 166/5 144/1', 0.97],
    // Session 48 after picks271 was read: the best gain is 0.95's (169), and 0.97's (168) is within
    // its error.
    ['session 48, picks271 read', 22_170, '198/14 190/12 179/5 170/1 139/0', 0.97],
    // Session 48 after real3 was read: the best gain is 0.9's (175), 0.95's (164) is within its error
    // and 0.97's (155) is not.
    ['session 48, real3 read', 22_110, '198/14 189/7 176/6 163/4 145/0', 0.95],
    // Session 47 after real1 was read: the best gain is 0.9's (169), and 0.97's (163) is within its error.
    ['session 47, real1 read', 22_010, '194/15 187/9 179/5 165/1 143/1', 0.97],
    // Session 47 after picks269 and nearmiss51 were read: the best gain is 0.9's (173), 0.95's (160)
    // is within its error and 0.97's (153) is not.
    ['session 47', 21_910, '194/13 187/7 172/6 163/5 140/0', 0.95],
    // Session 46 (after round 27 was read): the best gain is 0.9's (172), and 0.97's (158) is within
    // its error (14.8).
    ['session 46', 21_570, '195/14 188/8 176/4 166/4 142/1', 0.97],
    // Session 44 (after round 25 was read): the best gain is 0.95's (172), 0.97's (158) is outside its error.
    ['session 44', 21_010, '196/17 186/11 176/2 160/1 134/0', 0.95],
    // Session 36: the best gain is 0.9's (92), and 0.97's (84) is within its error (11.8).
    ['session 36', 19_890, '115/15 108/8 97/4 90/3 75/2', 0.97],
  ] as const)(
    'chooses the highest threshold within one standard error of the best gain (put right less twice made wrong): %s',
    (_, lines, counts, chosen) => {
      const table = counts.split(' ').map((c, k) => {
        const [better, worse] = c.split('/').map(Number) as [number, number];
        return row(thresholds[k] as number, better, worse, lines);
      });
      expect(table).toHaveLength(thresholds.length);
      expect(chooseAskOverCardAt(table)).toBe(chosen);
    },
  );

  it('chooses the best gain when no other is within its error, and nothing when none gains', () => {
    expect(chooseAskOverCardAt([row(0.9, 60, 0), row(0.95, 30, 0)])).toBe(0.9);
    expect(chooseAskOverCardAt([row(0.9, 2, 1), row(0.95, 1, 1)])).toBeNull();
  });
});

describe('session 37: a pod count leaves the needs reader its low overhead', () => {
  // The rules count a large fleet as low overhead only when nothing else is asked; the words around
  // the count ("the proxies cant be fat") are the needs reader's to read, and a count no longer
  // keeps them out.
  const heavy =
    'mirroring prod traffic to the new search build is a must. also ~3k pods packed onto small nodes, the proxies cant be fat. which mesh?';

  it('reads low overhead beside the count, which the rules alone miss', () => {
    const r = realMatcher().answer(heavy);
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' ? [...r.factors].sort() : []).toEqual(['l7-traffic', 'low-overhead']);
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('either');
    const rulesOnly = createMatcher(realKb(), { needsReader: null }).answer(heavy);
    expect(rulesOnly.kind === 'answer' ? rulesOnly.factors : []).toEqual(['l7-traffic']);
  });

  it('a bare count beside another need is still no need of its own', () => {
    const r = realMatcher().answer('3k pods, header based routing for the beta, which mesh');
    expect(r.kind === 'answer' ? r.factors : []).toEqual(['l7-traffic']);
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('istio');
  });
});

describe('session 37: a small team that says the operating work is no worry', () => {
  it.each([
    "we need cookie routing for A/B tests. only 2 of us on platform but ops burden isn't a worry. which mesh?",
    'we need cookie routing for A/B tests. team of 3, and operational effort is not a concern. which mesh?',
  ])('%j: the team size is no need', (q) => {
    const r = realMatcher().answer(q);
    expect(r.kind === 'answer' ? r.factors : [], describeReply(r)).toEqual(['l7-traffic']);
    expect(r.kind === 'answer' && r.recommendation?.pick).toBe('istio');
  });

  it('without it the small team is one', () => {
    const r = realMatcher().answer(
      'we need cookie routing for A/B tests. only 2 of us on platform. which mesh?',
    );
    expect(r.kind === 'answer' ? [...r.factors].sort() : []).toEqual(['l7-traffic', 'simple-operations']);
  });
});

describe('session 38: a comparison that says it is no choice', () => {
  it.each([
    'How does FIPS support differ between Istio and Linkerd? Not choosing, we run both in different BUs and compliance wants a table.',
    "how do istio's and linkerd's mTLS setups differ? not picking one, just writing the security section of our platform doc",
  ])('%j gets no pick card', (q) => {
    const r = ask(q);
    expect(answerId(r), describeReply(r)).not.toBe('which-mesh');
  });

  it('a choice asked for after a lean is still the pick card', () => {
    const r = ask("not choosing istio, it's too heavy for our 3 person team. linkerd then?");
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
  });
});

describe('session 38: Vietnamese "triển khai" is rolling a mesh out, not choosing one', () => {
  it('the pitfalls of a first Istio rollout get the pitfalls card, not the pick', () => {
    const r = ask('kể giúp mình mấy cái bẫy người ta hay dính khi triển khai Istio lần đầu');
    expect(answerId(r), describeReply(r)).toBe('pitfalls');
  });
});

describe('session 38: clusters said to stay independent are no multi-cluster need', () => {
  it('a cluster count the text settles is no need, from the count or the needs reader', () => {
    const r = ask(
      "we want shadow traffic to a new pricing svc (mirroring) and mtls with success-rate dashboards on day one without writing policies. 2 clusters exist but they're independent and will stay that way. istio or linkerd for us?",
    );
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
    expect(r.kind === 'answer' ? r.factors : []).not.toContain('multi-cluster');
  });

  it('independent clusters that need failover between them still need multi-cluster', () => {
    const r = ask('2 clusters, independent today but we need failover between them. which mesh?');
    expect(r.kind === 'answer' ? r.factors : []).toContain('multi-cluster');
  });
});

describe('session 38: a managed mesh left behind is context for the choice between our two', () => {
  it('"istio or linkerd? we\'re leaving app mesh" gets the pick card', () => {
    const r = ask("<@U0BOT1234> istio or linkerd? we're leaving app mesh");
    expect(answerId(r), describeReply(r)).toBe('which-mesh');
  });

  it('a question about the managed offerings keeps the managed-meshes card', () => {
    const r = ask("we're leaving app mesh. does istio have a managed version on aws?");
    expect(answerId(r), describeReply(r)).toBe('managed-meshes');
  });
});

describe("session 39: a question that is exactly one entry's keyword", () => {
  it('keywordKey lowers case and folds punctuation, and gives nothing for text in another script', () => {
    expect(keywordKey('  Traffic   splitting?? ')).toBe('traffic splitting');
    expect(keywordKey('mTLS – comparison')).toBe('mtls comparison');
    expect(keywordKey('流量 traffic splitting')).toBe('');
    expect(keywordKey('трафик traffic splitting')).toBe('');
  });

  it('"traffic splitting" gets the traffic card even where the threshold is above its confidence', () => {
    const strict = createMatcher(realKb(), { answerAt: 0.99, suggestAt: 0.05 });
    const r = strict.answer('traffic splitting');
    expect(answerId(r), describeReply(r)).toBe('traffic-management');
    expect(strict.answer('traffic splitting for grpc please').kind).toBe('suggest');
  });

  it('a keyword that two entries list is no exact match ("canary": traffic and progressive delivery)', () => {
    const owners = realKb().entries.filter((e) => e.keywords.some((k) => keywordKey(k) === 'canary'));
    expect(owners.length).toBeGreaterThan(1);
    const strict = createMatcher(realKb(), { answerAt: 0.999, suggestAt: 0.05 });
    expect(strict.answer('canary').kind).toBe('suggest');
  });
});

describe('session 39: the ask rules hold a card against the pick card from cardOverPickAt', () => {
  it('"which mesh supports wasm plugins?" keeps its card, which gives way when no card is sure enough', () => {
    const q = 'which mesh supports wasm plugins?';
    expect(answerId(ask(q)), describeReply(ask(q))).toBe('extensibility');
    const never = createMatcher(realKb(), { cardOverPickAt: 1 });
    expect(answerId(never.answer(q)), describeReply(never.answer(q))).toBe('which-mesh');
  });
});
