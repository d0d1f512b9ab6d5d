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
import { recent } from './memo.js';
import { advance, allMatches, hasMatch } from './regex.js';

/** The most entries (states x symbols) a guard's full table may have (see LiteralGuard.delta). */
const MAX_TABLE = 4_000_000;

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
  // Plain characters (and assertions, which add none) after the run's strings, appended to each of
  // them at once when the run next multiplies or ends: a pattern is mostly such characters, and
  // multiplying the run out for each one cost most of building the guard.
  let tail = '';
  const flush = () => {
    if (tail !== '') run = (run ?? ['']).map((a) => a + tail);
    tail = '';
  };
  const endRun = () => {
    flush();
    if (run && !run.includes('')) best = better(best, { oneOf: run });
    run = null;
  };
  for (const e of elements) {
    if (e.type === 'Character') {
      tail += String.fromCodePoint(e.value);
      run ??= [''];
      continue;
    }
    if (e.type === 'Assertion') {
      run ??= [''];
      continue;
    }
    const x = exactOf(e);
    if (x) {
      flush();
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
 * requires none (such a pattern is always run). Only for patterns without the i or v flag.
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  if (/[iv]/.test(pattern.flags)) return null;
  const ast = new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.unicode,
  });
  const need = needOfAlternatives(ast.alternatives);
  return need.oneOf ? [...need.oneOf] : null;
}

/** The top-level alternatives of a pattern, when they can be run apart (else null). */
function alternativesOf(pattern: RegExp): { source: string; literals: string[] | null }[] | null {
  // Case-blind and v-flag patterns are not analysed; a backreference or a named group ties one
  // alternative to the numbering of the whole pattern.
  if (/[iv]/.test(pattern.flags) || /\\[1-9]|\\k<|\(\?<[^=!]/.test(pattern.source)) return null;
  const ast = new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.unicode,
  });
  if (ast.alternatives.length < 2) return null;
  return ast.alternatives.map((alt) => {
    const need = needOfSequence(alt.elements);
    return {
      source: pattern.source.slice(alt.start, alt.end),
      literals: need.oneOf && need.oneOf.length > 0 ? [...need.oneOf] : null,
    };
  });
}

/**
 * One guarded pattern: the whole pattern, and, when it is a list of alternatives that can be run
 * apart, each alternative as a global pattern of its own (in the pattern's order).
 */
interface Guarded {
  /** The whole pattern, global (a copy when the pattern given was not). */
  readonly whole: RegExp;
  /** The pattern's first unit: its alternatives, or the whole pattern, are units first..first+n-1. */
  readonly first: number;
  readonly parts: readonly RegExp[] | null;
}

/**
 * The guarded patterns, and one automaton over all their literals. `possible(text)` gives, for each
 * pattern in the order given, whether it may match (false only when none of its literals occurs).
 * `scan(text)` also tells which of a pattern's top-level alternatives may match, and runs only
 * those: a long list of alternatives of which one or two can match is run as those one or two.
 */
export class LiteralGuard {
  private readonly guarded: Guarded[] = [];
  /**
   * Per unit (an alternative, or a whole pattern that is not split), 1 when it needs no literal (it
   * may always match); copied at the start of each scan.
   */
  private readonly always: Uint8Array;
  /** Per unit, its pattern. */
  private readonly patternOf: number[] = [];
  /** Goto function while building: per state, a map from a character code to the next state. */
  private next: Map<number, number>[] = [new Map()];
  private fail: number[] = [0];
  /** Per state, the units one of whose literals ends here (after following failure links). */
  private out: number[][] = [[]];
  /**
   * The same automaton in flat arrays, which the scan reads (a Map lookup a character was most of
   * its time): the root's moves by ASCII code (-1: none), each state's moves as a run of
   * (character, state) pairs sorted by character, and each state's units as a run.
   */
  private rootMove = new Int32Array(128).fill(-1);
  private moveStart = new Int32Array(1);
  private moveChar = new Uint16Array(0);
  private moveTo = new Int32Array(0);
  private failOf = new Int32Array(1);
  private outStart = new Int32Array(1);
  private outUnit = new Int32Array(0);
  /**
   * The automaton as a full table (failure links followed in advance): the state after each state
   * and symbol, where a symbol is a character some literal holds (ASCII ones by `asciiSymbol`, the
   * others by `otherSymbol`) and symbol 0 any other character, which always leads back to the root.
   * Null when it would exceed MAX_TABLE entries (many states and many distinct characters): the scan
   * then follows the sparse moves and failure links.
   */
  private symbols = 1;
  private asciiSymbol = new Uint8Array(128);
  private readonly otherSymbol = new Map<number, number>();
  private delta: Uint16Array | Int32Array | null = null;

