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

/** Slack settings for a child app against a stand-in Web API at `apiUrl` (HTTP mode, quiet logs). */
export function slackEnv(apiUrl: string, more: Record<string, string> = {}): Record<string, string> {
  return {
    LOG_LEVEL: 'warn',
    SLACK_BOT_TOKEN: 'xoxb-test-1',
    SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
    SLACK_API_URL: `${apiUrl}/api/`,
    ...more,
  };
}

/**
 * Spawns the real entry point with every setting blank except `env` (so a developer's .env cannot
 * leak in), NODE_ENV=production, on `port`, with its own embedded store in a temp DATA_DIR unless
 * `env` names a store. The temp directory goes when the process exits.
 */
export function spawnApp(env: Record<string, string>, port: number): ChildProcess {
  const ownDataDir =
    env.DATA_DIR || env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'meshbot-app-'));
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...baseEnv(),
        NODE_ENV: 'production',
        ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}),
        ...env,
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  if (ownDataDir) child.once('exit', () => rmSync(ownDataDir, { recursive: true, force: true }));
  return child;
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
  const child = spawnApp(options.env, port);
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
