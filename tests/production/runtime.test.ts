/**
 * The Dockerfile's runtime stage, run by hand (there is no Docker engine here): a clean directory
 * with package.json, package-lock.json, the compiled dist/ and src/knowledge, `npm ci --omit=dev`,
 * then `node dist/bundle/meshbot.js` (the image's CMD) must serve /healthz and the answer pages, pass the image's own
 * HEALTHCHECK command, and exit 0 on SIGTERM, without any dev dependency installed.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTING_NAMES } from '../../src/config.js';
import { freePort, newest, sleep } from './helpers/processes.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Every file under `dir` with its size and mtime, to show the app wrote nothing. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        out.push(`${relative(dir, p)} ${s.size} ${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

let dir = '';
let app: ChildProcess | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'meshbot-runtime-'));
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  cpSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'));
  cpSync(join(ROOT, 'src', 'knowledge'), join(dir, 'src', 'knowledge'), { recursive: true });
  // better-sqlite3 (the learning loop's embedded store) compiles from source where its prebuilt
  // binary cannot be downloaded, which takes minutes on a busy 2-core machine.
  await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], {
    cwd: dir,
    timeout: 540_000,
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const dist = join(ROOT, 'dist');
  const builtIsCurrent =
    existsSync(join(dist, 'bundle', 'meshbot.js')) && newest(dist) >= newest(join(ROOT, 'src'));
  if (builtIsCurrent) {
    // `npm test` builds dist/ before vitest runs.
    cpSync(dist, join(dir, 'dist'), { recursive: true });
  } else {
    // Missing or older than src/: compile into the copy (the repository's dist/ is left alone).
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', join(dir, 'dist')], {
      cwd: ROOT,
      timeout: 120_000,
    });
    // After `npm ci`: the bundler resolves the packages from the copy's own node_modules.
    // (--no-prepare: this copy has no prepared cache, so its start fits the matcher.)
    const bundle = [join(ROOT, 'scripts', 'bundle.mjs'), '--dist', join(dir, 'dist'), '--no-prepare'];
    await run(process.execPath, bundle, {
      cwd: ROOT,
      timeout: 120_000,
    });
  }
}, 720_000);

// Removing the copy's node_modules can take longer than the default hook bound on a busy machine.
afterAll(async () => {
  if (app && app.exitCode === null && app.signalCode === null) app.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('runtime stage (npm ci --omit=dev on a clean copy, then node dist/bundle/meshbot.js)', () => {
  it('installs the production dependencies and none of the dev dependencies', () => {
    for (const name of Object.keys(pkg.dependencies)) {
      expect(existsSync(join(dir, 'node_modules', name, 'package.json')), name).toBe(true);
    }
    // Dev-only packages per the lockfile (a devDependency that a runtime package also needs, such
    // as @types/node, is legitimately present).
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const devOnly = Object.entries(lock.packages)
      .filter(([path, meta]) => path && meta.dev)
      .map(([path]) => path);
    expect(devOnly.length).toBeGreaterThan(0);
    expect(devOnly.filter((path) => existsSync(join(dir, path)))).toEqual([]);
    for (const name of ['vitest', 'typescript', 'tsx', '@biomejs/biome']) {
      expect(pkg.devDependencies[name], name).toBeDefined();
      expect(existsSync(join(dir, 'node_modules', name)), name).toBe(false);
    }
    expect(existsSync(join(dir, 'node_modules', 'vitest'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules', '.bin', 'tsc'))).toBe(false);
  });

  it('serves /healthz and the answer pages, passes the HEALTHCHECK, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const blank = Object.fromEntries(SETTING_NAMES.map((n) => [n, '']));
    // The learning loop's store goes to DATA_DIR, a volume in the image (Dockerfile: VOLUME /app/data),
    // so it is outside the app's own (read-only) directory here too.
    const dataDir = mkdtempSync(join(tmpdir(), 'meshbot-runtime-data-'));
    const env = {
      ...process.env,
      ...blank,
      NODE_ENV: 'production',
      PORT: String(port),
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
    };
    const before = snapshot(dir);
    // What the image's CMD and npm start run: the bundle.
    const child = spawn(process.execPath, ['dist/bundle/meshbot.js'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    app = child;
    const output: string[] = [];
    child.stdout?.setEncoding('utf8').on('data', (c: string) => output.push(c));
    child.stderr?.setEncoding('utf8').on('data', (c: string) => output.push(c));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );

    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 20_000;
    let health: Response | undefined;
    while (health?.status !== 200) {
      if (child.exitCode !== null) throw new Error(`app exited during startup:\n${output.join('')}`);
      if (Date.now() > deadline) throw new Error(`no /healthz 200 within 20 s:\n${output.join('')}`);
      health = await fetch(`${base}/healthz`).catch(() => undefined);
      if (health?.status !== 200) await sleep(100);
    }
    expect(await health.json()).toMatchObject({ ok: true, mode: 'web-only' });

    const answer = await fetch(`${base}/answers/mtls`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/text\/html/);
    expect(await answer.text()).toMatch(/mTLS/i);

    // The image's HEALTHCHECK command, run as Docker would (exec form, same environment).
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
    const check = /^HEALTHCHECK\b.*?\bCMD\s+(\[.*\])\s*$/m.exec(dockerfile)?.[1];
    expect(check, 'HEALTHCHECK in exec form').toBeDefined();
    const [cmd, ...args] = JSON.parse(check as string) as string[];
    expect(cmd).toBe('node');
    await expect(run(process.execPath, args, { cwd: dir, env, timeout: 10_000 })).resolves.toBeDefined();

    child.kill('SIGTERM');
    const exit = await exited;
    expect(exit, output.join('')).toEqual({ code: 0, signal: null });
    expect(output.join('')).toMatch(/shutdown complete/);
    // The app wrote nothing to its directory (it runs on a read-only root filesystem), only to DATA_DIR.
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dataDir, 'meshbot.db'))).toBe(true);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
});
