/**
 * A guard for long alternations: from a pattern's source, the literal strings of which any match
 * must contain one (each alternative's longest required run of plain characters, alternation groups
 * inside a run multiplied out), and one pass over a text that tells which guarded patterns cannot
 * match it, so that they are not run.
 *
 * The factor patterns are long lists of alternatives that mostly do not match: running each over a
 * long question was a third of the matcher's time. A pattern none of whose literals occurs in the
 * text cannot match, so skipping it changes no result. The literals are found with a regular
 * expression parser (@eslint-community/regexpp, the one ESLint's regexp rules use), not by hand,
 * and the scan is an Aho-Corasick automaton over all guarded patterns' literals at once.
 */
import { type AST, RegExpParser } from '@eslint-community/regexpp';

/** A literal set grows by multiplying out alternation groups up to this many strings. */
const MAX_PRODUCT = 24;

/** What an element can match, when it is a small finite set of strings (else null). */
type Exact = readonly string[] | null;

interface Need {
  /** Strings of which every match contains one; null: nothing is known to be required. */
  readonly oneOf: readonly string[] | null;
}

const NOTHING: Need = { oneOf: null };

/** The better of two requirements: the one whose shortest string is longer, then the smaller set. */
function better(a: Need, b: Need): Need {
  if (!a.oneOf || a.oneOf.length === 0) return b;
  if (!b.oneOf || b.oneOf.length === 0) return a;
  const shortest = (s: readonly string[]) => Math.min(...s.map((x) => x.length));
  const [la, lb] = [shortest(a.oneOf), shortest(b.oneOf)];
  if (la !== lb) return la > lb ? a : b;
  return a.oneOf.length <= b.oneOf.length ? a : b;
}

function exactOf(element: AST.Element): Exact {
  switch (element.type) {
    case 'Character':
      return [String.fromCodePoint(element.value)];
    case 'Assertion':
      // \b, ^, $ and lookarounds match no characters: the empty string, as far as a run goes.
      return [''];
    case 'Group':
    case 'CapturingGroup': {
      const out: string[] = [];
      for (const alt of element.alternatives) {
        const e = exactOfSequence(alt.elements);
        if (!e) return null;
        out.push(...e);
        if (out.length > MAX_PRODUCT) return null;
      }
      return out;
    }
    case 'CharacterClass': {
      if (element.negate || element.unicodeSets) return null;
      const out: string[] = [];
      for (const c of element.elements) {
        if (c.type !== 'Character') return null;
        out.push(String.fromCodePoint(c.value));
      }
      return out.length > 0 && out.length <= 4 ? out : null;
    }
    case 'Quantifier': {
      if (element.max === 1) {
        const inner = exactOf(element.element);
        return inner && element.min === 0 ? [...new Set(['', ...inner])] : inner;
      }
      return null;
    }
    default:
      return null;
  }
}

function exactOfSequence(elements: readonly AST.Element[]): Exact {
  let out: string[] = [''];
  for (const e of elements) {
    const x = exactOf(e);
    if (!x) return null;
    const next: string[] = [];
    for (const a of out) for (const b of x) next.push(a + b);
    if (next.length > MAX_PRODUCT) return null;
    out = next;
  }
  return [...new Set(out)];
}

/** What every match of a sequence must contain. */
function needOfSequence(elements: readonly AST.Element[]): Need {
  let best: Need = NOTHING;
  // A run of elements with exact strings, multiplied out: each string it can be is required.
  let run: string[] | null = null;
  const endRun = () => {
    if (run && !run.includes('')) best = better(best, { oneOf: run });
    run = null;
  };
  for (const e of elements) {
    const x = exactOf(e);
    if (x) {
      const current: string[] = run ?? [''];
      const next = [...new Set(current.flatMap((a) => x.map((b) => a + b)))];
      if (next.length > MAX_PRODUCT) {
        endRun();
        run = [...x];
      } else run = next;
      continue;
    }
    endRun();
    best = better(best, needOf(e));
  }
  endRun();
  return best;
}

/** What every match of an element that is not an exact set must contain. */
function needOf(element: AST.Element): Need {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return needOfAlternatives(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? needOf(element.element as AST.Element) : NOTHING;
    default:
      return NOTHING;
  }
}

/** Every alternative must bring a requirement; their union is the group's. */
function needOfAlternatives(alternatives: readonly AST.Alternative[]): Need {
  const oneOf: string[] = [];
  for (const alt of alternatives) {
    const n = needOfSequence(alt.elements);
    if (!n.oneOf || n.oneOf.length === 0) return NOTHING;
    oneOf.push(...n.oneOf);
  }
  return { oneOf: [...new Set(oneOf)] };
}

/**
 * The literals of which every match of the pattern contains one, or null when some alternative
 * requires none (such a pattern is always run). Only for patterns without the i, u or v flag.
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  if (/[iuv]/.test(pattern.flags)) return null;
  const ast = new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: false,
  });
  const need = needOfAlternatives(ast.alternatives);
  return need.oneOf ? [...need.oneOf] : null;
}

/**
 * The guarded patterns, and one automaton over all their literals. `possible(text)` gives, for each
 * pattern in the order given, whether it may match (false only when none of its literals occurs).
 */
export class LiteralGuard {
  private readonly always: boolean[];
  /** Goto function: per state, a map from a character code to the next state. */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Per state, the patterns one of whose literals ends here (after following failure links). */
  private readonly out: number[][] = [[]];

  constructor(patterns: readonly RegExp[]) {
    this.always = [];
    patterns.forEach((p, i) => {
      const literals = requiredLiterals(p);
      this.always.push(literals === null);
      for (const lit of literals ?? []) this.add(lit, i);
    });
    this.link();
  }

  private add(literal: string, pattern: number): void {
    let s = 0;
    for (let k = 0; k < literal.length; k++) {
      const c = literal.charCodeAt(k);
      let t = this.next[s]?.get(c);
      if (t === undefined) {
        t = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        (this.next[s] as Map<number, number>).set(c, t);
      }
      s = t;
    }
    const o = this.out[s] as number[];
    if (!o.includes(pattern)) o.push(pattern);
  }

  private link(): void {
    const queue: number[] = [];
    for (const t of (this.next[0] as Map<number, number>).values()) queue.push(t);
    for (let i = 0; i < queue.length; i++) {
      const s = queue[i] as number;
      for (const [c, t] of this.next[s] as Map<number, number>) {
        let f = this.fail[s] as number;
        while (f !== 0 && !(this.next[f] as Map<number, number>).has(c)) f = this.fail[f] as number;
        const g = (this.next[f] as Map<number, number>).get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        const o = this.out[t] as number[];
        for (const p of this.out[this.fail[t] as number] as number[]) if (!o.includes(p)) o.push(p);
        queue.push(t);
      }
    }
  }

  /** For each guarded pattern, whether it may match the text. */
  possible(text: string): boolean[] {
    const may = [...this.always];
    let s = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      let t = (this.next[s] as Map<number, number>).get(c);
      while (t === undefined && s !== 0) {
        s = this.fail[s] as number;
        t = (this.next[s] as Map<number, number>).get(c);
      }
      s = t ?? 0;
      for (const p of this.out[s] as number[]) may[p] = true;
    }
    return may;
  }
}
