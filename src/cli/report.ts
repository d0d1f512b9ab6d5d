/** Plain-text tables shared by `npm run eval` and `npm run tune`. */
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
