/**
 * Smoke test for `npm run bench:http`: in a tiny mode it starts both apps, drives them, prints one
 * table with both side by side and exits 0. No timing assertions: the numbers are a measurement,
 * printed by the benchmark, never asserted here.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function runBench(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'bench/http.ts', ...args],
      { cwd: ROOT, timeout: 150_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('npm run bench:http', () => {
  it('prints a table with both apps and exits 0 in quick mode', { timeout: 180_000 }, async () => {
    // --no-build: never run tsc from a test; a stale dist makes the bench use tsx on src instead.
    const { code, stdout, stderr } = await runBench([
      '--quick',
      '--duration',
      '1',
      '--connections',
      '5',
      '--no-build',
    ]);
    expect(code, stderr).toBe(0);
    const header = stdout.split('\n').find((l) => l.startsWith('| workload'));
    expect(header).toBeDefined();
    expect(header).toContain('bare req/s');
    expect(header).toContain('meshbot req/s');
    expect(header).toContain('p99 ratio');
    const rows = stdout.split('\n').filter((l) => /^\| (events|commands) +\| +5 \|/.test(l));
    // One row per workload in the main table, one per app and workload in the detail table.
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(stdout).toMatch(/\| idle RSS MB \(before load\) +\|/);
    expect(stdout).toMatch(/\| ready ms/);
    expect(stdout).toMatch(/\| events +\| +5 \| bare +\|/);
    expect(stdout).toMatch(/\| events +\| +5 \| meshbot +\|/);
  });
});
