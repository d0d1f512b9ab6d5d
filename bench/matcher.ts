/**
 * `npm run bench [-- --quick] [-- --json] [-- --sizes=real,1000,10000]`: index build time, heap and per-question latency
 * (p50/p99) of the meshbot matcher, beside plain fuse.js over the same entries in the same run,
 * on the real knowledge base and on synthetic ones of 1,000 and 10,000 entries.
 *
 * A measurement, not a test: it prints a table and exits 0 whether or not the targets are met
 * (p99 at most 1 ms on the real knowledge base, at most 10 ms at 10,000 entries).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { evaluate, parseEvalFile } from '../src/intents/evaluate.js';
import { createMatcher, loadParams, MAX_REGRESSION_CLASSES, type Matcher } from '../src/intents/matcher.js';
// The questions are timed in a fixed pseudo-random order, so a pass cut short is still a fair sample.
import { shuffled } from '../src/intents/model.js';
import type { Reply } from '../src/intents/reply.js';
import { recalibrate } from '../src/intents/tune.js';
import { type KnowledgeBase, loadKnowledgeBase } from '../src/knowledge/loader.js';
import type { Entry } from '../src/knowledge/schema.js';
import { Matcher as LegacyMatcher } from './legacy-matcher.js';
import { syntheticKnowledgeBase } from './synthetic.js';
import { markdownTable } from './table.js';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const JSON_OUT = args.has('--json');
const SEED = 20261126;
const EVAL_FILES = [
  'tests/fixtures/eval-public.jsonl',
  'tests/fixtures/eval-dev.jsonl',
  'tests/fixtures/eval-dev2.jsonl',
];

/**
 * Samples. The matcher runs whole passes over the questions until it has at least
 * MATCHER_SAMPLES timings. fuse.js aims for the same but stops at its time budget once it has
 * FUSE_MIN_SAMPLES (plain fuse.js takes seconds per question on the larger knowledge bases).
 * --quick lowers every count; its fuse.js floor is below 200, so its fuse p99 is rougher.
 */
const MATCHER_SAMPLES = QUICK ? 500 : 2000;
const FUSE_MIN_SAMPLES = QUICK ? 20 : 200;
/** From 5,000 entries up, fuse.js's top-1 is scored on this many in-scope questions, and timed on at least 5 (each takes seconds). */
const FUSE_QUALITY_SAMPLE = QUICK ? 15 : 60;
const FUSE_BUDGET_MS = QUICK ? 3_000 : 30_000;
const WARMUP_PASSES = QUICK ? 1 : 2;
/** Warm-up of fuse.js stops after this long (ms) and at least 5 questions. */
const FUSE_WARMUP_MS = QUICK ? 1_000 : 5_000;

interface Target {
  readonly label: string;
  readonly p99Ms: number;
}

interface Size {
  readonly name: string;
  readonly entries: number | 'real';
  readonly target: Target | null;
}

const SIZES: readonly Size[] = [
  { name: 'real', entries: 'real', target: { label: '≤1 ms', p99Ms: 1 } },
  { name: '1,000', entries: 1000, target: null },
  { name: '10,000', entries: 10_000, target: { label: '≤10 ms', p99Ms: 10 } },
];

interface Latency {
  readonly samples: number;
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
  /**
   * p99 over the questions of each question's median time: the slowest questions without
   * one-off stalls (GC, other processes). Equals p99 when every question ran once.
   */
  readonly questionMedianP99: number;
  /** Garbage collections during the timed calls, and their total pause. */
  readonly gcCount: number;
  readonly gcMs: number;
}

interface Side {
  /** Median of `buildRuns` index builds, ms. */
  readonly buildMs: number;
  readonly buildRuns: number;
  /** Heap retained by one index, MB (after a full GC when one is available). */
  readonly heapMb: number;
  readonly latency: Latency;
}

