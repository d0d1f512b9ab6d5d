/**
 * `npm run ask -- "question"`: the reply as readable text.
 * `--json`: one object {q, intent, answerId, confidence, alternatives, pick, factors}.
 * `--jsonl`: reads {"q": ...} lines from stdin, writes one such object per line.
 */
import { createInterface } from 'node:readline';
import { createCore } from '../core.js';
import { summarize } from '../intents/evaluate.js';
import { replyToText } from '../render/text.js';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const question = args.filter((a) => !a.startsWith('--')).join(' ');
const core = createCore({
  baseUrl: process.env.PUBLIC_BASE_URL || `http://localhost:${process.env.PORT || 3000}`,
});

function summary(q: string) {
  const { kind: _kind, ...rest } = summarize(q, core.matcher.answer(q));
  return rest;
}

if (flags.has('--jsonl')) {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    try {
      const parsed = JSON.parse(line) as { q?: unknown };
      if (typeof parsed.q !== 'string') throw new Error('needs a string field "q"');
      console.log(JSON.stringify(summary(parsed.q)));
    } catch (err) {
      console.log(JSON.stringify({ line: n, error: (err as Error).message }));
    }
  }
} else if (!question) {
  console.error('usage: npm run ask -- "question" [--json]   or   npm run ask -- --jsonl < questions.jsonl');
  process.exit(2);
} else if (flags.has('--json')) {
  console.log(JSON.stringify(summary(question)));
} else {
  console.log(replyToText(core.matcher.answer(question), core.answerUrl));
}
