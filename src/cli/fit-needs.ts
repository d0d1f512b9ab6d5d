/**
 * `npm run fit:needs [-- --check]`: fits the needs reader on the labelled pick questions in
 * tests/fixtures (frozen sets left out) and writes src/knowledge/needs-reader.json, and fits the
 * ask reader (pick questions against every other line) and writes src/knowledge/ask-reader.json.
 * It first prints cross-validation by set (each set's questions read by a reader fitted on the
 * others): for the needs, the share of stated needs found (recall), of needs found that were
 * stated (precision), and of questions whose needs are all read exactly; for the ask, precision
 * and recall at several thresholds. Then, with the readers written, it fits the needs veto on the
 * needs the matcher reads on the pick questions (needs-veto.ts) and writes
 * src/knowledge/needs-veto.json, its threshold chosen by cross-validation by set. --check writes
 * nothing and exits 1 when a shipped file is not what fitting gives. --over-cards writes nothing
 * and prints the end-to-end cross-validation that chose the matcher's ASK_OVER_CARD_AT
 * (ask-over-cards.ts; a few minutes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chooseAskOverCardAt, crossValidateAskOverCards } from '../intents/ask-over-cards.js';
import { ASK_READER_FILE } from '../intents/ask-reader.js';
import { ASK_OVER_CARD_AT, createMatcher } from '../intents/matcher.js';
import {
  chooseAskThreshold,
  chooseVetoThreshold,
  crossValidateAskReader,
  crossValidateVeto,
  fitShippedAskReader,
  fitShippedReader,
  fitShippedVeto,
  readAskSets,
  readLabelledSets,
  readVetoSets,
  VETO_CV_REPEATS,
} from '../intents/needs-data.js';
import { fitNeedsReader, NEEDS_READER_FILE, NeedsReader, READER_OPTIONS } from '../intents/needs-reader.js';
import { NEEDS_VETO_FILE } from '../intents/needs-veto.js';
import { weightsFileText } from '../intents/weights-file.js';
import { loadKnowledgeBase } from '../knowledge/loader.js';

const sets = readLabelledSets();
const all = sets.flatMap((s) => s.questions);

const snapshot = () => fitShippedReader(sets);

const askSets = readAskSets();

/** The veto's data: the needs a matcher with the shipped readers (as written) and no veto reads. */
function vetoData() {
  const kb = loadKnowledgeBase();
  const sets = readVetoSets(createMatcher(kb, { needsVeto: null }));
  return { sets, rows: crossValidateVeto(sets, kb.decisionTable) };
}

if (process.argv.includes('--over-cards')) {
  // End-to-end cross-validation of the matcher's ASK_OVER_CARD_AT (ask-over-cards.ts); writes nothing.
  const rows = crossValidateAskOverCards(loadKnowledgeBase(), askSets);
  const chosen = chooseAskOverCardAt(rows);
  console.log(
    `fit:needs: a card giving way to the pick card, ${rows[0]?.lines ?? 0} lines in ${askSets.length} sets; 5-fold cross-validation by set (ask reader fitted without the held sets):`,
  );
  for (const r of rows)
    console.log(
      `  threshold ${r.threshold.toFixed(2)}${r.threshold === chosen ? ' (chosen)' : ''}: ${r.better} lines put right, ${r.worse} made wrong, ${r.changed} changed`,
    );
  console.log(
    `fit:needs: the matcher ships ASK_OVER_CARD_AT = ${ASK_OVER_CARD_AT}${chosen === ASK_OVER_CARD_AT ? ', the choice' : `; the choice is now ${chosen} (set it in src/intents/matcher.ts)`}`,
  );
  process.exit(0);
}

if (process.argv.includes('--check')) {
  const veto = vetoData();
  const stale = [
    [NEEDS_READER_FILE, weightsFileText(snapshot())],
    [ASK_READER_FILE, weightsFileText(fitShippedAskReader(askSets))],
    [NEEDS_VETO_FILE, weightsFileText(fitShippedVeto(veto.sets, veto.rows))],
  ].filter(([file, want]) => readFileSync(file as string, 'utf8') !== want);
  for (const [file] of stale)
    console.error(`fit:needs: ${file} is not what fitting gives; run npm run fit:needs`);
  if (stale.length > 0) process.exit(1);
  console.log('fit:needs: the shipped readers are current');
  process.exit(0);
}

