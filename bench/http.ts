/**
 * `npm run bench:http [-- --quick] [-- --json] [-- --duration 5] [-- --connections 10,50,200]`:
 * meshbot in HTTP mode beside a bare Bolt app with no-op listeners (bench/bare-app.ts), in the same
 * run, each in its own process, both pointed at one fake Slack Web API in a third process
 * (bench/fake-slack-server.ts). autocannon, in this process, drives each with signed app_mention
 * events and signed /mesh commands at several concurrency levels, and the bench prints throughput,
 * p50/p99 ack latency, errors, RSS and start-up time for both, with the ratios.
 *
 * Targets, relative to the bare app because the load generator shares the machine's cores: at every
 * concurrency level at least 0.9 × its throughput and at most 1.25 × its p99 ack latency; idle RSS
 * at most 25 MB above it; meshbot ready within 1 s of start.
 *
 * A measurement, not a test: it prints and exits 0 whether or not the targets are met; it exits 1
 * only when an app (or the fake Web API) fails to start.
 *
 * Other flags: --warmup <s> (per app and workload, default 1), --rate <n> (the extra "paced" rows'
 * fixed request rate, default 200; 0: none), --ready-runs <n> (timed starts per app, default 5),
 * --attempts <n> (tries per cell while other processes disturb it, default 3), --no-build (never run
 * tsc; use tsx on src when dist is stale), --no-info (skip the LOG_LEVEL=info rows),
 * --faithful-fake (the test suite's FakeSlack, which parses every call, instead of the lean canned
 * responder), --cpu-prof-dir <dir> (run both apps under `node --cpu-prof`; profiles are written
 * there when they exit), --hostile-clients <n> (page clients in the hostile row, default 128; the
 * row runs for echo bot and meshbot), --hostile-rate <n> (events per second beside them, default
 * 50), --no-hostile, --only-hostile. --quick: 1 s cells at 10 connections, one start, no extra
 * rows, a hostile row of 8 clients.
 *
 * Linux only (reads /proc for RSS and CPU).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { markdownTable } from './table.js';

// --- options -------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
function option(name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}
function numberOption(name: string, fallback: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`bench: ${name} must be a positive number, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return n;
}

const QUICK = flag('--quick');
const JSON_OUT = flag('--json');
const NO_BUILD = flag('--no-build');
const FAITHFUL_FAKE = flag('--faithful-fake');
const DURATION_S = numberOption('--duration', QUICK ? 1 : 5);
const WARMUP_S = numberOption('--warmup', QUICK ? 0.3 : 1);
const CONNECTIONS: readonly number[] = (option('--connections') ?? (QUICK ? '10' : '10,50,200'))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const INFO_ROWS = !QUICK && !flag('--no-info');
/** Extra rows at a fixed request rate (autocannon overallRate), the way Slack actually sends; 0: none. */
const PACED_RATE = option('--rate') === '0' ? 0 : Math.round(numberOption('--rate', QUICK ? 0 : 200));
/** Where both apps write V8 CPU profiles (node --cpu-prof), for finding what limits meshbot. */
const CPU_PROF_DIR = option('--cpu-prof-dir');
/** A run is "contended" when processes outside the benchmark used more than this share of a core. */
const CONTENDED_PCT = 20;
/** Timed starts of each app; the median is reported. */
const READY_RUNS = Math.max(1, Math.round(numberOption('--ready-runs', QUICK ? 1 : 5)));
/** Attempts per cell when a run was contended; the least contended attempt is kept. */
const ATTEMPTS = Math.round(numberOption('--attempts', QUICK ? 1 : 3));
/** The hostile row: this many page clients (0: no hostile row) beside events at a fixed rate. */
const HOSTILE_CLIENTS = flag('--no-hostile')
  ? 0
  : Math.round(numberOption('--hostile-clients', QUICK ? 8 : 128));
/** --only-hostile: skip the throughput cells, run the hostile row alone. */
const ONLY_HOSTILE = flag('--only-hostile');
const HOSTILE_EVENT_RATE = Math.round(numberOption('--hostile-rate', QUICK ? 20 : 50));
const WORKLOADS = ['events', 'commands'] as const;
type Workload = (typeof WORKLOADS)[number];

if (CONNECTIONS.length === 0) {
  console.error('bench: --connections needs a comma-separated list of positive whole numbers');
  process.exit(2);
}

/** The issue's targets, all relative to the bare app in the same run. */
const TARGETS = {
  throughputRatioMin: 0.9,
  p99RatioMax: 1.25,
  idleRssDeltaMaxMb: 25,
  readyMaxMs: 1000,
} as const;

/** Orientation figures from the issue (a bare Bolt 5.1 app, measured elsewhere). */
const ISSUE_ORIENTATION =
  'bare Bolt 5.1: ≈14,000 events/s; p99 3 / 7 / 22 ms at 10 / 50 / 200; RSS 75 MB idle, 143 MB after load';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'meshbot-bench');
const SIGNING_SECRET = 'abcdef0123456789abcdef0123456789';
const BOT_TOKEN = 'xoxb-1111-2222-benchtokenvalue';
const BOT_USER = 'U0BOT1234';
const require = createRequire(import.meta.url);

// --- autocannon (no bundled types) -------------------------------------------------------------

interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: CannonRequest, context: unknown) => CannonRequest;
}
interface CannonResult {
  readonly duration: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly resets: number;
  readonly '2xx': number;
  readonly requests: { readonly sent: number; readonly average: number };
  readonly latency: { readonly p50: number; readonly p99: number; readonly max: number };
}
interface CannonInstance {
  on(
    event: 'response',
    fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
  ): void;
}
type Autocannon = (
  opts: {
    url: string;
    connections: number;
    duration?: number;
    amount?: number;
    timeout: number;
    overallRate?: number;
    requests: CannonRequest[];
  },
  cb: (err: Error | null, result: CannonResult) => void,
) => CannonInstance;
const autocannon = require('autocannon') as Autocannon;

// --- small helpers -------------------------------------------------------------------------------

function progress(msg: string) {
  process.stderr.write(`bench: ${msg}\n`);
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}
function median(xs: readonly number[]): number {
  return percentile(Float64Array.from(xs).sort(), 50);
}

