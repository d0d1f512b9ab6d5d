/** `npm run eval -- FILE [--json]`: scores the matcher on an evaluation set of `{q, expect, pick?}` lines. */
import { readFileSync } from 'node:fs';
import { evaluate, parseEvalFile } from '../intents/evaluate.js';
import { createMatcher } from '../intents/matcher.js';
import { loadKnowledgeBase } from '../knowledge/loader.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/eval-public.jsonl';

try {
  const report = evaluate(createMatcher(loadKnowledgeBase()), parseEvalFile(readFileSync(file, 'utf8')));
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
    if (report.misses.length) {
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