interface Row {
  readonly size: string;
  readonly entries: number;
  readonly meshbot: Side & {
    /** First pass over the questions on a fresh matcher (spelling cache empty, code already warm). */
    readonly firstPass: Latency;
    /**
     * The same text asked again, word for word, right after it was answered: what an answer
     * cache serves. The main latency is of texts the matcher has not answered before.
     */
    readonly repeated: Latency;
    /** Share of in-scope questions whose answer is one of the expected entries. */
    readonly top1: number;
    /**
     * Share of in-scope questions whose best-ranked entry is an expected one, whatever the
     * confidence: the ranking alone, apart from the thresholds (fitted on the real knowledge base,
     * so a synthetic one of 1,000 entries answers fewer questions outright).
     */
    readonly ranked1: number;
    /** Share of in-scope questions answered with a card for a wrong entry. */
    readonly wrong: number;
    /**
     * top-1 and wrong with the calibrator and thresholds refitted on this knowledge base by 3-fold
     * cross-validation over its own phrasings (what `npm run tune -- --keep` does for a deployment
     * whose knowledge base grew); null on the real one, whose shipped ones were fitted that way.
     */
    readonly own: {
      readonly top1: number;
      readonly wrong: number;
      readonly answerAt: number;
      readonly ms: number;
    } | null;
    /** One build with an empty model cache: the full fit. */
    readonly fitMs: number;
    /**
     * Two more builds with empty caches, the readers already loaded: the regression's fits on worker
     * threads (as shipped) and on this thread alone (null where the model is centroids).
     */
    readonly refitMs: { readonly workers: number; readonly oneThread: number } | null;
    /** Questions whose reply changed when trailing whitespace was added (expected 0). */
    readonly variantsDiffer: number;
  };
  readonly fuse: Side & { readonly top1: number; readonly top1Of: number };
  /** The hand-tuned matcher that shipped before the learned one, on the same knowledge base. */
  readonly legacy: {
    readonly buildMs: number;
    readonly latency: Latency;
    readonly top1: number;
    readonly wrong: number;
  };
  readonly p99Ratio: number;
  readonly target: string | null;
  readonly met: boolean | null;
}

// --- helpers -------------------------------------------------------------------------------------

function progress(msg: string) {
  process.stderr.write(`bench: ${msg}\n`);
}

/** `global.gc`, or one obtained at run time when node was started without --expose-gc. */
function findGc(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  try {
    setFlagsFromString('--expose-gc');
    const fn = runInNewContext('gc') as unknown;
    return typeof fn === 'function' ? (fn as () => void) : null;
  } catch {
    return null;
  }
}
const gc = findGc();

function fullGc() {
  if (!gc) return;
  gc();
  gc();
}

const median = (xs: readonly number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/** GC pauses, as node reports them (delivered asynchronously: read after yielding to the event loop). */
const gcPauses: number[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push(e.duration);
}).observe({ entryTypes: ['gc'] });
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

function summarise(
  samples: readonly number[],
  perQuestion: ReadonlyMap<string, number[]>,
  gcs: { count: number; ms: number },
): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const medians = [...perQuestion.values()].map(median).sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    questionMedianP99: percentile(medians, 99),
    gcCount: gcs.count,
    gcMs: gcs.ms,
  };
}

let sink = 0;
function consume(x: unknown) {
  // Keeps results observable so no call can be optimised away.
  if (x === null) sink++;
}

/** Builds `runs` times and keeps the last; also measures the heap one index retains. */
function measureBuild<T>(build: () => T, runs: number): { value: T; buildMs: number; heapMb: number } {
  const times: number[] = [];
  let value: T | undefined;
  let heapMb = Number.NaN;
  for (let i = 0; i < runs; i++) {
    value = undefined;
    fullGc();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    value = build();
    times.push(performance.now() - t0);
    fullGc();
    heapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  }
  return { value: value as T, buildMs: median(times), heapMb };
}

/**
 * Times `fn` once per question, whole passes until at least `minSamples` timings; with a budget,
 * stops as soon as the budget is spent and there are at least `floorSamples`.
 */
async function timeQueries(
  questions: readonly string[],
  fn: (q: string, pass: number) => unknown,
  minSamples: number,
  budget: { ms: number; floorSamples: number } | null = null,
): Promise<Latency> {
  const samples: number[] = [];
  const perQuestion = new Map<string, number[]>();
  await settle();
  const gcBefore = gcPauses.length;
  const started = performance.now();
  passes: for (let pass = 0; samples.length < minSamples; pass++) {
    for (const q of shuffled(questions, SEED + pass)) {
      const t0 = performance.now();
      const r = fn(q, pass);
      const dt = performance.now() - t0;
      samples.push(dt);
      const mine = perQuestion.get(q);
      if (mine) mine.push(dt);
      else perQuestion.set(q, [dt]);
      consume(r);
      if (budget && samples.length >= budget.floorSamples && performance.now() - started > budget.ms) {
        break passes;
      }
    }
  }
  await settle();
  const pauses = gcPauses.slice(gcBefore);
  return summarise(samples, perQuestion, { count: pauses.length, ms: pauses.reduce((s, x) => s + x, 0) });
}