function pkgVersion(name: string): string {
  try {
    const file = path.join(ROOT, 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU seconds a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ", field 3 (state) is index 0; utime and stime are fields 14 and 15.
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds the whole machine has spent busy (all cores; Linux /proc/stat). */
function machineBusySeconds(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / CLK_TCK;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds used by this process and every process it started. */
function ownBusySeconds(): number {
  const self = process.cpuUsage();
  return (
    (self.user + self.system) / 1e6 +
    children.reduce((sum, p) => sum + (p.exit ? 0 : cpuSeconds(p.pid) || 0), 0)
  );
}

/** Share of one core that processes outside this benchmark used over `ms`. */
async function othersCpu(ms: number): Promise<number> {
  const m0 = machineBusySeconds();
  const o0 = ownBusySeconds();
  await sleep(ms);
  return ((machineBusySeconds() - m0 - (ownBusySeconds() - o0)) / (ms / 1000)) * 100;
}

/** Waits (up to `capMs`) until other processes on the machine leave it (nearly) idle. */
async function waitQuiet(capMs: number): Promise<number> {
  const started = performance.now();
  let others = await othersCpu(500);
  while (others > CONTENDED_PCT && performance.now() - started < capMs) {
    progress(
      `other processes are using ${others.toFixed(0)}% of a core; waiting for the machine to go quiet`,
    );
    others = await othersCpu(2000);
  }
  return others;
}

/** Resident set and its high-water mark, MB (Linux /proc). */
function memory(pid: number): { rssMb: number; hwmMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** One HTTP request on a fresh connection; resolves with the status (0 when it could not connect). */
function httpCall(
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
  body = '',
): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, method, path: urlPath, headers, agent: false, timeout: 2000 },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end(body);
  });
}

// --- signed Slack requests -----------------------------------------------------------------------

function sign(body: string, ts: number): Record<string, string> {
  const sig = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig };
}

/** Questions people ask, from the public eval set (falls back to a few fixed ones). */
function loadQuestions(): string[] {
  try {
    const text = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'eval-public.jsonl'), 'utf8');
    const qs = text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q?: unknown }).q)
      .filter((q): q is string => typeof q === 'string' && q.trim() !== '')
      .map((q) => q.replace(/<@[A-Z0-9]+>\s*/g, '').trim())
      .filter((q) => q !== '');
    if (qs.length) return qs;
  } catch {
    // fall through
  }
  return ['istio vs linkerd?', 'does linkerd do mtls by default', 'which mesh is lighter on memory'];
}

let seq = 0;
const runTag = `${process.pid.toString(36)}${Date.now().toString(36)}`;

/** A fresh signed request for the workload: unique event_id (meshbot dedupes on it), current timestamp. */
function buildRequest(
  workload: Workload,
  questions: readonly string[],
  fakeUrl: string,
): { body: string; headers: Record<string, string> } {
  const n = ++seq;
  const ts = Math.floor(Date.now() / 1000);
  const question = questions[n % questions.length] ?? 'istio vs linkerd?';
  if (workload === 'events') {
    const msgTs = `${ts}.${String(n % 1_000_000).padStart(6, '0')}`;
    const body = JSON.stringify({
      token: 'legacy',
      team_id: 'T0TEST',
      api_app_id: 'A0APP',
      type: 'event_callback',
      event_id: `Ev${runTag}${n}`,
      event_time: ts,
      authorizations: [{ team_id: 'T0TEST', user_id: BOT_USER, is_bot: true }],
      event: {
        type: 'app_mention',
        user: 'U0USER',
        text: `<@${BOT_USER}> ${question}`,
        ts: msgTs,
        channel: 'C0CHAN',
        event_ts: msgTs,
      },
    });
    return { body, headers: { 'content-type': 'application/json', ...sign(body, ts) } };
  }
  const body = new URLSearchParams({
    token: 'legacy',
    team_id: 'T0TEST',
    team_domain: 'test',
    channel_id: 'C0CHAN',
    channel_name: 'general',
    user_id: 'U0USER',
    user_name: 'someone',
    command: '/mesh',
    text: question,
    api_app_id: 'A0APP',
    response_url: `${fakeUrl}/response/cmd${n}`,
    trigger_id: `${n}.456.abc`,
  }).toString();
  // Bolt compares the content type exactly: no charset suffix.
  return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body, ts) } };
}

// --- child processes -----------------------------------------------------------------------------

interface Proc {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  readonly logFile: string;
  readonly spawnedAt: number;
  exit: { code: number | null; signal: string | null } | null;
}

const children: Proc[] = [];
/** Files this run wrote that cleanup() removes. */
const scratchFiles: string[] = [];

