/**
 * The baseline for `npm run bench:http`: a bare Bolt app in HTTP mode with no-op listeners, set up
 * the way meshbot sets up its own (same receiver, same signing secret, Web API at SLACK_API_URL,
 * auth.test at start-up), but doing nothing per request beyond what Bolt itself does.
 *
 * Reads SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL and PORT. bench/http.ts transpiles it
 * to plain JavaScript and runs it with `node`, so no TypeScript loader sits in its memory or start-up.
 */
import { App } from '@slack/bolt';

async function main(): Promise<void> {
  const signingSecret = process.env.SLACK_SIGNING_SECRET;
  const token = process.env.SLACK_BOT_TOKEN;
  const port = Number(process.env.PORT ?? 3000);
  if (!signingSecret || !token) {
    console.error('bare-app: SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are required');
    process.exit(1);
  }
  const app = new App({
    token,
    signingSecret,
    deferInitialization: true,
    ...(process.env.SLACK_API_URL ? { clientOptions: { slackApiUrl: process.env.SLACK_API_URL } } : {}),
  });
  app.event('app_mention', async () => {});
  app.command('/mesh', async ({ ack }) => {
    await ack();
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
  console.error(`bare-app: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
