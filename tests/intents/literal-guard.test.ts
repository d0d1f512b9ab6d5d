import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factorGuard, GUARDED_PATTERNS } from '../../src/intents/factors.js';
import { guardedPatterns, LiteralGuard, requiredLiterals } from '../../src/intents/literal-guard.js';
import { ASK_GUARD, ASK_PATTERNS } from '../../src/intents/matcher.js';
import { normalizeText } from '../../src/intents/normalize.js';
import { allMatches } from '../../src/intents/regex.js';
import { FIXTURES, fixtureQuestions } from '../helpers/kb.js';
import { hostileInputs } from '../helpers/random.js';

describe('requiredLiterals: what every match of a pattern contains', () => {
  it.each([
    [/\bl7 (?:routing|traffic)|\blayer[\s-]?7\b/, ['l7 routing', 'l7 traffic', 'layer']],
    [/\bside[\s-]?car[\s-]?less\b/, ['side']],
    [/\b(?:fine[\s-]?grained|granular)\b[\w\s-]{0,20}\b(?:authz|policy)/, ['grained', 'granular']],
    [/\b(?:the )?canar(?:y|ies)\b/, ['canary', 'canaries', 'the canary', 'the canaries']],
    [/(?<!no )\bmirror\w*/, ['mirror']],
  ])('%s needs one of %j', (pattern, want) => {
    expect(new Set(requiredLiterals(pattern))).toEqual(new Set(want));
  });

  it('knows nothing of a pattern with an alternative that requires no literal, or a case-blind one', () => {
    expect(requiredLiterals(/\bcanary\b|\w+ only/)).not.toBeNull();
    expect(requiredLiterals(/\bcanary\b|\d+/)).toBeNull();
    expect(requiredLiterals(/canary/i)).toBeNull();
  });
});

describe('LiteralGuard', () => {
  const guard = new LiteralGuard([/\bcanar(?:y|ies)\b/, /\bmulti[\s-]?cluster/, /\d+ pods/, /\d+/]);

  it('says a pattern may match only when one of its literals occurs (always, when it needs none)', () => {
    expect([...guard.possible('we want canaries')].map(Boolean)).toEqual([true, false, false, true]);
    expect([...guard.possible('multi-cluster for 300 pods')].map(Boolean)).toEqual([false, true, true, true]);
    // A literal found inside another word still counts (the guard never says no wrongly).
    expect([...guard.possible('canaryish multiclusters')].map(Boolean)).toEqual([true, true, false, true]);
  });

  it('runs a list of alternatives as those that may match, with the matches of the whole list', () => {
    const list = /\bcanar(?:y|ies)\b|\bmirror\w*|\bcanary release\b|\d+ pods|\bmirror traffic/g;
    const g = new LiteralGuard([list]);
    for (const text of [
      'mirror traffic for the canary release of 300 pods',
      'a canary release',
      'nothing',
      '',
    ]) {
      const got = g
        .scan(text)
        .matches(0)
        .map((m) => [m.index, m[0]]);
      expect(got).toEqual(allMatches(list, text).map((m) => [m.index, m[0]]));
    }
    // At one place the first alternative that matches there wins, as in the whole list.
    expect(
      g
        .scan('canary release')
        .matches(0)
        .map((m) => m[0]),
    ).toEqual(['canary']);
    expect(
      g
        .scan('mirror traffic')
        .matches(0)
        .map((m) => m[0]),
    ).toEqual(['mirror']);
    expect(g.scan('no literal here').test(0)).toBe(false);
    expect(g.scan('12 pods').test(0)).toBe(true);
  });

  it('keeps whole a pattern whose alternatives share a backreference or that is case-blind', () => {
    const g = new LiteralGuard([/(\w)\1|canary/g, /canary|mirror/gi]);
    expect(
      g
        .scan('aa canary')
        .matches(0)
        .map((m) => m[0]),
    ).toEqual(['aa', 'canary']);
    expect(
      g
        .scan('CANARY')
        .matches(1)
        .map((m) => m[0]),
    ).toEqual(['CANARY']);
  });

  it('never rules out a factor pattern that matches, and its alternatives run apart find the same matches: every fixture line and hostile strings', () => {
    const texts: string[] = [...hostileInputs(300, 23), ...fixtureQuestions().map(normalizeText)];
    expect(texts.length).toBeGreaterThan(6000);
    let ruledOut = 0;
    let checks = 0;
    const differ: string[] = [];
    for (const text of texts) {
      const may = factorGuard().possible(text);
      const scan = factorGuard().scan(text);
      GUARDED_PATTERNS.forEach((pattern, i) => {
        pattern.lastIndex = 0;
        checks++;
        if (!may[i]) {
          ruledOut++;
          expect(pattern.test(text), `${pattern.source.slice(0, 60)} on ${text.slice(0, 80)}`).toBe(false);
        }
        // Run as the alternatives that may match, the pattern finds the same matches as run whole.
        const whole = allMatches(pattern, text).map((m) => `${m.index}:${m[0]}`);
        const split = scan.matches(i).map((m) => `${m.index}:${m[0]}`);
        if (split.join('|') !== whole.join('|'))
          differ.push(`${pattern.source.slice(0, 40)} on ${text.slice(0, 60)}`);
        pattern.lastIndex = 0;
      });
    }
    expect(differ).toEqual([]);
    // It is worth having: most patterns are not run on most texts (65% on the fixtures when written).
    expect(ruledOut / checks).toBeGreaterThan(0.4);
  });
});