function spawnProc(
  name: string,
  args: readonly string[],
  env: Record<string, string>,
  logDir: string,
  ipc = false,
): Proc {
  const logFile = path.join(logDir, `${name}.log`);
  const fd = openSync(logFile, 'w');
  const spawnedAt = performance.now();
  const profile = CPU_PROF_DIR && !ipc ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(CPU_PROF_DIR)}`] : [];
  const child = spawn(process.execPath, [...profile, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ipc ? ['ignore', fd, fd, 'ipc'] : ['ignore', fd, fd],
  });
  closeSync(fd);
  if (child.pid === undefined) throw new Error(`${name}: could not spawn ${process.execPath}`);
  const proc: Proc = { name, child, pid: child.pid, logFile, spawnedAt, exit: null };
  child.on('exit', (code, signal) => {
    proc.exit = { code, signal };
  });
  children.push(proc);
  return proc;
}

function logTail(proc: Proc, lines = 20): string {
  try {
    return readFileSync(proc.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function stopProc(proc: Proc): Promise<void> {
  if (proc.exit) return;
  const exited = new Promise<void>((resolve) => proc.child.once('exit', () => resolve()));
  proc.child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(3000).then(() => true)]);
  if (timedOut && !proc.exit) {
    proc.child.kill('SIGKILL');
    await exited;
  }
}

class StartError extends Error {}

/** Polls until `probe` succeeds; returns ms from spawn. */
async function waitReady(proc: Proc, probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<number> {
  for (;;) {
    if (proc.exit) {
      throw new StartError(
        `${proc.name} exited before it was ready (code ${proc.exit.code}, signal ${proc.exit.signal}):\n${logTail(proc)}`,
      );
    }
    if (await probe()) return performance.now() - proc.spawnedAt;
    if (performance.now() - proc.spawnedAt > timeoutMs) {
      throw new StartError(`${proc.name} was not ready after ${timeoutMs} ms:\n${logTail(proc)}`);
    }
    await sleep(5);
  }
}

// --- the fake Web API ----------------------------------------------------------------------------

interface Fake {
  readonly proc: Proc;
  readonly url: string;
  readonly mode: string;
  stats(): Promise<Record<string, number>>;
}

async function startFake(logDir: string): Promise<Fake> {
  const args = ['--import', 'tsx', 'bench/fake-slack-server.ts', ...(FAITHFUL_FAKE ? ['--faithful'] : [])];
  const proc = spawnProc('fake-slack', args, {}, logDir, true);
  const ready = await new Promise<{ url: string; mode: string }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new StartError(`fake Web API did not start:\n${logTail(proc)}`)),
      30_000,
    );
    proc.child.on('message', (m: { type?: string; url?: string; mode?: string }) => {
      if (m?.type === 'ready' && m.url) {
        clearTimeout(timer);
        resolve({ url: m.url, mode: m.mode ?? 'lean' });
      }
    });
    proc.child.once('exit', () => {
      clearTimeout(timer);
      reject(new StartError(`fake Web API exited before it was ready:\n${logTail(proc)}`));
    });
  });
  return {
    proc,
    url: ready.url,
    mode: ready.mode,
    stats: () =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve({}), 2000);
        const onMessage = (m: {
          type?: string;
          counts?: Record<string, number>;
          unauthenticated?: number;
        }) => {
          if (m?.type !== 'stats') return;
          clearTimeout(timer);
          proc.child.off('message', onMessage);
          resolve({ ...m.counts, unauthenticated: m.unauthenticated ?? 0 });
        };
        proc.child.on('message', onMessage);
        proc.child.send({ type: 'stats' });
      }),
  };
}

// --- preparing the two apps ----------------------------------------------------------------------

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTs(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Source files whose compiled file in dist/ is missing or older. */
function staleDist(): string[] {
  const src = path.join(ROOT, 'src');
  return listTs(src).filter((file) => {
    const js = path.join(ROOT, 'dist', path.relative(src, file)).replace(/\.ts$/, '.js');
    return !existsSync(js) || statSync(js).mtimeMs < statSync(file).mtimeMs;
  });
}

/** How to run meshbot: the built app when dist is (or can be made) current, else tsx on src. */
function meshbotLaunch(): { args: string[]; how: string; built: boolean } {
  const built = { args: ['dist/index.js'], built: true };
  const stale = staleDist();
  if (stale.length === 0) return { ...built, how: 'node dist/index.js (up to date)' };
  if (!NO_BUILD) {
    progress(
      `dist is stale (${stale.length} source file(s) newer); building with tsc -p tsconfig.build.json`,
    );
    let note = '';
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
        cwd: ROOT,
        stdio: 'pipe',
      });
    } catch (err) {
      // tsc still emits on type errors; dist is usable if every file was written.
      const out = String((err as { stdout?: Buffer }).stdout ?? '').trim();
      note = ', tsc reported errors';
      progress(`tsc reported errors:\n${out.split('\n').slice(0, 10).join('\n')}`);
    }
    if (staleDist().length === 0) return { ...built, how: `node dist/index.js (rebuilt${note})` };
  }
  return {
    args: ['--import', 'tsx', 'src/index.ts'],
    built: false,
    how: `tsx src/index.ts (dist stale${NO_BUILD ? ', --no-build' : ', build failed'}: the TypeScript loader adds to RSS and start-up)`,
  };
}

/**
 * A baseline app (bench/bare-app.ts, bench/echo-app.ts) as plain JavaScript (transpiled only), so
 * it runs on bare `node`.
 */
async function transpiledLaunch(name: 'bare-app' | 'echo-app'): Promise<string[]> {
  const ts = (await import('typescript')).default;
  const source = readFileSync(path.join(ROOT, 'bench', `${name}.ts`), 'utf8');
  const out = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: `${name}.ts`,
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  // Under node_modules/ so that `@slack/bolt` resolves from the project.
  // One file per bench process, so concurrent runs never rewrite a file another is loading.
  const file = path.join(CACHE_DIR, `${name}-${process.pid}.mjs`);
  writeFileSync(file, out.outputText);
  scratchFiles.push(file);
  return [file];
}

// --- RSS sampling --------------------------------------------------------------------------------

class RssSampler {
  private readonly samples = new Map<string, { t: number; mb: number }[]>();
  private timer: NodeJS.Timeout | null = null;
  private readonly procs: Proc[] = [];

  add(proc: Proc) {
    this.procs.push(proc);
    this.samples.set(proc.name, []);
    this.sample(proc);
  }

  start() {
    this.timer = setInterval(() => {
      for (const p of this.procs) this.sample(p);
    }, 100);
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
  }

  private sample(p: Proc) {
    if (p.exit) return;
    const m = memory(p.pid);
    if (m) this.samples.get(p.name)?.push({ t: performance.now(), mb: m.rssMb });
  }

  window(name: string, from: number, to: number): number[] {
    return (this.samples.get(name) ?? []).filter((s) => s.t >= from && s.t <= to).map((s) => s.mb);
  }

  max(name: string, from: number, to: number): number {
    const xs = this.window(name, from, to);
    return xs.length ? Math.max(...xs) : Number.NaN;
  }
}

// --- driving one app ------------------------------------------------------------------------------

interface AppHandle {
  readonly label: string;
  readonly proc: Proc;
  readonly port: number;
}

interface Drive {
  readonly app: string;
  readonly workload: Workload;
  readonly connections: number;
  readonly seconds: number;
  readonly ok: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly timeouts: number;
  readonly peakRssMb: number;
  /** CPU used during the run, in % of one core; `others`: processes outside the benchmark. */
  readonly cpu: {
    readonly app: number;
    readonly fake: number;
    readonly loadgen: number;
    readonly others: number;
  };
  /** After the load stopped: ms until the app and the fake were idle (meshbot posts its replies then). */
  readonly drainMs: number;
  /** Web API calls the fake received for this run (counted after the drain). */
  readonly webApiCalls: Record<string, number>;
}

/** Waits until the processes use (almost) no CPU for 200 ms; returns ms until that quiet began. */
async function quiesce(procs: readonly Proc[], capMs: number): Promise<number> {
  const started = performance.now();
  let prev = procs.map((p) => cpuSeconds(p.pid));
  let quietSince = performance.now();
  let quietTicks = 0;
  while (performance.now() - started < capMs) {
    await sleep(100);
    const now = procs.map((p) => cpuSeconds(p.pid));
    const busy = now.some((c, i) => c - (prev[i] ?? 0) > 0.011);
    prev = now;
    if (busy) {
      quietTicks = 0;
      quietSince = performance.now();
    } else if (++quietTicks >= 2) {
      return Math.max(0, quietSince - started - 100);
    }
  }
  return capMs;
}

function diffCounts(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) {
    const d = v - (before[k] ?? 0);
    if (d) out[k] = d;
  }
  return out;
}

async function drive(
  target: AppHandle,
  workload: Workload,
  connections: number,
  seconds: number,
  ctx: { fake: Fake; sampler: RssSampler; questions: readonly string[] },
  rate = 0,
): Promise<Drive> {
  const latencies: number[] = [];
  const callsBefore = await ctx.fake.stats();
  const cpu0 = {
    app: cpuSeconds(target.proc.pid),
    fake: cpuSeconds(ctx.fake.proc.pid),
    self: process.cpuUsage(),
    machine: machineBusySeconds(),
    own: ownBusySeconds(),
  };
  const t0 = performance.now();
  const result = await new Promise<CannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${target.port}`,
        connections,
        duration: seconds,
        timeout: 10,
        ...(rate > 0 ? { overallRate: rate } : {}),
        requests: [
          {
            method: 'POST',
            path: '/slack/events',
            setupRequest: (req) => ({ ...req, ...buildRequest(workload, ctx.questions, ctx.fake.url) }),
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
  const t1 = performance.now();
  const wall = (t1 - t0) / 1000;
  const self = process.cpuUsage(cpu0.self);
  const cpu = {
    app: ((cpuSeconds(target.proc.pid) - cpu0.app) / wall) * 100,
    fake: ((cpuSeconds(ctx.fake.proc.pid) - cpu0.fake) / wall) * 100,
    loadgen: ((self.user + self.system) / 1e6 / wall) * 100,
    others: ((machineBusySeconds() - cpu0.machine - (ownBusySeconds() - cpu0.own)) / wall) * 100,
  };
  const peakRssMb = ctx.sampler.max(target.proc.name, t0, t1 + 50);
  const drainMs = await quiesce([target.proc, ctx.fake.proc], 60_000);
  const webApiCalls = diffCounts(await ctx.fake.stats(), callsBefore);
  const sorted = Float64Array.from(latencies).sort();
  const elapsed = result.duration > 0 ? result.duration : wall;
  return {
    app: target.label,
    workload,
    connections,
    seconds: elapsed,
    ok: latencies.length,
    rps: latencies.length / elapsed,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    peakRssMb,
    cpu,
    drainMs,
    webApiCalls,
  };
}

// --- the hostile row: page clients beside Slack -------------------------------------------------

interface LatencyRun {
  readonly sent: number;
  readonly ok: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /**
   * p99 of the requests sent from 1 s into the run on: without the first requests, whose latency
   * includes opening connections while the machine's two cores are saturated (the load generators
   * share them with the app; the echo bot shows the same).
   */
  readonly p99SteadyMs: number;
  readonly maxMs: number;
  /** non-2xx responses, connection errors and timeouts (10 s). */
  readonly failed: number;
  /** The five slowest answers: ms after the run began that each was sent, and its latency. */
  readonly slowest: ReadonlyArray<{ readonly atMs: number; readonly ms: number }>;
}

interface HostileRun {
  readonly app: string;
  readonly clients: number;
  readonly seconds: number;
  /** Signed app_mention events at a fixed rate, while the page clients run. */
  readonly events: LatencyRun;
  /** GET /healthz at 5 per second. */
  readonly healthz: LatencyRun;
  /** What the hostile page clients got (bench/hostile-pages.ts), or null if they failed to report. */
  readonly pages: {
    readonly answered: number;
    readonly rps: number;
    readonly statuses: Record<string, number>;
    readonly errors: number;
    readonly timeouts: number;
  } | null;
  readonly drainMs: number;
  readonly webApiCalls: Record<string, number>;
}

/**
 * autocannon at a fixed total rate for `seconds` (rate × seconds requests, each waited for up to
 * 10 s, so slow answers are counted, not cut off); exact per-response latencies of the 2xx answers.
 */
function paced(
  port: number,
  rate: number,
  connections: number,
  seconds: number,
  request: () => CannonRequest,
): Promise<LatencyRun> {
  const latencies: number[] = [];
  const timed: Array<{ atMs: number; ms: number; ok: boolean }> = [];
  const began = performance.now();
  const amount = Math.max(1, Math.round(rate * seconds));
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        amount,
        timeout: 10,
        overallRate: rate,
        requests: [{ setupRequest: (req) => ({ ...req, ...request() }) }],
      },
      (err) => {
        if (err) return reject(err);
        const sorted = Float64Array.from(latencies).sort();
        resolve({
          sent: amount,
          ok: latencies.length,
          p50Ms: percentile(sorted, 50),
          p99Ms: percentile(sorted, 99),
          p99SteadyMs: percentile(
            Float64Array.from(timed.filter((t) => t.ok && t.atMs >= 1000).map((t) => t.ms)).sort(),
            99,
          ),
          maxMs: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
          // Anything not answered 2xx within 10 s: non-2xx, connection errors, timeouts.
          failed: amount - latencies.length,
          slowest: timed
            .sort((a, b) => b.ms - a.ms)
            .slice(0, 5)
            .map((t) => ({ atMs: Math.round(t.atMs), ms: Math.round(t.ms) })),
        });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      timed.push({ atMs: performance.now() - began - ms, ms, ok: status >= 200 && status < 300 });
    });
  });
}

