/**
 * `npm run eval -- FILE [--json] [--quiet]`: scores the matcher on an evaluation set of `{q, expect, pick?}`
 * lines, with a reliability table (--quiet leaves out the misses: use it on the frozen set).
 * `npm run eval -- --cv K`: k-fold cross-validation over the knowledge base's own phrasings.
 * `--code-weight W` scores with that weight of pasted code instead of the stored one (for choosing it
 * on the dev set of questions with code, tests/fixtures/eval-code.jsonl; never on the frozen set).
 * `--seeds N` fits the matcher N times, with the regression reading its examples in N different
 * orders (seeds 1..N), and prints each fit's scores with their mean and range: a difference between
 * two versions smaller than that range is the order, not the change.
 */
import { readFileSync } from 'node:fs';
import {
  countFallbacks,
  type EvalLine,
  type EvalReport,
  evaluate,
  parseEvalFile,
} from '../intents/evaluate.js';
import { createMatcher, loadParams } from '../intents/matcher.js';
import type { Reply } from '../intents/reply.js';
import { cvReport, outOfFold } from '../intents/tune.js';
import { loadKnowledgeBase } from '../knowledge/loader.js';
import { printCv, printReliability, printSeeds } from './report.js';

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
const si = args.indexOf('--seeds');
const seeds = si >= 0 ? Number(args[si + 1]) : 1;
if (!Number.isInteger(seeds) || seeds < 1 || seeds > 20) {
  console.error('eval: --seeds takes a whole number of fits from 1 to 20');
  process.exit(2);
}
const valueAt = new Set([ci, wi, si].filter((i) => i >= 0).map((i) => i + 1));
const file =
  args.find((a, i) => !a.startsWith('--') && !valueAt.has(i)) ?? 'tests/fixtures/eval-public.jsonl';

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
  const kb = loadKnowledgeBase();
  const lines = parseEvalFile(readFileSync(file, 'utf8'));
  // Without a seed: the shipped fit (SHIPPED_SEED), the one the bot answers with.
  const replies: { line: EvalLine; reply: Reply }[] = [];
  const scoreWith = (seed?: number): EvalReport =>
    evaluate(
      createMatcher(kb, {
        ...(seed === undefined ? {} : { seed }),
        ...(codeWeight === undefined ? {} : { params: { codeWeight } }),
      }),
      lines,
      seed === undefined ? (line, reply) => replies.push({ line, reply }) : undefined,
    );
  if (si >= 0) {
    // Several fits: scores only (the misses of one fit say little about another).
    const runs = Array.from({ length: seeds }, (_, i) => ({ seed: i + 1, report: scoreWith(i + 1) }));
    if (json) console.log(JSON.stringify(runs, null, 2));
    else printSeeds(file, runs);
    process.exit(0);
  }
  const report = scoreWith();
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
    const f = countFallbacks(replies);
    console.log(
      `fallbacks  in-scope ${f.inScope}, ${f.related} listing related answers (${f.relatedRight} with an expected one); off-topic ${f.offTopic}, ${f.offTopicRelated} listing related answers`,
    );
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
