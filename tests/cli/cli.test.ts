import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import {
  entryFields,
  entryText,
  FIXTURES,
  realKb,
  removeTempDirs,
  tempDir,
  tempKnowledgeDir,
  writeEntry,
} from '../helpers/kb.js';

afterAll(removeTempDirs);

const BASE = 'https://meshbot.test';
const env = { PUBLIC_BASE_URL: BASE };
const ASK = 'src/cli/ask.ts';
const SUMMARY_KEYS = ['q', 'intent', 'answerId', 'confidence', 'alternatives', 'pick', 'factors'].sort();

const parseJsonLines = (out: string): unknown[] =>
  out
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown);

describe('ask', () => {
  it('prints readable text with the verdict and the canonical link', async () => {
    const r = await runCli(ASK, ['how does linkerd handle mutual tls between pods?'], { env });
    expect(r.code, r.stderr).toBe(0);
    const entry = realKb().byId.get('mtls');
    expect(entry).toBeDefined();
    expect(r.stdout).toContain(entry?.title);
    expect(r.stdout).toContain(entry?.verdict);
    expect(r.stdout).toContain(`${BASE}/answers/mtls`);
    // Terminal text, not JSON and not Slack markup.
    expect(() => JSON.parse(r.stdout)).toThrow();
    expect(r.stdout).not.toMatch(/<https?:\/\/[^>]*\|/);
  });

  it('prints a fallback with examples for an off-topic question', async () => {
    const r = await runCli(ASK, ['banana keyboard purple'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('/answers/');
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('--json prints one object with exactly the documented keys', async () => {
    const r = await runCli(ASK, ['--json', 'how does linkerd handle mutual tls between pods?'], { env });
    expect(r.code, r.stderr).toBe(0);
    const lines = parseJsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    const obj = lines[0] as Record<string, unknown>;
    expect(Object.keys(obj).sort()).toEqual(SUMMARY_KEYS);
    expect(obj.q).toBe('how does linkerd handle mutual tls between pods?');
    expect(obj.answerId).toBe('mtls');
    expect(typeof obj.confidence).toBe('number');
    expect(Array.isArray(obj.alternatives)).toBe(true);
    expect(Array.isArray(obj.factors)).toBe(true);
    expect(obj.pick).toBeNull();
  });

  it('--json gives answerId null for an off-topic question', async () => {
    const r = await runCli(ASK, ['--json', 'how do I drain a node in kubernetes'], { env });
    expect(r.code, r.stderr).toBe(0);
    const [obj] = parseJsonLines(r.stdout) as [Record<string, unknown>];
    expect(obj.answerId).toBeNull();
  });

  it('--json carries the pick and factors of a needs question', async () => {
    const q = 'we are a small team and want mTLS by default with little overhead, which mesh?';
    const r = await runCli(ASK, ['--json', q], { env });
    const [obj] = parseJsonLines(r.stdout) as [Record<string, unknown>];
    expect(obj.answerId).toBe('which-mesh');
    expect(obj.pick).toBe('linkerd');
    expect((obj.factors as unknown[]).length).toBeGreaterThan(0);
  });

  it('--jsonl answers each stdin line, with an error object for a malformed one', async () => {
    const input = [
      JSON.stringify({ q: 'can linkerd span several clusters' }),
      '{"q": "broken',
      JSON.stringify({ q: 'banana keyboard purple' }),
    ].join('\n');
    const r = await runCli(ASK, ['--jsonl'], { input, env });
    expect(r.code, r.stderr).toBe(0);
    const lines = parseJsonLines(r.stdout) as Record<string, unknown>[];
    expect(lines).toHaveLength(3);
    expect(lines[0]?.q).toBe('can linkerd span several clusters');
    expect(Object.keys(lines[0] ?? {}).sort()).toEqual(SUMMARY_KEYS);
    expect(lines[1]).toHaveProperty('error');
    expect(lines[1]?.line).toBe(2);
    expect(lines[2]?.answerId).toBeNull();
  });

  it('--jsonl reports a line without a string "q" as an error', async () => {
    const r = await runCli(ASK, ['--jsonl'], { input: '{"question": "is istio free"}\n', env });
    expect(r.code, r.stderr).toBe(0);
    const [obj] = parseJsonLines(r.stdout) as [Record<string, unknown>];
    expect(obj).toHaveProperty('error');
  });

  it('exits with usage when there is no question', async () => {
    const r = await runCli(ASK, [], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/i);
  });
});

describe('eval', () => {
  it('<file> --json prints the report with its documented shape', async () => {
    const r = await runCli('src/cli/eval.ts', [join(FIXTURES, 'eval-public.jsonl'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(report).sort()).toEqual(['inScope', 'misses', 'offTopic', 'pick', 'reliability']);
    expect(Object.keys(report.inScope ?? {}).sort()).toEqual(['mrr', 'n', 'top1', 'top3', 'wrong']);
    expect(Object.keys(report.offTopic ?? {}).sort()).toEqual(['n', 'refused']);
    expect(Object.keys(report.pick ?? {}).sort()).toEqual(['correct', 'n']);
    expect(Array.isArray(report.misses)).toBe(true);
    for (const v of [report.inScope?.top1, report.offTopic?.refused, report.pick?.correct]) {
      expect(typeof v).toBe('number');
      expect(v as number).toBeGreaterThanOrEqual(0);
      expect(v as number).toBeLessThanOrEqual(1);
    }
  });

  it('--seeds N scores N fits, one per regression seed, with their mean and range', async () => {
    const file = join(tempDir(), 'few.jsonl');
    writeFileSync(
      file,
      [
        '{"q":"mtls between pods","expect":["mtls"]}',
        '{"q":"is linkerd free","expect":["cost","linkerd-release-model"]}',
        '{"q":"traffic splitting","expect":["traffic-management"]}',
        '{"q":"what other service meshes exist","expect":["other-meshes"]}',
        '{"q":"lasagna recipe","expect":[]}',
      ].join('\n'),
    );
    // Its own empty model cache: both fits' snapshots are on disk after the run, although they are
    // written after the fit and the CLI ends with process.exit.
    const cache = tempDir();
    const r = await runCli('src/cli/eval.ts', [file, '--seeds', '2', '--json'], {
      env: { MESHBOT_MODEL_CACHE: cache },
    });
    expect(r.code, r.stderr).toBe(0);
    const runs = JSON.parse(r.stdout) as { seed: number; report: { inScope: { n: number } } }[];
    expect(runs.map((x) => x.seed)).toEqual([1, 2]);
    for (const x of runs) expect(x.report.inScope.n).toBe(4);
    expect(readdirSync(cache).filter((f) => f.endsWith('.snap'))).toHaveLength(2);
    const table = await runCli('src/cli/eval.ts', [file, '--seeds', '2']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^\| 1 \| /m);
    expect(table.stdout).toMatch(/^\| 2 \| /m);
    expect(table.stdout).toMatch(/^\| mean \| /m);
    expect(table.stdout).toMatch(/^\| range \| /m);
    const bad = await runCli('src/cli/eval.ts', [file, '--seeds', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--seeds/);
  });

  it('counts the fallbacks and the related answers they listed', async () => {
    const file = join(tempDir(), 'fallbacks.jsonl');
    writeFileSync(
      file,
      [
        // A bug report on a covered topic, too unsure for a card: related answers, troubleshooting among them.
        '{"q":"after upgrading our cluster the linkerd-proxy container keeps restarting in the payments namespace, logs say connection refused on the admin port, anyone seen this? thanks","expect":["troubleshooting"]}',
        '{"q":"how do I rollback a helm release","expect":[]}',
        '{"q":"mtls between pods","expect":["mtls"]}',
      ].join('\n'),
    );
    const r = await runCli('src/cli/eval.ts', [file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'fallbacks  in-scope 1, 1 listing related answers (1 with an expected one); off-topic 1, 0 listing related answers',
    );
  });

  it('exits 2 naming the line of a bad eval file', async () => {
    const file = join(tempDir(), 'bad.jsonl');
    writeFileSync(file, '{"q":"a","expect":[]}\nnot json\n');
    const r = await runCli('src/cli/eval.ts', [file, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2\b/);
  });
});

describe('kb-check', () => {
  it('exits 0 on the real knowledge base', async () => {
    const r = await runCli('src/cli/kb-check.ts', []);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/valid/);
  });

  it('exits 1 naming the file and the field on a bad folder', async () => {
    const dir = tempKnowledgeDir({ withEntries: true });
    writeEntry(dir, 'cli-bad.md', entryText(entryFields('cli-bad', { verdict: undefined })));
    const r = await runCli('src/cli/kb-check.ts', [dir]);
    expect(r.code).toBe(1);
    const line = r.stderr.split('\n').find((l) => l.includes('cli-bad.md'));
    expect(line, r.stderr).toBeDefined();
    expect(line).toContain('verdict');
  });
});
