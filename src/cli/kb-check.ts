/** `npm run kb:check`: validates every answer file and table, and lists every problem with its file and field. */
import { readKnowledge } from '../knowledge/loader.js';

const dir = process.argv[2];
const { entries, problems } = readKnowledge(dir);
if (problems.length) {
  console.error(`kb:check: ${problems.length} problem(s) in ${entries.length} valid entries:`);
  for (const p of problems) console.error(`- ${p}`);
  process.exit(1);
}
console.log(`kb:check: ${entries.length} entries, all valid`);