/**
 * The issue's hostile case: HOSTILE_CLIENTS page clients (a process of their own) request costly
 * pages as fast as they are answered while signed events arrive at HOSTILE_EVENT_RATE and /healthz
 * is polled; reports the ack latency of the events (Slack gives up at 3 s).
 */
async function hostile(
  target: AppHandle,
  seconds: number,
  ctx: { fake: Fake; questions: readonly string[] },
): Promise<HostileRun> {
  const callsBefore = await ctx.fake.stats();
  const pagesProc = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/hostile-pages.ts',
      `http://127.0.0.1:${target.port}`,
      String(HOSTILE_CLIENTS),
      // Until told to stop (below), with a bound.
      String(seconds + 30),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  let out = '';
  pagesProc.stdout?.setEncoding('utf8').on('data', (c: string) => {
    out += c;
  });
  const pagesDone = new Promise<HostileRun['pages']>((resolve) => {
    pagesProc.once('exit', () => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as HostileRun['pages']);
      } catch {
        resolve(null);
      }
    });
  });
  // Let the page clients (tsx start-up, then the ramp) load the app before Slack's requests start.
  await sleep(1500);
  const [events, healthz] = await Promise.all([
    paced(target.port, HOSTILE_EVENT_RATE, 10, seconds, () => ({
      method: 'POST',
      path: '/slack/events',
      ...buildRequest('events', ctx.questions, ctx.fake.url),
    })),
    paced(target.port, 5, 2, seconds, () => ({ method: 'GET', path: '/healthz' })),
  ]);
  if (pagesProc.connected) pagesProc.send({ type: 'stop' });
  const pages = await pagesDone;
  const drainMs = await quiesce([target.proc, ctx.fake.proc], 60_000);
  return {
    app: target.label,
    clients: HOSTILE_CLIENTS,
    seconds,
    events,
    healthz,
    pages,
    drainMs,
    webApiCalls: diffCounts(await ctx.fake.stats(), callsBefore),
  };
}

