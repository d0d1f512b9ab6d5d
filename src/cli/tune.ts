/**
 * `npm run tune [-- --folds K] [--keep [--repeats R]]`: chooses the matcher's hyperparameters, confidence calibrator and
 * thresholds by k-fold cross-validation over the knowledge base's own phrasings and out-of-scope
 * corpus, and writes them to src/knowledge/matcher-params.json. Reads no evaluation set.
 */
import { writeFileSync } from 'node:fs';
import { loadParams, PARAMS_FILE } from '../intents/matcher.js';
import { recalibrate, tune, tuningBase } from '../intents/tune.js';
import { loadKnowledgeBase } from '../knowledge/loader.js';
import { printCv } from './report.js';

const args = process.argv.slice(2);
const fi = args.indexOf('--folds');
const k = fi >= 0 ? Number(args[fi + 1]) : 5;
if (!Number.isInteger(k) || k < 2 || k > 20) {
  console.error('tune: --folds takes a whole number from 2 to 20');
  process.exit(2);
}

const ri = args.indexOf('--repeats');
const repeats = ri >= 0 ? Number(args[ri + 1]) : 1;
if (!Number.isInteger(repeats) || repeats < 1 || repeats > 20) {
  console.error('tune: --repeats takes a whole number from 1 to 20');
  process.exit(2);
}

const kb = loadKnowledgeBase();
const started = performance.now();
// --keep: keep the hyperparameters in matcher-params.json, refit only the calibrator and thresholds
// (--repeats R: on the held-out predictions of R cross-validations, each with its own fold split).
const result = args.includes('--keep')
  ? recalibrate(kb, loadParams(), k, repeats)
  : tune(kb, tuningBase(loadParams()), k, (m) => console.error(`tune: ${m}`));
const phrasings = kb.entries.reduce((s, e) => s + e.phrasings.length, 0);
const top = [...result.grid].sort((a, b) => b.score - a.score).slice(0, 5);
writeFileSync(
  PARAMS_FILE,
  `${JSON.stringify(
    {
      note: 'Written by `npm run tune` (k-fold cross-validation over the knowledge base); do not edit by hand.',
      fittedOn: { entries: kb.entries.length, phrasings, outOfScope: kb.outOfScope?.length ?? 0 },
      params: result.params,
      cv: result.cv,
      bestGrid: top,
    },
    null,
    2,
  )}\n`,
);
console.log(
  `tune: ${result.grid.length} settings, ${k} folds, ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
console.log('best settings (selection score = mean of in-scope top-1 and out-of-scope detection):');
for (const g of top) console.log(`  ${JSON.stringify(g)}`);
const p = result.params;
console.log(
  `chosen: contextWeight ${p.contextWeight}, l2 ${p.l2}, bm25Weight ${p.bm25Weight}, topK ${p.topK}; answerAt ${p.answerAt}, suggestAt ${p.suggestAt}, relatedAt ${p.relatedAt}`,
);
printCv(result.cv);
console.log(`wrote ${PARAMS_FILE}`);
