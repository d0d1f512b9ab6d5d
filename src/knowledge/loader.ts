import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'zod';
import {
  cacheFile,
  hashCodeFolder,
  hashFile,
  readCached,
  sha256,
  touchCached,
  writeCached,
} from '../cache-dir.js';
import { toMrkdwn } from './markdown.js';
import {
  CARD_LIMITS,
  type DecisionTable,
  decisionTableSchema,
  type Entry,
  entrySchema,
  type HeadToHead,
  headToHeadSchema,
  MIN_PHRASINGS,
  REQUIRED_IDS,
} from './schema.js';

/** Resolves the same from src/knowledge (tsx) and dist/knowledge (built). */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../src/knowledge/', import.meta.url));

export interface KnowledgeBase {
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
  readonly headToHead: HeadToHead;
  readonly decisionTable: DecisionTable;
  /** Messages that no entry answers (the matcher's out-of-scope class): `out-of-scope.txt`. */
  readonly outOfScope?: readonly string[];
}

/** Lines of the out-of-scope corpus: one message a line; blank lines and lines starting with # skipped. */
export function parseOutOfScope(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export class KnowledgeError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The knowledge base has ${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
    this.name = 'KnowledgeError';
  }
}

function describeIssues(file: string, issues: readonly { path: PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => {
    const field = i.path.length ? i.path.map(String).join('.') : '(file)';
    return `${file}: field "${field}": ${i.message}`;
  });
}

function splitFrontMatter(text: string): { front: string; body: string } | null {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { front: m[1] ?? '', body: (m[2] ?? '').trim() } : null;
}

/** Parses one answer file. Returns the entry or the problems, each naming the file and the field. */
export function parseEntryFile(file: string, text: string): { entry?: Entry; problems: string[] } {
  const parts = splitFrontMatter(text);
  if (!parts) return { problems: [`${file}: missing YAML front matter between "---" lines`] };
  let front: unknown;
  try {
    front = parseYaml(parts.front);
  } catch (err) {
    return {
      problems: [`${file}: front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}`],
    };
  }
  if (typeof front !== 'object' || front === null || Array.isArray(front)) {
    return { problems: [`${file}: front matter must be a YAML mapping of fields`] };
  }
  const checked = (front as Record<string, unknown>).checked;
  const candidate = {
    ...(front as Record<string, unknown>),
    // YAML reads an unquoted 2026-11-26 as a Date; the schema wants the written form.
    ...(checked instanceof Date ? { checked: checked.toISOString().slice(0, 10) } : {}),
    body: parts.body,
  };
  const result = entrySchema.safeParse(candidate);
  if (!result.success) return { problems: describeIssues(file, result.error.issues) };
  const problems: string[] = [];
  const expected = basename(file).replace(/\.md$/, '');
  if (result.data.id !== expected)
    problems.push(`${file}: field "id": "${result.data.id}" must match the file name "${expected}"`);
  return { entry: result.data, problems };
}

function parseYamlFile<T>(file: string, schema: ZodType<T>): { value?: T; problems: string[] } {
  let raw: unknown;
  try {
    const parsed = parseYaml(readFileSync(file, 'utf8')) as unknown;
    raw =
      parsed && typeof parsed === 'object' && (parsed as { checked?: unknown }).checked instanceof Date
        ? { ...parsed, checked: ((parsed as { checked: Date }).checked as Date).toISOString().slice(0, 10) }
        : parsed;
  } catch (err) {
    return { problems: [`${file}: ${(err as Error).message.split('\n')[0]}`] };
  }
  const result = schema.safeParse(raw);
  return result.success
    ? { value: result.data, problems: [] }
    : { problems: describeIssues(file, result.error.issues) };
}

const normalisePhrase = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Rules that span entries: the checks `npm run kb:check` reports. */
export function crossCheck(
  entries: readonly Entry[],
  tables: { headToHead?: HeadToHead; decisionTable?: DecisionTable },
  outOfScope: readonly string[] = [],
) {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push(`${e.id}: id is used by more than one entry`);
    ids.add(e.id);
  }
  for (const id of REQUIRED_IDS) if (!ids.has(id)) problems.push(`${id}: required entry is missing`);
  const seen = new Map<string, string>();
  for (const e of entries) {
    for (const r of e.related) {
      if (!ids.has(r)) problems.push(`${e.id}: field "related": "${r}" is not an entry id`);
      if (r === e.id) problems.push(`${e.id}: field "related": an entry cannot relate to itself`);
    }
    for (const p of [e.question, ...e.phrasings]) {
      const key = normalisePhrase(p);
      const other = seen.get(key);
      if (other && other !== e.id) {
        problems.push(`entries/${e.id}.md: field "phrasings": "${p}" is also used by entries/${other}.md`);
      } else if (other === e.id) problems.push(`entries/${e.id}.md: field "phrasings": "${p}" is repeated`);
      seen.set(key, e.id);
    }
    const body = toMrkdwn(e.body);
    if (e.phrasings.length < MIN_PHRASINGS) {
      problems.push(
        `entries/${e.id}.md: field "phrasings": ${e.phrasings.length}, at least ${MIN_PHRASINGS} needed`,
      );
    }
    if (body.length > CARD_LIMITS.section) {
      problems.push(
        `${e.id}: field "body": ${body.length} characters as mrkdwn, a section holds ${CARD_LIMITS.section}`,
      );
    }
  }
  const oosSeen = new Set<string>();
  for (const line of outOfScope) {
    const key = normalisePhrase(line);
    const owner = seen.get(key);
    if (owner) problems.push(`out-of-scope.txt: "${line}" is also a phrasing of entries/${owner}.md`);
    else if (oosSeen.has(key)) problems.push(`out-of-scope.txt: "${line}" is repeated`);
    oosSeen.add(key);
  }
  for (const d of tables.headToHead?.dimensions ?? []) {
    if (!ids.has(d.answer))
      problems.push(`head-to-head.yaml: dimension "${d.id}" links to unknown answer "${d.answer}"`);
  }
  const groups = new Set(tables.decisionTable?.groups.map((g) => g.id));
  for (const f of tables.decisionTable?.factors ?? []) {
    if (!ids.has(f.answer))
      problems.push(`decision-table.yaml: factor "${f.id}" links to unknown answer "${f.answer}"`);
    if (!groups.has(f.group))
      problems.push(`decision-table.yaml: factor "${f.id}" names unknown group "${f.group}"`);
  }
  return problems;
}