/**
 * The question as the matcher sees it (whitespace is normalised away) but as a text it has not
 * answered before, so an answer cache in the matcher cannot serve it: each timed pass adds its
 * own run of trailing spaces and tabs (timed passes 0, 1, 2…; warm-up 1000+; the check 2000).
 */
function unseen(q: string, pass: number): string {
  return `${q} ${pass.toString(2).replace(/0/g, ' ').replace(/1/g, '\t')}`;
}

function sameReply(a: Reply, b: Reply): boolean {
  const key = (r: Reply) =>
    JSON.stringify([
      r.kind,
      r.intent,
      r.confidence,
      r.kind === 'answer' ? r.entry.id : null,
      r.kind === 'answer'
        ? r.alternatives.map((c) => c.id)
        : r.kind === 'suggest'
          ? r.candidates.map((c) => c.id)
          : [],
    ]);
  return key(a) === key(b);
}

// --- fuse.js baseline ----------------------------------------------------------------------------

interface FuseDoc {
  id: string;
  title: string;
  phrasings: string;
  keywords: string[];
  body: string;
}

const fuseDoc = (e: Entry): FuseDoc => ({
  id: e.id,
  title: e.title,
  phrasings: [e.question, ...e.phrasings].join('\n'),
  keywords: e.keywords,
  body: e.body,
});

