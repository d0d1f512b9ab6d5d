/**
 * One small SQL interface over two engines: better-sqlite3 (embedded, the default) and PostgreSQL
 * (`pg`, shared by every replica). Statements are written once in the common subset of the two
 * dialects with `?` placeholders; the PostgreSQL adapter numbers them ($1, $2, …). Integers come
 * back as numbers on both (PostgreSQL BIGINT is parsed, our values are epoch milliseconds).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Param = string | number | null;
export type Row = Record<string, unknown>;

export interface Queryable {
  all<T extends Row = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T extends Row = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
}

export interface Db extends Queryable {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction (SQLite: BEGIN IMMEDIATE, so writers queue instead of racing). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` holding the database-wide lock `key` (PostgreSQL: pg_advisory_lock; SQLite: inside
   * one BEGIN IMMEDIATE transaction, which holds the file's write lock).
   */
  withLock<T>(key: number, fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?` → `$1`, `$2`, … outside string literals. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  let out = '';
  let quoted = false;
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    out += ch === '?' && !quoted ? `$${++n}` : ch;
  }
  return out;
}

/** A promise-chain mutex: SQLite has one connection, so a transaction must not interleave. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const prev = this.tail;
    let release = () => {};
    this.tail = new Promise<void>((r) => {
      release = r;
    });
    await prev;
    try {
      return await fn();
    } finally {
      release();
    }
  }
  /** Waits for whatever holds the mutex now (plain queries never run inside someone's transaction). */
  idle(): Promise<void> {
    return this.tail;
  }
}

/** How long SQLite waits for another connection's write lock. */
const BUSY_WAIT_MS = 10_000;

export async function openSqlite(file: string): Promise<Db> {
  const { default: Database } = await import('better-sqlite3');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Another process holding the write lock (a second replica migrating) is waited for, not an error.
  db.pragma(`busy_timeout = ${BUSY_WAIT_MS}`);
  db.pragma('foreign_keys = ON');
  const cache = new Map<string, import('better-sqlite3').Statement>();
  const prep = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      if (cache.size > 500) cache.clear();
      cache.set(sql, s);
    }
    return s;
  };
  const direct: Queryable = {
    all: async <T extends Row>(sql: string, params: readonly Param[] = []) => prep(sql).all(...params) as T[],
    get: async <T extends Row>(sql: string, params: readonly Param[] = []) =>
      (prep(sql).get(...params) ?? undefined) as T | undefined,
    run: async (sql, params = []) => prep(sql).run(...params).changes,
  };
  const mutex = new Mutex();
  // BEGIN IMMEDIATE takes the write lock. While another connection holds it, wait without
  // blocking the event loop (busy_timeout would block the whole thread, and with it a holder
  // in this same process), retrying for up to BUSY_WAIT_MS.
  const begin = async () => {
    const deadline = Date.now() + BUSY_WAIT_MS;
    db.pragma('busy_timeout = 0');
    try {
      for (let delay = 2; ; delay = Math.min(delay * 2, 50)) {
        try {
          db.exec('BEGIN IMMEDIATE');
          return;
        } catch (err) {
          const code = (err as { code?: string }).code ?? '';
          if (!code.startsWith('SQLITE_BUSY') || Date.now() > deadline) throw err;
        }
        await new Promise((r) => setTimeout(r, delay));
      }
    } finally {
      db.pragma(`busy_timeout = ${BUSY_WAIT_MS}`);
    }
  };
  const transaction = <T>(fn: (tx: Queryable) => Promise<T>) =>
    mutex.run(async () => {
      await begin();
      try {
        const result = await fn(direct);
        db.exec('COMMIT');
        return result;
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    });
  let closed = false;
  return {
    dialect: 'sqlite',
    all: async (sql, params) => {
      await mutex.idle();
      return direct.all(sql, params);
    },
    get: async (sql, params) => {
      await mutex.idle();
      return direct.get(sql, params);
    },
    run: async (sql, params) => {
      await mutex.idle();
      return direct.run(sql, params);
    },
    transaction,
    withLock: (_key, fn) => transaction(fn),
    close: async () => {
      if (closed) return;
      closed = true;
      await mutex.idle();
      db.close();
    },
  };
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Db> {
  const pg = (await import('pg')).default;
  // BIGINT (int8) and COUNT(*) come back as strings by default; ours fit in a double.
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'),
  };
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 5, types });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  const on = (c: { query: import('pg').Pool['query'] }): Queryable => ({
    all: async <T extends Row>(sql: string, params: readonly Param[] = []) =>
      (await c.query(numberPlaceholders(sql), params as Param[])).rows as T[],
    get: async <T extends Row>(sql: string, params: readonly Param[] = []) =>
      (await c.query(numberPlaceholders(sql), params as Param[])).rows[0] as T | undefined,
    run: async (sql, params = []) =>
      (await c.query(numberPlaceholders(sql), params as Param[])).rowCount ?? 0,
  });
  const transaction = async <T>(fn: (tx: Queryable) => Promise<T>, lockKey?: number) => {
    const client = await pool.connect();
    try {
      if (lockKey !== undefined) await client.query('SELECT pg_advisory_lock($1)', [lockKey]);
      try {
        await client.query('BEGIN');
        try {
          const result = await fn(on(client as never));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {});
          throw err;
        }
      } finally {
        if (lockKey !== undefined) await client.query('SELECT pg_advisory_unlock($1)', [lockKey]);
      }
    } finally {
      client.release();
    }
  };
  const base = on(pool as never);
  let closed = false;
  return {
    dialect: 'postgres',
    ...base,
    transaction: (fn) => transaction(fn),
    withLock: (key, fn) => transaction(fn, key),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
