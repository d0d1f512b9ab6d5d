import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, readWeightsFile, weightsFileText } from '../../src/intents/weights-file.js';

const dir = mkdtempSync(join(tmpdir(), 'meshbot-weights-'));

function roundTrip<T extends { weights: Record<string, number | number[]> }>(snapshot: T) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, weightsFileText(snapshot));
  return readWeightsFile<T>(file);
}

describe('reader weight files', () => {
  it('read back one weight per feature, whatever the feature is called', () => {
    const snapshot = {
      bias: -1.5,
      options: { threshold: 0.8 },
      weights: { 'c:zapp': -2.25, '42': 0.5, 'say "hi"\n': 1, 'n:ünïcode': 3 },
    };
    const { head, columns } = roundTrip(snapshot);
    expect(head).toEqual({ bias: -1.5, options: { threshold: 0.8 } });
    expect(columns.width).toBe(1);
    for (const [f, w] of Object.entries(snapshot.weights))
      expect(columns.values[columns.rows.get(f) as number]).toBe(w);
    expect(columns.rows.size).toBe(4);
    expect(columns).toEqual(columnsOf(snapshot.weights));
  });

  it('read back a row of weights per feature', () => {
    const snapshot = { factors: ['a', 'b', 'c'], weights: { canary: [0.1, -0.2, 0.3], zebra: [1, 2, 3] } };
    const { head, columns } = roundTrip(snapshot);
    expect(head).toEqual({ factors: ['a', 'b', 'c'] });
    expect(columns.width).toBe(3);
    const at = (columns.rows.get('zebra') as number) * 3;
    expect([...columns.values.subarray(at, at + 3)]).toEqual([1, 2, 3]);
    expect(columns).toEqual(columnsOf(snapshot.weights, 3));
  });

  it('write one feature to a line, so that a refit reads as a diff', () => {
    const text = weightsFileText({ bias: 0, weights: { a: 1, b: 2, c: 3 } });
    expect(text.split('\n').filter((l) => /^"[abc]"/.test(l))).toHaveLength(3);
    expect(text.split('\n').filter((l) => /^[123],?$|^[123]\]\}$/.test(l))).toHaveLength(3);
  });
});
