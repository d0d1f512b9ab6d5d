import { describe, expect, it } from 'vitest';
import { topClasses } from '../../src/intents/matcher.js';
import { Bm25, Featurizer, fitData, prng, SoftmaxRegression, segment } from '../../src/intents/model.js';
import { CODE_MARK } from '../../src/intents/normalize.js';
import { smallRegression } from './small-regression.js';

/** BM25 as the textbook writes it, with a full sort per class: the reference for the fast one. */
function naiveBm25(
  docs: { cls: number; tokens: Map<string, number> }[],
  query: Map<string, number>,
  classes: number,
  topK: number,
) {
  const N = docs.length;
  const avg = Math.max(
    1,
    docs.reduce((s, d) => s + [...d.tokens.values()].reduce((a, b) => a + b, 0), 0) / N,
  );
  const perClass: number[][] = Array.from({ length: classes }, () => []);
  for (const d of docs) {
    const len = [...d.tokens.values()].reduce((a, b) => a + b, 0);
    let score = 0;
    let touched = false;
    for (const [t, qw] of query) {
      const tf = d.tokens.get(t);
      if (!tf) continue;
      touched = true;
      const n = docs.filter((x) => x.tokens.has(t)).length;
      const idf = Math.log(1 + (N - n + 0.5) / (n + 0.5));
      score += qw * idf * ((tf * 2.2) / (tf + 1.2 * (1 - 0.75 + (0.75 * len) / avg)));
    }
    if (touched) perClass[d.cls]?.push(score);
  }
  return perClass.map(
    (xs) =>
      xs
        .sort((a, b) => b - a)
        .slice(0, topK)
        .reduce((a, b) => a + b, 0) / topK,
  );
}

describe('Bm25', () => {
  it('scores each class by the mean of its best topK documents, as the plain formula does', () => {
    const rand = prng(42);
    const vocab = ['istio', 'linkerd', 'mtls', 'cost', 'ambient', 'sidecar', 'egress', 'retry', 'trace'];
    const classes = 5;
    const docs = Array.from({ length: 60 }, () => {
      const tokens = new Map<string, number>();
      const n = 1 + Math.floor(rand() * 5);
      for (let i = 0; i < n; i++) {
        const t = vocab[Math.floor(rand() * vocab.length)] as string;
        tokens.set(t, (tokens.get(t) ?? 0) + (rand() < 0.3 ? 0.8 : 1));
      }
      return { cls: Math.floor(rand() * classes), tokens };
    });
    const bm = new Bm25(classes);
    for (const d of docs) bm.add(d.cls, d.tokens);
    bm.finish();
    for (let q = 0; q < 20; q++) {
      const query = new Map<string, number>();
      for (let i = 0; i < 3; i++)
        query.set(vocab[Math.floor(rand() * vocab.length)] as string, rand() < 0.5 ? 1 : 0.8);
      for (const topK of [1, 3, 8]) {
        const got = [...bm.score(query, topK)];
        const want = naiveBm25(docs, query, classes, topK);
        got.forEach((g, c) => {
          expect(g).toBeCloseTo(want[c] as number, 9);
        });
      }
    }
  });

  it('takes documents added after finish once finish runs again', () => {
    const bm = new Bm25(2);
    bm.add(0, new Map([['istio', 1]]));
    bm.finish();
    expect(bm.score(new Map([['linkerd', 1]]), 1)[1]).toBe(0);
    bm.add(1, new Map([['linkerd', 1]]));
    bm.finish();
    expect(bm.score(new Map([['linkerd', 1]]), 1)[1]).toBeGreaterThan(0);
    expect(bm.documents).toBe(2);
  });
});

describe('topClasses', () => {
  it('gives the k largest, largest first, like a full sort', () => {
    const rand = prng(7);
    for (let round = 0; round < 50; round++) {
      const n = 1 + Math.floor(rand() * 40);
      const xs = Float64Array.from({ length: n + 3 }, () => Math.round(rand() * 20) / 20);
      const k = 1 + Math.floor(rand() * 12);
      const full = Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => (xs[b] as number) - (xs[a] as number) || a - b,
      );
      expect(topClasses(xs, n, k)).toEqual(full.slice(0, k));
    }
  });
});

