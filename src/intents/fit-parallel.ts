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
 * The matcher starts its workers (`FitWorkers.start`) before it featurizes the examples, since a
 * worker takes about 45 ms to start, and once the featurizer knows its number of columns it
 * `reserve`s the fits' arrays: a worker writes to each of their pages while this thread finishes
 * the examples. The first write to a fresh page costs this machine about 3 ms a megabyte, and each
 * fit has two arrays of 13 MB (its weights and their AdaGrad sums).
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
 *
 * It takes two kinds of message. `touch`: shared buffers whose pages it writes once each, with an
 * atomic OR of zero, which changes no value even while this thread is already fitting into them.
 * Then one `fit`: the examples, a seed and the arrays to fit into; it stores its biases, sets the
 * flag (1 done, 2 failed) and closes its port, which ends it.
 */
function workerSource(): string {
  return [
    'const __name = (f) => f;',
    prng.toString(),
    addRows.toString(),
    softmaxInPlace.toString(),
    fitInOrder.toString(),
    `const { parentPort, workerData } = require('node:worker_threads');
const flag = new Int32Array(workerData.flag);
parentPort.on('message', (m) => {
  if (m.touch) {
    for (const buffer of m.touch) {
      const a = new Int32Array(buffer);
      for (let i = 0; i < a.length; i += 1024) Atomics.or(a, i, 0);
    }
    return;
  }
  try {
    const r = ${fitInOrder.name}(m.data, m.seed, new Float32Array(m.w), new Float32Array(m.g2));
    new Float64Array(m.b).set(r.b);
    Atomics.store(flag, 0, 1);
  } catch {
    Atomics.store(flag, 0, 2);
  }
  Atomics.notify(flag, 0);
  parentPort.close();
});`,
  ].join('\n');
}

/** One fit's arrays: its weights and their AdaGrad sums (all zero until it runs). */
interface Arrays {
  readonly w: Float32Array;
  readonly g2: Float32Array;
}

function sharedArrays(length: number): Arrays {
  return {
    w: new Float32Array(new SharedArrayBuffer(length * 4)),
    g2: new Float32Array(new SharedArrayBuffer(length * 4)),
  };
}

interface Running {
  readonly worker: Worker | null;
  readonly flag: Int32Array;
}

function spawn(source: string): Running {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  try {
    const worker = new Worker(source, {
      eval: true,
      workerData: { flag: flag.buffer },
      // Nothing the worker might print reaches the app's own stdout and stderr.
      stdout: true,
      stderr: true,
    });
    worker.unref();
    // Errors are read from the flag; the event would otherwise be an uncaught exception.
    worker.on('error', () => {});
    return { worker, flag };
  } catch {
    return { worker: null, flag };
  }
}

/** For tests: another worker script, and less patience. */
export interface TestHooks {
  readonly source?: string;
  readonly minPatienceMs?: number;
}

/**
 * Worker threads for the fits after the first: as many as there are spare cores, at most
 * `orders - 1`. Started early (`start`), given the arrays' size as soon as it is known
 * (`reserve`), used once (`fit`); `close` ends any that were not used.
 */
export class FitWorkers {
  private reserved: { length: number; here: Arrays; workers: Arrays[] } | null = null;
  private used = false;

  private constructor(
    private readonly running: readonly Running[],
    private readonly test: TestHooks,
  ) {}

  /** Workers for a fit of `orders` orders (none when there is no spare core or one order). */
  static start(orders: number, test: TestHooks = {}): FitWorkers {
    const spare = Math.max(0, availableParallelism() - 1);
    const count = Math.max(0, Math.min(spare, orders - 1));
    const source = test.source ?? workerSource();
    return new FitWorkers(
      Array.from({ length: count }, () => spawn(source)),
      test,
    );
  }

  /**
   * The fits' weights and AdaGrad sums will be `length` numbers each: allocates them now and has
   * the first worker write to every page of this thread's arrays and of its own, each other worker
   * to its own, while this thread goes on.
   */
  reserve(length: number): void {
    if (this.used || this.running.length === 0) return;
    const here = sharedArrays(length);
    const workers = this.running.map(() => sharedArrays(length));
    this.reserved = { length, here, workers };
    this.running.forEach((r, k) => {
      const own = workers[k] as Arrays;
      const mine = k === 0 ? [here.w, here.g2] : [];
      const touch = [...mine, own.w, own.g2].map((a) => a.buffer);
      try {
        r.worker?.postMessage({ touch });
      } catch {
        // A worker that cannot take the message fails its fit below, which is then fitted here.
      }
    });
  }

  /**
   * The fits of `seeds`, in that order: the first on this thread, as many of the others as there
   * are workers on them (the rest after the first, on this thread). `meanwhile`, when given, runs on
   * this thread after its own fits, before it waits for the workers' (which start later: they write
   * to the arrays' pages first).
   */
  fit(d: FitData, seeds: readonly number[], meanwhile?: () => void): Fitted[] {
    if (this.used) throw new Error('FitWorkers: already used');
    this.used = true;
    const length = d.features * d.classes;
    const reserved = this.reserved?.length === length ? this.reserved : null;
    const running = this.running.slice(0, Math.max(0, seeds.length - 1));
    this.running.slice(running.length).forEach((r) => void r.worker?.terminate());
    const sent = running.map((r, k) => {
      const seed = seeds[k + 1] as number;
      const arrays = reserved?.workers[k] ?? sharedArrays(length);
      const b = new Float64Array(new SharedArrayBuffer(d.classes * 8));
      try {
        r.worker?.postMessage({ data: d, seed, w: arrays.w.buffer, g2: arrays.g2.buffer, b: b.buffer });
      } catch {
        Atomics.store(r.flag, 0, 2);
      }
      return { ...r, seed, w: arrays.w, b };
    });
    const here = seeds.filter((_, k) => k === 0 || k > running.length);
    const started = performance.now();
    const mine = new Map(
      here.map((s, k) => [
        s,
        k === 0 && reserved ? fitInOrder(d, s, reserved.here.w, reserved.here.g2) : fitInOrder(d, s),
      ]),
    );
    // A worker's order costs about what this thread's did; it gets five times that (and at least
    // ten seconds) before its order is fitted here instead.
    const patience = Math.max(this.test.minPatienceMs ?? 10_000, 5 * (performance.now() - started));
    meanwhile?.();
    const deadline = performance.now() + patience;
    let onWorkers = 0;
    let failed = 0;
    for (const r of sent) {
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
    this.reserved = null;
    return seeds.map((s) => mine.get(s) as Fitted);
  }

  /** For tests: resolves once every worker this started has exited, with how many there were. */
  async ended(): Promise<number> {
    const workers = this.running.flatMap((r) => (r.worker ? [r.worker] : []));
    await Promise.all(
      workers.map((w) => (w.threadId < 0 ? null : new Promise((done) => w.once('exit', done)))),
    );
    return workers.length;
  }

  /** Ends the workers if `fit` was never called (a build that failed before its fit). */
  close(): void {
    if (this.used) return;
    this.used = true;
    this.reserved = null;
    for (const r of this.running) void r.worker?.terminate();
  }
}

/** The fits of `seeds` on workers started for them now (see `FitWorkers`). */
export function fitInParallel(d: FitData, seeds: readonly number[], test: TestHooks = {}): Fitted[] {
  return FitWorkers.start(seeds.length, test).fit(d, seeds);
}
