/** Plain-text tables shared by `npm run eval` and `npm run tune`. */
import type { EvalReport } from '../intents/evaluate.js';
import type { CvReport, ReliabilityRow } from '../intents/tune.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function printReliability(rows: readonly ReliabilityRow[]): void {
  console.log('reliability (confidence -> share whose top entry was right; off-topic counts as wrong):');
  console.log('  | confidence | n | right |');
  console.log('  |---|---|---|');
  for (const r of rows)
    console.log(`  | ${r.from.toFixed(1)}-${r.to.toFixed(1)} | ${r.n} | ${r.n ? pct(r.right) : '-'} |`);
}

export function printCv(cv: CvReport): void {
  const s = cv.inScope;
  console.log(`cross-validation, ${cv.k} folds over the knowledge base's phrasings and out-of-scope corpus:`);
  console.log(
    `in-scope   n=${s.n}  top-1 ${pct(s.top1)}  top-3 ${pct(s.top3)}  answered right ${pct(s.answeredRight)}  answered wrong ${pct(s.wrong)}`,
  );
  console.log(`off-topic  n=${cv.offTopic.n}  refused ${pct(cv.offTopic.refused)}`);
  printReliability(cv.reliability);
}

/** One row per fit of `eval --seeds N`, then the mean and the range of each column. */
export function printSeeds(file: string, runs: readonly { seed: number; report: EvalReport }[]): void {
  const columns: [string, (r: EvalReport) => number][] = [
    ['top-1', (r) => r.inScope.top1],
    ['top-3', (r) => r.inScope.top3],
    ['wrong', (r) => r.inScope.wrong],
    ['refused', (r) => r.offTopic.refused],
    ['picks', (r) => r.pick.correct],
  ];
  const first = runs[0]?.report;
  console.log(`eval: ${file}, ${runs.length} fits (regression seeds 1-${runs.length})`);
  console.log(
    `in-scope n=${first?.inScope.n ?? 0}, off-topic n=${first?.offTopic.n ?? 0}, picks n=${first?.pick.n ?? 0}`,
  );
  console.log(`| seed | ${columns.map(([name]) => name).join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---|').join('')}`);
  for (const { seed, report } of runs)
    console.log(`| ${seed} | ${columns.map(([, get]) => pct(get(report))).join(' | ')} |`);
  const values = columns.map(([, get]) => runs.map((r) => get(r.report)));
  const mean = values.map((v) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length));
  console.log(`| mean | ${mean.map(pct).join(' | ')} |`);
  console.log(
    `| range | ${values.map((v) => `${pct(Math.min(...v))}-${pct(Math.max(...v))}`).join(' | ')} |`,
  );
}
