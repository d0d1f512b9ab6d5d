/**
 * `npm run check:regex [-- --timeout MS] [-- --only PATH]`: every regular expression in `src` through
 * the ReDoS checker recheck (https://makenowjust-labs.github.io/recheck/): the regex literals of every
 * source file (read with the TypeScript parser) and the patterns the modules build with `new RegExp`
 * while they load and while a matcher answers a few questions (the literal guards' alternatives among
 * them). recheck's automaton checker first, its fuzz checker for what that cannot decide in time.
 *
 * A measurement, not a test: it prints the patterns recheck does not call safe, with the shape of an
 * attack string, and exits 0. Polynomial is not always a stall: most patterns of the rules read text
 * cut to 2,000 characters, or an 80-character window; `npm run bench:runs` times the real paths. Session
 * 42 ran the same check in two passes (the first, automaton checker, 871 s): 101 polynomial, then 27
 * more and one exponential from the fuzz checker; three stalls were real, and a fourth came from this
 * script's first run on one file (README, "Long messages cannot stall it"). After the fixes a whole
 * run took 1,251 s: of 3,508 different patterns, 3,270 safe, 130 polynomial, 108 undecided in 2 s,
 * none exponential.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { markdownTable } from './table.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const ti = args.indexOf('--timeout');
const TIMEOUT = ti >= 0 ? Number(args[ti + 1]) : 2000;
const oi = args.indexOf('--only');
const ONLY = oi >= 0 ? args[oi + 1] : undefined;

interface Pattern {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function literals(): Pattern[] {
  const out: Pattern[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) read(path);
    }
  };
  const read = (path: string) => {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        out.push({
          where: `${relative(ROOT, path)}:${line}`,
          source: text.slice(1, end),
          flags: text.slice(end + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  };
  walk(join(ROOT, 'src'));
  return out;
}

/** Patterns built with `new RegExp` (or `RegExp(...)`) while the modules load and a matcher answers. */
async function constructed(): Promise<Pattern[]> {
  const seen: Pattern[] = [];
  const Original = RegExp;
  const record = (r: RegExp) => {
    seen.push({ where: '(built at run time)', source: r.source, flags: r.flags });
    return r;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, argv) => record(Reflect.construct(target, argv) as RegExp),
    apply: (target, _this, argv) => record(Reflect.apply(target, undefined, argv) as RegExp),
  });
  try {
    for (const m of ['core', 'followups', 'web/routes', 'slack/app']) await import(`../src/${m}.js`);
    const { createMatcher } = await import('../src/intents/matcher.js');
    const { loadKnowledgeBase } = await import('../src/knowledge/loader.js');
    const matcher = createMatcher(loadKnowledgeBase());
    matcher.warm();
    for (const q of [
      'which mesh for a team of 3 with mtls?',
      'istio 还是 linkerd',
      'istio или linkerd',
      'hi',
    ])
      matcher.answer(q);
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

const all = [...literals(), ...(await constructed())].filter((p) => !ONLY || p.where.startsWith(ONLY));
const unique = new Map<string, Pattern>();
for (const p of all) if (!unique.has(`${p.flags}/${p.source}`)) unique.set(`${p.flags}/${p.source}`, p);
process.stderr.write(
  `check:regex: ${all.length} patterns, ${unique.size} different; timeout ${TIMEOUT} ms each\n`,
);

const rows: string[][] = [];
const counts = new Map<string, number>();
let done = 0;
for (const p of unique.values()) {
  const flags = p.flags.replace(/[gy]/g, '');
  let result = checkSync(p.source, flags, { timeout: TIMEOUT });
  if (result.status === 'unknown') result = checkSync(p.source, flags, { timeout: TIMEOUT, checker: 'fuzz' });
  const label = result.status === 'vulnerable' ? result.complexity.summary : result.status;
  counts.set(label, (counts.get(label) ?? 0) + 1);
  if (result.status !== 'safe')
    rows.push([
      p.where,
      label,
      result.status === 'vulnerable' ? result.attack.pattern.slice(0, 60) : '',
      p.source.slice(0, 70),
    ]);
  if (++done % 250 === 0) process.stderr.write(`check:regex: ${done} of ${unique.size}\n`);
}
console.log(
  markdownTable(
    ['verdict', 'patterns'],
    [...counts].map(([k, n]) => [k, String(n)]),
    [false, true],
  ),
);
console.log('\nnot called safe:');
console.log(
  markdownTable(
    ['where', 'verdict', 'attack (recheck)', 'pattern'],
    rows.map((r) => r.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, '\\n'))),
    [false, false, false, false],
  ),
);
