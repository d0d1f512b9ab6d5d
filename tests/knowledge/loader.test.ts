import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  crossCheck,
  KnowledgeError,
  loadKnowledgeBase,
  parseEntryFile,
  readKnowledge,
} from '../../src/knowledge/loader.js';
import { CARD_LIMITS, MIN_PHRASINGS, REQUIRED_IDS } from '../../src/knowledge/schema.js';
import {
  entryFields,
  entryText,
  realKb,
  removeTempDirs,
  tempDir,
  tempKnowledgeDir,
  VALID_BODY,
  writeEntry,
} from '../helpers/kb.js';

afterAll(removeTempDirs);

/** Problems of a copy of the real knowledge base with these extra answer files in it. */
function problemsWith(files: Record<string, string>): string[] {
  const dir = tempKnowledgeDir({ withEntries: true });
  for (const [file, text] of Object.entries(files)) writeEntry(dir, file, text);
  return readKnowledge(dir).problems;
}

/** Asserts that one problem names both the file and the field, and shows all problems when none does. */
function expectProblem(problems: readonly string[], file: string, field: string): void {
  const hit = problems.find((p) => p.includes(file) && p.includes(field));
  expect(hit, `no problem names both ${file} and ${field}:\n${problems.join('\n')}`).toBeDefined();
}

