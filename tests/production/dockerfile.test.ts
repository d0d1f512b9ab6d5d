/**
 * There is no Docker engine here, so the Dockerfile is checked as text: a build stage and a
 * runtime stage on a Node.js LTS slim/alpine image, production dependencies only, a non-root
 * user, a HEALTHCHECK on /healthz, the port exposed, and the built entry point as the command.
 * (tests/production/runtime.test.ts runs the runtime stage's steps for real.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Instruction {
  readonly op: string;
  readonly args: string;
}
interface Stage {
  readonly image: string;
  readonly name: string | undefined;
  readonly instructions: Instruction[];
}

/** Instructions with comments dropped and `\` continuations joined. */
function instructions(text: string): Instruction[] {
  const joined = text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^(\S+)\s*(.*)$/.exec(l) as RegExpExecArray;
      return { op: (m[1] as string).toUpperCase(), args: (m[2] ?? '').replace(/\s+/g, ' ') };
    });
}

/** Splits into stages, substituting ARG defaults declared before the first FROM. */
function parseDockerfile(text: string): { stages: Stage[]; all: Instruction[] } {
  const all = instructions(text);
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const ins of all) {
    if (ins.op === 'ARG' && stages.length === 0) {
      const [k, v = ''] = ins.args.split('=');
      args.set((k as string).trim(), v.trim());
    } else if (ins.op === 'FROM') {
      const expanded = ins.args.replace(/\$\{?(\w+)\}?/g, (_m, k: string) => args.get(k) ?? '');
      const m = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(expanded);
      stages.push({ image: m?.[1] ?? expanded, name: m?.[2], instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(ins);
    }
  }
  return { stages, all };
}

const dockerfile = readFileSync(`${ROOT}Dockerfile`, 'utf8');
const { stages } = parseDockerfile(dockerfile);
const runtime = stages.at(-1) as Stage;
const inRuntime = (op: string) => runtime.instructions.filter((i) => i.op === op);

describe('Dockerfile', () => {
  it('is multi-stage: a build stage, then a runtime stage on a Node.js LTS slim or alpine image', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const m = /^node:(\d+)(?:\.\d+){0,2}-(slim|alpine)(?:[\d.]*)?(?:@sha256:[0-9a-f]{64})?$/.exec(
      runtime.image,
    );
    expect(m, `runtime image ${runtime.image}`).not.toBeNull();
    const major = Number(m?.[1]);
    // LTS lines are the even majors; 20 reached end of life in April 2026.
    expect(major % 2).toBe(0);
    expect(major).toBeGreaterThanOrEqual(22);
    // The build stage compiles TypeScript; the runtime takes only its output.
    const build = stages[0] as Stage;
    expect(build.instructions.some((i) => i.op === 'RUN' && /npm (run build|ci)|tsc/.test(i.args))).toBe(
      true,
    );
    const fromBuild = inRuntime('COPY').filter((i) => i.args.includes(`--from=${build.name}`));
    expect(fromBuild.map((i) => i.args)).toEqual([expect.stringMatching(/\/dist\s+\.\/dist$/)]);
  });

  it('installs production dependencies only, from the lockfile, in the runtime stage', () => {
    const installs = inRuntime('RUN').filter((i) => /\bnpm (ci|install|i)\b/.test(i.args));
    expect(installs).toHaveLength(1);
    expect(installs[0]?.args).toMatch(/\bnpm ci\b[^&|;]*--omit=dev/);
    expect(inRuntime('COPY').some((i) => /package-lock\.json/.test(i.args))).toBe(true);
    // No node_modules (with dev dependencies) carried over from the build stage.
    expect(inRuntime('COPY').some((i) => /node_modules/.test(i.args))).toBe(false);
    // The knowledge base is read from src/knowledge at startup.
    expect(inRuntime('COPY').some((i) => /src\/knowledge/.test(i.args))).toBe(true);
  });

  it('runs as a non-root user, after everything that needs root', () => {
    const users = inRuntime('USER');
    expect(users.length).toBeGreaterThanOrEqual(1);
    const last = (users.at(-1) as Instruction).args.split(':')[0];
    expect(['root', '0', '']).not.toContain(last);
    const idx = (i: Instruction) => runtime.instructions.indexOf(i);
    const lastRun = inRuntime('RUN').at(-1) as Instruction;
    expect(idx(users.at(-1) as Instruction)).toBeGreaterThan(idx(lastRun));
  });

  it('has a HEALTHCHECK on /healthz, exposes the port the app listens on, and runs the bundle, dist/bundle/meshbot.js', () => {
    const health = inRuntime('HEALTHCHECK');
    expect(health).toHaveLength(1);
    expect(health[0]?.args).toMatch(/\bCMD\b.*\/healthz/);

    const env = inRuntime('ENV')
      .map((i) => i.args)
      .join(' ');
    const port = Number(/\bPORT=(\d+)/.exec(env)?.[1] ?? loadConfig({}).port);
    expect(
      inRuntime('EXPOSE').flatMap((i) => i.args.split(' ').map((p) => Number.parseInt(p, 10))),
    ).toContain(port);
    expect(env).toMatch(/\bNODE_ENV=production\b/);

    const cmd = inRuntime('CMD').at(-1);
    // Exec form, so node is PID 1 and receives SIGTERM itself (no shell in between).
    expect(JSON.parse(cmd?.args ?? 'null')).toEqual(['node', 'dist/bundle/meshbot.js']);
    expect(inRuntime('ENTRYPOINT')).toHaveLength(0);
  });
});

describe('.dockerignore', () => {
  const patterns = readFileSync(`${ROOT}.dockerignore`, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('keeps node_modules, .env and .git out of the build context', () => {
    for (const p of ['node_modules', '.env', '.git']) {
      expect(
        patterns.some((x) => x.replace(/^\/|\/$/g, '') === p || x === `**/${p}`),
        p,
      ).toBe(true);
    }
    // ...and does not re-include .env afterwards.
    expect(patterns.filter((p) => p.startsWith('!')).some((p) => /^!\.env$/.test(p))).toBe(false);
  });

  it('does not exclude what the build needs', () => {
    for (const needed of [
      'src',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
    ]) {
      expect(patterns, needed).not.toContain(needed);
    }
  });
});
