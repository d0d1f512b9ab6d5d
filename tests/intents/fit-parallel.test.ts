import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FitWorkers, fitInParallel, lastParallelFit } from '../../src/intents/fit-parallel.js';
import { createMatcher } from '../../src/intents/matcher.js';
import { fitData, fitInOrder, SoftmaxRegression } from '../../src/intents/model.js';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { smallRegression } from './small-regression.js';

const { f, xs, ys } = smallRegression();
const opts = { l2: 1e-5, epochs: 3, seed: 7 };
const spare = availableParallelism() - 1;

/** The regression's bytes, fitted on this thread alone or with `parallel`. */
const bytes = (fits: number, parallel?: Parameters<SoftmaxRegression['fit']>[3]) =>
  new SoftmaxRegression(f.size, 4).fit(xs, ys, { ...opts, fits }, parallel).toBytes();

describe('fitInParallel: the averaged fits on worker threads', () => {
  it('gives the weights of the one-thread fit, bit for bit, with the orders after the first on workers', () => {
    for (const fits of [2, 3]) {
      const workers = bytes(fits, fitInParallel);
      expect(lastParallelFit.onWorkers).toBe(Math.min(fits - 1, spare));
      expect(lastParallelFit.failed).toBe(0);
      expect(workers.equals(bytes(fits))).toBe(true);
    }
    // The machines this runs on have a spare core: the test would prove nothing without one.
    expect(spare).toBeGreaterThan(0);
  });

  it('returns each order where it belongs (the worker fits seed + 1, not a copy of seed)', () => {
    const d = fitData(xs, ys, f.size, 4, opts);
    const [a, b] = fitInParallel(d, [7, 8]);
    expect([...(a?.w ?? [])]).toEqual([...fitInOrder(d, 7).w]);
    expect([...(b?.w ?? [])]).toEqual([...fitInOrder(d, 8).w]);
    expect([...(a?.w ?? [])]).not.toEqual([...(b?.w ?? [])]);
  });

  it('fits an order on this thread when its worker throws, or never answers', () => {
    const d = fitData(xs, ys, f.size, 4, opts);
    const want = [7, 8].map((s) => [...fitInOrder(d, s).w]);
    const throwing = fitInParallel(d, [7, 8], {
      source: `const { workerData } = require('node:worker_threads');
const flag = new Int32Array(workerData.flag);
try { throw new Error('no'); } catch { Atomics.store(flag, 0, 2); }
Atomics.notify(flag, 0);`,
    });
    expect(lastParallelFit).toEqual({ onWorkers: 0, here: 2, failed: 1 });
    expect(throwing.map((r) => [...r.w])).toEqual(want);
    const silent = fitInParallel(d, [7, 8], { source: 'setTimeout(() => {}, 60_000);', minPatienceMs: 200 });
    expect(lastParallelFit).toEqual({ onWorkers: 0, here: 2, failed: 1 });
    expect(silent.map((r) => [...r.w])).toEqual(want);
  });
});

describe('FitWorkers: workers started before the examples exist', () => {
  const d = fitData(xs, ys, f.size, 4, opts);
  const want = [7, 8].map((s) => [...fitInOrder(d, s).w]);

  // With the size the fit needs, this thread's order is fitted into the reserved shared array (which a
  // worker wrote to); with another size, into a fresh one. Either way the one-thread weights, and the
  // worker ends itself after its one fit.
  it.each([
    ['the reserved arrays', 0, SharedArrayBuffer],
    ['fresh arrays when the reserved size turns out wrong', 1, ArrayBuffer],
  ] as const)('fits in %s, with the one-thread weights', async (_, extra, buffer) => {
    const workers = FitWorkers.start(2);
    workers.reserve(f.size * 4 + extra);
    const fitted = workers.fit(d, [7, 8]);
    expect(lastParallelFit).toEqual({ onWorkers: 1, here: 1, failed: 0 });
    expect(fitted.map((r) => [...r.w])).toEqual(want);
    expect(fitted[0]?.w.buffer).toBeInstanceOf(buffer);
    expect(await workers.ended()).toBe(1);
  });

  it('ends workers that never got a fit (close), and is used at most once', async () => {
    const workers = FitWorkers.start(2);
    workers.reserve(1_000_000);
    workers.close();
    expect(await workers.ended()).toBe(1);
    expect(() => workers.fit(d, [7, 8])).toThrow(/already used/);
    const used = FitWorkers.start(2);
    used.fit(d, [7, 8]);
    expect(() => used.fit(d, [7, 8])).toThrow(/already used/);
    used.close();
    expect(await used.ended()).toBe(1);
  });

  it('runs `meanwhile` once, on this thread, while the worker fits; an error in it reaches the caller', async () => {
    const workers = FitWorkers.start(2);
    const calls: number[] = [];
    const fitted = workers.fit(d, [7, 8], () => calls.push(performance.now()));
    expect(calls).toHaveLength(1);
    expect(lastParallelFit).toEqual({ onWorkers: 1, here: 1, failed: 0 });
    expect(fitted.map((r) => [...r.w])).toEqual(want);
    expect(await workers.ended()).toBe(1);
    const failing = FitWorkers.start(2);
    expect(() =>
      failing.fit(d, [7, 8], () => {
        throw new Error('index failed');
      }),
    ).toThrow(/index failed/);
    failing.close();
  });

  it('starts no worker for a single order', async () => {
    const workers = FitWorkers.start(1);
    workers.reserve(f.size * 4);
    expect([...(workers.fit(d, [7])[0]?.w ?? [])]).toEqual(want[0]);
    expect(lastParallelFit).toEqual({ onWorkers: 0, here: 1, failed: 0 });
    expect(await workers.ended()).toBe(0);
  });
});

describe('the matcher fits the same model on worker threads as on one thread', () => {
  const cache = process.env.MESHBOT_MODEL_CACHE;
  afterEach(() => {
    if (cache === undefined) delete process.env.MESHBOT_MODEL_CACHE;
    else process.env.MESHBOT_MODEL_CACHE = cache;
  });

  it('on the real knowledge base (empty model caches, so both fit)', () => {
    const kb = loadKnowledgeBase();
    const build = (parallelFit: boolean) => {
      process.env.MESHBOT_MODEL_CACHE = mkdtempSync(join(tmpdir(), 'meshbot-fit-'));
      const m = createMatcher(kb, { parallelFit });
      expect(m.fromSnapshot).toBe(false);
      return m;
    };
    const workers = build(true);
    expect(lastParallelFit.onWorkers).toBe(1);
    const one = build(false);
    const q = 'we are 3 engineers with 1,500 pods, istio or linkerd?';
    expect(workers.answer(q)).toEqual(one.answer(q));
    const weights = (m: object) => (m as unknown as { regression: SoftmaxRegression }).regression.toBytes();
    expect(weights(workers).equals(weights(one))).toBe(true);
  }, 60_000);
});
