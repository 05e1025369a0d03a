import { createGraphClient } from '../../../src/graph/graph-client';
import { isSendOutcomeUnknownError, sendDraftOnce } from '../../../src/graph/safe-send';
import {
  graphError,
  recordingTokenSource,
  startScriptedServer,
  type ReceivedRequest,
  type ScriptedReply,
  type ScriptedServer,
} from './helpers/scripted-server';

/** A one-draft mailbox whose send endpoint can fail before or after it acted. */
function mailbox(
  server: ScriptedServer,
  sendFailures: ('after-effect-503' | 'after-effect-hang' | 'before-effect-503' | 'bad-request')[],
  options: { sentItemsBroken?: boolean } = {},
) {
  const state = { draftExists: true, sentCopies: 0, sendRequests: 0 };
  server.setScript((request: ReceivedRequest): ScriptedReply => {
    const url = decodeURIComponent(request.url);
    if (request.method === 'POST' && url === '/v1.0/me/messages/draft-1/send') {
      state.sendRequests += 1;
      const failure = sendFailures.shift();
      if (failure === 'bad-request')
        return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
      if (failure === 'before-effect-503') return graphError(503, 'ServiceUnavailable', 'try later');
      state.draftExists = false;
      state.sentCopies += 1;
      if (failure === 'after-effect-503')
        return graphError(503, 'ServiceUnavailable', 'backend lost the answer');
      if (failure === 'after-effect-hang') return { status: 202, delayMs: 3000 };
      return { status: 202 };
    }
    if (request.method === 'GET' && url.startsWith('/v1.0/me/mailFolders/sentitems/messages')) {
      if (options.sentItemsBroken) return graphError(400, 'ErrorInvalidUrlQuery', 'broken');
      expect(url).toContain("$filter=internetMessageId eq '<draft-1@contoso.example>'");
      return { status: 200, body: { value: state.sentCopies > 0 ? [{ id: 'sent-1' }] : [] } };
    }
    if (request.method === 'GET' && url.startsWith('/v1.0/me/messages/draft-1')) {
      return state.draftExists
        ? { status: 200, body: { internetMessageId: '<draft-1@contoso.example>', isDraft: true } }
        : graphError(404, 'ErrorItemNotFound', 'gone');
    }
    return graphError(404, 'ResourceNotFound', `unexpected ${request.method} ${url}`);
  });
  return state;
}

let server: ScriptedServer;
beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(() => server.close());

const client = (timeoutMs = 60_000) =>
  createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource(), timeoutMs });

describe('an ambiguous send is never repeated blindly', () => {
  test('503 after Exchange sent it: Sent Items shows the copy, no second send', async () => {
    const state = mailbox(server, ['after-effect-503']);
    const outcome = await sendDraftOnce(client(), 'draft-1', { checkDelaysMs: [0] });
    expect(outcome).toEqual({ status: 'sent', confirmedBy: 'check', attempts: 1 });
    expect(state).toMatchObject({ sendRequests: 1, sentCopies: 1 });
  });

  test('a timeout after Exchange sent it: no second send', async () => {
    const state = mailbox(server, ['after-effect-hang']);
    const outcome = await sendDraftOnce(client(500), 'draft-1', { checkDelaysMs: [0] });
    expect(outcome.confirmedBy).toBe('check');
    expect(state).toMatchObject({ sendRequests: 1, sentCopies: 1 });
  });

  test('503 before anything happened: the draft is still there, so it is sent once more, and only once', async () => {
    const state = mailbox(server, ['before-effect-503']);
    const outcome = await sendDraftOnce(client(), 'draft-1', { checkDelaysMs: [0] });
    expect(outcome).toEqual({ status: 'sent', confirmedBy: 'response', attempts: 2 });
    expect(state).toMatchObject({ sendRequests: 2, sentCopies: 1 });
  });

  test('two ambiguous failures without effect stop at maxAttempts with the Graph error', async () => {
    const state = mailbox(server, ['before-effect-503', 'before-effect-503']);
    await expect(sendDraftOnce(client(), 'draft-1', { checkDelaysMs: [0] })).rejects.toMatchObject({
      kind: 'server',
      ambiguous: true,
    });
    expect(state).toMatchObject({ sendRequests: 2, sentCopies: 0 });
  });

  test('a definite failure (400) is thrown without checking or retrying', async () => {
    const state = mailbox(server, ['bad-request']);
    await expect(sendDraftOnce(client(), 'draft-1', { checkDelaysMs: [0] })).rejects.toMatchObject({
      kind: 'bad-request',
      code: 'ErrorInvalidRecipients',
    });
    expect(state.sendRequests).toBe(1);
    expect(server.received.filter((request) => request.url.includes('sentitems'))).toHaveLength(0);
  });

  test('when Sent Items cannot be checked the outcome is reported unknown, never resent', async () => {
    const state = mailbox(server, ['before-effect-503'], { sentItemsBroken: true });
    const error = await sendDraftOnce(client(), 'draft-1', { checkDelaysMs: [0] }).catch(
      (caught: unknown) => caught,
    );
    expect(isSendOutcomeUnknownError(error)).toBe(true);
    expect((error as { userMessage: string }).userMessage).toMatch(/Look in Sent Items/);
    expect(state.sendRequests).toBe(1);
  });
});
