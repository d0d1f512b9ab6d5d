/** The Block Kit builder layer: pure functions from replies and knowledge to Slack JSON. */
export {
  answerCard,
  cardBody,
  entryCard,
  followUpQuestion,
  MAX_RELATED,
  moreLine,
  PICK_ENTRY_ID,
  unfurlCard,
} from './answer.js';
export {
  MAX_PROMPTS,
  questionnaireCard,
  SUGGESTED_PROMPTS,
  SUGGESTED_PROMPTS_TITLE,
  type SuggestedPrompt,
  threadTitle,
  wantsQuestionnaire,
} from './assistant.js';
export {
  type AnswerGroup,
  type AnswerGroupId,
  blockIdBase,
  type CardContext,
  type CardOptions,
  checkedText,
  FIRST_ANSWER,
  GROUP_TITLES,
  groupAnswers,
  nthId,
  OTHER_GROUP,
} from './common.js';
export { HEAD_TO_HEAD_ID, headToHeadCard, linkCard, topicListCard } from './lists.js';
export {
  channelIdSchema,
  decodePickMetadata,
  decodeReplyMetadata,
  decodeShareValue,
  encodePickMetadata,
  encodeReplyMetadata,
  encodeShareValue,
  MetadataError,
  nonZeroWeights,
  type PickMetadata,
  type PickMetadataInput,
  pickMetadataSchema,
  type ReplyMetadata,
  replyMetadataSchema,
  type ShareValue,
  shareValueSchema,
  userIdSchema,
} from './metadata.js';
export {
  factorsForStep,
  PICK_OPTIONS,
  type PickMeta,
  type PickResultOptions,
  pickFactorActionId,
  pickModal,
  pickResultCard,
  readPickAnswers,
  type StateValues,
} from './pick.js';
export {
  fallbackCard,
  helpCard,
  MAX_CANDIDATES,
  replyCard,
  smallTalkCard,
  suggestCard,
} from './replies.js';
export * from './schema.js';
export {
  decodeSuggestionValue,
  encodeSuggestionValue,
  type SuggestionValue,
  settingReply,
  suggestAnnouncement,
  suggestionNote,
} from './suggest.js';
export { echo, fitBlocks, link, mention, truncate, truncateMrkdwn } from './text.js';
export {
  homeView,
  type ReplyPickerOptions,
  readReplyChoice,
  replyPickerModal,
} from './views.js';
