export {
  createGraphClient,
  DEFAULT_RETRY_POLICY,
  type GraphClientOptions,
  type GraphRetryPolicy,
  type GraphRequestInfo,
} from './graph-client';
export { GraphRequestError, isGraphRequestError, type GraphErrorKind } from './errors';
export { preferHeaders, type PreferOptions } from './prefer-headers';
export { MAX_BATCH_SIZE } from './batch';
export {
  sendWithDedup,
  sendDraftOnce,
  sentItemsHasInternetMessageId,
  SendOutcomeUnknownError,
  isSendOutcomeUnknownError,
  type SendOutcome,
} from './safe-send';
export * from './types';
