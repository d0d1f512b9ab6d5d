/**
 * Starts a throwaway PostgreSQL server (Debian's `postgresql` package: initdb + postgres) on a free
 * loopback port, with fsync off and trust auth. PostgreSQL refuses to run as root, so as root the
 * server runs as the `postgres` user (or `nobody`) in a temp directory that user owns.
 * A missing binary fails the test with a one-line install hint; it is never a skip.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, sleep, stopChild, track } from '../../production/helpers/processes.js';

export const INSTALL_HINT =
  'PostgreSQL server binaries (initdb, postgres) not found: install them with `apt-get install -y postgresql` (or set PG_BIN to their directory)';

/** The directory holding initdb and postgres: PG_BIN, else the newest /usr/lib/postgresql/<n>/bin. */
export function findPgBin(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) {
    if (existsSync(join(fromEnv, 'initdb')) && existsSync(join(fromEnv, 'postgres'))) return fromEnv;
    throw new Error(INSTALL_HINT);
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const v of versions) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'postgres'))) return bin;
  }
  throw new Error(INSTALL_HINT);
}

function runAs(): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      if (Number.isInteger(uid) && uid > 0) return { uid, gid };
    } catch {
      // try the next user
    }
  }
  throw new Error('running as root and found neither a postgres nor a nobody user to run PostgreSQL as');
}

export interface PostgresServer {
  readonly port: number;
  /** URL of the server's `postgres` database (superuser `meshbot`, trust auth). */
  readonly url: string;
  readonly output: string[];
  /** A fresh empty database; returns its URL. */
  createDatabase(name?: string): Promise<string>;
  stop(): Promise<void>;
}

let dbSeq = 0;

export async function startPostgres(options: { timeoutMs?: number } = {}): Promise<PostgresServer> {
  const bin = findPgBin();
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'meshbot-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const output: string[] = [];
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  try {
    execFileSync(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'meshbot', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      { env, cwd: dir, stdio: 'pipe', ...ids },
    );
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    const e = err as { stderr?: Buffer; message: string };
    throw new Error(`initdb failed: ${e.stderr?.toString() ?? e.message}`);
  }
  const timeoutMs = options.timeoutMs ?? 20_000;
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child: ChildProcess = track(
      spawn(
        join(bin, 'postgres'),
        [
          '-D',
          data,
          '-p',
          String(port),
          '-h',
          '127.0.0.1',
          '-k',
          dir,
          '-c',
          'fsync=off',
          '-c',
          'synchronous_commit=off',
          '-c',
          'full_page_writes=off',
          '-c',
          'max_connections=100',
        ],
        { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], ...ids },
      ),
    );
    child.stdout?.on('data', (d: Buffer) => output.push(d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => output.push(d.toString('utf8')));
    const url = `postgres://meshbot@127.0.0.1:${port}/postgres`;
    const deadline = Date.now() + timeoutMs;
    let ready = false;
    while (Date.now() < deadline && child.exitCode === null) {
      const c = new pg.Client({ connectionString: url });
      try {
        await c.connect();
        await c.query('SELECT 1');
        ready = true;
        break;
      } catch {
        await sleep(100);
      } finally {
        await c.end().catch(() => {});
      }
    }
    if (!ready) {
      lastError = output.join('');
      await stopChild(child, 'SIGKILL').catch(() => {});
      continue;
    }
    return {
      port,
      url,
      output,
      async createDatabase(name = `t${process.pid}_${Date.now()}_${dbSeq++}`) {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        try {
          await c.query(`CREATE DATABASE ${name}`);
        } finally {
          await c.end();
        }
        return `postgres://meshbot@127.0.0.1:${port}/${name}`;
      },
      async stop() {
        // SIGINT: PostgreSQL's "fast" shutdown.
        await stopChild(child, 'SIGINT', 5_000);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`postgres did not start within ${timeoutMs} ms:\n${lastError}`);
}
