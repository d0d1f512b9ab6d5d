/**
 * Where derived data is kept between runs, by a hash of everything it was derived from: the parsed
 * knowledge base and the matcher's fitted weights. A restart with the same files and the same code
 * loads them instead of doing the work again. Best effort everywhere: a missing, unreadable or
 * read-only folder only costs the work.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `MESHBOT_MODEL_CACHE`, or a folder in the system's temp directory. */
export function cacheDir(): string {
  return process.env.MESHBOT_MODEL_CACHE || join(tmpdir(), 'meshbot-models');
}

/** A cache file's name for a content hash (hex). */
export function cacheFile(digest: string, ext: string): string {
  return join(cacheDir(), `${digest.slice(0, 32)}.${ext}`);
}

let root: string | undefined;
/** The project's folder: the nearest one above this module with a package.json (src/, dist/ or dist/bundle/). */
function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  root = dir;
  return dir;
}

/**
 * Cache files made by `npm run build` (it runs the bundle once with `--prepare-cache`), shipped in
 * dist/ and in the image. Read-only: consulted when the cache folder lacks a file, so the first
 * start after a build or a deploy loads the knowledge base and the matcher instead of parsing and
 * fitting. Their keys include the code's hash, so only the build that made them can use them.
 */
export function prebuiltCacheDir(): string {
  return join(projectRoot(), 'dist', 'model-cache');
}

/** The file's bytes (from the cache folder, else from the build's), or null when neither has it. */
export function readCached(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    try {
      return readFileSync(join(prebuiltCacheDir(), basename(file)));
    } catch {
      return null;
    }
  }
}

/** Marks a cache file as used now, so pruning keeps it (best effort). */
export function touchCached(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // read-only disk: pruning may then drop a file in use, which only costs a rebuild
  }
}

/**
 * The most the cache folder may hold. One knowledge-base version costs about 10 MB (snapshot and
 * parsed files); `npm run tune` leaves about 9 MB per fold and setting. Each deploy of a new
 * knowledge base adds a version, so without a bound a persistent volume would only grow.
 */
export const CACHE_MAX_BYTES = 512 * 1024 * 1024;
/** Only files of these shapes are ever removed (the folder may be shared with other things). */
const CACHE_FILE = /^[0-9a-f]{32}\.(?:bin|snap|kb\.json)$/;
const STALE_TMP = /^[0-9a-f]{32}\.(?:bin|snap|kb\.json)\.\d+\.tmp$/;
const STALE_TMP_MS = 60 * 60 * 1000;

/**
 * Removes the least recently used cache files until the folder holds at most `maxBytes`, never
 * `keep` (the file just written), and temporary files left by a crash more than an hour ago.
 */
export function pruneCache(dir: string, keep: string, maxBytes = CACHE_MAX_BYTES, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const files: { path: string; size: number; used: number }[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      if (STALE_TMP.test(name)) {
        if (now - statSync(path).mtimeMs > STALE_TMP_MS) unlinkSync(path);
        continue;
      }
      if (!CACHE_FILE.test(name)) continue;
      const st = statSync(path);
      files.push({ path, size: st.size, used: st.mtimeMs });
    } catch {
      // gone meanwhile (another replica pruned it): nothing to do
    }
  }
  files.sort((a, b) => b.used - a.used);
  let total = 0;
  for (const f of files) {
    total += f.size;
    if (total <= maxBytes || f.path === keep) continue;
    try {
      unlinkSync(f.path);
    } catch {
      // already gone
    }
  }
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeCached(file: string, data: string | Uint8Array): void {
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    // read-only or full disk: the next start does the work again
    return;
  }
  pruneCache(cacheDir(), file);
}

export type Hash = ReturnType<typeof createHash>;

export function sha256(): Hash {
  return createHash('sha256');
}

/** Feeds a file's path, length and bytes to `hash` (a missing file counts as length -1). */
export function hashFile(hash: Hash, path: string): void {
  const bytes = readCached(path);
  hash.update(`${path}\0${bytes ? bytes.length : -1}\0`);
  if (bytes) hash.update(bytes);
}

/**
 * Feeds the code of the folder holding the module at `moduleUrl` (its .js or .ts files) to `hash`:
 * cached results derived by that code are missed as soon as any of it changes.
 */
export function hashCodeFolder(hash: Hash, moduleUrl: string): void {
  const dir = dirname(fileURLToPath(moduleUrl));
  for (const f of readdirSync(dir).sort()) if (/\.(?:js|ts)$/.test(f)) hashFile(hash, join(dir, f));
}
