/** Every Slack identifier the app uses: commands, action ids, block ids, callback ids. */

export const COMMANDS = {
  mesh: '/mesh',
  pick: '/mesh-pick',
} as const;

export const ACTIONS = {
  /** A related answer or "did you mean" candidate; value = answer id. */
  showAnswer: 'show_answer',
  /** Share an ephemeral card in the channel; value = JSON {id} or {pick state}. */
  share: 'share_in_channel',
  /** Open the /mesh-pick questionnaire; value unused. */
  startPick: 'start_pick',
  /** Start the questionnaire over from a result; value unused. */
  restartPick: 'restart_pick',
  /** Back button inside the questionnaire modal. */
  pickBack: 'pick_back',
  /** A factor's importance in the questionnaire; action_id is `${pickFactor}:${factorId}`. */
  pickFactor: 'pick_factor',
  /** Link buttons (open a canonical URL); Slack still sends an action we must ack. */
  openLink: 'open_link',
  /** Search field in the "Answer with meshbot" modal. */
  replySearch: 'reply_search',
  /** The answer chosen in the "Answer with meshbot" modal. */
  replyChoice: 'reply_choice',
} as const;

export const BLOCKS = {
  header: 'header',
  verdict: 'verdict',
  pick: 'pick',
  body: 'body',
  meshes: 'meshes',
  notes: 'notes',
  context: 'context',
  related: 'related',
  /** Related entries offered as follow-up questions on a card in a thread (buttons: showAnswer). */
  followUps: 'followups',
  actions: 'actions',
  candidates: 'candidates',
  examples: 'examples',
  table: 'table',
  /** Head-to-head dimensions that did not fit the table, as section fields. */
  tableMore: 'table_more',
  replySearch: 'reply_search',
  replyChoice: 'reply_choice',
} as const;

export const CALLBACKS = {
  /** The questionnaire modal; private_metadata carries the answers so far. */
  pickModal: 'mesh_pick',
  /** Message shortcut "Answer with meshbot". */
  replyShortcut: 'answer_with_meshbot',
  /** The modal that shortcut opens. */
  replyModal: 'answer_with_meshbot_modal',
} as const;

/** Action ids of the learning loop (feedback, gaps, experts). */
export const LOOP_ACTIONS = {
  /** The feedback_buttons element; value = `up|down:<cardId>:<entryId>`. */
  feedback: 'answer_feedback',
  /** A 👎 reason button; action_id is `${feedbackReason}:<reason>`, value = card id. */
  feedbackReason: 'feedback_reason',
  /** Free text for "other"; block_id is `${BLOCK_PREFIX.feedbackText}<cardId>`. */
  feedbackText: 'feedback_reason_text',
  /** Send the question to EXPERTS_CHANNEL; value = card id. */
  askExperts: 'ask_experts',
  /** Curators: link a gap to an entry (static_select); block_id is `${BLOCK_PREFIX.gap}<gapId>`. */
  gapLink: 'gap_link',
  /** Curators: link a gap to the answer its askers opened (button); value = entry id. */
  gapLinkOpened: 'gap_link_opened',
  /** Curators: dismiss a gap with a reason (static_select). */
  gapDismiss: 'gap_dismiss',
  /** Curators: remove a learned phrasing; value = JSON [entryId, phrasing]. */
  removePhrasing: 'remove_phrasing',
} as const;

/** Message shortcut: save an expert's reply as an answer draft (curators). */
export const LOOP_CALLBACKS = {
  saveDraft: 'save_answer_draft',
} as const;

export const BLOCK_PREFIX = {
  feedbackText: 'fbtext:',
  gap: 'gap:',
} as const;

/** Channel suggestions (`/mesh suggest on`): the buttons of the ephemeral note; value = JSON {id, ts}. */
export const SUGGEST_ACTIONS = {
  show: 'suggestion_show',
  share: 'suggestion_share',
  dismiss: 'suggestion_dismiss',
} as const;
