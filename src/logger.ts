import { format } from 'node:util';
import type { Logger as SlackLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import pino, { type Logger } from 'pino';

/** Anything that looks like a Slack token or secret is masked wherever it appears in a log line. */
const SECRET_PATTERN = /\b(?:xox[abposre]|xapp)-[\w-]+|v0=[0-9a-f]{64}/gi;

export const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'signingSecret',
  '*.signingSecret',
  'appToken',
  '*.appToken',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-slack-signature"]',
  'config.slack',
  'config.oauth',
  'clientSecret',
  '*.clientSecret',
  'client_secret',
  '*.client_secret',
  'refreshToken',
  '*.refreshToken',
  'text',
  '*.text',
];

export function maskSecrets(s: string): string {
  return s.replace(SECRET_PATTERN, '[redacted]');
}

export function createLogger(options: {
  level: string;
  pretty?: boolean;
  destination?: pino.DestinationStream;
}): Logger {
  const base: pino.LoggerOptions = {
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    hooks: {
      // Free-text log arguments (Bolt's and the Web API's messages) can carry tokens: mask them.
      // Format first, then mask: a token split between a format string and its arguments
      // ("sig v0=%s", hex) only shows as a whole after interpolation.
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (typeof first === 'string') {
          method.apply(this, [maskSecrets(format(first, ...rest))] as Parameters<typeof method>);
        } else if (rest.length > 0) {
          const [msg, ...more] = rest;
          method.apply(this, [first, maskSecrets(format(msg, ...more))] as Parameters<typeof method>);
        } else {
          method.apply(this, args);
        }
      },
    },
  };
  if (options.destination) return pino(base, options.destination);
  const pretty = options.pretty ?? Boolean(process.stdout.isTTY);
  return pretty
    ? pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true } } })
    : pino(base);
}

function render(msg: unknown[]): string {
  return maskSecrets(
    msg
      .map((m) => (m instanceof Error ? `${m.name}: ${m.message}` : typeof m === 'string' ? m : safeJson(m)))
      .join(' '),
  );
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** Bolt's logger interface over pino, so Bolt's own lines share our format and redaction. */
export function boltLogger(parent: Logger): SlackLogger {
  let child = parent.child({ component: 'bolt' });
  let level = LogLevel.INFO;
  return {
    // Formatting and masking cost real time per request: skip them for levels that are off.
    debug: (...msg) => {
      if (child.isLevelEnabled('debug')) child.debug(render(msg));
    },
    info: (...msg) => {
      if (child.isLevelEnabled('info')) child.info(render(msg));
    },
    warn: (...msg) => child.warn(render(msg)),
    error: (...msg) => child.error(render(msg)),
    // LOG_LEVEL governs every line, Bolt's included: Bolt's own default must not override it.
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (name) => {
      child = parent.child({ component: name });
    },
  };
}
