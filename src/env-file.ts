/**
 * Reads `.env` (or DOTENV_CONFIG_PATH, as dotenv/config does) into the environment without
 * overriding what is already set. A missing file is fine (settings may come from the real
 * environment); a file that exists but cannot be read (permissions, a directory) stops start-up
 * with a message naming it, instead of silently starting without its settings (web-only).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'dotenv';
import { ConfigError } from './config.js';

export function loadEnvFile(
  env: Record<string, string | undefined> = process.env,
  path = env.DOTENV_CONFIG_PATH || '.env',
): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') return;
    throw new ConfigError([
      `${resolve(path)}: the settings file cannot be read (${code}); fix its permissions (the app's user must be able to read it) or remove it`,
    ]);
  }
  for (const [k, v] of Object.entries(parse(text))) if (env[k] === undefined) env[k] = v;
}
