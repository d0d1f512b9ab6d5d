/**
 * Slack's AI app surface. Two generations of it exist and both are handled:
 * - the agent messaging view (manifest `features.agent_view`, what new apps get): opening
 *   meshbot's Messages tab sends `app_home_opened` with tab "messages", and meshbot sets its
 *   suggested prompts for that DM (without thread_ts, as the agent view requires); questions
 *   arrive as DMs and get the same cards (events.ts);
 * - the assistant view (manifest `features.assistant_view`, apps made before it): Bolt's
 *   Assistant class gets `assistant_thread_started` (suggested prompts for the thread) and the
 *   user's messages in the thread, which get a status while meshbot looks, a title taken from the
 *   question, and the same card as a DM.
 * Workspaces without either surface keep plain DMs (events.ts).
 */
import { type App, Assistant } from '@slack/bolt';
import {
  questionnaireCard,
  replyCard,
  SUGGESTED_PROMPTS,
  SUGGESTED_PROMPTS_TITLE,
  threadTitle,
  wantsQuestionnaire,
} from '../../blocks/index.js';
import { type ListenerDeps, logQuestion } from '../context.js';
import { callApi } from '../web-api.js';

const prompts = () => SUGGESTED_PROMPTS.map((p) => ({ title: p.title, message: p.message }));

/** Threads already titled by this process (a title is set once, from the first question). */
const TITLED_MAX = 10_000;

export function registerAssistant(app: App, deps: ListenerDeps): void {
  const { core } = deps;
  const titled = new Set<string>();

  const assistant = new Assistant({
    threadStarted: async ({ setSuggestedPrompts }) => {
      await callApi(deps, 'assistant.threads.setSuggestedPrompts', () =>
        setSuggestedPrompts({ prompts: prompts(), title: SUGGESTED_PROMPTS_TITLE }),
      );
    },
    // meshbot answers from its knowledge base, not from the channel the user is looking at.
    threadContextChanged: async () => {},
    userMessage: async ({ message, client, setStatus, setTitle }) => {
      if (message.subtype !== undefined || 'bot_id' in message || !('text' in message)) return;
      const text = message.text ?? '';
      const channel = message.channel;
      const threadTs = 'thread_ts' in message && message.thread_ts ? message.thread_ts : message.ts;
      const key = `${channel}:${threadTs}`;
      if (!titled.has(key)) {
        if (titled.size >= TITLED_MAX) titled.clear();
        titled.add(key);
        await callApi(deps, 'assistant.threads.setTitle', () => setTitle(threadTitle(text)));
      }
      await callApi(deps, 'assistant.threads.setStatus', () => setStatus('is looking that up…'));
      let card: ReturnType<typeof questionnaireCard>;
      if (wantsQuestionnaire(text)) card = questionnaireCard();
      else {
        const started = performance.now();
        const reply = core.matcher.answer(text);
        logQuestion(deps, 'assistant', reply, started);
        card = replyCard(reply, { kb: core.kb, answerUrl: core.answerUrl });
      }
      // Posting the reply clears the status.
      await callApi(deps, 'chat.postMessage', () =>
        client.chat.postMessage({ channel, thread_ts: threadTs, ...card }),
      );
    },
  });
  app.assistant(assistant);

  // The agent view: prompts for the DM when the user opens the Messages tab.
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'messages' || !event.channel) return;
    await callApi(deps, 'assistant.threads.setSuggestedPrompts', () =>
      // No thread_ts: the agent view drops a call that names one.
      client.assistant.threads.setSuggestedPrompts({
        channel_id: event.channel,
        prompts: prompts(),
        title: SUGGESTED_PROMPTS_TITLE,
      }),
    );
  });
}
