/**
 * A new user's first hour: every mistake they are likely to make gets a message that names the
 * setting to fix. Start-up is driven for real (the entry point as a child process, and startServer
 * against the stand-in Web API).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SETTING_NAMES } from '../src/config.js';
import { createCore } from '../src/core.js';
import { createLogger } from '../src/logger.js';
import { startServer } from '../src/server.js';
import { StartupError } from '../src/slack/startup.js';
import { ROOT, removeTempDirs, tempDir } from './helpers/kb.js';
import { FakeSlack } from './slack/helpers/fake-slack.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, startHarness } from './slack/helpers/harness.js';

const problemsOf = (env: Record<string, string | undefined>): readonly string[] => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

/** Runs the real entry point with only these settings; resolves with its exit code and output. */
function runEntry(env: Record<string, string>, timeoutMs = 20_000) {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('VITEST') && !k.startsWith('SLACK_') && k !== 'NODE_OPTIONS')
      clean[k] = v;
  for (const k of ['PORT', 'PUBLIC_BASE_URL', 'REDIS_URL', 'LOG_LEVEL']) clean[k] = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: {
      ...clean,
      SLACK_BOT_TOKEN: '',
      SLACK_SIGNING_SECRET: '',
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: '',
      // Its own embedded store: never the repository's data/ folder, which may hold an older schema.
      DATA_DIR: tempDir(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  child.stderr.on('data', (d) => {
    out += String(d);
  });
  return new Promise<{ code: number | null; out: string }>((resolve, reject) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`entry point still running after ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(t);
      resolve({ code, out });
    });
  });
}

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

let slack: FakeSlack;
beforeAll(async () => {
  slack = await new FakeSlack().start();
});
afterAll(async () => {
  await slack?.stop();
  removeTempDirs();
});

const core = createCore({ baseUrl: 'https://meshbot.example.com' });
const quiet = createLogger({ level: 'silent' });
const start = (env: Record<string, string>) =>
  startServer({
    config: loadConfig({ PORT: '0', PUBLIC_BASE_URL: 'https://meshbot.example.com', ...env }),
    core,
    logger: quiet,
    slack: { clientOptions: { retryConfig: { retries: 0 } }, socketPingTimeoutMs: 300 },
  });

describe('settings: one message with every problem', () => {
  it('lists a bad PORT, a bad LOG_LEVEL and the missing SLACK_SIGNING_SECRET together', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: BOT_TOKEN, PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'LOG_LEVEL',
      'PORT',
      'SLACK_SIGNING_SECRET',
    ]);
    expect(problems.find((p) => p.startsWith('SLACK_SIGNING_SECRET'))).toMatch(/Basic Information/);
  });

  it('lists a malformed token beside the other problems instead of stopping at it', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: 'xoxp-user', PORT: '-1' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'PORT',
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
    ]);
  });

  it('states the signing secret rule as it is, with the length it got and never the value', () => {
    const [short] = problemsOf({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: 'abc' });
    expect(short).toMatch(
      /^SLACK_SIGNING_SECRET: .*16 to 128 letters and digits.*32 hexadecimal.*this value has 3$/,
    );
    const [pasted] = problemsOf({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: `v0=${SIGNING_SECRET}` });
    expect(pasted).toMatch(/letters and digits only/);
    expect(pasted).not.toContain(SIGNING_SECRET);
    expect(problemsOf({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET })).toEqual([]);
  });

  it('the entry point prints that one message and exits 1', async () => {
    const { code, out } = await runEntry({ SLACK_BOT_TOKEN: BOT_TOKEN, PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(out).toMatch(/3 setting\(s\) need fixing/);
    for (const name of ['PORT', 'LOG_LEVEL', 'SLACK_SIGNING_SECRET']) expect(out).toContain(`  - ${name}:`);
    expect(out).not.toContain(BOT_TOKEN);
  }, 30_000);
});

describe('start-up against Slack: which setting to fix', () => {
  it('a refused bot token names SLACK_BOT_TOKEN and where to get a good one', async () => {
    slack.respondOnce('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    const err = await start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as StartupError).setting).toBe('SLACK_BOT_TOKEN');
    expect((err as Error).message).toMatch(
      /Slack refused SLACK_BOT_TOKEN \(invalid_auth\).*OAuth & Permissions/,
    );
    expect((err as Error).message).not.toContain(BOT_TOKEN);
  });

  it('an unreachable Slack names the host and SLACK_API_URL', async () => {
    const port = await closedPort();
    const err = await start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as StartupError).setting).toBe('SLACK_API_URL');
    expect((err as Error).message).toContain(`Cannot reach Slack's Web API at 127.0.0.1:${port}`);
    expect((err as Error).message).toContain(`SLACK_API_URL is http://127.0.0.1:${port}/api/`);
  });

  it('a refused app-level token in Socket Mode names SLACK_APP_TOKEN', async () => {
    slack.respondOnce('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
    const err = await start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: `${slack.url}/api/`,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as StartupError).setting).toBe('SLACK_APP_TOKEN');
    expect((err as Error).message).toMatch(/connections:write/);
    expect((err as Error).message).not.toContain(APP_TOKEN);
  });

  it('the entry point logs the named setting, not "startup failed", and exits 1', async () => {
    slack.respondOnce('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    const { code, out } = await runEntry({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
      PORT: '0',
    });
    expect(code).toBe(1);
    expect(out).toContain('Slack refused SLACK_BOT_TOKEN (invalid_auth)');
    expect(out).not.toContain('startup failed');
    expect(out).not.toContain(BOT_TOKEN);
  }, 30_000);
});