// --- the run -------------------------------------------------------------------------------------

interface Cell {
  readonly workload: Workload;
  readonly connections: number;
  /** Extra label, e.g. meshbot at LOG_LEVEL=info. */
  readonly variant: string;
  readonly bare: Drive;
  /** The echo bot (one plain chat.postMessage per event): the fair peer for throughput. */
  readonly echo: Drive;
  readonly meshbot: Drive;
  readonly throughputRatio: number;
  /** meshbot req/s ÷ echo bot req/s (reported, not a target). */
  readonly echoThroughputRatio: number;
  readonly p99Ratio: number;
  readonly throughputMet: boolean;
  readonly p99Met: boolean;
  /** Which attempt this is (1 unless earlier ones were contended). */
  readonly attempt: number;
  /** The larger of the two runs' CPU use by processes outside the benchmark, % of one core. */
  readonly othersCpu: number;
  readonly contended: boolean;
}

interface AppSummary {
  readonly launch: string;
  /** Median of the timed starts. */
  readonly readyMs: number;
  readonly readyRunsMs: readonly number[];
  readonly idleRssMb: number;
  readonly peakRssMb: number;
  readonly hwmMb: number;
  readonly afterLoadRssMb: number;
  readonly logBytes: number;
}

function makeCell(variant: string, bare: Drive, echo: Drive, meshbot: Drive, attempt: number): Cell {
  const throughputRatio = meshbot.rps / bare.rps;
  const p99Ratio = meshbot.p99Ms / bare.p99Ms;
  const othersCpu = Math.max(bare.cpu.others, echo.cpu.others, meshbot.cpu.others);
  return {
    echo,
    echoThroughputRatio: meshbot.rps / echo.rps,
    attempt,
    othersCpu,
    contended: othersCpu > CONTENDED_PCT,
    workload: bare.workload,
    connections: bare.connections,
    variant,
    bare,
    meshbot,
    throughputRatio,
    p99Ratio,
    throughputMet: throughputRatio >= TARGETS.throughputRatioMin,
    p99Met: p99Ratio <= TARGETS.p99RatioMax,
  };
}

function environment(meshLaunch: string, fakeMode: string, othersAtStart: number) {
  const cpus = os.cpus();
  let git = 'unknown';
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean).length;
    git = dirty ? `${head} + ${dirty} uncommitted src file(s)` : head;
  } catch {
    // not a git checkout
  }
  return {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    bolt: pkgVersion('@slack/bolt'),
    autocannon: pkgVersion('autocannon'),
    git,
    quick: QUICK,
    durationS: DURATION_S,
    warmupS: WARMUP_S,
    connections: CONNECTIONS,
    meshbotLaunch: meshLaunch,
    meshbotLogLevel: 'warn',
    fakeWebApi: `own process (${fakeMode})`,
    loadGenerator: `autocannon ${pkgVersion('autocannon')} in the bench process (one thread)`,
    otherProcsCpuAtStartPct: othersAtStart,
    loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
    contendedAbovePct: CONTENDED_PCT,
    attemptsPerCell: ATTEMPTS,
  };
}

