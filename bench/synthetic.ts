/**
 * Synthetic knowledge bases for `npm run bench`: the real entries plus generated ones that
 * recombine the real vocabulary, so the index sees realistic term frequencies and field sizes
 * at 1,000 or 10,000 entries.
 *
 * Each generated entry has a "parent" real entry it mostly borrows from (title fragment,
 * phrasings, keywords, body sentences, verdict), some material from other entries, and an
 * invented topic word of its own (e.g. "kravolin") that a large real knowledge base would have
 * too: 10,000 entries are not 10,000 copies of 25 topics. Everything is drawn from a seeded PRNG,
 * so the same real knowledge base, size and seed give the same entries.
 */
import { prng } from '../src/intents/model.js';
import type { KnowledgeBase } from '../src/knowledge/loader.js';
import { type Entry, entrySchema } from '../src/knowledge/schema.js';

/** Small, fast, seedable 32-bit PRNG (mulberry32, public domain). Returns [0, 1). */
export const mulberry32 = prng;

/** Size ranges of a generated entry (inclusive). */
export const SYNTHETIC_SIZES = {
  body: [600, 2000],
  phrasings: [6, 10],
  keywords: [8, 16],
} as const;

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'kr',
  'st',
  'tr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'x'];

type Rng = () => number;

const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

function pick<T>(rng: Rng, xs: readonly T[]): T {
  if (xs.length === 0) throw new RangeError('pick from an empty list');
  return xs[Math.floor(rng() * xs.length)] as T;
}

