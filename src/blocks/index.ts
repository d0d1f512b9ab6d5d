/** The Block Kit builder layer: pure functions from replies and knowledge to Slack JSON. */
export { answerCard, entryCard, MAX_RELATED, PICK_ENTRY_ID, unfurlCard } from './answer.js';
export { blockIdBase, type CardContext, type CardOptions, nthId } from './common.js';
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
  type FallbackOptions,
  fallbackCard,
  helpCard,
  MAX_CANDIDATES,
  replyCard,
  smallTalkCard,
  suggestCard,
} from './replies.js';
export * from './schema.js';
export { echo, link, mention, truncate, truncateMrkdwn } from './text.js';
export {
  HOME_ANSWERS,
  homeView,
  type ReplyPickerOptions,
  readReplyChoice,
  replyPickerModal,
} from './views.js';
