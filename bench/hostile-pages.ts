/**
 * Hostile page clients for the "hostile" row of `npm run bench:http`, in a process of their own so
 * their load generation does not share a thread with the clock that times Slack's acks.
 *
 * `node --import tsx bench/hostile-pages.ts <base url> <connections> <seconds>` drives GET requests
 * as fast as the server answers: 7 in 8 are searches `/answers?q=<500 random letters, one word>`
 * (a fresh query each time, so no cache can serve it), 1 in 8 an unknown answer id of 4,000
 * letters (`/answers/<id>`, whose 404 page suggests near misses), for <seconds> or until the parent
 * sends `{ type: 'stop' }` over IPC. It prints one JSON line:
 * `{ sent, statuses: { "200": n, "503": n, ... }, errors, timeouts, rps }`.
 *
 * Only loopback targets are accepted.
 */
import { createRequire } from 'node:module';

interface CannonRequest {
  method?: string;
  path?: string;
  setupRequest?: (req: CannonRequest) => CannonRequest;
}
interface CannonResult {
  readonly duration: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly requests: { readonly sent: number };
}
type Autocannon = (
  opts: { url: string; connections: number; duration: number; timeout: number; requests: CannonRequest[] },
  cb: (err: Error | null, result: CannonResult) => void,
) => { on(event: 'response', fn: (client: unknown, statusCode: number) => void): void; stop(): void };

const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as Autocannon;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function word(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += LETTERS[Math.floor(Math.random() * LETTERS.length)];
  return s;
}

let n = 0;
/** The next hostile path: mostly long one-word searches, sometimes a long unknown answer id. */
function hostilePath(): string {
  n++;
  return n % 8 === 0 ? `/answers/${word(4000)}` : `/answers?q=${word(500)}`;
}

async function main() {
  const [base, connectionsArg, secondsArg] = process.argv.slice(2);
  const url = new URL(base ?? '');
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
    console.error('hostile-pages: only loopback targets');
    process.exit(2);
  }
  const connections = Number(connectionsArg ?? 128);
  const duration = Number(secondsArg ?? 5);
  const statuses: Record<string, number> = {};
  const result = await new Promise<CannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: url.origin,
        connections,
        duration,
        timeout: 30,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: hostilePath() }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, status) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
    // Started with an IPC channel: {type: 'stop'} ends the run early (results are still printed).
    process.on('message', (m: { type?: string }) => {
      if (m?.type === 'stop') instance.stop();
    });
  });
  const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
  process.disconnect?.();
  console.log(
    JSON.stringify({
      sent: result.requests.sent,
      answered,
      statuses,
      errors: result.errors,
      timeouts: result.timeouts,
      rps: answered / (result.duration || duration),
    }),
  );
}

main().catch((err) => {
  console.error(`hostile-pages: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
