/** The cache folder (src/cache-dir.ts): least recently used files go once it is over its budget. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cacheFile,
  prebuiltCacheDir,
  pruneCache,
  readCached,
  touchCached,
  writeCached,
} from '../src/cache-dir.js';
import { ROOT, removeTempDirs, tempDir } from './helpers/kb.js';

afterAll(removeTempDirs);

const hex = (n: number) => n.toString(16).padStart(32, '0');

/** Writes a cache-shaped file of `size` bytes, last used `ageMs` ago. */
function put(dir: string, name: string, size: number, ageMs: number, now: number): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.alloc(size));
  const at = new Date(now - ageMs);
  utimesSync(path, at, at);
  return path;
}

describe('pruneCache', () => {
  const now = Date.now();

  it('drops the least recently used files until the folder fits, and never the file just written', () => {
    const dir = tempDir();
    const oldest = put(dir, `${hex(1)}.snap`, 400, 5_000, now);
    const older = put(dir, `${hex(2)}.bin`, 400, 4_000, now);
    const recent = put(dir, `${hex(3)}.kb.json`, 400, 1_000, now);
    const justWritten = put(dir, `${hex(4)}.snap`, 400, 0, now);
    pruneCache(dir, justWritten, 1_000, now);
    expect(existsSync(justWritten)).toBe(true);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(older)).toBe(false);
    expect(existsSync(oldest)).toBe(false);
  });

  it('keeps a file that was read recently (touched) over one written later but not used since', () => {
    const dir = tempDir();
    const used = put(dir, `${hex(5)}.snap`, 600, 10_000, now);
    const unused = put(dir, `${hex(6)}.snap`, 600, 5_000, now);
    touchCached(used);
    const fresh = put(dir, `${hex(7)}.kb.json`, 10, 0, Date.now());
    pruneCache(dir, fresh, 1_000, Date.now());
    expect(existsSync(used)).toBe(true);
    expect(existsSync(unused)).toBe(false);
  });

  it('leaves files of any other shape alone, and removes only stale temporary files', () => {
    const dir = tempDir();
    const other = put(dir, 'notes.txt', 5_000, 99_000_000, now);
    const staleTmp = put(dir, `${hex(8)}.snap.123.tmp`, 10, 2 * 60 * 60 * 1000, now);
    const liveTmp = put(dir, `${hex(9)}.snap.456.tmp`, 10, 1_000, now);
    const kept = put(dir, `${hex(10)}.bin`, 10, 0, now);
    pruneCache(dir, kept, 100, now);
    expect(readdirSync(dir).sort()).toEqual([`${hex(10)}.bin`, `${hex(9)}.snap.456.tmp`, 'notes.txt'].sort());
    expect(existsSync(other) && existsSync(liveTmp) && !existsSync(staleTmp)).toBe(true);
  });

  it('does nothing for a folder that does not exist', () => {
    expect(() => pruneCache(join(tempDir(), 'missing'), 'x', 1)).not.toThrow();
  });
});

describe('the build-time cache (dist/model-cache)', () => {
  it('is the project folder’s dist/model-cache', () => {
    expect(prebuiltCacheDir()).toBe(join(ROOT, 'dist', 'model-cache'));
  });

  it('is read when the cache folder lacks a file, and the cache folder wins when it has one', () => {
    const prebuilt = prebuiltCacheDir();
    mkdirSync(prebuilt, { recursive: true });
    const name = `${randomBytes(16).toString('hex')}.snap`;
    const previous = process.env.MESHBOT_MODEL_CACHE;
    process.env.MESHBOT_MODEL_CACHE = tempDir();
    try {
      const file = cacheFile(name.slice(0, 32), 'snap');
      expect(readCached(file)).toBeNull();
      writeFileSync(join(prebuilt, name), 'from the build');
      expect(readCached(file)?.toString()).toBe('from the build');
      writeCached(file, 'from this host');
      expect(readCached(file)?.toString()).toBe('from this host');
      // Writing never touches the build's copy.
      expect(readFileSync(join(prebuilt, name), 'utf8')).toBe('from the build');
    } finally {
      rmSync(join(prebuilt, name), { force: true });
      if (previous === undefined) delete process.env.MESHBOT_MODEL_CACHE;
      else process.env.MESHBOT_MODEL_CACHE = previous;
    }
  });
});
