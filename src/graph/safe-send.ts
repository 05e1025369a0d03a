import { abortableSleep } from './abort';
import { isGraphRequestError } from './errors';
import { encodeGraphId, type GraphClient } from './types';

/** How a send ended when it did not throw. */
export interface SendOutcome {
  status: 'sent';
  /** `response`: Graph said 202; `check`: the answer was lost but the check found the message sent. */
  confirmedBy: 'response' | 'check';
  /** Send requests that went out (1 unless an earlier one was proven not sent). */
  attempts: number;
}

export interface SendWithDedupOptions {
  /** True when the message is already sent (found in Sent Items, or the draft is gone). Must not send anything. */
  checkSent: () => Promise<boolean>;
  /** Total send requests allowed, the first included. @default 2 */
  maxAttempts?: number;
  /**
   * Waits before each check: Exchange can take a moment to file the sent copy. @default [0, 2000, 5000]
   * A check that finds nothing after the last wait counts as "not sent".
   */
  checkDelaysMs?: readonly number[];
  signal?: AbortSignal;
}

/** The send may or may not have happened and we could not find out: the user must look before sending again. */
export class SendOutcomeUnknownError extends Error {
  override readonly name = 'SendOutcomeUnknownError';
  readonly code = 'send-outcome-unknown';
  readonly userMessage =
    'The message may or may not have been sent: Microsoft 365 did not answer and Sent Items could not be checked. Look in Sent Items before sending it again.';
  constructor(options?: { cause?: unknown }) {
    super('Send outcome unknown: the send failed ambiguously and checking Sent Items failed.', options);
  }
}

export function isSendOutcomeUnknownError(error: unknown): error is SendOutcomeUnknownError {
  return error instanceof Error && error.name === 'SendOutcomeUnknownError';
}

/**
 * Sends at most once in effect. A send that fails ambiguously (timeout, 5xx or a lost connection after the request
 * left) is never repeated blindly: `checkSent` looks first, and only a message proven not sent goes again.
 * Definite failures (4xx, throttling) are thrown as they are — Graph did not act on them.
 */
export async function sendWithDedup(
  client: GraphClient,
  sendOperation: (client: GraphClient) => Promise<unknown>,
  options: SendWithDedupOptions,
): Promise<SendOutcome> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 2);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await sendOperation(client);
      return { status: 'sent', confirmedBy: 'response', attempts: attempt };
    } catch (error) {
      if (!isGraphRequestError(error) || !error.ambiguous || error.kind === 'cancelled') throw error;
      let sent: boolean;
      try {
        sent = await checkWithPatience(options);
      } catch (checkError) {
        throw new SendOutcomeUnknownError({ cause: checkError });
      }
      if (sent) return { status: 'sent', confirmedBy: 'check', attempts: attempt };
      if (attempt >= maxAttempts) throw error;
    }
  }
}

async function checkWithPatience(options: SendWithDedupOptions): Promise<boolean> {
  for (const delay of options.checkDelaysMs ?? [0, 2000, 5000]) {
    if (delay > 0) await abortableSleep(delay, options.signal);
    if (await options.checkSent()) return true;
  }
  return false;
}

/** OData string literal: quotes doubled. */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Whether a message with this `internetMessageId` is in Sent Items (the sent copy keeps the draft's id). */
export async function sentItemsHasInternetMessageId(
  client: GraphClient,
  internetMessageId: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const page = await client.get<{ value?: unknown[] }>('/me/mailFolders/sentitems/messages', {
    query: { $filter: `internetMessageId eq ${literal(internetMessageId)}`, $select: 'id', $top: 1 },
    scopes: ['Mail.Read'],
    signal,
  });
  return (page.value ?? []).length > 0;
}

/**
 * Sends a saved draft (`POST /me/messages/{id}/send`) at most once. Every outgoing message — new, reply, forward —
 * goes through a draft first (`createReply`, `createForward`, `POST /me/messages`), because a draft has an
 * `internetMessageId` before it is sent, and its sent copy keeps it: that is the dedup key. A draft that vanished
 * without a sent copy counts as sent (it may have been filed late, or saved without a copy): never twice wins.
 * A caller that already holds the draft's `internetMessageId` (Graph returns it when the draft is created or read)
 * passes it and saves the read.
 */
export async function sendDraftOnce(
  client: GraphClient,
  draftId: string,
  options: Omit<SendWithDedupOptions, 'checkSent'> & { internetMessageId?: string } = {},
): Promise<SendOutcome> {
  const { internetMessageId: known, ...dedupOptions } = options;
  const path = `/me/messages/${encodeGraphId(draftId)}`;
  let internetMessageId = known;
  if (!internetMessageId) {
    const draft = await client.get<{ internetMessageId?: string; isDraft?: boolean }>(path, {
      query: { $select: 'internetMessageId,isDraft' },
      scopes: ['Mail.Read'],
      signal: options.signal,
    });
    if (draft.isDraft === false)
      throw new TypeError(`Message '${draftId}' is not a draft; only drafts are sent.`);
    internetMessageId = draft.internetMessageId;
  }
  return sendWithDedup(
    client,
    (graph) => graph.post(`${path}/send`, undefined, { scopes: ['Mail.Send'], signal: options.signal }),
    {
      ...dedupOptions,
      checkSent: async () => {
        if (
          internetMessageId &&
          (await sentItemsHasInternetMessageId(client, internetMessageId, options.signal))
        )
          return true;
        try {
          const still = await client.get<{ isDraft?: boolean }>(path, {
            query: { $select: 'isDraft' },
            scopes: ['Mail.Read'],
            signal: options.signal,
          });
          return still.isDraft === false;
        } catch (error) {
          if (isGraphRequestError(error) && error.kind === 'not-found') return true;
          throw error;
        }
      },
    },
  );
}
