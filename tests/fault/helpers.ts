/** Shared pieces of the fault suite: log lines, metrics, a mention event, timing. */
import { envelope, type Harness } from '../slack/helpers/harness.js';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LogLine {
  readonly level: number;
  readonly msg?: string;
  readonly [key: string]: unknown;
}

/** The harness's log output as parsed pino lines. */
export function logLines(h: Harness): LogLine[] {
  return h.logs
    .flatMap((chunk) => chunk.split('\n'))
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LogLine);
}

/** Lines whose message contains `text`. */
export function logsWith(h: Harness, text: string): LogLine[] {
  return logLines(h).filter((l) => typeof l.msg === 'string' && l.msg.includes(text));
}

/** Waits until a log line contains `text` (rejects after `timeoutMs`). */
export async function waitForLog(h: Harness, text: string, timeoutMs = 5000): Promise<LogLine> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [found] = logsWith(h, text);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no log line containing "${text}" within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** Current value of meshbot_slack_api_errors_total{method, code}, from GET /metrics (0 when absent). */
export async function apiErrorCount(h: Harness, method: string, code: string): Promise<number> {
  const res = await fetch(`${h.url}/metrics`);
  const text = await res.text();
  const line = text
    .split('\n')
    .find(
      (l) =>
        l.startsWith('meshbot_slack_api_errors_total{') &&
        l.includes(`method="${method}"`) &&
        l.includes(`code="${code}"`),
    );
  return line ? Number(line.split(' ').pop()) : 0;
}

/** Value of a label-less counter such as meshbot_dedupe_hits_total. */
export async function counter(h: Harness, name: string): Promise<number> {
  const text = await (await fetch(`${h.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ').pop()) : 0;
}

export async function healthStatus(h: Harness): Promise<number> {
  const res = await fetch(`${h.url}/healthz`);
  await res.arrayBuffer();
  return res.status;
}

/** An app_mention event envelope (fresh event_id unless given). */
export function mentionEvent(text: string, ts: string, eventId?: string) {
  return envelope(
    { type: 'app_mention', text: `<@U0BOT1234> ${text}`, channel: 'C1', user: 'U1', ts },
    eventId,
  );
}
