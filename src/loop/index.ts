/**
 * The learning loop's runtime: the store, plus what each replica does in the background (keep the
 * matcher's learned phrasings in step with the store, turn unclicked suggestions into gaps, drop
 * question text past RETENTION_DAYS).
 */
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Core } from '../core.js';
import { describeStore, openStore, PrivateAskers } from '../store/index.js';
import type { LoopStore } from '../store/store.js';
import type { Verification } from './digest.js';

/** How often each replica checks the store for new learned phrasings. */
export const PHRASINGS_POLL_MS = 3_000;
/** A "did you mean" nobody clicked within this long becomes a knowledge gap. */
export const UNCLICKED_AFTER_MS = 15 * 60_000;
const SWEEP_MS = 60_000;
const PURGE_MS = 60 * 60_000;

export interface Loop {
  readonly store: LoopStore;
  /** Who asked privately (/mesh), to answer them by DM when their gap is linked. */
  readonly privateAskers: PrivateAskers;
  readonly settings: Config['store'] & Config['loop'];
  /** Reloads learned phrasings if the store's version changed; true when the matcher was rebuilt. */
  syncPhrasings(): Promise<boolean>;
  /** "Still correct" records per entry (refreshed with the phrasings poll). */
  verifications(): ReadonlyMap<string, Verification>;
  refreshVerifications(): Promise<void>;
  /** Runs `fn` every `ms` (and once soon after start) while the loop is open, if background work is on. */
  every(what: string, ms: number, fn: () => Promise<unknown>, firstAfterMs?: number): void;
  /** Background work that should run now (tests call it instead of waiting). */
  sweep(): Promise<void>;
  close(): Promise<void>;
}

export interface LoopOptions {
  readonly pollMs?: number;
  /** Start the timers (default true). */
  readonly background?: boolean;
}

export async function openLoop(
  config: Pick<Config, 'store' | 'loop'>,
  core: Core,
  logger: Logger,
  options: LoopOptions = {},
): Promise<Loop> {
  const started = performance.now();
  // The settings are both the location (DATA_DIR / DATABASE_URL) and the options (hash key, text on/off).
  const store = await openStore(config.store, config.store);
  const where = describeStore(config.store);
  logger.info(
    { store: where.kind, where: where.where, ms: Math.round(performance.now() - started) },
    'learning-loop store ready',
  );
  if (!config.store.hashSecretSet) {
    logger.warn(
      'USER_HASH_SECRET is not set: user ids are hashed with a key derived from the Slack secrets (rotating them changes the hashes). Set USER_HASH_SECRET to a random string.',
    );
  }
  const privateAskers = new PrivateAskers(store.db, {
    secret: config.store.hashSecret,
    userHash: (id) => store.userHash(id),
  });
  let version: string | null = null;
  const syncPhrasings = async () => {
    const v = await store.phrasingsVersion();
    if (v === version) return false;
    const map = await store.learnedPhrasings();
    core.setLearnedPhrasings(map);
    version = v;
    logger.info(
      { entries: map.size, phrasings: [...map.values()].reduce((n, l) => n + l.length, 0) },
      'learned phrasings loaded',
    );
    return true;
  };
  await syncPhrasings();
  let verified: ReadonlyMap<string, Verification> = new Map();
  const refreshVerifications = async () => {
    verified = await store.verifications();
  };
  await refreshVerifications();

  let lastPurge = 0;
  const sweep = async () => {
    const gaps = await store.sweepUnclicked(UNCLICKED_AFTER_MS);
    if (gaps) logger.info({ gaps }, 'unclicked suggestions recorded as gaps');
    if (Date.now() - lastPurge >= PURGE_MS) {
      lastPurge = Date.now();
      const rows =
        (await store.purgeText(config.store.retentionDays)) +
        (await privateAskers.purge(config.store.retentionDays));
      if (rows) logger.info({ rows, retentionDays: config.store.retentionDays }, 'old question text deleted');
    }
  };

  const timers: NodeJS.Timeout[] = [];
  const guard = (what: string, fn: () => Promise<unknown>) => () => {
    fn().catch((err: unknown) =>
      logger.warn(
        { err: { name: (err as Error).name, message: (err as Error).message }, what },
        'learning-loop task failed',
      ),
    );
  };
  if (options.background ?? true) {
    timers.push(
      setInterval(
        guard('phrasings', async () => {
          await syncPhrasings();
          await refreshVerifications();
        }),
        options.pollMs ?? PHRASINGS_POLL_MS,
      ),
    );
    timers.push(setInterval(guard('sweep', sweep), SWEEP_MS));
    setImmediate(guard('sweep', sweep));
    for (const t of timers) t.unref();
  }
  const background = options.background ?? true;
  const every = (what: string, ms: number, fn: () => Promise<unknown>, firstAfterMs = ms) => {
    if (!background) return;
    const first = setTimeout(guard(what, fn), firstAfterMs);
    const t = setInterval(guard(what, fn), ms);
    first.unref();
    t.unref();
    timers.push(first, t);
  };
  return {
    store,
    privateAskers,
    every,
    settings: { ...config.store, ...config.loop },
    syncPhrasings,
    verifications: () => verified,
    refreshVerifications,
    sweep,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      await store.close();
    },
  };
}
