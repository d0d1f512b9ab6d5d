/** Polls `fn` every 20 ms until `ok` holds or `ms` pass; returns the last value (the caller asserts on it). */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 3000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The first gap whose sample mentions `word`, polled until one has `asks` asks (any count if not given). */
export async function gapAbout<G extends { readonly sample: string | null; readonly asks: number }>(
  store: { gaps(): Promise<G[]> },
  word: string,
  asks?: number,
): Promise<G | undefined> {
  const about = (g: G) => g.sample?.includes(word) === true;
  const gaps = await until(
    () => store.gaps(),
    (gs) => gs.some((g) => about(g) && (asks === undefined || g.asks === asks)),
  );
  return gaps.find(about);
}
