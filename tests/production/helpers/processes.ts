/** Small process utilities shared by the production tests: free ports, bounded waits, clean exits. */
import type { ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A port that was free a moment ago (listen on 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` until it returns a truthy value; throws `describe()` after `timeoutMs`. */
export async function waitUntil<T>(
  check: () => T | Promise<T>,
  { timeoutMs, intervalMs = 50, what }: { timeoutMs: number; intervalMs?: number; what: () => string },
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
    await sleep(intervalMs);
  }
}

/** Resolves with the exit code/signal once the child has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Sends `signal`, waits up to `graceMs` for the exit, then SIGKILLs and waits again (bounded). */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5_000) {
  const done = exited(child);
  if (child.exitCode !== null || child.signalCode !== null) return done;
  child.kill(signal);
  const first = await Promise.race([done, sleep(graceMs).then(() => null)]);
  if (first) return first;
  child.kill('SIGKILL');
  return Promise.race([
    done,
    sleep(5_000).then(() => {
      throw new Error(`process ${child.pid} did not exit after SIGKILL`);
    }),
  ]);
}

/** Every child started by these helpers that has not exited yet, so afterAll can always clean up. */
const live = new Set<ChildProcess>();

export function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once('exit', () => live.delete(child));
  child.once('error', () => live.delete(child));
  return child;
}

/** Stops every tracked child (SIGTERM, then SIGKILL), even ones whose start-up never finished. */
export async function stopAllChildren(): Promise<void> {
  await Promise.allSettled([...live].map((c) => stopChild(c, 'SIGTERM', 3_000)));
}

/** The newest modification time of any file under `dir` (is a build older than its sources?). */
export function newest(dir: string): number {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) max = Math.max(max, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return max;
}
