/**
 * The last few results of a pure function of a text. One question is read as typed, spelling
 * corrected and glossed, and several rules ask for the same reading's factors or counts: each is
 * worked out once. The results are frozen, since they are shared between callers.
 */
export function recent<T>(size: number, fn: (text: string) => T): (text: string) => Readonly<T> {
  const kept = new Map<string, Readonly<T>>();
  return (text) => {
    const hit = kept.get(text);
    if (hit !== undefined) return hit;
    const value = Object.freeze(fn(text));
    kept.set(text, value);
    if (kept.size > size) kept.delete(kept.keys().next().value as string);
    return value;
  };
}
