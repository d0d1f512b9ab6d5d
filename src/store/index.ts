/** Opens the store the settings call for (SQLite in DATA_DIR, or PostgreSQL at DATABASE_URL) and migrates it. */
import { join } from 'node:path';
import { type Db, openPostgres, openSqlite } from './db.js';
import { migrate } from './migrations.js';
import { LoopStore, type StoreOptions } from './store.js';

export { type Db, openPostgres, openSqlite } from './db.js';
export { LATEST_VERSION, MIGRATIONS, migrate, SchemaTooNewError } from './migrations.js';
export { isPrivateSurface, type PrivateAsker, PrivateAskers } from './private-askers.js';
export * from './store.js';

export interface StoreLocation {
  /** Directory of the embedded database (meshbot.db); ignored when databaseUrl is set. */
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
}

export const SQLITE_FILE = 'meshbot.db';

export async function openDb(where: StoreLocation): Promise<Db> {
  return where.databaseUrl ? openPostgres(where.databaseUrl) : openSqlite(join(where.dataDir, SQLITE_FILE));
}

/** Opens and migrates (under the migration lock); throws SchemaTooNewError on a newer schema. */
export async function openStore(where: StoreLocation, options: StoreOptions): Promise<LoopStore> {
  const db = await openDb(where);
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
  return new LoopStore(db, options);
}

/** A description of the store for logs: never the password. */
export function describeStore(where: StoreLocation): { kind: 'sqlite' | 'postgres'; where: string } {
  if (!where.databaseUrl) return { kind: 'sqlite', where: join(where.dataDir, SQLITE_FILE) };
  try {
    const u = new URL(where.databaseUrl);
    return { kind: 'postgres', where: `${u.hostname}:${u.port || 5432}${u.pathname}` };
  } catch {
    return { kind: 'postgres', where: '(unparsable URL)' };
  }
}
export * from './threads.js';
