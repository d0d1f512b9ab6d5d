/**
 * Load shedding for the public answer pages, so they can never starve Slack's requests.
 *
 * Slack, the answer pages and /healthz share one process and one event loop. Slack gives up on an
 * ack after 3 s; a page request, by contrast, may be asked to come back later. Page work is
 * synchronous (render, search), so a flood of costly page requests queues Slack's requests behind
 * it. The shedder admits a page request only when
 *
 * - the event loop is not lagging while pages are part of the load (a timer that should fire
 *   every `sampleMs` fired more than `maxLagMs` late recently, or is that overdue right now, and
 *   pages used more than `lagLoadFloor` of the last second: a lag pages do not cause, such as a
 *   busy machine or start-up, is no reason to refuse the one visitor), and
 * - page work has used less than `budget` of the wall clock over about the last `windowMs`
 *   (each page's synchronous time is charged; the charge decays exponentially).
 *
 * Otherwise the page gets a cheap 503 with Retry-After. Slack's requests and /healthz never go
 * through the shedder.
 */

export interface LoadShedderOptions {
  /** Event-loop lag above which pages are refused (when they are part of the load). */
  readonly maxLagMs?: number;
  /** Share of wall-clock time pages must be using for lag to count against them (0–1). */
  readonly lagLoadFloor?: number;
  /** Share of wall-clock time page work may use (0–1). */
  readonly budget?: number;
  /** The time scale of the budget (the charge decays with this time constant). */
  readonly windowMs?: number;
  /** How often the lag probe runs. */
  readonly sampleMs?: number;
  /** Seconds a refused client is told to wait (Retry-After). */
  readonly retryAfterSeconds?: number;
  /** Clock in milliseconds (tests). */
  readonly now?: () => number;
}

export type ShedReason = 'lag' | 'budget';

export const DEFAULT_SHEDDING = {
  maxLagMs: 50,
  lagLoadFloor: 0.05,
  budget: 0.3,
  windowMs: 1000,
  sampleMs: 10,
  retryAfterSeconds: 1,
} as const;

/** The remembered lag halves every 5 probes. */
const LAG_DECAY_PER_TICK = 0.5 ** (1 / 5);

export class LoadShedder {
  readonly maxLagMs: number;
  readonly lagLoadFloor: number;
  readonly budget: number;
  readonly windowMs: number;
  readonly sampleMs: number;
  readonly retryAfterSeconds: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private lastTick = 0;
  /** Recent lag: the worst recent sample, decaying by half every `sampleMs * 5`. */
  private recentLag = 0;
  /** Page time charged, ms, decaying with time constant windowMs. */
  private spent = 0;
  private spentAt = 0;
  /** Requests refused and admitted since start. */
  shed = 0;
  served = 0;

  constructor(options: LoadShedderOptions = {}) {
    this.maxLagMs = options.maxLagMs ?? DEFAULT_SHEDDING.maxLagMs;
    this.lagLoadFloor = options.lagLoadFloor ?? DEFAULT_SHEDDING.lagLoadFloor;
    this.budget = options.budget ?? DEFAULT_SHEDDING.budget;
    this.windowMs = options.windowMs ?? DEFAULT_SHEDDING.windowMs;
    this.sampleMs = options.sampleMs ?? DEFAULT_SHEDDING.sampleMs;
    this.retryAfterSeconds = options.retryAfterSeconds ?? DEFAULT_SHEDDING.retryAfterSeconds;
    this.now = options.now ?? (() => performance.now());
  }

  /** Starts the lag probe (an unref'd timer; it never keeps the process alive). */
  start(): this {
    if (this.timer) return this;
    this.lastTick = this.now();
    this.spentAt = this.lastTick;
    this.timer = setInterval(() => this.tick(), this.sampleMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private tick(): void {
    const t = this.now();
    const lag = Math.max(0, t - this.lastTick - this.sampleMs);
    this.lastTick = t;
    this.recentLag = Math.max(lag, this.recentLag * LAG_DECAY_PER_TICK);
  }

  /** The event-loop lag now: the recent worst, or how overdue the probe is at this moment. */
  lagMs(): number {
    if (!this.timer) return 0;
    const overdue = this.now() - this.lastTick - this.sampleMs;
    return Math.max(this.recentLag, overdue);
  }

  /** Page time used over about the last windowMs, as a share of it. */
  load(): number {
    const t = this.now();
    this.decay(t);
    return this.spent / this.windowMs;
  }

  private decay(t: number): void {
    const dt = t - this.spentAt;
    if (dt > 0) {
      this.spent *= Math.exp(-dt / this.windowMs);
      this.spentAt = t;
    }
  }

  /** Why a page request should be refused now, or null to serve it. */
  check(): ShedReason | null {
    const load = this.load();
    if (load > this.budget) return 'budget';
    if (load > this.lagLoadFloor && this.lagMs() > this.maxLagMs) return 'lag';
    return null;
  }

  /** Runs a page handler, charging its synchronous time to the page budget. */
  charge<T>(fn: () => T): T {
    const t0 = this.now();
    try {
      return fn();
    } finally {
      const t1 = this.now();
      this.decay(t1);
      this.spent += t1 - t0;
    }
  }
}
