/** The App Home tab and the "Answer with meshbot" modal. */

import { ACTIONS, BLOCKS, CALLBACKS } from '../ids.js';
import type { Candidate } from '../intents/reply.js';
import type { KnowledgeBase } from '../knowledge/loader.js';
import { ABOUT, groupAnswers, MESH_LABEL, nthId, usageLines } from './common.js';
import { actions, button, context, divider, header, option, plain, section } from './elements.js';
import { decodeReplyMetadata, encodeReplyMetadata, type ReplyMetadata } from './metadata.js';
import type { StateValues } from './pick.js';
import type { Block, HomeView, InputBlock, ModalView } from './schema.js';
import { LIMITS } from './schema.js';
import { echo, link, packLines, truncate } from './text.js';

/** The App Home tab (`views.publish`). */
export function homeView(
  kb: Pick<KnowledgeBase, 'byId' | 'decisionTable' | 'headToHead' | 'entries'>,
  answerUrl: (id: string) => string,
): HomeView {
  const blocks: Block[] = [
    header('meshbot: service-mesh answers', BLOCKS.header),
    section(ABOUT, BLOCKS.body),
    section(
      '*Not sure which mesh to pick?* Answer a few questions about your needs and get a recommendation with its reasons.',
      nthId(BLOCKS.body, 1),
    ),
    actions([button('Start the questionnaire', ACTIONS.startPick, { style: 'primary' })], BLOCKS.actions),
    divider(),
    header('The deciding factors'),
  ];
  const factorLines = kb.decisionTable.factors.map(
    (f) => `• ${link(answerUrl(f.answer), f.label)} → *${MESH_LABEL[f.pick]}*`,
  );
  packLines(factorLines, LIMITS.sectionText).forEach((text, i) => {
    blocks.push(section(text, nthId(BLOCKS.table, i)));
  });
  const groups = groupAnswers(kb.entries);
  if (groups.length) {
    blocks.push(divider(), header(`All ${kb.entries.length} answers, by topic`));
    // One section a group (more if a group passes 3000 characters), "which mesh" first.
    let n = 0;
    for (const g of groups) {
      const lines = [
        `*${g.title}* (${g.entries.length})`,
        ...g.entries.map((e) => `• ${link(answerUrl(e.id), e.title)}`),
      ];
      for (const text of packLines(lines, LIMITS.sectionText))
        blocks.push(section(text, nthId(BLOCKS.related, n++)));
    }
  }
  blocks.push(divider(), header('How to use me'));
  blocks.push(section(usageLines().join('\n'), nthId(BLOCKS.body, 2)));
  blocks.push(
    context([`${kb.entries.length} answers · knowledge checked ${kb.headToHead.checked}`], BLOCKS.context),
  );
  return { type: 'home', blocks: blocks.slice(0, LIMITS.viewBlocks) };
}

export const REPLY_MODAL_TITLE = 'Answer with meshbot';
/** Longest search text we keep (the field's max_length). */
export const REPLY_SEARCH_MAX = 200;

export interface ReplyPickerOptions {
  /** Shown when there are no candidates (e.g. every topic, from `kb.entries`). */
  readonly topics?: readonly Pick<Candidate, 'id' | 'title'>[];
  /** Current text of the search field, kept when the view is rebuilt. */
  readonly search?: string;
}

/**
 * The modal behind the "Answer with meshbot" message shortcut: pick the answer to post in the
 * message's thread. `messageRef` goes into private_metadata. The search field dispatches an action
 * as the user types, so a listener can rebuild the view with new candidates (`views.update`).
 * Slack keeps an input's state across updates while its block_id stays the same. `messageRef` may
 * also be the modal's current private_metadata string (validated here; throws MetadataError).
 */
export function replyPickerModal(
  candidates: readonly Pick<Candidate, 'id' | 'title'>[],
  messageRef: ReplyMetadata | string,
  opts: ReplyPickerOptions = {},
): ModalView {
  const matched = candidates.length > 0;
  const pool = matched ? candidates : (opts.topics ?? []);
  const seen = new Set<string>();
  const options = pool
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .slice(0, LIMITS.selectOptions)
    .map((c) => option(c.title, c.id));
  const search = truncate(opts.search ?? '', REPLY_SEARCH_MAX);

  const searchInput: InputBlock = {
    type: 'input',
    block_id: BLOCKS.replySearch,
    optional: true,
    dispatch_action: true,
    label: plain('Search topics', LIMITS.label),
    element: {
      type: 'plain_text_input',
      action_id: ACTIONS.replySearch,
      placeholder: plain('e.g. mtls, ambient mode, cost', LIMITS.placeholder),
      max_length: REPLY_SEARCH_MAX,
      dispatch_action_config: { trigger_actions_on: ['on_character_entered'] },
      ...(search ? { initial_value: search } : {}),
    },
  };
  const blocks: Block[] = [searchInput];
  const first = options[0];
  if (first) {
    blocks.push({
      type: 'input',
      block_id: BLOCKS.replyChoice,
      label: plain(matched ? 'Best matches' : 'All topics', LIMITS.label),
      element: {
        type: 'static_select',
        action_id: ACTIONS.replyChoice,
        placeholder: plain('Choose an answer', LIMITS.placeholder),
        options,
        ...(matched ? { initial_option: first } : {}),
      },
    });
  } else {
    const q = echo(search);
    blocks.push(
      section(
        q ? `No topic matches _${q}_. Clear the search to see every topic.` : 'No topics to choose from.',
        BLOCKS.body,
      ),
    );
  }
  blocks.push(
    context(['The answer is posted in the thread of the message, for everyone to see.'], BLOCKS.context),
  );
  return {
    type: 'modal',
    callback_id: CALLBACKS.replyModal,
    title: plain(REPLY_MODAL_TITLE, LIMITS.viewTitle),
    submit: plain('Post answer', LIMITS.viewTitle),
    close: plain('Cancel', LIMITS.viewTitle),
    blocks,
    private_metadata: encodeReplyMetadata(
      typeof messageRef === 'string' ? decodeReplyMetadata(messageRef) : messageRef,
    ),
  };
}

/** Reads the chosen answer id and the search text from the modal's `view.state.values`. */
export function readReplyChoice(values: StateValues): { choice?: string; search?: string } {
  const choice = values[BLOCKS.replyChoice]?.[ACTIONS.replyChoice]?.selected_option?.value;
  const search = values[BLOCKS.replySearch]?.[ACTIONS.replySearch]?.value;
  return {
    ...(choice ? { choice } : {}),
    ...(search ? { search } : {}),
  };
}
