/** Shared fixtures for the answer-engine tests: the real knowledge base and throw-away copies of it. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { createMatcher, type Matcher } from '../../src/intents/matcher.js';
import { DEFAULT_KNOWLEDGE_DIR, type KnowledgeBase, loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { MIN_PHRASINGS } from '../../src/knowledge/schema.js';

/** The repository root (the CLIs run from here). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

/** The question of every line of every evaluation fixture in tests/fixtures (frozen sets included, as text only). */
export function fixtureQuestions(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl')))
    for (const line of readFileSync(join(FIXTURES, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const q = (JSON.parse(line) as { q?: unknown }).q;
      if (typeof q === 'string') out.push(q);
    }
  return out;
}

let kb: KnowledgeBase | undefined;
let matcher: Matcher | undefined;

/** The real knowledge base, loaded once per test file. */
export function realKb(): KnowledgeBase {
  kb ??= loadKnowledgeBase();
  return kb;
}

/** A matcher over the real knowledge base with its default thresholds, built once per test file. */
export function realMatcher(): Matcher {
  matcher ??= createMatcher(realKb());
  return matcher;
}

const tempDirs: string[] = [];

/** An empty temporary folder, removed by removeTempDirs. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'meshbot-test-'));
  tempDirs.push(dir);
  return dir;
}

/**
 * A temporary knowledge folder: `tables/` copied from the real one, and `entries/` either
 * empty or (withEntries) a copy of every real answer file, so only what a test adds is wrong.
 */
export function tempKnowledgeDir(options: { withEntries?: boolean } = {}): string {
  const dir = tempDir();
  cpSync(join(DEFAULT_KNOWLEDGE_DIR, 'tables'), join(dir, 'tables'), { recursive: true });
  if (options.withEntries) {
    cpSync(join(DEFAULT_KNOWLEDGE_DIR, 'entries'), join(dir, 'entries'), { recursive: true });
  } else {
    mkdirSync(join(dir, 'entries'));
  }
  return dir;
}

/** Removes every folder tempKnowledgeDir made (call from afterAll). */
export function removeTempDirs(): void {
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export const VALID_BODY =
  'This answer exists only for tests. It has **bold** text, a [link](https://example.com/docs) and\n\n- a bullet\n- another bullet';

/**
 * Front matter for a valid answer file with this id. Pass a field as `undefined` in overrides
 * to leave it out; every other override replaces the field.
 */
export function entryFields(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    id,
    title: `Test entry ${id}`,
    question: `What does the test entry ${id} say?`,
    phrasings: Array.from({ length: MIN_PHRASINGS }, (_, n) => `test phrasing number ${n + 1} for ${id}`),
    keywords: [`keyword ${id}`],
    verdict: `The verdict of test entry ${id}.`,
    related: [],
    sources: [{ title: 'Example documentation', url: 'https://example.com/docs' }],
    checked: '2026-11-26',
    owner: 'Test team',
    group: 'concepts',
  };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete fields[k];
    else fields[k] = v;
  }
  return fields;
}

/** The text of an answer file: YAML front matter between "---" lines, then the Markdown body. */
export function entryText(fields: Record<string, unknown>, body: string = VALID_BODY): string {
  return `---\n${stringify(fields)}---\n${body}\n`;
}

/** Writes `entries/<file>` into a knowledge folder and returns its path. */
export function writeEntry(dir: string, file: string, text: string): string {
  const path = join(dir, 'entries', file);
  writeFileSync(path, text);
  return path;
}