  /** `maxTable`: the most entries the full table may have (0: no table, the sparse scan only). */
  constructor(
    patterns: readonly RegExp[],
    private readonly maxTable = MAX_TABLE,
  ) {
    const always: number[] = [];
    patterns.forEach((p, i) => {
      const first = always.length;
      const alternatives = alternativesOf(p);
      const units = alternatives ?? [{ source: p.source, literals: requiredLiterals(p) }];
      for (const unit of units) {
        const u = always.length;
        always.push(unit.literals === null ? 1 : 0);
        this.patternOf.push(i);
        for (const lit of unit.literals ?? []) this.add(lit, u);
      }
      const flags = p.flags.includes('g') ? p.flags : `${p.flags}g`;
      const whole = p.global ? p : new RegExp(p.source, flags);
      const parts = alternatives?.map((a) => new RegExp(a.source, flags)) ?? null;
      this.guarded.push({ whole, first, parts });
    });
    this.always = Uint8Array.from(always);
    this.link();
    this.flatten();
  }

  private flatten(): void {
    const states = this.next.length;
    let edges = 0;
    let outs = 0;
    for (let s = 0; s < states; s++) {
      edges += (this.next[s] as Map<number, number>).size;
      outs += (this.out[s] as number[]).length;
    }
    this.moveStart = new Int32Array(states + 1);
    this.moveChar = new Uint16Array(edges);
    this.moveTo = new Int32Array(edges);
    this.outStart = new Int32Array(states + 1);
    this.outUnit = new Int32Array(outs);
    let e = 0;
    let o = 0;
    for (let s = 0; s < states; s++) {
      this.moveStart[s] = e;
      for (const [c, t] of [...(this.next[s] as Map<number, number>)].sort((a, b) => a[0] - b[0])) {
        this.moveChar[e] = c;
        this.moveTo[e++] = t;
        if (s === 0 && c < 128) this.rootMove[c] = t;
      }
      this.outStart[s] = o;
      for (const u of this.out[s] as number[]) this.outUnit[o++] = u;
    }
    this.moveStart[states] = e;
    this.outStart[states] = o;
    this.failOf = Int32Array.from(this.fail);
    this.tabulate();
    // The maps and lists are not read again.
    this.next = [];
    this.fail = [];
    this.out = [];
  }

  /**
   * Fills the full table in breadth-first order: a state's move on a symbol is its goto move, or
   * else its failure state's (already filled, being shallower), or the root's.
   */
  private tabulate(): void {
    const chars = [...new Set(this.moveChar)].sort((a, b) => a - b);
    const states = this.moveStart.length - 1;
    if (states * (chars.length + 1) > this.maxTable) return;
    this.symbols = chars.length + 1;
    chars.forEach((c, i) => {
      if (c < 128) this.asciiSymbol[c] = i + 1;
      else this.otherSymbol.set(c, i + 1);
    });
    const K = this.symbols;
    const delta = states <= 0xffff ? new Uint16Array(states * K) : new Int32Array(states * K);
    const symbolOf = (c: number) =>
      c < 128 ? (this.asciiSymbol[c] as number) : (this.otherSymbol.get(c) ?? 0);
    // Breadth-first from the root: its children, then theirs (goto edges only go one level down).
    const order = [0];
    for (let i = 0; i < order.length; i++) {
      const s = order[i] as number;
      const f = this.failOf[s] as number;
      // The root's missing moves stay 0 (back to the root); another state's start as its failure state's.
      if (s !== 0) delta.copyWithin(s * K, f * K, f * K + K);
      const end = this.moveStart[s + 1] as number;
      for (let e = this.moveStart[s] as number; e < end; e++) {
        const t = this.moveTo[e] as number;
        delta[s * K + symbolOf(this.moveChar[e] as number)] = t;
        order.push(t);
      }
    }
    this.delta = delta;
  }