/** Reads every file and reports every problem at once, without throwing. */
export function readKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): {
  kb?: KnowledgeBase;
  entries: Entry[];
  problems: string[];
} {
  const problems: string[] = [];
  const entries: Entry[] = [];
  const entryDir = join(dir, 'entries');
  let files: string[] = [];
  try {
    files = readdirSync(entryDir)
      .filter((f) => f.endsWith('.md'))
      .sort();
  } catch {
    problems.push(`${entryDir}: folder of answer files not found`);
  }
  for (const f of files) {
    const file = join(entryDir, f);
    const { entry, problems: p } = parseEntryFile(file, readFileSync(file, 'utf8'));
    problems.push(...p);
    if (entry) entries.push(entry);
  }
  const h2h = parseYamlFile(join(dir, 'tables', 'head-to-head.yaml'), headToHeadSchema);
  const dt = parseYamlFile(join(dir, 'tables', 'decision-table.yaml'), decisionTableSchema);
  problems.push(...h2h.problems, ...dt.problems);
  let outOfScope: string[] = [];
  const oosFile = join(dir, 'out-of-scope.txt');
  if (existsSync(oosFile)) outOfScope = parseOutOfScope(readFileSync(oosFile, 'utf8'));
  problems.push(...crossCheck(entries, { headToHead: h2h.value, decisionTable: dt.value }, outOfScope));
  const kb =
    h2h.value && dt.value
      ? {
          entries,
          byId: new Map(entries.map((e) => [e.id, e])),
          headToHead: h2h.value,
          decisionTable: dt.value,
          outOfScope,
        }
      : undefined;
  return { kb, entries, problems };
}

/**
 * Loads the knowledge base or throws one error that lists every problem with its file and field.
 * A knowledge base that passed every check is kept in the cache folder (src/cache-dir.ts) by a hash
 * of its files and of the code that reads them, so a restart with the same files skips the parsing
 * (most of the start-up's time); any change to either parses and checks everything again.
 */
export function loadKnowledgeBase(
  dir: string = DEFAULT_KNOWLEDGE_DIR,
  options: { cache?: boolean } = {},
): KnowledgeBase {
  const file = options.cache === false ? null : knowledgeCacheFile(dir);
  const cached = file ? fromCache(readCached(file)) : null;
  if (cached && file) {
    touchCached(file);
    return cached;
  }
  const { kb, problems } = readKnowledge(dir);
  if (problems.length || !kb)
    throw new KnowledgeError(problems.length ? problems : ['tables could not be read']);
  if (file) {
    const { entries, headToHead, decisionTable, outOfScope } = kb;
    writeCached(
      file,
      JSON.stringify({ v: KB_CACHE_VERSION, entries, headToHead, decisionTable, outOfScope }),
    );
  }
  return kb;
}

/** Bump when the shape of the cached form changes. */
const KB_CACHE_VERSION = 1;

/**
 * The cache file for a knowledge folder: a hash of every file `readKnowledge` reads, of the code of
 * this folder (loader, schema, Markdown) and of the package manifests (the parsers' versions).
 * Null when the folder cannot be listed (then `readKnowledge` reports it).
 */
function knowledgeCacheFile(dir: string): string | null {
  const hash = sha256();
  hash.update(`kb-v${KB_CACHE_VERSION}\0`);
  const add = (path: string) => hashFile(hash, path);
  try {
    for (const f of readdirSync(join(dir, 'entries')).sort()) add(join(dir, 'entries', f));
  } catch {
    return null;
  }
  add(join(dir, 'tables', 'head-to-head.yaml'));
  add(join(dir, 'tables', 'decision-table.yaml'));
  add(join(dir, 'out-of-scope.txt'));
  hashCodeFolder(hash, import.meta.url);
  const root = fileURLToPath(new URL('../../', import.meta.url));
  add(join(root, 'package.json'));
  add(join(root, 'package-lock.json'));
  return cacheFile(hash.digest('hex'), 'kb.json');
}

/** A knowledge base from its cached form, or null when there is none or it does not read. */
function fromCache(bytes: Buffer | null): KnowledgeBase | null {
  if (!bytes) return null;
  try {
    const raw = JSON.parse(bytes.toString('utf8')) as {
      v?: number;
      entries?: Entry[];
      headToHead?: HeadToHead;
      decisionTable?: DecisionTable;
      outOfScope?: string[];
    };
    if (raw.v !== KB_CACHE_VERSION || !Array.isArray(raw.entries) || !raw.headToHead || !raw.decisionTable)
      return null;
    const entries = raw.entries;
    return {
      entries,
      byId: new Map(entries.map((e) => [e.id, e])),
      headToHead: raw.headToHead,
      decisionTable: raw.decisionTable,
      outOfScope: raw.outOfScope ?? [],
    };
  } catch {
    return null;
  }
}
