/**
 * `npm run kb:check [dir] [--today=YYYY-MM-DD]`: validates every answer file and table, and lists
 * every problem with its file and field (exit 1). Entries past `checked + review_every` are listed
 * as warnings, one line each; being due for review is not a failure.
 */
import { readKnowledge } from '../knowledge/loader.js';
import { dueEntries, dueWarning, isoDay } from '../knowledge/review.js';

const args = process.argv.slice(2);
const todayArg = args.find((a) => a.startsWith('--today='))?.slice('--today='.length);
const dir = args.find((a) => !a.startsWith('--'));
if (todayArg !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(todayArg)) {
  console.error(`kb:check: --today wants a date written YYYY-MM-DD, not "${todayArg}"`);
  process.exit(2);
}
const today = todayArg ?? isoDay();

const { entries, problems } = readKnowledge(dir);
const due = dueEntries(entries, today);
for (const { entry, status } of due) console.warn(`warning: ${dueWarning(entry, status)}`);
if (problems.length) {
  console.error(`kb:check: ${problems.length} problem(s) in ${entries.length} valid entries:`);
  for (const p of problems) console.error(`- ${p}`);
  process.exit(1);
}
const dueNote = due.length ? `; ${due.length} due for review (warnings above)` : '';
console.log(`kb:check: ${entries.length} entries, all valid${dueNote}`);
