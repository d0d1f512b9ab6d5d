/** Entry point: load settings, build the core, then serve Slack (HTTP or Socket Mode) and the answer pages. */
import 'dotenv/config';
import { ConfigError, loadConfig } from './config.js';
import { createCore } from './core.js';
import { KnowledgeError } from './knowledge/loader.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger({ level: config.logLevel });
  try {
    const core = createCore({ baseUrl: config.publicBaseUrl });
    const running = await startServer({ config, core, logger });
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      const timer = setTimeout(() => process.exit(1), 10_000);
      timer.unref();
      running.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  } catch (err) {
    if (err instanceof KnowledgeError) logger.fatal(err.message);
    else
      logger.fatal({ err: { name: (err as Error).name, message: (err as Error).message } }, 'startup failed');
    process.exit(1);
  }
}

void main();