  /** The state after reading character `c` in state `s`, by the goto function only (-1: none). */
  private move(s: number, c: number): number {
    if (s === 0 && c < 128) return this.rootMove[c] as number;
    let lo = this.moveStart[s] as number;
    let hi = this.moveStart[s + 1] as number;
    const chars = this.moveChar;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (chars[lo] === c) return this.moveTo[lo] as number;
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = chars[mid] as number;
      if (m === c) return this.moveTo[mid] as number;
      if (m < c) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  private add(literal: string, unit: number): void {
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
    if (!o.includes(unit)) o.push(unit);
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

  /** Per unit, whether it may match the text (one pass of the automaton). */
  private units(text: string): Uint8Array {
    const may = this.always.slice();
    const fail = this.failOf;
    const outStart = this.outStart;
    const outUnit = this.outUnit;
    const delta = this.delta;
    const K = this.symbols;
    const ascii = this.asciiSymbol;
    const other = this.otherSymbol;
    let s = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (delta) s = delta[s * K + (c < 128 ? (ascii[c] as number) : (other.get(c) ?? 0))] as number;
      else {
        let t = this.move(s, c);
        while (t < 0 && s !== 0) {
          s = fail[s] as number;
          t = this.move(s, c);
        }
        s = Math.max(t, 0);
      }
      const end = outStart[s + 1] as number;
      for (let o = outStart[s] as number; o < end; o++) may[outUnit[o] as number] = 1;
    }
    return may;
  }

  /** For each guarded pattern, whether it may match the text (1) or cannot (0). */
  possible(text: string): Uint8Array {
    const units = this.units(text);
    // No pattern split into alternatives: the units are the patterns.
    if (units.length === this.guarded.length) return units;
    const may = new Uint8Array(this.guarded.length);
    const patternOf = this.patternOf;
    for (let u = 0; u < units.length; u++) if (units[u]) may[patternOf[u] as number] = 1;
    return may;
  }

  /** The text's scan: which patterns, and which of their alternatives, may match it. */
  scan(text: string): GuardScan {
    return new GuardScan(this.guarded, this.units(text), text);
  }
}

/**
 * What a LiteralGuard found in one text, and the guarded patterns run on it. A match of a split
 * pattern is its alternative's match: its index and text are those of the whole pattern's match,
 * but its groups are numbered within the alternative, so read only `index` and `[0]`.
 */
export class GuardScan {
  constructor(
    private readonly guarded: readonly Guarded[],
    private readonly unitMay: Uint8Array,
    private readonly text: string,
  ) {}

  /** The pattern's alternatives that may match, in order (null: run the whole pattern). */
  private candidates(i: number): RegExp[] | null {
    const g = this.guarded[i] as Guarded;
    if (!g.parts) return null;
    const out: RegExp[] = [];
    for (let k = 0; k < g.parts.length; k++) if (this.unitMay[g.first + k]) out.push(g.parts[k] as RegExp);
    return out.length === g.parts.length ? null : out;
  }

  /** Whether the pattern may match the text at all. */
  may(i: number): boolean {
    const g = this.guarded[i] as Guarded;
    const n = g.parts?.length ?? 1;
    for (let k = 0; k < n; k++) if (this.unitMay[g.first + k]) return true;
    return false;
  }

  /** Whether the pattern matches the text. */
  test(i: number): boolean {
    if (!this.may(i)) return false;
    const parts = this.candidates(i);
    return parts
      ? parts.some((p) => hasMatch(p, this.text))
      : hasMatch((this.guarded[i] as Guarded).whole, this.text);
  }

  /**
   * Every match of the pattern, in order, as `allMatches` gives them for the whole pattern: at each
   * place the leftmost match, of the first alternative that matches there, then on from its end.
   * Only the alternatives that may match are run; the others cannot match anywhere in the text.
   */
  matches(i: number): RegExpExecArray[] {
    if (!this.may(i)) return [];
    const whole = (this.guarded[i] as Guarded).whole;
    const parts = this.candidates(i);
    if (!parts) return allMatches(whole, this.text);
    if (parts.length === 1) return allMatches(parts[0] as RegExp, this.text);
    const text = this.text;
    // Each alternative's next match at or after `from` (undefined: not looked for since `from` moved past it).
    const ahead: (RegExpExecArray | null | undefined)[] = new Array(parts.length);
    const found: RegExpExecArray[] = [];
    let from = 0;
    try {
      while (from <= text.length) {
        let best: RegExpExecArray | null = null;
        for (let k = 0; k < parts.length; k++) {
          let m = ahead[k];
          if (m === undefined || (m !== null && m.index < from)) {
            const p = parts[k] as RegExp;
            p.lastIndex = from;
            m = p.exec(text);
            ahead[k] = m;
          }
          if (m !== null && (best === null || m.index < best.index)) best = m;
        }
        if (best === null) break;
        found.push(best);
        const end = best.index + best[0].length;
        // Split patterns are never unicode (see alternativesOf): an empty match steps one unit on.
        from = best[0] === '' ? advance(text, end, false) : end;
      }
    } finally {
      for (const p of parts) p.lastIndex = 0;
    }
    return found;
  }
}

/** A guarded pattern's test: whether it matches a text, running only the alternatives that may. */
export interface GuardedTest {
  test(text: string): boolean;
}

/**
 * Tests for several long patterns that share one guard, built on first use (or by `build`), and the
 * scans of the last few texts (one question is tested as typed, corrected and glossed, and segment
 * by segment). Each test gives what `pattern.test(text)` gives.
 */
export function guardedPatterns(patterns: readonly RegExp[]): {
  readonly tests: readonly GuardedTest[];
  build(): void;
} {
  let guard: LiteralGuard | undefined;
  const build = () => {
    guard ??= new LiteralGuard(patterns);
    return guard;
  };
  const scanOf = recent(16, (text) => build().scan(text));
  return {
    tests: patterns.map((_, i) => ({ test: (text: string) => scanOf(text).test(i) })),
    build,
  };
}
