import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION, openDb } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';
import { removeTempDirs, tempDir } from '../helpers/kb.js';
import { startAppProcess } from '../production/helpers/app-process.js';

afterAll(removeTempDirs);

describe('npm run db:migrate and start-up on a newer schema', () => {
  it('migrates, is idempotent, and the app refuses a newer schema with one clear message', async () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir };
    const first = await runCli('src/cli/db-migrate.ts', [], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(`sqlite .*meshbot\\.db: migrated from version 0 to ${LATEST_VERSION}`),
    );
    const again = await runCli('src/cli/db-migrate.ts', [], { env });
    expect(again.stdout).toContain(`already at version ${LATEST_VERSION}`);
    const db = await openDb({ dataDir });
    await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
      LATEST_VERSION + 1,
      'future',
      0,
    ]);
    await db.close();
    const refused = await runCli('src/cli/db-migrate.ts', [], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toMatch(
      /^meshbot cannot start: the database schema is version \d+, but this meshbot knows versions up to \d+\./,
    );
    const err = await startAppProcess({ name: 'newer-schema', env, readyTimeoutMs: 20_000 }).catch(
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain('exited during startup (code 1');
    expect((err as Error).message).toContain(
      `the database schema is version ${LATEST_VERSION + 1}, but this meshbot knows versions up to ${LATEST_VERSION}`,
    );
  });
});