async function main(): Promise<number> {
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'meshbot-bench-http-'));
  const sampler = new RssSampler();
  const questions = loadQuestions();

  progress('preparing: meshbot build check, bare app transpile');
  const mesh = meshbotLaunch();
  const bareArgs = await transpiledLaunch('bare-app');
  const echoArgs = await transpiledLaunch('echo-app');
  progress(`meshbot: ${mesh.how}`);

  progress('starting the fake Web API');
  const fake = await startFake(logDir);
  // Warm the bench's own HTTP client path so the first app's ready time doesn't pay for it.
  await httpCall(Number(new URL(fake.url).port), 'GET', '/');

  const baseEnv = (port: number): Record<string, string> => ({
    NODE_ENV: 'production',
    PORT: String(port),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${fake.url}/api/`,
  });
  const meshEnv = (port: number, level: string): Record<string, string> => ({
    ...baseEnv(port),
    LOG_LEVEL: level,
    PUBLIC_BASE_URL: 'https://meshbot.example.com',
    // Set but blank, so a developer's .env cannot switch on Socket Mode or Redis here.
    SLACK_APP_TOKEN: '',
    REDIS_URL: '',
  });
  const bareProbe = (port: number) => async () => {
    const { body, headers } = buildRequest('events', questions, fake.url);
    return (await httpCall(port, 'POST', '/slack/events', headers, body)) === 200;
  };
  const healthProbe = (port: number) => async () => (await httpCall(port, 'GET', '/healthz')) === 200;

  const startApp = async (
    label: string,
    args: readonly string[],
    env: Record<string, string>,
    probe: (port: number) => () => Promise<boolean>,
  ) => {
    const port = await freePort();
    progress(`starting ${label} on port ${port}`);
    const proc = spawnProc(label, args, { ...env, PORT: String(port) }, logDir);
    sampler.add(proc);
    const readyMs = await waitReady(proc, probe(port));
    progress(`${label} ready in ${readyMs.toFixed(0)} ms`);
    return { handle: { label, proc, port } satisfies AppHandle, readyMs };
  };

  const othersAtStart = await waitQuiet(QUICK ? 0 : 60_000);
  // Start-up is short and easily disturbed: time READY_RUNS starts of each (alternating, one at a
  // time) and report the median; the last start of each is the instance that takes the load.
  const readyRuns: { bare: number[]; meshbot: number[] } = { bare: [], meshbot: [] };
  for (let i = 1; i < READY_RUNS; i++) {
    for (const label of ['bare', 'meshbot'] as const) {
      const port = await freePort();
      const env = label === 'bare' ? baseEnv(port) : meshEnv(port, 'warn');
      const proc = spawnProc(`${label}-start${i}`, label === 'bare' ? bareArgs : mesh.args, env, logDir);
      readyRuns[label].push(await waitReady(proc, (label === 'bare' ? bareProbe : healthProbe)(port)));
      await stopProc(proc);
    }
  }
  sampler.start();
  // One at a time, so neither start-up competes with the other for CPU.
  let port0 = await freePort();
  const bare = await startApp('bare', bareArgs, baseEnv(port0), bareProbe);
  readyRuns.bare.push(bare.readyMs);
  port0 = await freePort();
  const echo = await startApp('echo', echoArgs, baseEnv(port0), bareProbe);
  port0 = await freePort();
  const meshbot = await startApp('meshbot', mesh.args, meshEnv(port0, 'warn'), healthProbe);
  readyRuns.meshbot.push(meshbot.readyMs);

  // Idle RSS: after start-up garbage has had a moment, before any load.
  await sleep(QUICK ? 200 : 1000);
  const idleFrom = performance.now();
  await sleep(QUICK ? 300 : 1000);
  const idleTo = performance.now();
  const idle = {
    bare: median(sampler.window('bare', idleFrom, idleTo)),
    meshbot: median(sampler.window('meshbot', idleFrom, idleTo)),
  };
  progress(`idle RSS: bare ${idle.bare.toFixed(1)} MB, meshbot ${idle.meshbot.toFixed(1)} MB`);

  const ctx = { fake, sampler, questions };
  const warmConnections = Math.min(...CONNECTIONS, 10);
  for (const app of [bare.handle, echo.handle, meshbot.handle]) {
    for (const workload of WORKLOADS) {
      progress(`warming up ${app.label}: ${workload}, ${warmConnections} connections, ${WARMUP_S} s`);
      await drive(app, workload, warmConnections, WARMUP_S, ctx);
    }
  }

  if (!QUICK) await waitQuiet(30_000);
  const loadFrom = performance.now();
  const cells: Cell[] = [];
  let order = 0;
  /** Both apps on one workload and level; again (up to ATTEMPTS) when other processes got in the way. */
  const measure = async (
    variant: string,
    b: AppHandle,
    e: AppHandle,
    m: AppHandle,
    workload: Workload,
    connections: number,
    rate = 0,
  ) => {
    let best: Cell | null = null;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1) await waitQuiet(30_000);
      // Alternate which app goes first, so drift over the run does not favour either.
      const pair = order++ % 2 === 0 ? [b, e, m] : [m, e, b];
      const results: Record<string, Drive> = {};
      for (const app of pair) {
        const again = attempt > 1 ? ` (attempt ${attempt})` : '';
        const paced = rate ? ` at ${rate} req/s` : '';
        progress(`${workload}, ${connections} connections${paced}, ${DURATION_S} s: ${app.label}${again}`);
        results[app.label] = await drive(app, workload, connections, DURATION_S, ctx, rate);
      }
      const cell = makeCell(
        variant,
        results[b.label] as Drive,
        results[e.label] as Drive,
        results[m.label] as Drive,
        attempt,
      );
      if (!best || cell.othersCpu < best.othersCpu) best = cell;
      if (!cell.contended) break;
      progress(`other processes used up to ${cell.othersCpu.toFixed(0)}% of a core during that cell`);
    }
    cells.push(best as Cell);
  };
  for (const workload of ONLY_HOSTILE ? [] : WORKLOADS) {
    for (const connections of CONNECTIONS)
      await measure('', bare.handle, echo.handle, meshbot.handle, workload, connections);
  }
  if (PACED_RATE > 0 && !ONLY_HOSTILE) {
    const pacedConnections = Math.min(...CONNECTIONS, 10);
    for (const workload of WORKLOADS) {
      const variant = `paced ${PACED_RATE} req/s`;
      await measure(
        variant,
        bare.handle,
        echo.handle,
        meshbot.handle,
        workload,
        pacedConnections,
        PACED_RATE,
      );
    }
  }
  const hostileRuns: HostileRun[] = [];
  if (HOSTILE_CLIENTS > 0) {
    for (const app of [echo.handle, meshbot.handle]) {
      if (!QUICK) await waitQuiet(30_000);
      progress(
        `hostile: ${HOSTILE_CLIENTS} page clients + events at ${HOSTILE_EVENT_RATE}/s, ${DURATION_S} s: ${app.label}`,
      );
      hostileRuns.push(await hostile(app, DURATION_S, ctx));
    }
  }
  const loadTo = performance.now();

  await quiesce([bare.handle.proc, meshbot.handle.proc, fake.proc], 60_000);
  await sleep(QUICK ? 200 : 1000);
  const afterFrom = performance.now();
  await sleep(QUICK ? 300 : 1000);
  const afterTo = performance.now();

  const summary = (
    label: 'bare' | 'meshbot',
    launch: string,
    readyRunsMs: number[],
    proc: Proc,
  ): AppSummary => {
    let logBytes = 0;
    try {
      logBytes = statSync(proc.logFile).size;
    } catch {
      // no log
    }
    return {
      launch,
      readyMs: median(readyRunsMs),
      readyRunsMs: readyRunsMs.map((x) => Math.round(x)),
      idleRssMb: idle[label],
      peakRssMb: sampler.max(label, loadFrom, loadTo),
      hwmMb: memory(proc.pid)?.hwmMb ?? Number.NaN,
      afterLoadRssMb: median(sampler.window(label, afterFrom, afterTo)),
      logBytes,
    };
  };
  const apps = {
    bare: summary(
      'bare',
      `node (bench/bare-app.ts transpiled), Bolt ${pkgVersion('@slack/bolt')}`,
      readyRuns.bare,
      bare.handle.proc,
    ),
    meshbot: summary('meshbot', mesh.how, readyRuns.meshbot, meshbot.handle.proc),
  };

  // One more meshbot, at LOG_LEVEL=info, beside fresh bare runs.
  let info: { readyMs: number; logBytesPerRequest: number } | null = null;
  if (INFO_ROWS && !ONLY_HOSTILE) {
    const infoConnections = CONNECTIONS.includes(50)
      ? 50
      : (CONNECTIONS[Math.floor(CONNECTIONS.length / 2)] as number);
    port0 = await freePort();
    const infoApp = await startApp('meshbot-info', mesh.args, meshEnv(port0, 'info'), healthProbe);
    for (const workload of WORKLOADS) await drive(infoApp.handle, workload, warmConnections, WARMUP_S, ctx);
    const logBefore = statSync(infoApp.handle.proc.logFile).size;
    let requests = 0;
    for (const workload of WORKLOADS) {
      await measure(
        'meshbot LOG_LEVEL=info',
        bare.handle,
        echo.handle,
        infoApp.handle,
        workload,
        infoConnections,
      );
      requests += cells[cells.length - 1]?.meshbot.ok ?? 0;
    }
    info = {
      readyMs: infoApp.readyMs,
      logBytesPerRequest: (statSync(infoApp.handle.proc.logFile).size - logBefore) / Math.max(1, requests),
    };
    await stopProc(infoApp.handle.proc);
  }
  sampler.stop();

  const env = environment(mesh.how, fake.mode, othersAtStart);
  const idleDelta = apps.meshbot.idleRssMb - apps.bare.idleRssMb;
  const checks = {
    throughput: cells.filter((c) => !c.variant).every((c) => c.throughputMet),
    p99: cells.filter((c) => !c.variant).every((c) => c.p99Met),
    idleRss: idleDelta <= TARGETS.idleRssDeltaMaxMb,
    ready: apps.meshbot.readyMs <= TARGETS.readyMaxMs,
  };
  if (JSON_OUT) {
    console.log(
      JSON.stringify(
        {
          environment: env,
          targets: TARGETS,
          apps,
          idleRssDeltaMb: idleDelta,
          cells,
          hostile: hostileRuns,
          info,
          checks,
        },
        null,
        2,
      ),
    );
  } else {
    printText(env, cells, apps, idleDelta, info, checks, hostileRuns);
  }

  for (const p of [meshbot.handle.proc, bare.handle.proc, fake.proc]) await stopProc(p);
  rmSync(logDir, { recursive: true, force: true });
  return 0;
}

// --- output --------------------------------------------------------------------------------------

const table = markdownTable;

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const count = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function printText(
  env: ReturnType<typeof environment>,
  cells: readonly Cell[],
  apps: { bare: AppSummary; meshbot: AppSummary },
  idleDelta: number,
  info: { readyMs: number; logBytesPerRequest: number } | null,
  checks: Record<string, boolean>,
  hostileRuns: readonly HostileRun[] = [],
) {
  console.log(
    `meshbot HTTP benchmark: meshbot vs a bare Bolt app and an echo bot, same run${QUICK ? ' (--quick)' : ''}`,
  );
  console.log(
    `node ${env.node} · ${env.platform} · ${env.cpuModel} × ${env.cpuCount} · Bolt ${env.bolt} · ${env.loadGenerator} · git ${env.git}`,
  );
  console.log(
    `${env.durationS} s per app and cell after ${env.warmupS} s warm-up per app and workload; meshbot: ${env.meshbotLaunch}, LOG_LEVEL=warn so log I/O does not dominate; fake Slack Web API: ${env.fakeWebApi}.`,
  );
  console.log(
    `Other processes on the machine: ${fixed(env.otherProcsCpuAtStartPct, 0)}% of a core at start; load average at end ${env.loadAverageAtEnd.join(' / ')}.`,
  );
  console.log('');
  const errs = (d: Drive) => `${d.errors + d.non2xx}`;
  console.log(
    table(
      [
        'workload',
        'conns',
        'bare req/s',
        'echo req/s',
        'meshbot req/s',
        'req/s ratio',
        'vs echo',
        'target',
        'met?',
        'bare p50 ms',
        'meshbot p50 ms',
        'bare p99 ms',
        'meshbot p99 ms',
        'p99 ratio',
        'target',
        'met?',
        'errors+non-2xx bare / meshbot',
        'peak RSS MB bare / meshbot',
        'other procs CPU %',
      ],
      cells.map((c) => [
        c.variant ? `${c.workload} (${c.variant})` : c.workload,
        String(c.connections),
        count(c.bare.rps),
        count(c.echo.rps),
        count(c.meshbot.rps),
        `${fixed(c.throughputRatio, 2)}×`,
        `${fixed(c.echoThroughputRatio, 2)}×`,
        `≥ ${TARGETS.throughputRatioMin}×`,
        c.variant ? `(${yesNo(c.throughputMet)})` : yesNo(c.throughputMet),
        fixed(c.bare.p50Ms, 2),
        fixed(c.meshbot.p50Ms, 2),
        fixed(c.bare.p99Ms, 2),
        fixed(c.meshbot.p99Ms, 2),
        `${fixed(c.p99Ratio, 2)}×`,
        `≤ ${TARGETS.p99RatioMax}×`,
        c.variant ? `(${yesNo(c.p99Met)})` : yesNo(c.p99Met),
        `${errs(c.bare)} / ${errs(c.meshbot)}`,
        `${fixed(c.bare.peakRssMb, 0)} / ${fixed(c.meshbot.peakRssMb, 0)}`,
        `${fixed(Math.max(0, c.othersCpu), 0)}${c.contended ? ' ⚠' : ''}${c.attempt > 1 ? ` (try ${c.attempt})` : ''}`,
      ]),
      [
        false,
        true,
        true,
        true,
        true,
        true,
        true,
        false,
        false,
        true,
        true,
        true,
        true,
        true,
        false,
        false,
        true,
        true,
        true,
      ],
    ),
  );
  console.log('');
  console.log(
    table(
      ['memory and start-up', 'bare', 'meshbot', 'meshbot − bare', 'target', 'met?'],
      [
        [
          'idle RSS MB (before load)',
          fixed(apps.bare.idleRssMb, 1),
          fixed(apps.meshbot.idleRssMb, 1),
          `${idleDelta >= 0 ? '+' : ''}${fixed(idleDelta, 1)} MB`,
          `≤ +${TARGETS.idleRssDeltaMaxMb} MB`,
          yesNo(checks.idleRss ?? false),
        ],
        [
          'peak RSS MB (sampled every 100 ms under load)',
          fixed(apps.bare.peakRssMb, 1),
          fixed(apps.meshbot.peakRssMb, 1),
          `${fixed(apps.meshbot.peakRssMb - apps.bare.peakRssMb, 1)} MB`,
          '—',
          '—',
        ],
        [
          'peak RSS MB (VmHWM, whole life)',
          fixed(apps.bare.hwmMb, 1),
          fixed(apps.meshbot.hwmMb, 1),
          `${fixed(apps.meshbot.hwmMb - apps.bare.hwmMb, 1)} MB`,
          '—',
          '—',
        ],
        [
          'RSS MB after load (idle again)',
          fixed(apps.bare.afterLoadRssMb, 1),
          fixed(apps.meshbot.afterLoadRssMb, 1),
          `${fixed(apps.meshbot.afterLoadRssMb - apps.bare.afterLoadRssMb, 1)} MB`,
          '—',
          '—',
        ],
        [
          `ready ms (median of ${apps.meshbot.readyRunsMs.length}: spawn → healthz 200 / first signed 200)`,
          fixed(apps.bare.readyMs, 0),
          fixed(apps.meshbot.readyMs, 0),
          `${fixed(apps.meshbot.readyMs - apps.bare.readyMs, 0)} ms`,
          `meshbot ≤ ${TARGETS.readyMaxMs} ms`,
          yesNo(checks.ready ?? false),
        ],
      ],
      [false, true, true, true, false, false],
    ),
  );
  console.log('');
  console.log(
    table(
      [
        'workload',
        'conns',
        'app',
        'req/s',
        'p50 ms',
        'p99 ms',
        'max ms',
        'app CPU %',
        'fake API CPU %',
        'load-gen CPU %',
        'drain ms',
        'other procs CPU %',
        'Web API calls (after drain)',
      ],
      cells.flatMap((c) =>
        [c.bare, c.echo, c.meshbot].map((d) => [
          c.variant ? `${c.workload} (${c.variant})` : c.workload,
          String(c.connections),
          d.app === 'meshbot-info' ? 'meshbot (info)' : d.app,
          count(d.rps),
          fixed(d.p50Ms, 2),
          fixed(d.p99Ms, 2),
          fixed(d.maxMs, 1),
          fixed(d.cpu.app, 0),
          fixed(d.cpu.fake, 0),
          fixed(d.cpu.loadgen, 0),
          fixed(d.drainMs, 0),
          fixed(Math.max(0, d.cpu.others), 0),
          Object.entries(d.webApiCalls)
            .map(([k, v]) => `${k} ${count(v)}`)
            .join(', ') || '—',
        ]),
      ),
      [false, true, false, true, true, true, true, true, true, true, true, true, false],
    ),
  );
  console.log('');
  if (hostileRuns.length) {
    const statuses = (h: HostileRun) =>
      h.pages
        ? Object.entries(h.pages.statuses)
            .map(([k, v]) => `${k} ${count(v)}`)
            .join(', ') +
          (h.pages.errors + h.pages.timeouts ? `, errors ${h.pages.errors + h.pages.timeouts}` : '')
        : 'n/a';
    console.log(
      table(
        [
          'hostile row',
          'page clients',
          'events sent',
          'acked (2xx)',
          'ack p50 ms',
          'ack p99 ms',
          'p99 from 1 s',
          'ack max ms',
          'failed',
          'healthz p99 ms',
          'healthz max ms',
          'pages/s',
          'page statuses',
          'Web API calls (after drain)',
        ],
        hostileRuns.map((h) => [
          h.app,
          String(h.clients),
          count(h.events.sent),
          count(h.events.ok),
          fixed(h.events.p50Ms, 1),
          fixed(h.events.p99Ms, 1),
          fixed(h.events.p99SteadyMs, 1),
          fixed(h.events.maxMs, 1),
          count(h.events.failed),
          fixed(h.healthz.p99Ms, 1),
          fixed(h.healthz.maxMs, 1),
          h.pages ? count(h.pages.rps) : 'n/a',
          statuses(h),
          Object.entries(h.webApiCalls)
            .map(([k, v]) => `${k} ${count(v)}`)
            .join(', ') || '—',
        ]),
        [false, true, true, true, true, true, true, true, true, true, true, true, false, false],
      ),
    );
    console.log(
      `Hostile row: ${HOSTILE_CLIENTS} page clients in a process of their own request /answers?q=<500 random letters> (7 in 8) and /answers/<4,000-letter id> (1 in 8) as fast as they are answered, while signed app_mention events arrive at ${HOSTILE_EVENT_RATE}/s (10 connections) and /healthz is polled 5 times a second. Slack gives up on an ack after 3 s; the issue's target is ack p99 under 1 s. The echo bot has no pages (its 404 is cheap): it shows the same load generators on a bot without them.`,
    );
    console.log('');
  }
  const misses = [
    !checks.throughput && 'throughput ≥ 0.9× at every level',
    !checks.p99 && 'p99 ≤ 1.25× at every level',
    !checks.idleRss && 'idle RSS ≤ +25 MB',
    !checks.ready && 'ready ≤ 1 s',
  ].filter(Boolean);
  console.log(
    misses.length
      ? `Targets missed: ${misses.join('; ')}.`
      : 'All targets met (throughput, p99, idle RSS, ready).',
  );
  console.log(
    [
      '',
      'req/s: 2xx responses per second; p50/p99/max: ack latency (request sent → HTTP response) of the 2xx responses, exact (per response, not the 1 ms histogram).',
      'events: signed app_mention event_callback JSON with a fresh event_id and timestamp per request; commands: signed form-encoded /mesh <question> (questions from tests/fixtures/eval-public.jsonl).',
      'Both apps run one at a time against the same load generator; the order alternates per cell. CPU %: share of one core during the run (user + system, /proc).',
      `other procs CPU %: processes outside the benchmark during the cell (the larger of the two runs); ⚠ above ${CONTENDED_PCT}% (numbers disturbed); a contended cell is retried up to ${ATTEMPTS} time(s) and the least disturbed attempt kept.`,
      'drain ms: after the load stops, time until the app and the fake Web API go quiet (meshbot posts its replies after acking); Web API calls: what the fake received for that run.',
      `Start-up runs, ms: bare ${apps.bare.readyRunsMs.join(', ')}; meshbot ${apps.meshbot.readyRunsMs.join(', ')} (each started alone, the last one is the instance under load).`,
      `Rows marked "(paced …)": a fixed total request rate (autocannon overallRate) instead of as fast as possible, so the ack latency shows without saturation; extra, not part of the verdict.`,
      `Rows marked "(meshbot LOG_LEVEL=info)" are extra (not part of the verdict)${info ? `: that instance was ready in ${fixed(info.readyMs, 0)} ms and wrote ${fixed(info.logBytesPerRequest, 0)} log bytes per request (to a file)` : ''}.`,
      `For orientation (issue, other machine): ${ISSUE_ORIENTATION}.`,
    ].join('\n'),
  );
}

// --- entry -----------------------------------------------------------------------------------------

async function cleanup() {
  for (const p of children) await stopProc(p).catch(() => {});
  for (const f of scratchFiles) rmSync(f, { force: true });
}

process.once('SIGINT', () => {
  void cleanup().then(() => process.exit(130));
});

main().then(
  async (code) => {
    await cleanup();
    process.exit(code);
  },
  async (err) => {
    console.error(
      `bench: ${err instanceof StartError ? err.message : ((err as Error).stack ?? String(err))}`,
    );
    await cleanup();
    process.exit(1);
  },
);
