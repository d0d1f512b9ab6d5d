/**
 * `text` without the run of `char` at its end: what `text.replace(/\/+$/, '')` gives for '/', in
 * one pass from the end. That pattern tries a match at every '/' and reads the rest of the run from
 * each: the path of a link to our answers that anyone can paste into Slack (and Slack then sends us
 * to unfurl), 40,000 slashes and a letter, took 0.6 s.
 */
export function withoutTrailing(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return end === text.length ? text : text.slice(0, end);
}
