import { createServer } from 'node:net';
import {
  isAuthError,
  isBadRequestError,
  isCancelledError,
  isNetworkError,
  isNoToolSupportError,
  isNotFoundError,
  isRateLimitedError,
  isServerError,
  isStreamBrokenError,
  type LlmError,
} from '../../../src/llm';
import { startLlmSimulator, type LlmSimulator } from '../../../src/simulators/llm/server';
import { collect, mailTools, providerSetups, settingsFor, simpleRequest, textOf } from './llm-fixtures';

let simulator: LlmSimulator;
beforeAll(async () => {
  simulator = await startLlmSimulator();
});
afterAll(() => simulator.close());

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(providerSetups)('%s: errors a user can act on', (setup) => {
  it('401 → auth error naming the endpoint, not retried', async () => {
    simulator.setScript({ turns: [], requireApiKey: 'the-right-key' });
    const { events, error } = await collect(setup, simulator, simpleRequest());
    expect(events).toEqual([]);
    expect(isAuthError(error)).toBe(true);
    expect((error as LlmError).code).toBe('auth');
    expect((error as LlmError).message).toMatch(/API key/);
    expect((error as LlmError).message).toContain(simulator.url);
    expect(simulator.requests()).toHaveLength(1);
  });

  it('404 → not-found naming the model or deployment', async () => {
    simulator.setScript({ turns: [], models: ['some-other-model'] });
    const { error } = await collect(setup, simulator, simpleRequest());
    expect(isNotFoundError(error)).toBe(true);
    expect((error as LlmError).message).toContain('"sim-model"');
    expect(simulator.requests()).toHaveLength(1);
  });

  it('429 with Retry-After waits as asked, then succeeds', async () => {
    simulator.setScript({
      turns: [{ error: { status: 429, retryAfter: 1, message: 'Slow down' } }, { text: 'after the wait' }],
    });
    const started = Date.now();
    const { events, error } = await collect(setup, simulator, simpleRequest());
    expect(error).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(textOf(events)).toBe('after the wait');
    expect(simulator.requests()).toHaveLength(2);
  });

  it('a 500 storm gives up after 3 attempts with a server error', async () => {
    simulator.setScript({ turns: [{ error: { status: 500, message: 'boom' }, times: 0 }] });
    const { events, error } = await collect(setup, simulator, simpleRequest());
    expect(events).toEqual([]);
    expect(isServerError(error)).toBe(true);
    expect((error as LlmError).message).toMatch(/gave up after 3 attempt/);
    expect((error as LlmError).message).toContain('boom');
    expect(simulator.requests()).toHaveLength(3);
  });

  it('a 429 asking for a longer wait than we accept gives up at once, saying how long', async () => {
    simulator.setScript({ turns: [{ error: { status: 429, retryAfter: 3600 }, times: 0 }] });
    const { error } = await collect(setup, simulator, simpleRequest());
    expect(isRateLimitedError(error)).toBe(true);
    expect((error as LlmError).message).toMatch(/wait 3600 s/);
    expect(simulator.requests()).toHaveLength(1);
  });

  it('connection refused → network error naming the endpoint', async () => {
    const port = await closedPort();
    const base =
      setup === 'anthropic' || setup === 'openai-compatible'
        ? `http://127.0.0.1:${port}/v1`
        : `http://127.0.0.1:${port}`;
    const { error } = await collect(setup, simulator, simpleRequest(), undefined, { baseUrl: base });
    expect(isNetworkError(error)).toBe(true);
    expect((error as LlmError).message).toContain(`127.0.0.1:${port}`);
  });

  it('a disconnect in the middle of a tool call → stream-broken after the text, and no tool-call event', async () => {
    simulator.setScript({
      turns: [
        {
          text: 'Sending now.',
          chunkSize: 4,
          toolCalls: [{ id: 'call_cut', name: 'mail_list_messages', arguments: { top: 5, folder: 'inbox' } }],
          argumentChunkSize: 4,
          disconnectAfterChunks: 6,
        },
      ],
    });
    const { events, error } = await collect(setup, simulator, simpleRequest({ tools: mailTools }));
    expect(isStreamBrokenError(error)).toBe(true);
    expect(textOf(events)).toBe('Sending now.');
    expect(events.some((event) => event.type === 'tool-call')).toBe(false);
    expect(events.some((event) => event.type === 'finish')).toBe(false);
    // Not retried: text was already shown.
    expect(simulator.requests()).toHaveLength(1);
  });

  it('a stream that ends cleanly but without a finish → stream-broken, and the partial call is never yielded', async () => {
    simulator.setScript({
      turns: [
        {
          toolCalls: [{ id: 'call_trunc', name: 'mail_list_messages', arguments: { top: 5 } }],
          argumentChunkSize: 3,
          endAfterChunks: 3,
        },
      ],
    });
    const { events, error } = await collect(setup, simulator, simpleRequest({ tools: mailTools }));
    expect(isStreamBrokenError(error)).toBe(true);
    expect(events).toEqual([]);
  });

  it('an error event after text is not retried and surfaces as stream-broken with the server message', async () => {
    simulator.setScript({
      turns: [
        { text: 'Half an answer', streamError: { message: 'Overloaded', type: 'overloaded_error' } },
        { text: 'never' },
      ],
    });
    const { events, error } = await collect(setup, simulator, simpleRequest());
    expect(isStreamBrokenError(error)).toBe(true);
    expect((error as LlmError).message).toContain('Overloaded');
    expect(textOf(events)).toBe('Half an answer');
    expect(simulator.requests()).toHaveLength(1);
  });

  it('a server that rejects tools → no-tool-support', async () => {
    simulator.setScript({ turns: [], rejectTools: true });
    const { error } = await collect(setup, simulator, simpleRequest({ tools: mailTools }));
    expect(isNoToolSupportError(error)).toBe(true);
    expect((error as LlmError).message).toMatch(/tool/);
  });

  it('another 400 → bad-request with the server’s words', async () => {
    simulator.setScript({
      turns: [{ error: { status: 400, message: 'This model’s maximum context length is 8192 tokens' } }],
    });
    const { error } = await collect(setup, simulator, simpleRequest());
    expect(isBadRequestError(error)).toBe(true);
    expect((error as LlmError).message).toContain('maximum context length');
  });

  it('AbortSignal mid-stream → cancelled, nothing after the abort', async () => {
    simulator.setScript({
      turns: [
        {
          text: 'one two three four five six seven eight',
          chunkSize: 4,
          chunkDelayMs: 60,
          toolCalls: [{ name: 'item_get_current' }],
        },
      ],
    });
    const controller = new AbortController();
    const { createLanguageModel } = await import('../../../src/llm');
    const model = await createLanguageModel(settingsFor(setup, simulator));
    const events: string[] = [];
    let caught: unknown;
    try {
      for await (const event of model.stream(
        simpleRequest({ signal: controller.signal, tools: mailTools }),
      )) {
        events.push(event.type);
        if (events.length === 2) controller.abort();
      }
    } catch (error) {
      caught = error;
    }
    expect(isCancelledError(caught)).toBe(true);
    expect(events).toEqual(['text-delta', 'text-delta']);
  });

  it('AbortSignal while waiting to retry → cancelled promptly', async () => {
    simulator.setScript({ turns: [{ error: { status: 503 }, times: 0 }] });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = Date.now();
    const { error } = await collect(setup, simulator, simpleRequest({ signal: controller.signal }), {
      retry: { maxAttempts: 3, baseDelayMs: 5_000, maxDelayMs: 10_000 },
    });
    expect(isCancelledError(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a hanging server is cancelled by the signal', async () => {
    simulator.setScript({ turns: [{ hang: true }] });
    const { error } = await collect(setup, simulator, simpleRequest({ signal: AbortSignal.timeout(300) }));
    expect(isCancelledError(error)).toBe(true);
  });
});
