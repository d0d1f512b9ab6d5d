/**
 * Process-level safety nets. Node's default for an unhandled rejection or an uncaught exception is
 * to print it and exit 1: one bad request (a signed `null` body reached a TypeError inside Bolt's
 * receiver) took the whole bot down. Here each one is logged and the process keeps serving; it
 * exits (1) only on errors that leave it unusable (out of memory, an internal assertion) or when
 * more than `maxPerMinute` arrive within a minute (something is broken for good: let the
 * orchestrator restart it).
 */
import type { Logger } from 'pino';

export interface ProcessHandlerOptions {
  readonly logger: Pick<Logger, 'error' | 'fatal'>;
  /** Exit when more than this many errors arrive within 60 s. */
  readonly maxPerMinute?: number;
  readonly exit?: (code: number) => void;
  readonly target?: NodeJS.EventEmitter;
  readonly now?: () => number;
}

/** Errors after which the process cannot be trusted to go on. */
export function isFatal(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  return (
    code === 'ERR_INTERNAL_ASSERTION' ||
    code === 'ERR_WORKER_OUT_OF_MEMORY' ||
    /out of memory|heap limit/i.test(message)
  );
}

function describe(err: unknown): { name: string; message: string; code?: unknown } {
  if (err instanceof Error)
    return { name: err.name, message: err.message, code: (err as { code?: unknown }).code };
  return { name: typeof err, message: String(err).slice(0, 200) };
}

/** Installs the handlers; returns a function that removes them (tests). */
export function installProcessHandlers(options: ProcessHandlerOptions): () => void {
  const {
    logger,
    maxPerMinute = 50,
    exit = (code) => process.exit(code),
    target = process,
    now = Date.now,
  } = options;
  const recent: number[] = [];
  const handle = (kind: string) => (err: unknown) => {
    const t = now();
    recent.push(t);
    while (recent.length && (recent[0] as number) < t - 60_000) recent.shift();
    if (isFatal(err)) {
      logger.fatal({ kind, err: describe(err) }, 'fatal error: exiting');
      exit(1);
      return;
    }
    if (recent.length > maxPerMinute) {
      logger.fatal(
        { kind, err: describe(err), perMinute: recent.length },
        'too many unhandled errors: exiting',
      );
      exit(1);
      return;
    }
    logger.error({ kind, err: describe(err) }, `${kind}: logged, still serving`);
  };
  const onRejection = handle('unhandled rejection');
  const onException = handle('uncaught exception');
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
