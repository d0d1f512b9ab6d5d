import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { addPhrasings } from '../../src/loop/kb-learned.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';
import { removeTempDirs, tempDir, tempKnowledgeDir } from '../helpers/kb.js';

afterAll(removeTempDirs);

const FILE = [
  '---',
  'id: x',
  'phrasings:',
  '  - one question',
  '  - "two: quoted"',
  'keywords: [a]',
  '---',
  'Body',
].join('\n');

describe('addPhrasings', () => {
  it('appends new phrasings, quoted, after the last item, and nothing else changes', () => {
    const r = addPhrasings(FILE, ['How about: <this>?', 'One question!', 'ok'], new Set(['one question']));
    expect(r.added).toEqual(['How about: <this>?']);
    expect(r.text.split('\n')).toEqual([
      '---',
      'id: x',
      'phrasings:',
      '  - one question',
      '  - "two: quoted"',
      '  - "How about: <this>?"',
      'keywords: [a]',
      '---',
      'Body',
    ]);
    expect(addPhrasings(FILE, [], new Set()).text).toBe(FILE);
  });
});

describe('npm run kb:learned', () => {
  it("writes the store's learned phrasings into the entry file; the knowledge base still loads; a second run adds nothing", async () => {
    const dir = tempKnowledgeDir({ withEntries: true });
    const dataDir = tempDir();
    const secret = 'kb-learned-test-secret-0123456789';
    const store = await openStore({ dataDir }, { hashSecret: secret, storeQuestions: true });
    await store.recordCard({
      id: 'f1',
      surface: 'dm',
      outcome: 'fallback',
      channel: 'D1',
      userId: 'U1',
      question: 'can the zebra proxy do mutual auth',
    });
    const [gap] = await store.gaps();
    await store.linkGap(gap?.id ?? '', 'mtls', 'UCUR');
    await store.saveDraft({
      question: 'zebra proxy?',
      body: 'Use the zebra sidecar.',
      author: 'UEXP',
      link: 'https://x/p1',
    });
    await store.close();
    const env = { DATA_DIR: dataDir, USER_HASH_SECRET: secret };
    const r = await runCli('src/cli/kb-learned.ts', ['--dir', dir], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('added 1 phrasing(s) to entries/mtls.md');
    expect(readFileSync(join(dir, 'entries', 'mtls.md'), 'utf8')).toContain(
      '  - "can the zebra proxy do mutual auth"',
    );
    expect(loadKnowledgeBase(dir).byId.get('mtls')?.phrasings).toContain(
      'can the zebra proxy do mutual auth',
    );
    const again = await runCli('src/cli/kb-learned.ts', ['--dir', dir], { env });
    expect(again.stdout).toContain('nothing new');
  });
});
