/**
 * A stand-alone fake Slack Web API for `npm run bench:http`, run as its own process so its CPU
 * counts for neither app (it still shares the machine's cores; the bench reports its CPU use).
 *
 * Default ("lean"): answers auth.test, chat.postMessage (and the other methods meshbot calls) and
 * response_url POSTs with canned JSON, without parsing the form-encoded arguments, so the fake
 * costs as little CPU as possible. `--faithful`: the test suite's FakeSlack
 * (tests/slack/helpers/fake-slack.ts), which parses every call the way Slack documents; its call
 * log is tallied and cleared every 250 ms so it cannot grow without bound.
 *
 * Started by bench/http.ts with an IPC channel: it sends `{ type: 'ready', url }` once listening,
 * answers `{ type: 'stats' }` with `{ type: 'stats', counts, unauthenticated }`, and exits when the
 * parent goes away.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUTH_TEST_RESULT } from '../tests/slack/helpers/fake-slack.js';

const faithful = process.argv.includes('--faithful');

const counts: Record<string, number> = {};
let unauthenticated = 0;

function count(method: string, n = 1) {
  counts[method] = (counts[method] ?? 0) + n;
}

const AUTH_TEST = JSON.stringify(AUTH_TEST_RESULT);

function lean(req: IncomingMessage, res: ServerResponse) {
  // Drain the body without keeping it: the arguments are not inspected in lean mode.
  req.resume();
  req.on('end', () => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.startsWith('/response/')) {
      count('response_url');
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (!path.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = path.slice('/api/'.length);
    count(method);
    let body: string;
    if (!String(req.headers.authorization ?? '').startsWith('Bearer ')) {
      unauthenticated++;
      body = '{"ok":false,"error":"not_authed"}';
    } else if (method === 'auth.test') {
      body = AUTH_TEST;
    } else if (method === 'chat.postMessage') {
      body = `{"ok":true,"channel":"C0CHAN","ts":"${(Date.now() / 1000).toFixed(6)}"}`;
    } else if (method === 'chat.postEphemeral') {
      body = `{"ok":true,"message_ts":"${(Date.now() / 1000).toFixed(6)}"}`;
    } else {
      body = '{"ok":true}';
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
}

async function main() {
  let url: string;
  if (faithful) {
    const { FakeSlack } = await import('../tests/slack/helpers/fake-slack.js');
    const slack = await new FakeSlack().start();
    setInterval(() => {
      for (const call of slack.calls) {
        count(call.method);
        if (call.method !== 'response_url' && !call.token) unauthenticated++;
      }
      slack.reset();
    }, 250).unref();
    url = slack.url;
  } else {
    const server = createServer({ keepAliveTimeout: 60_000 }, lean);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  process.on('message', (msg: { type?: string }) => {
    if (msg?.type === 'stats') process.send?.({ type: 'stats', counts: { ...counts }, unauthenticated });
  });
  process.on('disconnect', () => process.exit(0));
  if (process.send) process.send({ type: 'ready', url, mode: faithful ? 'faithful' : 'lean' });
  else console.log(`fake Slack Web API (${faithful ? 'faithful' : 'lean'}) at ${url}/api/`);
}

main().catch((err) => {
  console.error(`fake-slack-server: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