/** Up to k distinct items of xs, in random order. */
function sample<T>(rng: Rng, xs: readonly T[], k: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < k && copy.length > 0) {
    const i = Math.floor(rng() * copy.length);
    out.push(copy.splice(i, 1)[0] as T);
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Prose units of a Markdown body: sentences of paragraphs and bullet items; tables and headings skipped. */
function bodyUnits(body: string): string[] {
  const units: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('|') || line.startsWith('#') || line.startsWith('```')) continue;
    const bullet = /^[-*]\s+/.test(line);
    const text = line.replace(/^[-*]\s+/, '');
    const parts = bullet ? [text] : text.split(/(?<=[.!?])\s+(?=[A-Z*`"])/);
    for (const p of parts) if (p.length >= 20 && p.length <= 400) units.push(p);
  }
  return units;
}

interface Pools {
  readonly units: ReadonlyMap<string, readonly string[]>;
  readonly allUnits: readonly string[];
  readonly keywords: readonly string[];
  readonly phrasings: readonly string[];
  readonly vocabulary: ReadonlySet<string>;
}

function poolsOf(entries: readonly Entry[]): Pools {
  const units = new Map<string, string[]>();
  const keywords = new Set<string>();
  const phrasings: string[] = [];
  const vocabulary = new Set<string>();
  for (const e of entries) {
    units.set(e.id, bodyUnits(e.body));
    for (const k of e.keywords) keywords.add(k);
    phrasings.push(e.question, ...e.phrasings);
    for (const text of [e.title, e.question, ...e.phrasings, ...e.keywords, e.body]) {
      for (const w of normalise(text).split(' ')) vocabulary.add(w);
    }
  }
  return {
    units,
    allUnits: [...units.values()].flat(),
    keywords: [...keywords],
    phrasings,
    vocabulary,
  };
}

function topicWord(rng: Rng, taken: Set<string>, vocabulary: ReadonlySet<string>): string {
  for (;;) {
    let w = '';
    const syllables = int(rng, 2, 3);
    for (let i = 0; i < syllables; i++) {
      w += pick(rng, ONSETS) + pick(rng, VOWELS) + (i === syllables - 1 ? pick(rng, CODAS) : '');
    }
    if (w.length >= 5 && !taken.has(w) && !vocabulary.has(w)) {
      taken.add(w);
      return w;
    }
  }
}

/**
 * A real phrasing turned towards the topic: a word naming the template's own subject (one of
 * `subject`) replaced by the topic, else another content word, else the topic appended.
 */
function phrasingAbout(rng: Rng, template: string, topic: string, subject: ReadonlySet<string>): string {
  const words = template.split(' ');
  const content = words
    .map((w, i) => ({ w, i, bare: w.replace(/[?,.!:;()]+$/g, '').replace(/^\(/, '') }))
    .filter(({ bare }) => /^[A-Za-z][A-Za-z0-9-]{2,}$/.test(bare) && !/^(istio|linkerd)$/i.test(bare));
  const subjectWords = content.filter(({ bare }) => subject.has(bare.toLowerCase()));
  let out: string;
  const r = rng();
  const target =
    subjectWords.length > 0 && r < 0.8
      ? pick(rng, subjectWords)
      : content.length > 0 && r < 0.5
        ? pick(rng, content)
        : null;
  if (target) {
    words[target.i] = target.w.replace(target.bare, topic);
    out = words.join(' ');
  } else {
    const trimmed = template.replace(/[?.!]+$/, '');
    out = `${trimmed} ${pick(rng, ['with', 'for', 'in', 'using'])} ${topic}${template.endsWith('?') ? '?' : ''}`;
  }
  return out.length <= 300 ? out : `${topic}: ${template}`.slice(0, 300);
}

/** Words of an entry's keywords: what its phrasings are about ("mtls", "certificates"). */
function subjectWords(e: Entry): Set<string> {
  return new Set(e.keywords.flatMap((k) => normalise(k).split(' ')).filter((w) => w.length >= 3));
}

function bodyAbout(rng: Rng, pools: Pools, parent: Entry, topic: string, others: readonly Entry[]): string {
  const [min, max] = SYNTHETIC_SIZES.body;
  const target = int(rng, min, max);
  const own = pools.units.get(parent.id) ?? [];
  const nearby = others.flatMap((e) => pools.units.get(e.id) ?? []);
  const blocks: string[] = [];
  let length = 0;
  const add = (block: string) => {
    const extra = block.length + (blocks.length ? 2 : 0);
    if (length + extra > max) return false;
    blocks.push(block);
    length += extra;
    return true;
  };
  const unit = () => {
    const r = rng();
    return r < 0.6 && own.length
      ? pick(rng, own)
      : r < 0.85 && nearby.length
        ? pick(rng, nearby)
        : pick(rng, pools.allUnits);
  };
  add(`**${capitalise(topic)}** in short: ${unit()}`);
  for (let tries = 0; length < target && tries < 200; tries++) {
    if (rng() < 0.25) {
      const items = Array.from({ length: int(rng, 2, 4) }, () => `- ${unit()}`);
      if (rng() < 0.5) items[0] = `- With ${topic}: ${(items[0] ?? '').slice(2)}`;
      add(items.join('\n'));
    } else {
      const sentences = Array.from({ length: int(rng, 1, 3) }, unit);
      if (rng() < 0.2) sentences.push(`This is where ${topic} differs.`);
      add(sentences.join(' '));
    }
  }
  return blocks.join('\n\n');
}

function syntheticEntry(
  rng: Rng,
  pools: Pools,
  real: readonly Entry[],
  id: string,
  topic: string,
  earlierIds: readonly string[],
): Entry {
  const parent = pick(rng, real);
  const others = sample(
    rng,
    real.filter((e) => e.id !== parent.id),
    2,
  );
  const Topic = capitalise(topic);

  const kw = pick(rng, parent.keywords);
  const title = pick(rng, [
    `${Topic} and ${kw}`,
    `${Topic} in Istio and Linkerd`,
    `${Topic} for ${kw}`,
    `${capitalise(kw)} with ${Topic}`,
    `${Topic}: what it is and when to use it`,
  ]).slice(0, 150);

  const subjects = new Map([parent, ...others].map((e) => [e.question, subjectWords(e)] as const));
  const templates = [parent, parent, ...others].flatMap((e) =>
    [e.question, ...e.phrasings].map((p) => ({ p, subject: subjects.get(e.question) ?? new Set<string>() })),
  );
  const [pMin, pMax] = SYNTHETIC_SIZES.phrasings;
  const wanted = int(rng, pMin, pMax) + 1; // the question plus its phrasings
  const texts: string[] = [];
  const seen = new Set<string>();
  for (let tries = 0; texts.length < wanted && tries < 500; tries++) {
    const t =
      tries < templates.length * 2
        ? pick(rng, templates)
        : { p: pick(rng, pools.phrasings), subject: new Set<string>() };
    const p = phrasingAbout(rng, t.p, topic, t.subject);
    const key = normalise(p);
    if (seen.has(key)) continue;
    seen.add(key);
    texts.push(p);
  }
  const [question = `What is ${topic}?`, ...phrasings] = texts;

  const [kMin, kMax] = SYNTHETIC_SIZES.keywords;
  const kCount = int(rng, kMin, kMax);
  const keywordSet = new Set<string>([topic]);
  const compounds = int(rng, 1, 2);
  for (const k of sample(rng, parent.keywords, compounds)) keywordSet.add(`${topic} ${k}`.slice(0, 60));
  const fromParent = sample(rng, parent.keywords, Math.ceil((kCount - keywordSet.size) / 2));
  for (const k of fromParent) keywordSet.add(k);
  for (let tries = 0; keywordSet.size < kCount && tries < 100; tries++)
    keywordSet.add(pick(rng, pools.keywords));

  const relatedPool = [...others.map((o) => o.id), parent.id, ...earlierIds.slice(-20)];
  const notesFrom = real.filter((e) => e.notes.length > 0);
  return entrySchema.parse({
    id,
    title,
    question,
    phrasings,
    keywords: [...keywordSet],
    verdict: rng() < 0.7 ? parent.verdict : pick(rng, real).verdict,
    body: bodyAbout(rng, pools, parent, topic, others),
    ...(parent.meshes && rng() < 0.5 ? { meshes: parent.meshes } : {}),
    notes: notesFrom.length && rng() < 0.3 ? sample(rng, pick(rng, notesFrom).notes, int(rng, 1, 2)) : [],
    related: sample(rng, relatedPool, int(rng, 0, 3)),
    sources: sample(rng, [...parent.sources, ...others.flatMap((o) => o.sources)], int(rng, 1, 3)),
    checked: parent.checked,
    owner: parent.owner,
    review_every: parent.review_every,
    group: parent.group,
  });
}

/**
 * A knowledge base of exactly `n` entries: the real ones first (so real questions keep their
 * right answers), then `n - real.entries.length` generated ones with ids `syn-00001`, `syn-00002`…
 * The decision table and head-to-head are the real ones.
 */
export function syntheticKnowledgeBase(real: KnowledgeBase, n: number, seed: number): KnowledgeBase {
  const base = real.entries;
  if (!Number.isInteger(n) || n < base.length) {
    throw new RangeError(`n must be an integer of at least ${base.length} (the real entries), got ${n}`);
  }
  if (n - base.length > 99_999) throw new RangeError('at most 99,999 generated entries (ids are syn-NNNNN)');
  const rng = mulberry32(seed);
  const pools = poolsOf(base);
  const topics = new Set<string>();
  const entries: Entry[] = [...base];
  const ids: string[] = [];
  for (let i = 1; i <= n - base.length; i++) {
    const id = `syn-${String(i).padStart(5, '0')}`;
    entries.push(syntheticEntry(rng, pools, base, id, topicWord(rng, topics, pools.vocabulary), ids));
    ids.push(id);
  }
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    headToHead: real.headToHead,
    decisionTable: real.decisionTable,
    outOfScope: real.outOfScope ?? [],
  };
}
