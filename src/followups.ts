/**
 * Follow-ups in a thread, as pure functions: whether a message reads as a question, which meshes
 * it names, and how a follow-up ("and for linkerd?", "what about cost?", "how do I set that up?")
 * is resolved against the thread's previous topic and meshes. The matcher is used as is, through
 * core's `answer()`: once on the follow-up alone and once on the follow-up with the topic put back.
 */
import { blankMarkup } from './intents/normalize.js';
import type { Reply } from './intents/reply.js';

/** How long after the bot's last answer in a thread the asker's next question needs no mention. */
export const FOLLOW_UP_WINDOW_MS = 30 * 60_000;

/** What a thread remembers of its last answer (src/store/threads.ts keeps it). */
export interface ThreadTopic {
  /** The entry last answered in the thread (null after a suggestion or a fallback). */
  readonly entryId: string | null;
  /** Meshes the asker named so far ("istio", "linkerd", …), lower case. */
  readonly meshes: readonly string[];
}

/** Mesh names as people type them → one canonical name each. */
const MESHES: readonly (readonly [RegExp, string])[] = [
  [/\bistio\b/, 'istio'],
  [/\blinkerd2?\b/, 'linkerd'],
  [/\bcilium\b/, 'cilium'],
  [/\bconsul\b/, 'consul'],
  [/\bkuma\b/, 'kuma'],
  [/\bkong mesh\b/, 'kong mesh'],
  [/\bapp ?mesh\b/, 'app mesh'],
  [/\b(?:osm|open service mesh)\b/, 'open service mesh'],
  [/\btraefik mesh\b/, 'traefik mesh'],
];

const lower = (text: string) =>
  // Slack markup: <@U…>, <#C…|name>, <url|label>
  blankMarkup(text.toLowerCase()).replace(/\s+/g, ' ').trim();

/** The meshes a text names, in the order of MESHES, each once. */
export function meshesNamed(text: string): string[] {
  const t = lower(text);
  return MESHES.filter(([re]) => re.test(t)).map(([, name]) => name);
}

const QUESTION_START =
  /^(?:and |but |also |so |ok,? |okay,? |then )?(?:what|what's|whats|how|why|when|where|which|who|whom|whose|is|are|was|were|do|does|did|can|could|should|would|will|shall|may|might|has|have|any|anything|tell me|explain|compare|difference)\b/;

/**
 * Whether a message reads as a question to the bot: it ends with "?" or opens like a question
 * ("how…", "does…", "and what about…", "what's…"). Statements, thanks and chatter do not.
 */
export function readsAsQuestion(text: string): boolean {
  const t = lower(text);
  if (t.length < 3 || t.length > 600) return false;
  if (/\?\s*$/.test(t) || /\?\s*[\p{Emoji_Presentation}:)\s]*$/u.test(t)) return true;
  return QUESTION_START.test(t);
}

/** Words that carry no topic of their own in a follow-up. */
const FILLER = new Set(
  (
    "a an the and or but also so ok okay then what whats what's how about for in on of with to is are " +
    'was were do does did can could should would will i we you me us my our it its that this those them ' +
    'there one same too as well have has had get got set up work works working use using about please ' +
    "thanks thank there's any anything else more like vs versus or either neither then now"
  ).split(' '),
);

const CONNECTOR = /^(?:and|also|but|so|ok|okay|then)\b[\s,]*|^(?:what|how)\s+about\b\s*/;
const ANAPHORA = /\b(?:that|this|it|those|them|these)\b/;

/** The words of a follow-up that name a topic (not a mesh, not a filler word). */
function topicWords(text: string): string[] {
  const t = lower(text)
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/\b(?:kong mesh|app ?mesh|open service mesh|traefik mesh)\b/g, ' ');
  return t.split(/\s+/).filter((w) => w && !FILLER.has(w) && !MESHES.some(([re]) => re.test(w)));
}

/**
 * Whether a follow-up leans on the thread: it opens with "and…" / "what about…" ("and for
 * linkerd?", "what about cost?"), points back ("how do I set that up?"), or names only meshes.
 */
export function leansOnThread(text: string): boolean {
  const t = lower(text);
  return CONNECTOR.test(t) || ANAPHORA.test(t) || topicWords(text).length === 0;
}

/** A short phrase for an entry's topic: its id in words ("ambient-mode" → "ambient mode"). */
export function topicPhrase(entryId: string): string {
  return entryId.replace(/-/g, ' ');
}

/**
 * The follow-up with the thread's topic put back: the opening connector dropped, "that"/"it"
 * replaced by the topic (or the topic added), and the earlier meshes added when it names none.
 * "and does linkerd have that?" after ambient mode → "does linkerd have ambient mode?"; a
 * follow-up naming only meshes asks the topic for them ("and for linkerd?" → "mtls in linkerd?").
 */
export function withTopic(text: string, topic: ThreadTopic): string {
  const named = meshesNamed(text);
  // Only meshes ("and for linkerd?"): the topic for those meshes.
  if (topic.entryId && topicWords(text).length === 0 && named.length > 0 && !ANAPHORA.test(lower(text))) {
    return `${topicPhrase(topic.entryId)} in ${named.join(' and ')}?`;
  }
  let t = lower(text).replace(CONNECTOR, '').trim();
  if (topic.entryId) {
    const phrase = topicPhrase(topic.entryId);
    if (ANAPHORA.test(t)) t = t.replace(ANAPHORA, phrase);
    else {
      const q = /\?\s*$/.test(t);
      t = `${t.replace(/\?\s*$/, '')} ${phrase}${q ? '?' : ''}`.trim();
    }
  }
  if (named.length === 0 && topic.meshes.length > 0) {
    const q = /\?\s*$/.test(t);
    t = `${t.replace(/\?\s*$/, '')} in ${topic.meshes.join(' and ')}${q ? '?' : ''}`;
  }
  return t;
}

export interface Resolved {
  readonly reply: Reply;
  /** The text the reply answers (the follow-up itself, or with the thread's topic put back). */
  readonly asked: string;
  readonly usedThread: boolean;
  /** Meshes of the thread after this follow-up: the ones it names, else the earlier ones. */
  readonly meshes: readonly string[];
}

/**
 * Resolves a follow-up against its thread with `answer` (core's matcher). A self-contained
 * question the matcher answers confidently is answered as is; one that leans on the thread, or
 * that the matcher cannot answer alone, is asked again with the topic and meshes put back, and
 * the better of the two replies wins (an answer over a suggestion over the rest).
 */
export function resolveFollowUp(
  answer: (question: string) => Reply,
  text: string,
  topic: ThreadTopic | null,
): Resolved {
  const named = meshesNamed(text);
  const meshes = named.length > 0 ? named : (topic?.meshes ?? []);
  const alone = answer(text);
  const own: Resolved = { reply: alone, asked: text, usedThread: false, meshes };
  if (!topic || (!topic.entryId && topic.meshes.length === 0)) return own;
  const leans = leansOnThread(text);
  if (!leans && alone.kind === 'answer') return own;
  const asked = withTopic(text, topic);
  const combined = answer(asked);
  const withThread: Resolved = { reply: combined, asked, usedThread: true, meshes };
  const rank = (r: Reply) => (r.kind === 'answer' ? 2 : r.kind === 'suggest' ? 1 : 0);
  // Leaning on the thread, the combined reply wins ties; standing alone, the follow-up's own does.
  if (leans) return rank(combined) >= rank(alone) ? withThread : own;
  return rank(combined) > rank(alone) ? withThread : own;
}
