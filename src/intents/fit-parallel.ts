/**
 * The regression's averaged fits (`SoftmaxRegression.fit` with `fits` above 1) on more than one
 * core: this thread runs the first order while worker threads run the others, and it waits for
 * them synchronously (`Atomics.wait`), so building a matcher stays a plain synchronous call.
 *
 * A worker runs the very source of `fitInOrder` and the three functions it calls (their
 * `toString()`), so it computes the same floating-point operations in the same order: its weights
 * are the ones this thread would have computed, bit for bit (tests/intents/fit-parallel.test.ts).
 * The source is evaluated as a script (`eval: true`), which needs no worker file on disk, so the
 * bundle (scripts/bundle.mjs), tsx and vitest all run it as they are.
 *
 * Anything that goes wrong in a worker (it cannot start, it throws, it does not answer in time)
 * costs only time: that order is then fitted on this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { addRows, type FitData, type Fitted, fitInOrder, prng, softmaxInPlace } from './model.js';

/** What the last call did, for tests and the benchmark: orders fitted on workers, and on this thread. */
export const lastParallelFit = { onWorkers: 0, here: 0, failed: 0 };

/**
 * The worker's script. Transpilers may wrap named functions in a `__name(fn, "name")` helper
 * (esbuild's keepNames, which tsx turns on); the script defines it as the identity.
 */
function workerSource(): string {
  return [
    'const __name = (f) => f;',
    prng.toString(),
    addRows.toString(),
    softmaxInPlace.toString(),
    fitInOrder.toString(),
    `const { workerData } = require('node:worker_threads');
const flag = new Int32Array(workerData.flag);
try {
  const r = ${fitInOrder.name}(workerData.data, workerData.seed, new Float32Array(workerData.w));
  new Float64Array(workerData.b).set(r.b);
  Atomics.store(flag, 0, 1);
} catch {
  Atomics.store(flag, 0, 2);
}
Atomics.notify(flag, 0);`,
  ].join('\n');
}

interface Running {
  readonly seed: number;
  readonly worker: Worker | null;
  readonly flag: Int32Array;
  readonly w: Float32Array;
  readonly b: Float64Array;
}

function start(d: FitData, seed: number, source: string): Running {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const w = new Float32Array(new SharedArrayBuffer(d.features * d.classes * 4));
  const b = new Float64Array(new SharedArrayBuffer(d.classes * 8));
  try {
    const worker = new Worker(source, {
      eval: true,
      workerData: { data: d, seed, flag: flag.buffer, w: w.buffer, b: b.buffer },
      // Nothing the worker might print reaches the app's own stdout and stderr.
      stdout: true,
      stderr: true,
    });
    worker.unref();
    // Errors are read from the flag; the event would otherwise be an uncaught exception.
    worker.on('error', () => {});
    return { seed, worker, flag, w, b };
  } catch {
    return { seed, worker: null, flag, w, b };
  }
}

/** For tests: another worker script, and less patience. */
export interface TestHooks {
  readonly source?: string;
  readonly minPatienceMs?: number;
}

/**
 * The fits of `seeds`, in that order: the first on this thread, as many of the others as there
 * are spare cores on worker threads (the rest after the first, on this thread).
 */
export function fitInParallel(d: FitData, seeds: readonly number[], test: TestHooks = {}): Fitted[] {
  const spare = Math.max(0, availableParallelism() - 1);
  const source = test.source ?? workerSource();
  const running = seeds.slice(1, 1 + spare).map((s) => start(d, s, source));
  const here = seeds.filter((_, k) => k === 0 || k > spare);
  const started = performance.now();
  const mine = new Map(here.map((s) => [s, fitInOrder(d, s)]));
  // A worker's order costs about what this thread's did; it gets five times that (and at least
  // ten seconds) before its order is fitted here instead.
  const patience = Math.max(test.minPatienceMs ?? 10_000, 5 * (performance.now() - started));
  const deadline = performance.now() + patience;
  let onWorkers = 0;
  let failed = 0;
  for (const r of running) {
    if (r.worker) Atomics.wait(r.flag, 0, 0, Math.max(0, deadline - performance.now()));
    if (Atomics.load(r.flag, 0) === 1) {
      mine.set(r.seed, { w: r.w, b: r.b });
      onWorkers++;
    } else {
      failed++;
      void r.worker?.terminate();
      mine.set(r.seed, fitInOrder(d, r.seed));
    }
  }
  lastParallelFit.onWorkers = onWorkers;
  lastParallelFit.here = seeds.length - onWorkers;
  lastParallelFit.failed = failed;
  return seeds.map((s) => mine.get(s) as Fitted);
}
