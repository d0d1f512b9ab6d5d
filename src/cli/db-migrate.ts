/** `npm run db:migrate`: brings the store (DATA_DIR or DATABASE_URL) to the latest schema and says what it did. */
import 'dotenv/config';
import { loadConfigOrReport } from '../config.js';
import { describeStore, LATEST_VERSION, migrate, openDb, SchemaTooNewError } from '../store/index.js';

async function main(): Promise<number> {
  const config = loadConfigOrReport(process.env);
  if (!config) return 1;
  const where = describeStore(config.store);
  const db = await openDb(config.store);
  try {
    const r = await migrate(db);
    console.log(
      r.applied.length
        ? `${where.kind} ${where.where}: migrated from version ${r.from} to ${r.to} (applied ${r.applied.join(', ')})`
        : `${where.kind} ${where.where}: already at version ${r.to} (latest ${LATEST_VERSION})`,
    );
    return 0;
  } catch (err) {
    if (err instanceof SchemaTooNewError) {
      console.error(err.message);
      return 1;
    }
    console.error(`migration failed: ${(err as Error).message}`);
    return 1;
  } finally {
    await db.close();
  }
}

main().then((code) => process.exit(code));
