/**
 * Where derived data is kept between runs, by a hash of everything it was derived from: the parsed
 * knowledge base and the matcher's fitted weights. A restart with the same files and the same code
 * loads them instead of doing the work again. Best effort everywhere: a missing, unreadable or
 * read-only folder only costs the work.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `MESHBOT_MODEL_CACHE`, or a folder in the system's temp directory. */
export function cacheDir(): string {
  return process.env.MESHBOT_MODEL_CACHE || join(tmpdir(), 'meshbot-models');
}

/** A cache file's name for a content hash (hex). */
export function cacheFile(digest: string, ext: string): string {
  return join(cacheDir(), `${digest.slice(0, 32)}.${ext}`);
}

/** The file's bytes, or null when it is missing or unreadable. */
export function readCached(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
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
  }
}

export function sha256(): ReturnType<typeof createHash> {
  return createHash('sha256');
}