function buildFuse(docs: readonly FuseDoc[]) {
  return new Fuse(docs, {
    keys: ['title', 'phrasings', 'keywords', 'body'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
}

// --- one knowledge-base size ---------------------------------------------------------------------

async function benchSize(
  size: Size,
  kb: KnowledgeBase,
  questions: readonly string[],
  lines: ReturnType<typeof parseEvalFile>,
): Promise<Row> {
  const n = kb.entries.length;
  const big = n >= 5000;
  // fuse.js takes seconds a question from 1,000 entries up: there it is timed and scored on samples.
  const slowFuse = n >= 1000;
  const buildRuns = QUICK ? (big ? 1 : 3) : big ? 2 : n > 100 ? 5 : 20;

  // First fit with an empty model cache (what a new knowledge base costs), then the usual builds,
  // which load the fitted weights from the cache (what a restart costs).
  progress(`${size.name} (${n} entries): fitting the meshbot matcher with an empty model cache`);
  const cacheDir = mkdtempSync(join(os.tmpdir(), 'meshbot-bench-models-'));
  process.env.MESHBOT_MODEL_CACHE = cacheDir;
  const fitStart = performance.now();
  consume(createMatcher(kb));
  const fitMs = performance.now() - fitStart;
  let refitMs: { workers: number; oneThread: number } | null = null;
  if (n + 1 <= MAX_REGRESSION_CLASSES) {
    const emptyFit = (parallelFit: boolean) => {
      process.env.MESHBOT_MODEL_CACHE = mkdtempSync(join(os.tmpdir(), 'meshbot-bench-models-'));
      const started = performance.now();
      consume(createMatcher(kb, { parallelFit }));
      return performance.now() - started;
    };
    progress(`${size.name} (${n} entries): fitting again, on worker threads and on one thread`);
    refitMs = { oneThread: emptyFit(false), workers: emptyFit(true) };
    process.env.MESHBOT_MODEL_CACHE = cacheDir;
  }
  progress(`${size.name} (${n} entries): building the meshbot matcher ×${buildRuns} (cached weights)`);
  const m = measureBuild(() => createMatcher(kb), buildRuns);
  const matcher: Matcher = m.value;

  progress(`${size.name}: warming up the matcher`);
  for (let i = 0; i < WARMUP_PASSES; i++) {
    for (const q of questions) consume(matcher.answer(unseen(q, 1000 + i)));
  }
  const variantsDiffer = questions.filter(
    (q) => !sameReply(matcher.answer(q), matcher.answer(unseen(q, 2000))),
  );
  if (variantsDiffer.length) {
    progress(`warning: ${variantsDiffer.length} question(s) answer differently with trailing whitespace`);
  }

  // A fresh matcher on warm code: the first sight of each question, spelling cache empty. In a
  // function of its own so that it can be collected before the timed run.
  // (At the largest sizes the built matcher is reused: another build costs a minute and says nothing new.)
  const firstPass = await (async () => {
    const fresh = big ? matcher : createMatcher(kb);
    return timeQueries(questions, (q) => fresh.answer(unseen(q, 4000)), questions.length);
  })();

  progress(`${size.name}: timing the matcher (${MATCHER_SAMPLES} samples)`);
  const meshLatency = await timeQueries(
    questions,
    (q, pass) => matcher.answer(unseen(q, pass)),
    MATCHER_SAMPLES,
  );
  // The same questions again, word for word: served from the matcher's answer cache if it has one.
  for (const q of questions) consume(matcher.answer(q));
  const repeated = await timeQueries(questions, (q) => matcher.answer(q), QUICK ? questions.length : 1000);
  const quality = evaluate(matcher, lines).inScope;
  const top1 = quality.top1;
  const inScopeLines = lines.filter((l) => l.expect.length > 0);
  const ranked1 =
    inScopeLines.filter((l) => l.expect.includes(matcher.rank(l.q, 1)[0]?.id ?? '')).length /
    Math.max(1, inScopeLines.length);

  // The shipped calibrator and thresholds were fitted on the real knowledge base; a larger one
  // changes the scores' spread, so a deployment would refit them (`npm run tune -- --keep`).
  let own: Row['meshbot']['own'] = null;
  if (size.entries !== 'real') {
    progress(`${size.name}: refitting the calibrator and thresholds by 3-fold cross-validation`);
    const t0 = performance.now();
    const refit = recalibrate(kb, loadParams(), 3).params;
    const ownMs = performance.now() - t0;
    const q = evaluate(createMatcher(kb, { params: refit }), lines).inScope;
    own = { top1: q.top1, wrong: q.wrong, answerAt: refit.answerAt, ms: ownMs };
  }

  progress(`${size.name}: the legacy (hand-tuned) matcher`);
  const legacyStart = performance.now();
  const legacy = new LegacyMatcher(kb);
  const legacyBuildMs = performance.now() - legacyStart;
  for (const q of questions) consume(legacy.answer(unseen(q, 3000)));
  const legacyLatency = await timeQueries(
    questions,
    (q, pass) => legacy.answer(unseen(q, pass)),
    QUICK ? questions.length : Math.min(MATCHER_SAMPLES, 2000),
  );
  const legacyQuality = evaluate(legacy, lines).inScope;

  progress(`${size.name}: building fuse.js ×${buildRuns}`);
  const docs = kb.entries.map(fuseDoc);
  const f = measureBuild(() => buildFuse(docs), buildRuns);
  const fuse = f.value;

  progress(`${size.name}: warming up fuse.js`);
  const warmStart = performance.now();
  for (const [i, q] of shuffled(questions, SEED - 1).entries()) {
    if (i >= (slowFuse ? 1 : 5) && performance.now() - warmStart > FUSE_WARMUP_MS) break;
    consume(fuse.search(q));
  }
  progress(
    `${size.name}: timing fuse.js (at least ${FUSE_MIN_SAMPLES} samples, ${FUSE_BUDGET_MS / 1000} s budget)`,
  );
  const fuseLatency = await timeQueries(questions, (q) => fuse.search(q), MATCHER_SAMPLES, {
    ms: FUSE_BUDGET_MS,
    floorSamples: slowFuse ? Math.min(FUSE_MIN_SAMPLES, 5) : FUSE_MIN_SAMPLES,
  });

  // fuse.js as a matcher: its first hit is the answer (it has no notion of "not ours"). It takes
  // seconds a question on the large knowledge bases, so there it is scored on a fixed sample.
  const inScope = lines.filter((l) => l.expect.length > 0);
  const fuseLines = slowFuse ? shuffled(inScope, SEED + 7).slice(0, FUSE_QUALITY_SAMPLE) : inScope;
  const fuseTop1 =
    fuseLines.filter((l) => l.expect.includes(fuse.search(l.q, { limit: 1 })[0]?.item.id ?? '')).length /
    Math.max(1, fuseLines.length);

  const met = size.target ? meshLatency.p99 <= size.target.p99Ms : null;
  return {
    size: size.name,
    entries: n,
    meshbot: {
      buildMs: m.buildMs,
      buildRuns,
      heapMb: m.heapMb,
      latency: meshLatency,
      firstPass,
      repeated,
      top1,
      ranked1,
      fitMs,
      refitMs,
      wrong: quality.wrong,
      own,
      variantsDiffer: variantsDiffer.length,
    },
    fuse: {
      buildMs: f.buildMs,
      buildRuns,
      heapMb: f.heapMb,
      latency: fuseLatency,
      top1: fuseTop1,
      top1Of: fuseLines.length,
    },
    legacy: {
      buildMs: legacyBuildMs,
      latency: legacyLatency,
      top1: legacyQuality.top1,
      wrong: legacyQuality.wrong,
    },
    p99Ratio: meshLatency.p99 / fuseLatency.p99,
    target: size.target?.label ?? null,
    met,
  };
}

// --- output --------------------------------------------------------------------------------------

const table = markdownTable;

const ms = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const mb = (x: number) => (Number.isFinite(x) ? `${gc ? '' : '≈'}${x.toFixed(1)}` : 'n/a');
const count = (x: number) => x.toLocaleString('en-US');

function environment() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    gcExposed: gc !== null,
    /** 1-minute load average at the start and the end: other work on the machine skews latency. */
    loadAverage: { start: os.loadavg()[0] ?? 0, end: 0 },
    quick: QUICK,
    seed: SEED,
    questions: 0,
    evalFiles: EVAL_FILES,
  };
}

function printText(env: ReturnType<typeof environment>, rows: readonly Row[]) {
  console.log(`meshbot matcher benchmark${QUICK ? ' (--quick)' : ''}`);
  console.log(
    `node ${env.node} · ${env.platform} · CPU ${env.cpuModel} × ${env.cpuCount} · load average ${env.loadAverage.start.toFixed(2)} at start, ${env.loadAverage.end.toFixed(2)} at end`,
  );
  console.log(`${env.questions} questions from ${EVAL_FILES.join(', ')} · synthetic seed ${SEED}`);
  console.log('');
  console.log(
    table(
      [
        'entries',
        'meshbot build ms',
        'meshbot p50 ms',
        'meshbot p99 ms',
        'fuse build ms',
        'fuse p50 ms',
        'fuse p99 ms',
        'p99 ratio (meshbot/fuse)',
        'target (meshbot p99)',
        'met?',
      ],
      rows.map((r) => [
        `${r.size === 'real' ? `real (${r.entries})` : count(r.entries)}`,
        ms(r.meshbot.buildMs, 1),
        ms(r.meshbot.latency.p50),
        ms(r.meshbot.latency.p99),
        ms(r.fuse.buildMs, 1),
        ms(r.fuse.latency.p50),
        ms(r.fuse.latency.p99),
        `${r.p99Ratio.toPrecision(2)}×`,
        r.target ?? '—',
        r.met === null ? '—' : r.met ? 'yes' : 'no',
      ]),
      [false, true, true, true, true, true, true, true, false, false],
    ),
  );
  console.log('');
  console.log(
    table(
      [
        'entries',
        'meshbot samples',
        'meshbot mean ms',
        'meshbot max ms',
        'meshbot p99 of question medians ms',
        'meshbot GC pauses (n, ms)',
        'meshbot 1st-pass p99 ms',
        'meshbot repeated-text p50 / p99 ms',
        'meshbot heap MB',
        'meshbot top-1',
        'fuse samples',
        'fuse mean ms',
        'fuse heap MB',
        'build runs',
      ],
      rows.map((r) => [
        `${r.size === 'real' ? `real (${r.entries})` : count(r.entries)}`,
        count(r.meshbot.latency.samples),
        ms(r.meshbot.latency.mean),
        ms(r.meshbot.latency.max),
        ms(r.meshbot.latency.questionMedianP99),
        `${r.meshbot.latency.gcCount}, ${ms(r.meshbot.latency.gcMs, 1)}`,
        ms(r.meshbot.firstPass.p99),
        `${ms(r.meshbot.repeated.p50)} / ${ms(r.meshbot.repeated.p99)}`,
        mb(r.meshbot.heapMb),
        `${(r.meshbot.top1 * 100).toFixed(1)}%`,
        count(r.fuse.latency.samples),
        ms(r.fuse.latency.mean),
        mb(r.fuse.heapMb),
        String(r.meshbot.buildRuns),
      ]),
      [false, true, true, true, true, true, true, true, true, true, true, true, true, true],
    ),
  );
  console.log('');
  console.log(
    'Quality and speed beside the baselines (in-scope questions of the eval files; top-1 = shown answer right; ranked first = best-ranked entry right, whatever the confidence):',
  );
  console.log(
    table(
      [
        'entries',
        'meshbot top-1',
        'meshbot ranked first',
        'meshbot wrong',
        'meshbot top-1 / wrong, own calibrator',
        'meshbot p99 ms',
        'meshbot fit ms (empty cache)',
        'refit ms: workers / one thread',
        'meshbot start ms (cached)',
        'legacy top-1',
        'legacy wrong',
        'legacy p99 ms',
        'legacy build ms',
        'fuse top-1 (first hit)',
        'fuse p99 ms',
      ],
      rows.map((r) => [
        `${r.size === 'real' ? `real (${r.entries})` : count(r.entries)}`,
        `${(r.meshbot.top1 * 100).toFixed(1)}%`,
        `${(r.meshbot.ranked1 * 100).toFixed(1)}%`,
        `${(r.meshbot.wrong * 100).toFixed(1)}%`,
        r.meshbot.own
          ? `${(r.meshbot.own.top1 * 100).toFixed(1)}% / ${(r.meshbot.own.wrong * 100).toFixed(1)}% (answerAt ${r.meshbot.own.answerAt}, refit ${(r.meshbot.own.ms / 1000).toFixed(0)} s)`
          : '(fitted so)',
        ms(r.meshbot.latency.p99),
        ms(r.meshbot.fitMs, 0),
        r.meshbot.refitMs
          ? `${ms(r.meshbot.refitMs.workers, 0)} / ${ms(r.meshbot.refitMs.oneThread, 0)}`
          : '(centroids)',
        ms(r.meshbot.buildMs, 0),
        `${(r.legacy.top1 * 100).toFixed(1)}%`,
        `${(r.legacy.wrong * 100).toFixed(1)}%`,
        ms(r.legacy.latency.p99),
        ms(r.legacy.buildMs, 0),
        `${(r.fuse.top1 * 100).toFixed(1)}% (n=${r.fuse.top1Of})`,
        ms(r.fuse.latency.p99),
      ]),
      [false, true, true, true, false, true, true, true, true, true, true, true, true, true, true],
    ),
  );
  console.log('');
  console.log(
    [
      'Own calibrator: the calibrator and thresholds refitted on that knowledge base by 3-fold cross-validation over its own phrasings (npm run tune -- --keep); the shipped ones were fitted on the real one.',
      'Latency: one call of Matcher.answer(q) or Fuse.search(q) per sample, after warm-up; build: median of the build runs.',
      'meshbot latency is of texts it has not answered before (each pass adds its own trailing whitespace, which',
      'normalisation removes), so an answer cache cannot serve them; repeated-text: the same text again, word for word.',
      "p99 of question medians: each question's median time, p99 over the questions (one-off stalls left out).",
      'GC pauses: collections during the timed meshbot calls. 1st-pass p99: one pass on a fresh matcher (empty spelling cache, warm code; from 5,000 entries up, on the timed matcher).',
      `Heap: heapUsed retained by one index${gc ? ' after a full GC' : ' (approximate: no GC available)'}. top-1: in-scope questions answered with an expected entry.`,
      'fuse.js: keys title, phrasings (question and phrasings joined), keywords, body; threshold 0.4, ignoreLocation.',
      ...(rows.some((r) => r.fuse.latency.samples < 200)
        ? [
            'fuse.js p99 from fewer than 200 samples (--quick, or over its time budget) is close to its maximum.',
          ]
        : []),
    ].join('\n'),
  );
}

async function main() {
  const env = environment();
  const lines = EVAL_FILES.flatMap((f) =>
    parseEvalFile(readFileSync(fileURLToPath(new URL(`../${f}`, import.meta.url)), 'utf8')),
  );
  const questions = lines.map((l) => l.q);
  env.questions = questions.length;
  progress(
    `loading the knowledge base; ${questions.length} questions; gc ${gc ? 'exposed' : 'not available'}`,
  );
  const real = loadKnowledgeBase();
  const rows: Row[] = [];
  // --sizes real,10000 runs only those sizes.
  const only = process.argv
    .find((a) => a.startsWith('--sizes='))
    ?.slice('--sizes='.length)
    .split(',');
  for (const size of SIZES.filter((z) => !only || only.includes(String(z.entries)))) {
    const kb = size.entries === 'real' ? real : syntheticKnowledgeBase(real, size.entries, SEED);
    rows.push(await benchSize(size, kb, questions, lines));
  }
  env.loadAverage.end = os.loadavg()[0] ?? 0;
  if (sink < 0) console.log(sink);
  if (JSON_OUT) console.log(JSON.stringify({ environment: env, rows }, null, 2));
  else printText(env, rows);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`bench: ${(err as Error).stack ?? String(err)}`);
    process.exit(1);
  },
);
