/**
 * `npx tsx bench/loop.ts [--n 200]`: what the learning loop costs.
 *  1. Store operations on SQLite and PostgreSQL (a throwaway server, as the tests start one):
 *     record a card, record a vote, list gaps, stats; p50 and p95 over n runs.
 *  2. Latency added to an answer: signed app_mention → chat.postMessage at the stand-in Web API,
 *     n sequential questions, with no loop, the SQLite loop and the PostgreSQL loop.
 *  3. Rebuilding the matcher with learned phrasings (core.setLearnedPhrasings).
 * A measurement, not a test: it prints a table and exits 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../src/config.js';
import { createCore } from '../src/core.js';
import { createLogger } from '../src/logger.js';
import { openLoop } from '../src/loop/index.js';
import { startServer } from '../src/server.js';
import { openStore } from '../src/store/index.js';
import { FakeSlack } from '../tests/slack/helpers/fake-slack.js';
import { envelope, sign } from '../tests/slack/helpers/harness.js';
import { startPostgres } from '../tests/store/helpers/postgres-server.js';

const n = Number(process.argv[process.argv.indexOf('--n') + 1]) || 200;
const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};
const fmt = (xs: number[]) => `p50 ${q(xs, 0.5).toFixed(2)} ms, p95 ${q(xs, 0.95).toFixed(2)} ms`;
const silent = createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

async function storeOps(label: string, where: { dataDir: string; databaseUrl?: string }) {
  const s = await openStore(where, { hashSecret: 'bench-secret-0123456789abcdef', storeQuestions: true });
  const card: number[] = [];
  const vote: number[] = [];
  const fallback: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    await s.recordCard({
      id: `a${i}`,
      surface: 'mention',
      outcome: 'answered',
      channel: 'C1',
      threadTs: `${i}.1`,
      userId: `U${i % 20}`,
      entryId: 'mtls',
      confidence: 0.8,
      question: `how does mtls work ${i}`,
    });
    card.push(performance.now() - t);
    t = performance.now();
    await s.recordVote({ cardId: `a${i}`, userId: `U${i % 7}`, vote: i % 3 ? 1 : -1 });
    vote.push(performance.now() - t);
    t = performance.now();
    await s.recordCard({
      id: `f${i}`,
      surface: 'dm',
      outcome: 'fallback',
      channel: 'D1',
      userId: `U${i % 20}`,
      question: `unknown thing number ${i % 30}`,
    });
    fallback.push(performance.now() - t);
  }
  const gaps: number[] = [];
  const stats: number[] = [];
  for (let i = 0; i < 20; i++) {
    let t = performance.now();
    await s.gaps({ limit: 10 });
    gaps.push(performance.now() - t);
    t = performance.now();
    await s.stats(14);
    stats.push(performance.now() - t);
  }
  await s.close();
  console.log(`| ${label} | record answer card | ${fmt(card)} |`);
  console.log(`| ${label} | record fallback (card + gap) | ${fmt(fallback)} |`);
  console.log(`| ${label} | record vote (incl. 👎 gaps) | ${fmt(vote)} |`);
  console.log(`| ${label} | list 10 gaps | ${fmt(gaps)} |`);
  console.log(`| ${label} | stats (14 days) | ${fmt(stats)} |`);
}

async function answerLatency(
  label: string,
  core: ReturnType<typeof createCore>,
  env: Record<string, string> | null,
) {
  const slack = await new FakeSlack().start();
  const dataDir = mkdtempSync(join(tmpdir(), 'meshbot-bench-'));
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-1111-2222-benchtoken',
    SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
    PORT: '0',
    SLACK_API_URL: `${slack.url}/api/`,
    PUBLIC_BASE_URL: 'https://meshbot.example.com',
    LOG_LEVEL: 'info',
    DATA_DIR: dataDir,
    ...(env ?? {}),
  });
  const loop = env ? await openLoop(config, core, silent, { background: false }) : null;
  const running = await startServer({
    config,
    core,
    logger: silent,
    loop,
    slack: { clientOptions: { retryConfig: { retries: 0 } } },
  });
  const url = `http://127.0.0.1:${running.port}/slack/events`;
  const times: number[] = [];
  const questions = [
    'how does mtls work in linkerd?',
    'what is ambient mode',
    'recipe for banana bread',
    'istio or linkerd for a small team',
  ];
  for (let i = 0; i < n + 10; i++) {
    const body = JSON.stringify(
      envelope({
        type: 'app_mention',
        text: `<@U0BOT1234> ${questions[i % questions.length]}`,
        channel: 'C1',
        user: 'U1',
        ts: `${i}.5`,
      }),
    );
    const before = slack.callsTo('chat.postMessage').length;
    const t = performance.now();
    await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...sign(body) },
    });
    await slack.waitFor('chat.postMessage', before + 1);
    if (i >= 10) times.push(performance.now() - t);
  }
  await running.close();
  await loop?.close();
  await slack.stop();
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`| ${label} | mention → chat.postMessage | ${fmt(times)} |`);
  return q(times, 0.5);
}

async function main() {
  const pg = await startPostgres();
  console.log(`\nLearning-loop costs (n = ${n})\n`);
  console.log('| store | operation | latency |');
  console.log('| --- | --- | --- |');
  const dir = mkdtempSync(join(tmpdir(), 'meshbot-bench-'));
  await storeOps('SQLite', { dataDir: dir });
  await storeOps('PostgreSQL', { dataDir: '', databaseUrl: await pg.createDatabase() });
  const core = createCore({ baseUrl: 'https://meshbot.example.com' });
  // No loop both first and last, so warm-up and drifting load show up instead of hiding in the difference.
  const none1 = await answerLatency('no loop (first)', core, null);
  const lite = await answerLatency('SQLite', core, {});
  const post = await answerLatency('PostgreSQL', core, { DATABASE_URL: await pg.createDatabase() });
  const none2 = await answerLatency('no loop (last)', core, null);
  const none = (none1 + none2) / 2;
  console.log(
    `\nAdded to an answer (p50 against the mean of the two no-loop runs): SQLite ${(lite - none).toFixed(2)} ms, PostgreSQL ${(post - none).toFixed(2)} ms`,
  );

  const t = performance.now();
  core.setLearnedPhrasings(new Map([['mtls', ['rotate the trust anchor please']]]));
  console.log(
    `Matcher rebuild with learned phrasings: ${(performance.now() - t).toFixed(0)} ms (blocks the event loop once per change)`,
  );
  rmSync(dir, { recursive: true, force: true });
  await pg.stop();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
