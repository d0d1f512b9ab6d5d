// npm start's prestart: compiles src/ into dist/ with tsc and bundles it (scripts/bundle.mjs) only
// when a source changed since the last build, so a plain restart starts at once. "Changed" means
// any file or folder under src/ (a folder's time moves when a file is added or removed), or a
// tsconfig or package file, is newer than the oldest JavaScript file in dist/ (tsc writes them all
// on every build).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.cwd();
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

/** Newest modification time under `path`: compiled sources and every folder count. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return /\.(m?ts|json)$/.test(path) ? st.mtimeMs : 0;
  let t = st.mtimeMs;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

/** Oldest output in dist/, or 0 when there is no build yet. */
function oldestOutput(path) {
  if (!existsSync(path)) return 0;
  let t = Number.POSITIVE_INFINITY;
  const walk = (p) => {
    for (const name of readdirSync(p)) {
      const full = join(p, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (name.endsWith('.js')) t = Math.min(t, st.mtimeMs);
    }
  };
  walk(path);
  return Number.isFinite(t) &&
    existsSync(join(path, 'index.js')) &&
    existsSync(join(path, 'bundle', 'meshbot.js'))
    ? t
    : 0;
}

const built = oldestOutput(join(root, 'dist'));
const changed = Math.max(...INPUTS.map((p) => newest(join(root, p))));
if (built > 0 && changed <= built) {
  console.log('build: dist/ is up to date, not recompiling');
  process.exit(0);
}
console.log(built === 0 ? 'build: no build yet, compiling' : 'build: sources changed, compiling');
const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
// Then the bundle npm start runs (scripts/bundle.mjs, beside this file).
const bundler = fileURLToPath(new URL('bundle.mjs', import.meta.url));
const bundled = spawnSync(process.execPath, [bundler], { cwd: root, stdio: 'inherit' });
process.exit(bundled.status ?? 1);
