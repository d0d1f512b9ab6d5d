/**
 * `npm run bench:runs`: long runs of one piece, the shape that makes a backtracking pattern
 * super-linear, through the matcher (`Matcher.answer`) and the thread follow-up reading
 * (`leansOnThread`), at 2,000, 8,000 and 40,000 characters (Slack's cap on a message), beside the
 * patterns session 41 replaced, timed in the same run on the same pieces: the old structured-text
 * hint (cubic on empty lines: it is timed only up to 2,000 characters, since 8,000 took three
 * minutes) and the old markup removal `/<[^>]*>/g` (quadratic on "<"), and beside session 42's: the
 * channel reference whose label ran over a "<", the traffic-shifting alternative that read a run of
 * percentages in 2^n ways, and the trailing-slash pattern on an unfurled link.
 * Each cell is the slowest of
 * three calls on fresh texts (a trailing space differs, so no cache serves them), in milliseconds.
 */
import { leansOnThread } from '../src/followups.js';
import { createMatcher, STRUCTURED_HINT } from '../src/intents/matcher.js';
import { blankMarkup, CHANNEL_REF } from '../src/intents/normalize.js';
import { loadKnowledgeBase } from '../src/knowledge/loader.js';
import { answerIdFromUrl } from '../src/slack/listeners/events.js';
import { markdownTable } from './table.js';

const OLD_STRUCTURED_HINT =
  /```|"[\w ./-]{1,40}"\s*:|^\s*#?\s*(?:-\s+)?[a-z][\w]*_[\w]*\s*[:=]|^\s*[\w /-]{1,40}\s(?:=|\|)\s*\S|\s#\s/im;
const OLD_MARKUP = /<[^>]*>/g;
/** The channel reference before session 42: its label ran over a "<" to the next ">". */
const OLD_CHANNEL_REF = /<#[A-Z0-9]+(?:\|([^>]*))?>/gi;

const PIECES: readonly [string, string][] = [
  ['newline', '\n'],
  ['CR LF', '\r\n'],
  ['space, newline', ' \n'],
  ['space', ' '],
  ['tab', '\t'],
  ['no-break space', '\u00A0'],
  ['snake_case "a_b"', 'a_b'],
  ['"<"', '<'],
  ['"<<a"', '<<a'],
  ['"<#0|"', '<#0|'],
  ['"<@U0|"', '<@U0|'],
  ['"<!"', '<!'],
  ['"<http:|"', '<http:|'],
  ['a word', 'istio '],
  ['a list item', '- mtls\n'],
];
const SIZES = [2000, 8000, 40_000] as const;
const OLD_HINT_UP_TO = 2000;

let salt = 0;
function runOf(piece: string, n: number): string {
  salt++;
  return piece.repeat(Math.ceil(n / piece.length)).slice(0, n) + ' '.repeat(salt % 5);
}

/** The slowest of three calls, each on a fresh text. */
function slowest(fn: (text: string) => unknown, piece: string, n: number): number {
  let worst = 0;
  for (let i = 0; i < 3; i++) {
    const text = runOf(piece, n);
    const t0 = performance.now();
    fn(text);
    worst = Math.max(worst, performance.now() - t0);
  }
  return worst;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));

process.stderr.write('bench: loading the knowledge base and the matcher\n');
const matcher = createMatcher(loadKnowledgeBase());
matcher.warm();
const rows: string[][] = [];
for (const [name, piece] of PIECES) {
  process.stderr.write(`bench: ${name}\n`);
  const row = [name];
  for (const n of SIZES) row.push(ms(slowest((t) => matcher.answer(t), piece, n)));
  for (const n of SIZES) row.push(ms(slowest((t) => leansOnThread(t), piece, n)));
  row.push(ms(slowest((t) => STRUCTURED_HINT.test(t), piece, 40_000)));
  row.push(ms(slowest((t) => OLD_STRUCTURED_HINT.test(t), piece, OLD_HINT_UP_TO)));
  row.push(ms(slowest((t) => blankMarkup(t), piece, 40_000)));
  row.push(ms(slowest((t) => t.replace(OLD_MARKUP, ' '), piece, 40_000)));
  row.push(ms(slowest((t) => t.replace(CHANNEL_REF, ' '), piece, 40_000)));
  row.push(ms(slowest((t) => t.replace(OLD_CHANNEL_REF, ' '), piece, 40_000)));
  rows.push(row);
}
console.log('long runs of one piece: slowest of three calls, ms');
console.log(
  markdownTable(
    [
      'piece',
      ...SIZES.map((n) => `answer ${n.toLocaleString('en-US')}`),
      ...SIZES.map((n) => `leansOnThread ${n.toLocaleString('en-US')}`),
      'hint 40,000',
      `old hint ${OLD_HINT_UP_TO.toLocaleString('en-US')} (baseline)`,
      'blankMarkup 40,000',
      'old /<[^>]*>/g 40,000 (baseline)',
      'channel ref 40,000',
      'old channel ref 40,000 (baseline)',
    ],
    rows,
    [false, ...Array.from({ length: 12 }, () => true)],
  ),
);

// "shift" and percentages that lead nowhere: the old l7-traffic alternative read each space two ways.
const OLD_SHIFT = /\bshift\w* (?:\d+(?:\.\d+)? ?%\s*(?:→|->|>|to|,|then)?\s*){2,}(?:of )?(?:the )?traffic\b/;
const shiftRows: string[][] = [];
for (const n of [16, 20, 22, 1000, 13_000]) {
  const text = `can we shift ${'1% '.repeat(n)}zz, then the traffic`;
  shiftRows.push([
    n.toLocaleString('en-US'),
    ms(slowest((t) => matcher.answer(t), text, text.length)),
    n <= 22 ? ms(slowest((t) => OLD_SHIFT.test(t), text, text.length)) : '(not run: doubles with each n)',
  ]);
}
console.log('\n"can we shift" and n of "1% ": slowest of three calls, ms');
console.log(
  markdownTable(['n', 'answer', 'old shift alternative alone (baseline)'], shiftRows, [false, true, true]),
);

// A link to our answers that ends in a run of slashes, as Slack sends it to unfurl.
const base = 'https://meshbot.example.com';
const linkRows: string[][] = [];
for (const n of SIZES) {
  const link = (salted: number) => `${base}/answers/${'/'.repeat(n)}${'x'.repeat(1 + (salted % 3))}`;
  const time = (fn: (url: string) => unknown) => {
    let worst = 0;
    for (let i = 0; i < 3; i++) {
      const url = link(i);
      const t0 = performance.now();
      fn(url);
      worst = Math.max(worst, performance.now() - t0);
    }
    return worst;
  };
  linkRows.push([
    n.toLocaleString('en-US'),
    ms(time((url) => answerIdFromUrl(url, base))),
    ms(time((url) => new URL(url).pathname.slice(9).replace(/\/+$/, ''))),
  ]);
}
console.log('\nan unfurled link of n slashes and a letter: slowest of three calls, ms');
console.log(
  markdownTable(['slashes', 'answerIdFromUrl', "old .replace(/\\/+$/, '') (baseline)"], linkRows, [
    false,
    true,
    true,
  ]),
);
