/**
 * The start-up snapshot (src/intents/snapshot.ts): a matcher loaded from it must answer exactly as
 * the one that wrote it, and any change to what it was learned from must miss it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEvalFile } from '../../src/intents/evaluate.js';
import { createMatcher, type Matcher } from '../../src/intents/matcher.js';
import { Bm25, Featurizer } from '../../src/intents/model.js';
import { flushSnapshots } from '../../src/intents/snapshot.js';
import { FIXTURES, realKb, removeTempDirs, tempDir } from '../helpers/kb.js';

let cache: string;
let before: string | undefined;
beforeAll(() => {
  cache = tempDir();
  before = process.env.MESHBOT_MODEL_CACHE;
  process.env.MESHBOT_MODEL_CACHE = cache;
});
afterAll(() => {
  if (before === undefined) delete process.env.MESHBOT_MODEL_CACHE;
  else process.env.MESHBOT_MODEL_CACHE = before;
  removeTempDirs();
});

const snapshots = () => readdirSync(cache).filter((f) => f.endsWith('.snap'));

/** Every question of the public and dev sets, plus typos, unknown words, markup and a long message. */
function questions(): string[] {
  const lines = ['eval-public.jsonl', 'eval-dev.jsonl'].flatMap((f) =>
    parseEvalFile(readFileSync(join(FIXTURES, f), 'utf8')).map((l) => l.q),
  );
  return [
    ...lines,
    'how dose linkrd do mtsl between pods',
    'wat is ambiant mode in istoi',
    'zxqv blorp kubernetes',
    '<@U0BOT1234> *istio* or `linkerd` for a team of 4?',
    `We run 40 services on EKS. ${'Context sentence about our setup. '.repeat(30)}Is linkerd enough for mTLS?`,
  ];
}

describe('the start-up snapshot', () => {
  let built: Matcher;
  let loaded: Matcher;
  beforeAll(() => {
    built = createMatcher(realKb());
    loaded = createMatcher(realKb());
  });

  it('is written by a full build and read by the next one, which skips featurizing and fitting', () => {
    expect(built.stages).toHaveProperty('model');
    expect(snapshots()).toHaveLength(1);
    expect(loaded.stages).toHaveProperty('snapshot');
    expect(loaded.stages).not.toHaveProperty('features');
    expect(loaded.stages).not.toHaveProperty('model');
  });

  it('answers every question exactly as the matcher that wrote it (entries, confidence, ranking)', () => {
    const qs = questions();
    expect(qs.length).toBeGreaterThan(200);
    for (const q of qs) {
      expect(loaded.answer(q), q).toEqual(built.answer(q));
      expect(loaded.rank(q, 5), q).toEqual(built.rank(q, 5));
    }
  });

  it('rebuilds the nearest-phrasings index from the restored featurizer, with the same answers', () => {
    const options = { params: { knnWeight: 4 } };
    const fitted = createMatcher(realKb(), options);
    const restored = createMatcher(realKb(), options);
    expect(restored.stages).toHaveProperty('snapshot');
    for (const q of questions().slice(0, 80)) expect(restored.answer(q), q).toEqual(fitted.answer(q));
  });

  it('is missed when a phrasing changes, written after the fit, and a damaged file is rebuilt rather than read', async () => {
    const kb = realKb();
    const [first, ...rest] = kb.entries;
    if (!first) throw new Error('empty knowledge base');
    const changed = {
      ...kb,
      entries: [{ ...first, phrasings: [...first.phrasings, 'one more way to ask this'] }, ...rest],
    };
    const m = createMatcher(changed);
    expect(m.stages).toHaveProperty('model');
    // Written after the fit, not during it: on the next turn of the event loop (or when flushed).
    expect(snapshots()).toHaveLength(1);
    await new Promise((r) => setImmediate(r));
    expect(snapshots()).toHaveLength(2);
    const again = createMatcher({ ...changed, entries: [...changed.entries].reverse() });
    expect(snapshots()).toHaveLength(2);
    flushSnapshots();
    expect(snapshots()).toHaveLength(3);
    expect(again.stages).not.toHaveProperty('snapshot written');

    // Cut every snapshot short: the next build must not trust them.
    for (const f of snapshots()) {
      const file = join(cache, f);
      writeFileSync(file, readFileSync(file).subarray(0, 5000));
    }
    const rebuilt = createMatcher(realKb());
    expect(rebuilt.stages).toHaveProperty('model');
    const q = 'does linkerd encrypt traffic between pods by default?';
    expect(rebuilt.answer(q)).toEqual(built.answer(q));
  });
});

describe('Featurizer and Bm25 snapshots', () => {
  const texts = ['how does mtls work in linkerd', 'istio ambient mode without sidecars', 'what is a mesh'];

  it('restore a featurizer that transforms any text to the same vector', () => {
    const f = new Featurizer(0.5);
    f.fit(texts);
    const g = Featurizer.restore(JSON.parse(JSON.stringify(f.snapshot())));
    for (const t of [...texts, 'mtls without sidecars? we have 3 clusters', 'entirely new words here']) {
      const a = f.transform(t);
      const b = g.transform(t);
      expect(Array.from(b.x.idx)).toEqual(Array.from(a.x.idx));
      expect(Array.from(b.x.val)).toEqual(Array.from(a.x.val));
      expect(b.known).toBe(a.known);
    }
  });

  it('restore a BM25 index that scores the same', () => {
    const b = new Bm25(2);
    b.add(
      0,
      new Map([
        ['mtls', 1],
        ['linkerd', 1],
      ]),
    );
    b.add(
      1,
      new Map([
        ['ambient', 2],
        ['istio', 1],
      ]),
    );
    b.finish();
    const c = Bm25.restore(JSON.parse(JSON.stringify(b.snapshot())));
    const q = new Map([
      ['mtls', 1],
      ['istio', 0.5],
    ]);
    expect(Array.from(c.score(q, 2))).toEqual(Array.from(b.score(q, 2)));
  });

  it('refuses a featurizer snapshot whose parts disagree', () => {
    const f = new Featurizer(0.5);
    f.fit(texts);
    const snap = f.snapshot();
    expect(() => Featurizer.restore({ ...snap, kind: snap.kind.slice(1) })).toThrow(/differ in length/);
  });
});
