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
