/**
 * `npm run eval -- FILE [--json] [--quiet]`: scores the matcher on an evaluation set of `{q, expect, pick?}`
 * lines, with a reliability table (--quiet leaves out the misses: use it on the frozen set).
 * `npm run eval -- --cv K`: k-fold cross-validation over the knowledge base's own phrasings.
 * `--code-weight W` scores with that weight of pasted code instead of the stored one (for choosing it
 * on the dev set of questions with code, tests/fixtures/eval-code.jsonl; never on the frozen set).
 */
import { readFileSync } from 'node:fs';
import { evaluate, parseEvalFile } from '../intents/evaluate.js';
import { createMatcher, loadParams } from '../intents/matcher.js';
import { cvReport, outOfFold } from '../intents/tune.js';
import { loadKnowledgeBase } from '../knowledge/loader.js';
import { printCv, printReliability } from './report.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const quiet = args.includes('--quiet');
const ci = args.indexOf('--cv');
const wi = args.indexOf('--code-weight');
const codeWeight = wi >= 0 ? Number(args[wi + 1]) : undefined;
if (codeWeight !== undefined && !(codeWeight >= 0 && codeWeight <= 1)) {
  console.error('eval: --code-weight takes a number from 0 to 1');
  process.exit(2);
}
const file =
  args.find((a, i) => !a.startsWith('--') && (ci < 0 || i !== ci + 1) && (wi < 0 || i !== wi + 1)) ??
  'tests/fixtures/eval-public.jsonl';

if (ci >= 0) {
  // k-fold cross-validation over the knowledge base's own phrasings, with the current parameters.
  const k = Number(args[ci + 1] ?? 5);
  if (!Number.isInteger(k) || k < 2 || k > 20) {
    console.error('eval: --cv takes a whole number of folds from 2 to 20');
    process.exit(2);
  }
  const params = loadParams();
  const [preds] = outOfFold(loadKnowledgeBase(), params, k, [params]);
  const cv = cvReport(preds ?? [], params, k);
  if (json) console.log(JSON.stringify(cv, null, 2));
  else printCv(cv);
  process.exit(0);
}

try {
  const matcher = createMatcher(
    loadKnowledgeBase(),
    codeWeight === undefined ? {} : { params: { codeWeight } },
  );
  const report = evaluate(matcher, parseEvalFile(readFileSync(file, 'utf8')));
  if (json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const { inScope: s, offTopic: o, pick: p } = report;
    console.log(`eval: ${file}`);
    console.log(
      `in-scope   n=${s.n}  top-1 ${pct(s.top1)}  top-3 ${pct(s.top3)}  MRR ${s.mrr.toFixed(3)}  wrong ${pct(s.wrong)}`,
    );
    console.log(`off-topic  n=${o.n}  refused ${pct(o.refused)}`);
    console.log(`picks      n=${p.n}  correct ${pct(p.correct)}`);
    printReliability(report.reliability);
    if (report.misses.length && !quiet) {
      console.log(`misses (${report.misses.length}):`);
      for (const m of report.misses) {
        const pick = m.pick ? `  pick ${m.pick.got ?? 'none'} (want ${m.pick.expected})` : '';
        console.log(
          `  ${JSON.stringify(m.q)} -> ${m.got ?? m.kind} (${m.confidence}) want [${m.expect.join(', ')}] shown [${m.ranked.join(', ')}]${pick}`,
        );
      }
    }
  }
} catch (err) {
  console.error(`eval: ${(err as Error).message}`);
  process.exit(2);
}
