/**
 * Runs the real entry point (`node --import tsx src/index.ts`) as a child process, the way a
 * replica runs in production, and captures its JSON log lines from stdout.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETTING_NAMES } from '../../../src/config.js';
import { exited, freePort, stopChild, track, waitUntil } from './processes.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface LogLine {
  readonly level: number;
  readonly msg?: string;
  readonly [key: string]: unknown;
}

export interface AppProcess {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  readonly process: ChildProcess;
  /** Raw stdout and stderr text. */
  readonly stdout: string[];
  readonly stderr: string[];
  /** stdout parsed as pino JSON lines (non-JSON lines are skipped). */
  logs(): LogLine[];
  alive(): boolean;
  /** Resolves with the first log line matching `match` (bounded). */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** The last log lines, for assertion messages. */
  tail(n?: number): string;
  stop(): Promise<void>;
}

/** Environment for the child: the parent's minus test-runner variables and any meshbot setting. */
function baseEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  const settings = new Set<string>(SETTING_NAMES);
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || settings.has(k) || k.startsWith('VITEST') || k === 'NODE_OPTIONS') continue;
    out[k] = v;
  }
  // Every setting is present (blank = unset), so a developer's .env cannot leak in through dotenv.
  for (const k of settings) out[k] = '';
  return out;
}

export async function startAppProcess(options: {
  name: string;
  env: Record<string, string>;
  port?: number;
  readyTimeoutMs?: number;
}): Promise<AppProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const stdout: string[] = [];
  const stderr: string[] = [];
  let partial = '';
  const lines: string[] = [];
  // Each process gets its own embedded store unless the test shares one (DATA_DIR / DATABASE_URL).
  const ownDataDir = options.env.DATA_DIR ? undefined : mkdtempSync(join(tmpdir(), 'meshbot-app-'));
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...baseEnv(),
        ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}),
        ...options.env,
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  child.stdout?.on('data', (d: Buffer) => {
    const text = d.toString('utf8');
    stdout.push(text);
    partial += text;
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts.filter((l) => l.trim()));
  });
  child.stderr?.on('data', (d: Buffer) => stderr.push(d.toString('utf8')));

  const logs = (): LogLine[] =>
    lines.flatMap((l) => {
      try {
        return [JSON.parse(l) as LogLine];
      } catch {
        return [];
      }
    });
  const alive = () => child.exitCode === null && child.signalCode === null;
  const tail = (n = 20) =>
    [...lines.slice(-n), ...(stderr.length ? ['--- stderr ---', stderr.join('').slice(-2000)] : [])].join(
      '\n',
    );
  const app: AppProcess = {
    name: options.name,
    port,
    url,
    process: child,
    stdout,
    stderr,
    logs,
    alive,
    tail,
    waitForLog: (match, timeoutMs = 5_000) =>
      waitUntil(() => logs().find(match), {
        timeoutMs,
        what: () => `a matching log line from ${options.name}; last lines:\n${tail()}`,
      }),
    stop: async () => {
      await stopChild(child, 'SIGTERM', 5_000);
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };

  try {
    await waitUntil(
      async () => {
        if (!alive()) {
          const { code, signal } = await exited(child);
          throw new Error(
            `${options.name} exited during startup (code ${code}, signal ${signal}):\n${tail()}`,
          );
        }
        try {
          const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) });
          await res.arrayBuffer();
          return res.status === 200;
        } catch {
          return false;
        }
      },
      {
        timeoutMs: options.readyTimeoutMs ?? 30_000,
        intervalMs: 100,
        what: () => `${options.name} /healthz to answer 200; last lines:\n${tail()}`,
      },
    );
  } catch (err) {
    await stopChild(child, 'SIGKILL').catch(() => {});
    throw err;
  }
  return app;
}