describe('HTTP mode without PUBLIC_BASE_URL', () => {
  it('warns at start-up and on /healthz, and not when it is set', async () => {
    const h = await startHarness({ PUBLIC_BASE_URL: '' });
    try {
      const warn = h.logs
        .map((l) => JSON.parse(l) as { level: number; msg: string })
        .find((l) => l.level === 40 && l.msg.startsWith('PUBLIC_BASE_URL'));
      expect(warn?.msg).toMatch(/^PUBLIC_BASE_URL is not set: answer links point to http:\/\/localhost:0/);
      const health = (await (await fetch(`${h.url}/healthz`)).json()) as { ok: boolean; warnings?: string[] };
      expect(health.ok).toBe(true);
      expect(health.warnings).toEqual([expect.stringMatching(/^PUBLIC_BASE_URL is not set/)]);
    } finally {
      await h.close();
    }
    const ok = await startHarness();
    try {
      const health = (await (await fetch(`${ok.url}/healthz`)).json()) as { warnings?: string[] };
      expect(health.warnings).toBeUndefined();
    } finally {
      await ok.close();
    }
  });
});

describe('the project files a newcomer reads', () => {
  const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

  it('README names redis-server for the Redis tests', () => {
    expect(read('README.md')).toMatch(/redis-server/);
  });

  it('.env.example lists every setting, REDIS_URL included', () => {
    const example = read('.env.example');
    expect(example).toMatch(/^REDIS_URL=/m);
    for (const name of SETTING_NAMES) expect(example).toContain(`${name}=`);
  });

  it("slack.json's get-hooks needs @slack/cli-hooks, which is a dependency", () => {
    const hooks = JSON.parse(read('slack.json')) as { hooks: Record<string, string> };
    const pkg = JSON.parse(read('package.json')) as Record<string, Record<string, string>>;
    expect(hooks.hooks['get-hooks']).toContain('@slack/cli-hooks');
    expect({ ...pkg.dependencies, ...pkg.devDependencies }['@slack/cli-hooks']).toBeDefined();
    expect(existsSync(join(ROOT, 'node_modules/@slack/cli-hooks/src/get-hooks.js'))).toBe(true);
  });
});

describe('npm start builds only when sources changed', () => {
  it('compiles the first time and after a change, and otherwise starts without compiling', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'index.ts'), 'export const a: number = 1;\n');
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, skipLibCheck: true },
      }),
    );
    writeFileSync(
      join(dir, 'tsconfig.build.json'),
      JSON.stringify({
        extends: './tsconfig.json',
        compilerOptions: { rootDir: 'src', outDir: 'dist' },
        include: ['src'],
      }),
    );
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const script = join(ROOT, 'scripts', 'build-if-stale.mjs');
    const run = () => {
      const r = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      return r.stdout;
    };
    expect(run()).toContain('no build yet, compiling');
    expect(existsSync(join(dir, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(dir, 'dist', 'bundle', 'meshbot.js'))).toBe(true);
    expect(run()).toContain('up to date, not recompiling');
    // A new source file (its folder's time moves) and an edited one both count as changes.
    // (The build is made to look a minute old, so the new file is surely newer than it.)
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'dist', 'index.js'), earlier, earlier);
    writeFileSync(join(dir, 'src', 'more.ts'), 'export const b = 2;\n');
    expect(run()).toContain('sources changed, compiling');
    expect(existsSync(join(dir, 'dist', 'more.js'))).toBe(true);
    expect(run()).toContain('up to date');
  }, 60_000);

  it('is what prestart runs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.prestart).toBe('node scripts/build-if-stale.mjs');
  });
});
