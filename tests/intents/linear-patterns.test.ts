/**
 * Two patterns of the rules rewritten in session 41 so that long runs cannot make them super-linear
 * (STRUCTURED_HINT was cubic on a message of empty lines: 3 s for 2,000 of them). The old patterns
 * are kept here as the reference: on short texts they are quick, and the new ones must read every
 * text as they did (the same test, the same number of matches).
 */
import { describe, expect, it } from 'vitest';
import { LIST_LINE, STRUCTURED_HINT } from '../../src/intents/matcher.js';
import { fixtureQuestions } from '../helpers/kb.js';
import { hostileInputs, seededRandom } from '../helpers/random.js';

const OLD_STRUCTURED_HINT =
  /```|"[\w ./-]{1,40}"\s*:|^\s*#?\s*(?:-\s+)?[a-z][\w]*_[\w]*\s*[:=]|^\s*[\w /-]{1,40}\s(?:=|\|)\s*\S|\s#\s/im;
const OLD_LIST_LINE = /^\s*(?:[-•*▪◦]|\d{1,2}[.)])\s+(?![\w.-]+:(?:\s|$))\S/gm;

/** Short texts built from the pieces these patterns read: line ends, indents, keys, bullets, fences. */
function structuredTexts(n: number, seed: number): string[] {
  const rnd = seededRandom(seed);
  const pieces = [
    '\n',
    '\r\n',
    '\u2028',
    ' ',
    '\t',
    '\u00A0',
    '#',
    '# ',
    '-',
    '- ',
    '* ',
    '• ',
    '1. ',
    '2) ',
    'a',
    'key',
    '_',
    'snake_case',
    'a_b_c',
    'multi_cluster',
    ':',
    ': ',
    '=',
    ' = ',
    '|',
    ' | ',
    '"x":',
    '"team size" :',
    '```',
    'mtls',
    'true',
    'no',
    '.',
    'item: yes',
  ];
  return Array.from({ length: n }, () =>
    Array.from({ length: 1 + Math.floor(rnd() * 14) }, () => pieces[Math.floor(rnd() * pieces.length)]).join(
      '',
    ),
  );
}

const texts = () => [
  ...fixtureQuestions(),
  ...hostileInputs(300, 20261204).filter((t) => t.length <= 2000),
  ...structuredTexts(30_000, 41),
];

describe('patterns rewritten to stay linear read texts as before', () => {
  it('STRUCTURED_HINT gives the old hint on every fixture line, hostile input and built text', () => {
    let hinted = 0;
    for (const t of texts()) {
      const want = OLD_STRUCTURED_HINT.test(t);
      expect(STRUCTURED_HINT.test(t), JSON.stringify(t.slice(0, 80))).toBe(want);
      if (want) hinted++;
    }
    expect(hinted).toBeGreaterThan(5_000);
  });

  it('LIST_LINE finds as many list lines as before on the same texts', () => {
    let lists = 0;
    for (const t of texts()) {
      const want = (t.match(OLD_LIST_LINE) ?? []).length;
      expect((t.match(LIST_LINE) ?? []).length, JSON.stringify(t.slice(0, 80))).toBe(want);
      if (want >= 2) lists++;
    }
    expect(lists).toBeGreaterThan(500);
  });
});