// Cross-validation by set: five folds of whole sets, so that a set's own wordings never help it.
const FOLDS = 5;
let tp = 0;
let fp = 0;
let fn = 0;
let exact = 0;
for (let k = 0; k < FOLDS; k++) {
  const held = sets.filter((_, i) => i % FOLDS === k).flatMap((s) => s.questions);
  const train = sets.filter((_, i) => i % FOLDS !== k).flatMap((s) => s.questions);
  const reader = new NeedsReader(fitNeedsReader(train, READER_OPTIONS));
  for (const q of held) {
    const got = new Set(reader.needs(q.text));
    const want = new Set(q.factors);
    for (const f of got)
      if (want.has(f)) tp++;
      else fp++;
    for (const f of want) if (!got.has(f)) fn++;
    if (got.size === want.size && [...got].every((f) => want.has(f))) exact++;
  }
}
console.log(
  `fit:needs: ${all.length} questions in ${sets.length} sets; ${FOLDS}-fold cross-validation by set, threshold ${READER_OPTIONS.threshold}: ` +
    `precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)}, questions read exactly ${((100 * exact) / all.length).toFixed(1)}% (the reader alone, without the rules)`,
);
const s = snapshot();
writeFileSync(NEEDS_READER_FILE, weightsFileText(s));
console.log(`fit:needs: wrote ${NEEDS_READER_FILE} (${Object.keys(s.weights).length} features)`);

// The ask reader, cross-validated the same way (five folds of whole sets); the threshold it ships
// with is the lowest at which under 1% of the other lines are read as asking.
const rows = crossValidateAskReader(askSets);
const chosen = chooseAskThreshold(rows);
const examples = askSets.flatMap((s) => s.examples);
console.log(
  `fit:needs: ask reader, ${examples.length} questions (${examples.filter((e) => e.asks).length} ask) in ${askSets.length} sets; ${FOLDS}-fold cross-validation by set:`,
);
for (const r of rows)
  console.log(
    `  threshold ${r.threshold.toFixed(2)}${r.threshold === chosen ? ' (chosen)' : ''}: ${r.wrong} of ${r.others} other lines read as asking (${((100 * r.wrong) / r.others).toFixed(2)}%), asks found ${((100 * r.found) / r.asks).toFixed(1)}%`,
  );
const ask = fitShippedAskReader(askSets, rows);
writeFileSync(ASK_READER_FILE, weightsFileText(ask));
console.log(`fit:needs: wrote ${ASK_READER_FILE} (${Object.keys(ask.weights).length} features)`);

// The veto, fitted on what the matcher with the readers just written reads (the matcher loads them on
// its first use, which is here), cross-validated the same way.
const veto = vetoData();
const lines = veto.sets.reduce((n, set) => n + set.lines.length, 0);
const chosenVeto = chooseVetoThreshold(veto.rows, lines);
console.log(
  `fit:needs: needs veto, ${lines} pick questions in ${veto.sets.length} sets; ${FOLDS}-fold cross-validation by set, the mean of ${VETO_CV_REPEATS} deals of the sets into folds (picks right with the needs below the threshold dropped):`,
);
for (const r of veto.rows)
  console.log(
    `  threshold ${r.threshold.toFixed(2)}${r.threshold === chosenVeto ? ' (chosen)' : ''}: picks right ${r.right.toFixed(2)} of ${lines}; ${r.dropped.toFixed(2)} needs dropped, ${r.droppedRight.toFixed(2)} of them not stated`,
  );
const vetoSnapshot = fitShippedVeto(veto.sets, veto.rows);
writeFileSync(NEEDS_VETO_FILE, weightsFileText(vetoSnapshot));
console.log(`fit:needs: wrote ${NEEDS_VETO_FILE} (${Object.keys(vetoSnapshot.weights).length} features)`);