describe('Featurizer', () => {
  const texts = [
    'is istio or linkerd cheaper to run',
    'how does mtls work in linkerd',
    'what is ambient mode',
  ];

  it('transforms a training text to the vector fit gave it, and knows all of its words', () => {
    const f = new Featurizer(0.8);
    const fitted = f.fit(texts);
    texts.forEach((t, i) => {
      const again = f.transform(t);
      expect([...again.x.idx]).toEqual([...(fitted[i]?.x.idx ?? [])]);
      expect([...again.x.val]).toEqual([...(fitted[i]?.x.val ?? [])]);
      expect(again.known).toBe(1);
    });
  });

  it('counts unknown words against the known share and leaves them out of the vector', () => {
    const f = new Featurizer(0.8);
    f.fit(['how does mtls work in linkerd']);
    const t = f.transform('how does mtls work with zorblax frobnication');
    expect(t.known).toBeGreaterThan(0);
    expect(t.known).toBeLessThan(1);
    expect(t.x.idx.every((c) => c >= 0 && c < f.size)).toBe(true);
    expect(t.tokens.has('zorblax')).toBe(true);
  });

  it("writes fit's vectors end to end into one shared pair of buffers, which fitData takes as they are", () => {
    const f = new Featurizer(0.8);
    const xs = f.fit(texts).map((t) => t.x);
    const buffer = xs[0]?.idx.buffer;
    expect(buffer).toBeInstanceOf(SharedArrayBuffer);
    let at = 0;
    for (const x of xs) {
      expect(x.idx.buffer).toBe(buffer);
      expect(x.idx.byteOffset).toBe(at * 4);
      at += x.idx.length;
    }
    const opts = { l2: 1e-4, epochs: 1 };
    const pooled = fitData(xs, [0, 1, 0], f.size, 2, opts);
    expect(pooled.idx.buffer).toBe(buffer);
    // Vectors of their own are copied: the same examples either way.
    const copies = xs.map((x) => ({ idx: Int32Array.from(x.idx), val: Float32Array.from(x.val) }));
    const copied = fitData(copies, [0, 1, 0], f.size, 2, opts);
    expect(copied.idx.buffer).not.toBe(buffer);
    expect([...copied.idx]).toEqual([...pooled.idx]);
    expect([...copied.val]).toEqual([...pooled.val]);
    expect([...copied.start]).toEqual([...pooled.start]);
    // A subset of the pool's vectors does not fill it: copied too.
    expect(fitData(xs.slice(1), [1, 0], f.size, 2, opts).idx.buffer).not.toBe(buffer);
  });
});

describe('segment: pasted code', () => {
  const msg = `after the upgrade pods restart. ${CODE_MARK} error xds timeout ${CODE_MARK} is istiod down?`;

  it('weighs fenced code apart from the sentences around it', () => {
    const segs = segment(msg, 0.8, 0.3);
    expect(segs.find((s) => s.text.includes('xds'))?.weight).toBe(0.3);
    expect(segs.find((s) => s.text.includes('istiod'))?.weight).toBe(1);
    expect(segs.find((s) => s.text.includes('upgrade'))?.weight).toBe(0.8);
  });

  it('drops code at weight 0, and reads a message that is only code as its text', () => {
    expect(segment(msg, 0.8, 0).some((s) => s.text.includes('xds'))).toBe(false);
    expect(segment(` ${CODE_MARK} kind: Sidecar ${CODE_MARK} `, 0.8, 0.3)).toEqual([
      { text: expect.stringContaining('kind: Sidecar'), weight: 1 },
    ]);
  });
});

describe('SoftmaxRegression: averaged fits', () => {
  const { f, xs, ys } = smallRegression();
  /** The fit's biases and weights, as numbers. */
  const weights = (fits: number, seed: number) => {
    const bytes = new SoftmaxRegression(f.size, 4).fit(xs, ys, { l2: 1e-5, epochs: 3, seed, fits }).toBytes();
    const copy = new Uint8Array(bytes).buffer;
    return { b: [...new Float64Array(copy, 0, 4)], w: [...new Float32Array(copy, 32)] };
  };

  it('averages the weights of the fits in the orders of seed and seed + 1', () => {
    const one = weights(1, 7);
    const two = weights(1, 8);
    const mean = weights(2, 7);
    // The two orders give different fits, so the mean is neither of them.
    expect(one.w).not.toEqual(two.w);
    expect(mean.w).not.toEqual(one.w);
    const half = (a: number[], b: number[]) => a.map((v, i) => (v + (b[i] as number)) / 2);
    const off = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] as number))));
    expect(off(mean.w, half(one.w, two.w))).toBeLessThan(1e-5);
    expect(off(mean.b, half(one.b, two.b))).toBeLessThan(1e-9);
  });

  it('is the single fit when asked for one, for fewer, or not asked', () => {
    expect(weights(0, 7)).toEqual(weights(1, 7));
    const plain = new SoftmaxRegression(f.size, 4).fit(xs, ys, { l2: 1e-5, epochs: 3, seed: 7 });
    const one = new SoftmaxRegression(f.size, 4).fit(xs, ys, { l2: 1e-5, epochs: 3, seed: 7, fits: 1 });
    expect(plain.toBytes().equals(one.toBytes())).toBe(true);
  });
});
