/**
 * The last few results of a pure function of a text. One question is read as typed, spelling
 * corrected and glossed, and several rules ask for the same reading's factors or counts: each is
 * worked out once. The results are frozen, since they are shared between callers.
 *
 * The texts and results are kept in two fixed arrays, the oldest overwritten first (what a Map with
 * its first key deleted did). A Map here kept results alive long after they were dropped: its
 * table is rebuilt as keys come and go, and a discarded table that had reached the old generation
 * still pointed at the results it held, so every young-generation collection copied them until a
 * full one (with the factor scans, whose matches fill in as the rules ask, about 1.6 KB a question,
 * which made those collections several times longer: session 41).
 */
export function recent<T>(size: number, fn: (text: string) => T): (text: string) => Readonly<T> {
  const texts = new Array<string | undefined>(size).fill(undefined);
  const values = new Array<Readonly<T> | undefined>(size).fill(undefined);
  let next = 0;
  return (text) => {
    for (let i = 0; i < size; i++) if (texts[i] === text) return values[i] as Readonly<T>;
    const value = Object.freeze(fn(text));
    texts[next] = text;
    values[next] = value;
    next = next + 1 === size ? 0 : next + 1;
    return value;
  };
}
