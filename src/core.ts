import { createMatcher, type Matcher } from './intents/matcher.js';
import { type KnowledgeBase, loadKnowledgeBase } from './knowledge/loader.js';

/** Everything the CLI, the web pages and Slack share: the knowledge base, the matcher, and links. */
export interface Core {
  readonly kb: KnowledgeBase;
  readonly matcher: Matcher;
  /** Canonical URL of an answer, e.g. https://meshbot.example.com/answers/mtls */
  answerUrl(id: string): string;
  readonly baseUrl: string;
}

export function createCore(options: { baseUrl: string; knowledgeDir?: string }): Core {
  const kb = loadKnowledgeBase(options.knowledgeDir);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return {
    kb,
    matcher: createMatcher(kb),
    baseUrl,
    answerUrl: (id) => `${baseUrl}/answers/${encodeURIComponent(id)}`,
  };
}
