/**
 * The second baseline for `npm run bench:http`: an echo bot. A bare Bolt app in HTTP mode, set up
 * like bench/bare-app.ts, whose app_mention listener posts one plain-text reply in the thread
 * through the same stand-in Web API. It does the I/O meshbot does per event (one chat.postMessage)
 * and nothing else, so it is the fair peer for throughput: the bare app's no-op listener is the
 * floor, the echo bot is what "answering" costs before any matching or Block Kit.
 *
 * Reads SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL and PORT; bench/http.ts transpiles it
 * to plain JavaScript and runs it with `node`.
 */
import { App } from '@slack/bolt';

async function main(): Promise<void> {
  const signingSecret = process.env.SLACK_SIGNING_SECRET;
  const token = process.env.SLACK_BOT_TOKEN;
  const port = Number(process.env.PORT ?? 3000);
  if (!signingSecret || !token) {
    console.error('echo-app: SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are required');
    process.exit(1);
  }
  const app = new App({
    token,
    signingSecret,
    deferInitialization: true,
    ...(process.env.SLACK_API_URL ? { clientOptions: { slackApiUrl: process.env.SLACK_API_URL } } : {}),
  });
  app.event('app_mention', async ({ event, client }) => {
    try {
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: event.thread_ts ?? event.ts,
        text: 'echo',
      });
    } catch {
      // A baseline: failures are counted by the fake Web API, not here.
    }
  });
  app.command('/mesh', async ({ ack, respond }) => {
    await ack();
    try {
      await respond({ response_type: 'ephemeral', text: 'echo' });
    } catch {
      // as above
    }
  });
  await app.init();
  await app.start(port);

  const stop = () => {
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err) => {
  console.error(`echo-app: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
