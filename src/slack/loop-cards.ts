/**
 * How listeners hand cards to the learning loop: every answer card gets feedback buttons and a
 * fallback gets "Ask the experts" (when EXPERTS_CHANNEL is set), and the card is recorded in the
 * store while it is being posted (so recording adds no latency to the answer).
 */
import { randomUUID } from 'node:crypto';
import { verifiedLine } from '../blocks/digest.js';
import { context } from '../blocks/elements.js';
import { withAskExperts, withFeedback } from '../blocks/feedback.js';
import { LIMITS, type Message } from '../blocks/schema.js';
import type { Reply } from '../intents/reply.js';
import { dueSince, isDue } from '../loop/digest.js';
import { outcomeOf } from '../metrics.js';
import { isPrivateSurface } from '../store/private-askers.js';
import type { Outcome } from '../store/store.js';
import type { ListenerDeps } from './context.js';
import { currentTeam, type TeamRef } from './installs.js';

export interface CardPlace {
  readonly surface: string;
  readonly channel?: string | undefined;
  /** Where a later reply to the asker goes (their thread), if anywhere. */
  readonly threadTs?: string | undefined;
  readonly userId?: string | undefined;
  /** The asker's workspace; default: the team of the event being handled (Bolt's context). */
  readonly team?: TeamRef | undefined;
}

export interface LoopCard<M> {
  readonly message: M;
  readonly cardId: string | null;
  /** Settles when the card is in the store (never rejects: failures are logged). */
  readonly recorded: Promise<void>;
}

/** "Verified by … on …" or "Due for review" above the feedback buttons of an entry's card. */
function withReview(deps: ListenerDeps, message: Message, entryId: string): Message {
  const loop = deps.loop;
  const entry = deps.core.kb.byId.get(entryId);
  if (!loop || !entry || message.blocks.length >= LIMITS.messageBlocks - 1) return message;
  const v = loop.verifications().get(entryId);
  const line = isDue(entry, v, Date.now())
    ? `:hourglass: Due for review since ${new Date(dueSince(entry, v)).toISOString().slice(0, 10)}`
    : v
      ? verifiedLine(v.by, v.at)
      : '';
  return line ? { ...message, blocks: [...message.blocks, context([line], 'review')] } : message;
}

const newCardId = () => randomUUID().replace(/-/g, '').slice(0, 20);

function record(
  deps: ListenerDeps,
  card: Parameters<NonNullable<ListenerDeps['loop']>['store']['recordCard']>[0],
) {
  const loop = deps.loop;
  if (!loop) return Promise.resolve();
  return loop.store.recordCard({ ...card, team: card.team ?? currentTeam() }).catch((err: unknown) => {
    deps.logger.warn(
      { err: { name: (err as Error).name, message: (err as Error).message }, surface: card.surface },
      'could not record the card in the store',
    );
  });
}

/**
 * A private question (ephemeral reply) that may become a gap: remember who asked, so that a curator's
 * link answers them by DM. Not when question text is off (curators could not link such a gap).
 */
function rememberPrivateAsker(deps: ListenerDeps, cardId: string, outcome: Outcome, place: CardPlace) {
  const loop = deps.loop;
  if (!loop || !place.userId || !loop.settings.storeQuestions || !isPrivateSurface(place.surface)) return;
  if (outcome !== 'fallback' && outcome !== 'suggested') return;
  return loop.privateAskers.remember(cardId, place.userId).catch((err: unknown) => {
    deps.logger.warn(
      { err: { name: (err as Error).name, message: (err as Error).message }, surface: place.surface },
      'could not remember the private asker',
    );
  });
}

/** A reply's card, decorated and recorded. Small talk is neither. */
export function loopReplyCard<M extends Message>(
  deps: ListenerDeps,
  reply: Reply,
  message: M,
  place: CardPlace,
): LoopCard<M> {
  if (!deps.loop || reply.kind === 'smalltalk') return { message, cardId: null, recorded: Promise.resolve() };
  const cardId = newCardId();
  let decorated: Message = message;
  if (reply.kind === 'answer')
    decorated = withFeedback(withReview(deps, message, reply.entry.id), cardId, reply.entry.id);
  else if (reply.kind === 'fallback' && deps.loop.settings.expertsChannel)
    decorated = withAskExperts(message, cardId);
  const outcome = outcomeOf(reply.kind) as Outcome;
  const recorded = record(deps, {
    id: cardId,
    surface: place.surface,
    outcome,
    channel: place.channel,
    threadTs: place.threadTs,
    userId: place.userId,
    team: place.team,
    entryId: reply.kind === 'answer' ? reply.entry.id : undefined,
    confidence: reply.confidence,
    question: reply.query,
  }).then(() => rememberPrivateAsker(deps, cardId, outcome, place));
  return { message: decorated as M, cardId, recorded };
}

/** A card for one entry that answers no new question (shared, follow-up, shortcut): feedback only. */
export function loopEntryCard<M extends Message>(
  deps: ListenerDeps,
  entryId: string,
  message: M,
  place: CardPlace,
): LoopCard<M> {
  if (!deps.loop) return { message, cardId: null, recorded: Promise.resolve() };
  const cardId = newCardId();
  const recorded = record(deps, {
    id: cardId,
    surface: place.surface,
    outcome: 'shared',
    channel: place.channel,
    threadTs: place.threadTs,
    userId: place.userId,
    team: place.team,
    entryId,
  });
  return {
    message: withFeedback(withReview(deps, message, entryId), cardId, entryId) as M,
    cardId,
    recorded,
  };
}