describe('requiredLiterals on unicode patterns (session 31)', () => {
  it('reads the literals of a u-flag pattern around \\p{L} lookarounds, and none of a case-blind one', () => {
    expect(new Set(requiredLiterals(/(?<![\p{L}])(?:inte nu|ikke nå)(?![\p{L}])/gu))).toEqual(
      new Set(['inte nu', 'ikke nå']),
    );
    expect(requiredLiterals(/(?<![\p{L}])\p{L}+ mesh/u)).toEqual([' mesh']);
    expect(requiredLiterals(/inte nu/iu)).toBeNull();
  });

  it('a guard over u-flag patterns skips exactly the ones that cannot match', () => {
    const patterns = [/(?<![\p{L}])kumpi(?![\p{L}])/gu, /(?<![\p{L}])bez sidecar\p{L}*/gu, /\bistio\b/g];
    const guard = new LiteralGuard(patterns);
    for (const text of ['kumpi, istio vai linkerd?', 'bez sidecarów', 'nothing here', 'pokumpi istio']) {
      const may = guard.possible(text);
      patterns.forEach((p, i) => {
        if (new RegExp(p.source, p.flags).test(text)) expect(may[i]).toBe(1);
      });
    }
    expect([...guard.possible('nothing here')].map(Boolean)).toEqual([false, false, false]);
  });
});

describe('guardedPatterns: long ask patterns tested through a guard (session 40)', () => {
  it('gives what each pattern itself gives, on every fixture line, its sentences and hostile strings', () => {
    const texts: string[] = hostileInputs(300, 41);
    for (const text of fixtureQuestions().map(normalizeText))
      texts.push(text, ...text.split(/(?<=[.!?])\s+/).slice(0, 3));
    expect(texts.length).toBeGreaterThan(10000);
    const differ: string[] = [];
    let matched = 0;
    for (const text of texts)
      ASK_PATTERNS.forEach((pattern, i) => {
        const expected = pattern.test(text);
        if (expected) matched++;
        // Asked twice: the second answer comes from the kept scan of the same text.
        for (let k = 0; k < 2; k++)
          if ((ASK_GUARD.tests[i] as { test(t: string): boolean }).test(text) !== expected)
            differ.push(`${i} on ${text.slice(0, 60)}`);
      });
    expect(differ).toEqual([]);
    // The fixtures ask for picks and verdicts often: the patterns do match, so this compares something.
    expect(matched).toBeGreaterThan(2000);
  });

  it('builds its guard once, on first use or when asked, and tests patterns it cannot split whole', () => {
    const g = guardedPatterns([/\bfoo (?:bar|baz)\b/, /(\w)\1 twice/, /case blind/i]);
    expect(g.tests.map((t) => t.test('a foo baz here'))).toEqual([true, false, false]);
    expect(g.tests.map((t) => t.test('xx twice, CASE BLIND'))).toEqual([false, true, true]);
    expect(g.tests.map((t) => t.test('nothing at all'))).toEqual([false, false, false]);
    g.build();
    expect(g.tests[0]?.test('foo bar')).toBe(true);
  });
});

describe('LiteralGuard: the full table and the sparse scan (session 40)', () => {
  it('finds the same possible patterns with the table as with the failure links, on fixture lines and hostile strings', () => {
    const texts: string[] = hostileInputs(200, 42);
    for (const file of ['eval-dev.jsonl', 'eval-forum.jsonl', 'eval-cjk-dev.jsonl', 'eval-picks12.jsonl'])
      for (const line of readFileSync(join(FIXTURES, file), 'utf8').split('\n'))
        if (line.trim()) texts.push(normalizeText((JSON.parse(line) as { q: string }).q));
    const tabled = new LiteralGuard(GUARDED_PATTERNS);
    const sparse = new LiteralGuard(GUARDED_PATTERNS, 0);
    let possible = 0;
    for (const text of texts) {
      const a = tabled.possible(text);
      expect(sparse.possible(text), text.slice(0, 60)).toEqual(a);
      possible += a.filter(Boolean).length;
    }
    expect(possible).toBeGreaterThan(texts.length);
  });
});