describe('the real knowledge base', () => {
  it('loads, with every required answer present', () => {
    const kb = loadKnowledgeBase();
    for (const id of REQUIRED_IDS) expect(kb.byId.has(id), `missing required answer ${id}`).toBe(true);
    expect(REQUIRED_IDS.length).toBeGreaterThanOrEqual(53);
  });

  it('passes the knowledge check with no problems', () => {
    expect(readKnowledge().problems).toEqual([]);
  });

  it('has unique ids, and byId indexes every entry', () => {
    const { entries, byId } = realKb();
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(byId.size).toBe(entries.length);
  });

  it('gives every entry an https source and a real checked date', () => {
    for (const e of realKb().entries) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(s.url, e.id).toMatch(/^https:\/\//);
      expect(e.checked, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Round-trips through Date only when the day exists in that month.
      expect(new Date(`${e.checked}T00:00:00Z`).toISOString().slice(0, 10), e.id).toBe(e.checked);
    }
  });

  it('keeps titles within a Block Kit header and verdicts within the verdict limit', () => {
    for (const e of realKb().entries) {
      expect(e.title.length, e.id).toBeLessThanOrEqual(150);
      expect(e.verdict.length, e.id).toBeLessThanOrEqual(CARD_LIMITS.verdict);
    }
  });

  it('links every table row to an existing answer', () => {
    const { byId, headToHead, decisionTable } = realKb();
    for (const d of headToHead.dimensions) expect(byId.has(d.answer), `dimension ${d.id}`).toBe(true);
    const groups = new Set(decisionTable.groups.map((g) => g.id));
    for (const f of decisionTable.factors) {
      expect(byId.has(f.answer), `factor ${f.id}`).toBe(true);
      expect(groups.has(f.group), `factor ${f.id} group`).toBe(true);
    }
  });

  it('has a decision table of 10 distinct factors and a head-to-head of 13 distinct dimensions', () => {
    const { headToHead, decisionTable } = realKb();
    expect(decisionTable.factors).toHaveLength(10);
    expect(new Set(decisionTable.factors.map((f) => f.id)).size).toBe(10);
    expect(headToHead.dimensions).toHaveLength(13);
    expect(new Set(headToHead.dimensions.map((d) => d.id)).size).toBe(13);
  });

  it('reports no cross-entry problems for the real entries and tables', () => {
    const kb = realKb();
    expect(crossCheck(kb.entries, { headToHead: kb.headToHead, decisionTable: kb.decisionTable })).toEqual(
      [],
    );
  });
});

describe('parseEntryFile', () => {
  it('parses a valid file into an entry with its body and defaults', () => {
    const { entry, problems } = parseEntryFile('/x/entries/sample.md', entryText(entryFields('sample')));
    expect(problems).toEqual([]);
    expect(entry?.id).toBe('sample');
    expect(entry?.body).toBe(VALID_BODY);
    expect(entry?.notes).toEqual([]);
  });

  it('accepts an unquoted YAML date and keeps it as YYYY-MM-DD', () => {
    const text = entryText(entryFields('sample')).replace(/^checked: .*$/m, 'checked: 2026-11-26');
    expect(text).toContain('checked: 2026-11-26');
    const { entry, problems } = parseEntryFile('/x/entries/sample.md', text);
    expect(problems).toEqual([]);
    expect(entry?.checked).toBe('2026-11-26');
  });
});

describe('schema errors name the file and the field', () => {
  it('the copied knowledge base is valid before a test adds to it', () => {
    expect(problemsWith({})).toEqual([]);
  });

  it('missing verdict', () => {
    const problems = problemsWith({
      'no-verdict.md': entryText(entryFields('no-verdict', { verdict: undefined })),
    });
    expectProblem(problems, 'no-verdict.md', '"verdict"');
  });

  it('verdict over 200 characters', () => {
    const problems = problemsWith({
      'long-verdict.md': entryText(entryFields('long-verdict', { verdict: 'v'.repeat(201) })),
    });
    expectProblem(problems, 'long-verdict.md', '"verdict"');
  });

  it('fewer phrasings than the matcher needs', () => {
    const phrasings = Array.from(
      { length: MIN_PHRASINGS - 1 },
      (_, n) => `too few phrasings test number ${n}`,
    );
    const problems = problemsWith({
      'four-phrasings.md': entryText(entryFields('four-phrasings', { phrasings })),
    });
    expectProblem(problems, 'four-phrasings.md', '"phrasings"');
  });

  it('a date not written YYYY-MM-DD', () => {
    const problems = problemsWith({
      'bad-date.md': entryText(entryFields('bad-date', { checked: '26/11/2026' })),
    });
    expectProblem(problems, 'bad-date.md', '"checked"');
  });

  it('a date that does not exist (30 February)', () => {
    const problems = problemsWith({
      'no-such-day.md': entryText(entryFields('no-such-day', { checked: '2026-02-30' })),
    });
    expectProblem(problems, 'no-such-day.md', '"checked"');
  });

  it('a source URL that is not https', () => {
    const sources = [{ title: 'Plain HTTP docs', url: 'http://example.com/docs' }];
    const problems = problemsWith({
      'http-source.md': entryText(entryFields('http-source', { sources })),
    });
    expectProblem(problems, 'http-source.md', 'sources.0.url');
  });

  it('an id that differs from the file name', () => {
    const problems = problemsWith({
      'file-name.md': entryText(entryFields('other-name')),
    });
    expectProblem(problems, 'file-name.md', '"id"');
  });

  it('front matter that is not valid YAML', () => {
    const problems = problemsWith({
      'bad-yaml.md':
        '---\nid: bad-yaml\ntitle: [unclosed\n  : : :\n---\nBody text that is long enough to pass.\n',
    });
    expectProblem(problems, 'bad-yaml.md', 'YAML');
  });

  it('no front matter at all', () => {
    const problems = problemsWith({ 'no-front.md': `# Just Markdown\n\n${VALID_BODY}\n` });
    expectProblem(problems, 'no-front.md', 'front matter');
  });

  it('an unknown field', () => {
    const problems = problemsWith({
      'extra-field.md': entryText(entryFields('extra-field', { colour: 'blue' })),
    });
    expectProblem(problems, 'extra-field.md', 'colour');
  });

  it('a body over the section limit', () => {
    const body = `${'A long paragraph of answer text. '.repeat(100)}`;
    expect(body.length).toBeGreaterThan(CARD_LIMITS.section);
    const problems = problemsWith({
      'long-body.md': entryText(entryFields('long-body'), body),
    });
    expectProblem(problems, 'long-body.md', '"body"');
  });

  it('a body that only outgrows the section once rendered as mrkdwn', () => {
    // Each "&" becomes "&amp;" in mrkdwn: 2,800 characters of source, over 3,000 rendered.
    const body = 'R & D '.repeat(466);
    expect(body.length).toBeLessThan(CARD_LIMITS.section - 100);
    const problems = problemsWith({
      'amp-body.md': entryText(entryFields('amp-body'), body),
    });
    // Cross-entry checks name the entry by its id, which must equal the file name.
    expectProblem(problems, 'amp-body', '"body"');
  });

  it('a related id that does not exist', () => {
    const problems = problemsWith({
      'bad-related.md': entryText(entryFields('bad-related', { related: ['no-such-answer'] })),
    });
    expectProblem(problems, 'bad-related', '"related"');
    expect(problems.some((p) => p.includes('no-such-answer'))).toBe(true);
  });

  it('the same phrasing in two entries', () => {
    const shared = 'a phrasing that two test entries share';
    const phrasings = (id: string) => [
      shared,
      ...Array.from({ length: MIN_PHRASINGS }, (_, n) => `phrasing ${n} of ${id}`),
    ];
    const problems = problemsWith({
      'dup-one.md': entryText(entryFields('dup-one', { phrasings: phrasings('dup-one') })),
      'dup-two.md': entryText(entryFields('dup-two', { phrasings: phrasings('dup-two') })),
    });
    const dup = problems.filter((p) => p.includes(shared));
    expect(dup, problems.join('\n')).toHaveLength(1);
    // Which of the two is reported depends on file order; it must name one of them, and the field.
    const [message] = dup as [string];
    expect(/dup-one|dup-two/.test(message), message).toBe(true);
    expect(message, 'the duplicate-phrasing problem should name the field').toMatch(/phrasings/);
  });

  it('reports several bad fields of one file together', () => {
    const problems = problemsWith({
      'two-faults.md': entryText(
        entryFields('two-faults', {
          verdict: undefined,
          sources: [{ title: 'Plain HTTP docs', url: 'http://example.com' }],
        }),
      ),
    });
    expectProblem(problems, 'two-faults.md', '"verdict"');
    expectProblem(problems, 'two-faults.md', 'sources.0.url');
  });
});

describe('loadKnowledgeBase', () => {
  it('throws one KnowledgeError listing the problems of every bad file at once', () => {
    const dir = tempKnowledgeDir({ withEntries: true });
    writeEntry(dir, 'first-bad.md', entryText(entryFields('first-bad', { verdict: undefined })));
    writeEntry(
      dir,
      'second-bad.md',
      entryText(entryFields('second-bad', { sources: [{ title: 'Insecure', url: 'http://example.com' }] })),
    );
    let caught: unknown;
    try {
      loadKnowledgeBase(dir);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(KnowledgeError);
    const err = caught as KnowledgeError;
    expectProblem(err.problems, 'first-bad.md', '"verdict"');
    expectProblem(err.problems, 'second-bad.md', 'sources.0.url');
    expect(err.message).toContain('first-bad.md');
    expect(err.message).toContain('second-bad.md');
  });

  it('names every required answer that is missing from an empty folder', () => {
    const dir = tempKnowledgeDir();
    const { problems } = readKnowledge(dir);
    for (const id of REQUIRED_IDS) {
      expect(problems.some((p) => p.includes(id) && p.includes('missing'))).toBe(true);
    }
    expect(() => loadKnowledgeBase(dir)).toThrow(KnowledgeError);
  });

  it('loads a valid copy of the knowledge base with an extra answer in it', () => {
    const dir = tempKnowledgeDir({ withEntries: true });
    writeEntry(dir, 'extra-answer.md', entryText(entryFields('extra-answer', { related: ['mtls'] })));
    const kb = loadKnowledgeBase(dir);
    expect(kb.byId.get('extra-answer')?.related).toEqual(['mtls']);
    expect(kb.entries.length).toBe(realKb().entries.length + 1);
  });
});

describe('the parsed-knowledge cache', () => {
  /** Runs `fn` with the cache folder pointed at a fresh temporary folder; returns that folder. */
  function withCacheDir(fn: (cache: string) => void): string {
    const cache = tempDir();
    const before = process.env.MESHBOT_MODEL_CACHE;
    process.env.MESHBOT_MODEL_CACHE = cache;
    try {
      fn(cache);
    } finally {
      if (before === undefined) delete process.env.MESHBOT_MODEL_CACHE;
      else process.env.MESHBOT_MODEL_CACHE = before;
    }
    return cache;
  }
  const cached = (cache: string) => readdirSync(cache).filter((f) => f.endsWith('.kb.json'));

  it('gives back exactly what parsing gives, and is what a second load reads', () => {
    withCacheDir((cache) => {
      const dir = tempKnowledgeDir({ withEntries: true });
      const parsed = readKnowledge(dir).kb;
      const first = loadKnowledgeBase(dir);
      expect(cached(cache)).toHaveLength(1);
      const second = loadKnowledgeBase(dir);
      expect(second).toEqual(parsed);
      expect(second.byId.get('mtls')).toBe(second.entries.find((e) => e.id === 'mtls'));
      expect(first).toEqual(parsed);
      // The second load came from the cache file: an edit there shows (nobody edits it by hand;
      // this only proves which one was read).
      const file = join(cache, cached(cache)[0] as string);
      writeFileSync(file, readFileSync(file, 'utf8').replace('"title":"', '"title":"CACHED '));
      expect(loadKnowledgeBase(dir).entries[0]?.title).toMatch(/^CACHED /);
    });
  });

  it('parses again when any answer file changes, and never serves a stale entry', () => {
    withCacheDir((cache) => {
      const dir = tempKnowledgeDir({ withEntries: true });
      loadKnowledgeBase(dir);
      writeEntry(dir, 'extra-answer.md', entryText(entryFields('extra-answer')));
      expect(loadKnowledgeBase(dir).byId.has('extra-answer')).toBe(true);
      writeEntry(dir, 'extra-answer.md', entryText(entryFields('extra-answer', { title: 'Renamed' })));
      expect(loadKnowledgeBase(dir).byId.get('extra-answer')?.title).toBe('Renamed');
      expect(cached(cache)).toHaveLength(3);
    });
  });

  it('ignores a damaged cache file, and never caches a knowledge base with problems', () => {
    withCacheDir((cache) => {
      const dir = tempKnowledgeDir({ withEntries: true });
      loadKnowledgeBase(dir);
      const file = join(cache, cached(cache)[0] as string);
      writeFileSync(file, '{"v":1,"entries":');
      expect(loadKnowledgeBase(dir)).toEqual(readKnowledge(dir).kb);
      writeEntry(dir, 'bad.md', entryText(entryFields('bad', { verdict: undefined })));
      expect(() => loadKnowledgeBase(dir)).toThrow(KnowledgeError);
      expect(() => loadKnowledgeBase(dir)).toThrow(KnowledgeError);
      expect(cached(cache)).toHaveLength(1);
    });
  });

  it('writes nothing with cache: false', () => {
    const cache = withCacheDir(() => {
      loadKnowledgeBase(tempKnowledgeDir({ withEntries: true }), { cache: false });
    });
    expect(cached(cache)).toHaveLength(0);
  });
});
