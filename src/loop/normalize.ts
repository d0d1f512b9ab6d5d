/** How questions are grouped into gaps, and how user ids are kept: pure functions. */
import { createHmac } from 'node:crypto';
import { stripSlackMarkup } from '../intents/normalize.js';

const FILLER = new Set([
  'a',
  'an',
  'the',
  'please',
  'pls',
  'hey',
  'hi',
  'meshbot',
  'so',
  'um',
  'uh',
  'just',
  'can',
  'you',
  'tell',
  'me',
]);

/**
 * The form two questions share when they are "the same question": Slack markup removed, lower
 * case, punctuation and filler words dropped, whitespace folded. "How do I enable mTLS?" and
 * "how do i enable mtls" group together.
 */
export function normalizeQuestion(text: string): string {
  return stripSlackMarkup(text)
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}\s.-]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w))
    .join(' ')
    .slice(0, 500);
}

/** A keyed hash (HMAC-SHA256, hex, 32 characters) for user ids and grouping keys. */
export function keyedHash(secret: string, value: string, purpose = 'user'): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('hex').slice(0, 32);
}
