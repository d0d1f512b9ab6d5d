/** Entry point: load settings, build the core, then serve Slack (HTTP or Socket Mode) and the answer pages. */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { prebuiltCacheDir } from './cache-dir.js';
import { loadConfigOrReport } from './config.js';
import { createCore } from './core.js';
import { loadEnvFile } from './env-file.js';
import { flushSnapshots } from './intents/snapshot.js';
import { KnowledgeError } from './knowledge/loader.js';
import { createLogger } from './logger.js';
import { installProcessHandlers } from './process-handlers.js';
import { startServer } from './server.js';
import { StartupError } from './slack/startup.js';
import { SchemaTooNewError } from './store/migrations.js';

/** How long shutdown may take (Kubernetes' terminationGracePeriodSeconds must be longer). */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * `--prepare-cache` (run by `npm run build` on the bundle): parse the knowledge base and fit the
 * matcher once, writing both into the build's read-only cache (dist/model-cache), so that the first
 * start after a build or a deploy loads them. Needs no settings.
 */
function prepareCache(): void {
  const dir = prebuiltCacheDir();
  rmSync(dir, { recursive: true, force: true });
  process.env.MESHBOT_MODEL_CACHE = dir;
  const started = performance.now();
  let core: ReturnType<typeof createCore>;
  try {
    core = createCore({ baseUrl: 'http://localhost' });
  } catch (err) {
    // An answer file with a mistake stops the build here with the list of problems, not a stack.
    if (!(err instanceof KnowledgeError)) throw err;
    console.error(`prepare-cache: ${err.message}`);
    process.exitCode = 1;
    return;
  }
  flushSnapshots();
  const written = existsSync(dir) ? readdirSync(dir).length : 0;
  console.log(
    `prepare-cache: ${core.kb.entries.length} entries parsed and the matcher fitted in ${Math.round(performance.now() - started)} ms; ${written} files in ${dir}`,
  );
}

async function main(): Promise<void> {
  if (process.argv.includes('--prepare-cache')) {
    prepareCache();
    return;
  }
  // .env (DOTENV_CONFIG_PATH) fills in what the environment does not set; an unreadable one stops here.
  const config = loadConfigOrReport(process.env, () => loadEnvFile(process.env));
  if (!config) process.exit(1);
  const logger = createLogger({ level: config.logLevel });
  // A stray rejection or exception is logged and the app keeps serving (it exits only on errors
  // that leave the process unusable, or a storm of them).
  installProcessHandlers({ logger });
  try {
    const building = performance.now();
    const core = createCore({ baseUrl: config.publicBaseUrl });
    logger.info(
      {
        entries: core.kb.entries.length,
        matcher: core.matcher.fromSnapshot ? 'loaded from snapshot' : 'fitted',
        ms: Math.round(performance.now() - building),
      },
      'knowledge base and matcher ready',
    );
    const running = await startServer({ config, core, logger });
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal during shutdown: exiting now');
        process.exit(1);
      }
      stopping = true;
      const began = Date.now();
      logger.info(
        { signal, timeoutMs: SHUTDOWN_TIMEOUT_MS },
        'shutting down: refusing new requests, finishing the ones in flight',
      );
      // Deliberately not unref'd: the bound holds even if nothing else keeps the process alive.
      const timer = setTimeout(() => {
        logger.error(
          { signal, timeoutMs: SHUTDOWN_TIMEOUT_MS },
          'shutdown timed out with work still in flight: exiting',
        );
        process.exit(1);
      }, SHUTDOWN_TIMEOUT_MS);
      running.close().then(
        () => {
          clearTimeout(timer);
          logger.info({ signal, ms: Date.now() - began }, 'shutdown complete');
          process.exit(0);
        },
        (err: unknown) => {
          clearTimeout(timer);
          logger.error(
            { signal, err: { name: (err as Error).name, message: (err as Error).message } },
            'shutdown failed',
          );
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  } catch (err) {
    if (err instanceof KnowledgeError || err instanceof SchemaTooNewError) logger.fatal(err.message);
    else if (err instanceof StartupError)
      logger.fatal({ setting: err.setting, code: err.code }, `meshbot cannot start: ${err.message}`);
    else
      logger.fatal({ err: { name: (err as Error).name, message: (err as Error).message } }, 'startup failed');
    process.exit(1);
  }
}

void main();
