// `npm run build`'s second step: bundles the compiled entry point (dist/index.js) and the pure
// JavaScript packages it imports into dist/bundle/, so that start-up reads a handful of files
// instead of about a thousand. Node 20's ES module loader spends most of a warm start resolving,
// reading and compiling modules one by one; bundled, the built server is ready in about half the
// time (README, "Running in production"). Lazy imports stay lazy (code splitting), and packages with native
// code, worker files or file-system lookups of their own stay external and load from node_modules.
//
// The bundle sits two folders below the project root, like dist/knowledge/loader.js, so paths it
// resolves against its own URL (the knowledge folder, package.json) are the same as unbundled.
//
// Then it runs the bundle once with --prepare-cache, which parses the knowledge base and fits the
// matcher into dist/model-cache (read-only at run time), so even the first start loads them.
//
// Usage: node scripts/bundle.mjs [--dist DIR] [--no-prepare]   (DIR defaults to ./dist)
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const at = process.argv.indexOf('--dist');
const dist = resolve(at > 0 ? (process.argv[at + 1] ?? 'dist') : 'dist');
const outdir = join(dist, 'bundle');

/** Loaded from node_modules at run time: native addons, worker threads, optional or font files. */
export const EXTERNAL = [
  'better-sqlite3',
  '@resvg/resvg-js',
  'pg-native',
  'pino',
  'pino-pretty',
  'thread-stream',
  'satori',
  '@fontsource/inter',
];

rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
const result = await build({
  entryPoints: { meshbot: join(dist, 'index.js') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  external: EXTERNAL,
  // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __meshbotRequire } from 'node:module'; const require = __meshbotRequire(import.meta.url);",
  },
  logLevel: 'warning',
  metafile: true,
});
const files = Object.keys(result.metafile.outputs).length;
const inputs = Object.keys(result.metafile.inputs).length;
console.log(
  `bundle: ${inputs} modules into ${files} files in ${outdir} (${Math.round(performance.now() - started)} ms)`,
);

// Parse the knowledge base and fit the matcher once with the bundle itself, into dist/model-cache:
// the cache keys hash the code that reads them, so only the bundle's own run makes files it can use.
if (process.argv.includes('--no-prepare')) process.exit(0);
const prepared = spawnSync(process.execPath, [join(outdir, 'meshbot.js'), '--prepare-cache'], {
  cwd: dist,
  stdio: 'inherit',
});
if (prepared.status !== 0) {
  console.error('bundle: the bundle failed to prepare its cache (see above)');
  process.exit(prepared.status ?? 1);
}
