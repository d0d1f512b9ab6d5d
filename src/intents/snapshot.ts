/**
 * The start-up snapshot: everything a fitted matcher learned from its knowledge base (vocabulary
 * and IDF, BM25 documents, known words, regression weights) in one file, kept in the cache folder
 * (src/cache-dir.ts) by a hash of the training texts, the hyperparameters and seed that shape the fit and
 * the matcher's own code. A restart with the same knowledge base and code loads it in milliseconds
 * instead of featurizing every phrasing again and fitting; anything else misses and builds afresh.
 *
 * The file: a magic line, the JSON part's length (4 bytes, little-endian), the JSON part, then the
 * regression's bytes (`SoftmaxRegression.toBytes`). A file that does not read back whole is ignored.
 */
import { cacheFile, hashCodeFolder, readCached, sha256, touchCached, writeCached } from '../cache-dir.js';
import { Bm25, type Bm25Snapshot, Featurizer, type FeaturizerSnapshot, SoftmaxRegression } from './model.js';

const MAGIC = Buffer.from('meshbot-matcher-snapshot v1\n');

/** What the matcher keeps of its training vocabulary besides the models (the speller's inputs). */
export interface KnownWords {
  readonly known: readonly string[];
  readonly surface: readonly string[];
  readonly frequency: readonly (readonly [string, number])[];
}

export interface Snapshot {
  readonly featurizer: Featurizer;
  readonly bm25: Bm25;
  readonly regression: SoftmaxRegression;
  readonly words: KnownWords;
}

interface SnapshotJson {
  readonly classes: number;
  readonly featurizer: FeaturizerSnapshot;
  readonly bm25: Bm25Snapshot;
  readonly words: KnownWords;
}

let codeDigest: string | undefined;

/** A hash of this folder's code (featurizer, normaliser, synonyms, models): any change misses. */
function matcherCode(): string {
  if (codeDigest) return codeDigest;
  const hash = sha256();
  hashCodeFolder(hash, import.meta.url);
  codeDigest = hash.digest('hex');
  return codeDigest;
}

/** The snapshot's file for these training examples (raw text, class, BM25 flag) and settings. */
export function snapshotFile(
  examples: readonly { text: string; cls: number; bm25: boolean }[],
  classes: number,
  settings: {
    contextWeight: number;
    codeWeight: number;
    l2: number;
    epochs: number;
    fits: number;
    seed: number;
  },
): string {
  const hash = sha256();
  hash.update(
    `${MAGIC.toString('utf8')}${matcherCode()}|${classes}|${settings.contextWeight}|${settings.codeWeight}|${settings.l2}|${settings.epochs}|${settings.fits}|${settings.seed}\n`,
  );
  for (const e of examples) hash.update(`${e.cls}\t${e.bm25 ? 1 : 0}\t${e.text}\n`);
  return cacheFile(hash.digest('hex'), 'snap');
}

/** Snapshots fitted but not yet on disk, by file (written on the next turn of the event loop). */
const pending = new Map<string, () => void>();
/** Whether the process writes what is still pending when it exits (a CLI may call process.exit). */
let flushOnExit = false;

/**
 * Writes the snapshot once the current work is done, so that serializing and writing it (about a
 * seventh of a second on the real knowledge base) is not part of fitting or of start-to-ready. A
 * read of the same file, or `flushSnapshots()`, writes it at once, and so does the process's exit
 * (the CLIs end with process.exit, before the event loop turns again).
 */
export function writeSnapshotSoon(file: string, parts: Snapshot): void {
  const write = () => {
    if (pending.get(file) !== write) return;
    pending.delete(file);
    writeSnapshot(file, parts);
  };
  pending.set(file, write);
  setImmediate(write);
  if (!flushOnExit) {
    flushOnExit = true;
    process.once('exit', flushSnapshots);
  }
}

/** Writes every snapshot still waiting (the build's cache step needs them on disk before it ends). */
export function flushSnapshots(): void {
  for (const write of [...pending.values()]) write();
}

/** The snapshot in `file`, or null when there is none or it does not read back whole. */
export function readSnapshot(file: string, classes: number): Snapshot | null {
  pending.get(file)?.();
  const bytes = readCached(file);
  if (!bytes || bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
    return null;
  try {
    const jsonLength = bytes.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4;
    if (start + jsonLength > bytes.length) return null;
    const json = JSON.parse(bytes.subarray(start, start + jsonLength).toString('utf8')) as SnapshotJson;
    if (json.classes !== classes) return null;
    const featurizer = Featurizer.restore(json.featurizer);
    const regression = new SoftmaxRegression(featurizer.size, classes);
    if (!regression.loadBytes(bytes.subarray(start + jsonLength))) return null;
    const bm25 = Bm25.restore(json.bm25);
    touchCached(file);
    return { featurizer, bm25, regression, words: json.words };
  } catch {
    return null;
  }
}

/** Writes the snapshot (best effort: a read-only disk only means the next start builds again). */
export function writeSnapshot(
  file: string,
  parts: { featurizer: Featurizer; bm25: Bm25; regression: SoftmaxRegression; words: KnownWords },
): void {
  const json: SnapshotJson = {
    classes: parts.regression.classes,
    featurizer: parts.featurizer.snapshot(),
    bm25: parts.bm25.snapshot(),
    words: parts.words,
  };
  const head = Buffer.from(JSON.stringify(json), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  writeCached(file, Buffer.concat([MAGIC, length, head, parts.regression.toBytes()]));
}
