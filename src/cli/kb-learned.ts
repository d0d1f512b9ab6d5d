/**
 * `npm run kb:learned [-- --dir <knowledge dir>] [--dry-run]`: writes the learned phrasings in the
 * store (DATA_DIR or DATABASE_URL) into the entries' files as a reviewable change. Phrasings that
 * any entry already has are skipped (the knowledge check rejects a phrasing in two entries).
 */
import 'dotenv/config';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadConfigOrReport } from '../config.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeBase } from '../knowledge/loader.js';
import { addPhrasings } from '../loop/kb-learned.js';
import { normalizeQuestion } from '../loop/normalize.js';
import { openStore } from '../store/index.js';

async function main(argv: string[]): Promise<number> {
  const dirAt = argv.indexOf('--dir');
  const dir = dirAt >= 0 ? (argv[dirAt + 1] ?? '') : DEFAULT_KNOWLEDGE_DIR;
  const dryRun = argv.includes('--dry-run');
  const config = loadConfigOrReport(process.env);
  if (!config) return 1;
  const kb = loadKnowledgeBase(dir);
  const store = await openStore(config.store, config.store);
  try {
    const learned = await store.learnedPhrasings();
    const known = new Set(
      kb.entries.flatMap((e) => [e.question, ...e.phrasings].map(normalizeQuestion)).filter(Boolean),
    );
    let total = 0;
    for (const [id, phrasings] of learned) {
      if (!kb.byId.has(id)) {
        console.log(`skipped ${phrasings.length} phrasing(s) of unknown entry "${id}"`);
        continue;
      }
      const file = join(dir, 'entries', `${id}.md`);
      const { text, added } = addPhrasings(readFileSync(file, 'utf8'), phrasings, known);
      for (const a of added) known.add(normalizeQuestion(a));
      if (!added.length) continue;
      total += added.length;
      if (!dryRun) writeFileSync(file, text);
      console.log(`${dryRun ? 'would add' : 'added'} ${added.length} phrasing(s) to entries/${id}.md`);
    }
    // Answer drafts (saved from experts' replies) go to drafts/ for an editor to turn into entries.
    const drafts = await store.drafts();
    for (const d of drafts) {
      const file = join(dir, 'drafts', `draft-${d.id.slice(0, 8)}.md`);
      if (existsSync(file)) continue;
      const text = [
        '---',
        `question: ${JSON.stringify(d.question ?? '')}`,
        `source: ${JSON.stringify(d.link ?? '')}`,
        '---',
        d.body.trim(),
        '',
      ].join('\n');
      if (!dryRun) {
        mkdirSync(join(dir, 'drafts'), { recursive: true });
        writeFileSync(file, text);
      }
      console.log(`${dryRun ? 'would write' : 'wrote'} drafts/${basename(file)}`);
    }
    console.log(
      total
        ? `${total} learned phrasing(s) ${dryRun ? 'to write' : 'written'}; review with git diff, then npm run kb:check.`
        : 'nothing new: every learned phrasing is already in the knowledge base.',
    );
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`kb:learned failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
