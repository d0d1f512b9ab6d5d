/**
 * Every store test runs against both backends: SQLite in a temp directory and a throwaway
 * PostgreSQL server (one per test file, a fresh database per `fresh()`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type Db, openDb, openStore, type StoreLocation } from '../../../src/store/index.js';
import type { CardRecord, LoopStore, Outcome, StoreOptions } from '../../../src/store/store.js';
import { type PostgresServer, startPostgres } from './postgres-server.js';

export const BACKENDS = ['sqlite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

export const TEST_SECRET = 'test-hash-secret-0123456789abcdef';

export interface BackendFixture {
  /** A new, empty database location. */
  fresh(): Promise<StoreLocation>;
  open(where: StoreLocation, options?: Partial<StoreOptions>): Promise<LoopStore>;
  rawDb(where: StoreLocation): Promise<Db>;
}

/** Registers beforeAll/afterAll for `backend` inside the calling describe block. */
export function useBackend(backend: Backend): BackendFixture {
  let pgServer: PostgresServer | undefined;
  const dirs: string[] = [];
  const opened: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    if (backend === 'postgres') pgServer = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await Promise.allSettled(opened.map((s) => s.close()));
    await pgServer?.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return {
    async fresh() {
      if (backend === 'postgres') {
        if (!pgServer) throw new Error('postgres server not started');
        return { dataDir: '', databaseUrl: await pgServer.createDatabase() };
      }
      const dir = mkdtempSync(join(tmpdir(), 'meshbot-store-'));
      dirs.push(dir);
      return { dataDir: dir };
    },
    async open(where, options = {}) {
      const s = await openStore(where, { hashSecret: TEST_SECRET, storeQuestions: true, ...options });
      opened.push(s);
      return s;
    },
    async rawDb(where) {
      const db = await openDb(where);
      opened.push(db);
      return db;
    },
  };
}

export interface SharedStore {
  /** Settings that point an app at this store: DATABASE_URL, or DATA_DIR for SQLite. */
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * One store on `backend` for app harnesses (tests/slack): a throwaway PostgreSQL server with one
 * database, or a temp DATA_DIR. Two harnesses given the same env share it, as replicas would.
 */
export async function sharedStore(backend: Backend): Promise<SharedStore> {
  if (backend === 'postgres') {
    const server = await startPostgres();
    return { env: { DATABASE_URL: await server.createDatabase() }, close: () => server.stop() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'meshbot-shared-'));
  return {
    env: { DATA_DIR: dir },
    close: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A card as the listeners record it: by default a mention in C1's thread 1.1 by U1; `over` changes
 * any field (`threadTs: undefined` for a DM, say).
 */
export function card(
  id: string,
  outcome: Outcome,
  question: string,
  over: Partial<CardRecord> = {},
): CardRecord {
  return { id, surface: 'mention', outcome, channel: 'C1', threadTs: '1.1', userId: 'U1', question, ...over };
}
