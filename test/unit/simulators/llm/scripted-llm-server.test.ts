import { startLlmSimulator, type LlmSimulator } from '../../../../src/simulators/llm/server';
import type { ReceivedRequest } from '../../../../src/simulators/llm/inbound';

let simulator: LlmSimulator;
beforeAll(async () => {
  simulator = await startLlmSimulator();
});
afterAll(() => simulator.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${simulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const openAiBody = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'm',
  messages: [{ role: 'user', content }],
  ...extra,
});

function sseData(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice(6)) as unknown);
}

describe('control endpoints', () => {
  it('POST /_script sets the script; GET /_requests shows what the model was sent', async () => {
    const set = await post('/_script', { turns: [{ label: 'greeting', text: 'hi' }] });
    expect(await set.json()).toEqual({ ok: true, turns: 1 });
    await post(
      '/v1/chat/completions',
      openAiBody('Hello', {
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hello' },
        ],
      }),
    );
    const log = (await (await fetch(`${simulator.url}/_requests`)).json()) as ReceivedRequest[];
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      api: 'openai',
      path: '/v1/chat/completions',
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'Hello' }],
      answeredBy: 'greeting',
    });
  });

  it('rejects an invalid script with 400 and keeps the old one', async () => {
    simulator.setScript({ turns: [{ text: 'kept' }] });
    const response = await post('/_script', { turns: [{ times: -1 }] });
    expect(response.status).toBe(400);
    const answer = (await (await post('/v1/chat/completions', openAiBody('x'))).json()) as {
      choices: { message: { content: string } }[];
    };
    expect(answer.choices[0].message.content).toBe('kept');
  });
});

describe('turn selection', () => {
  it('takes turns in order, a predicate picks by the last message, and an exhausted script answers 500', async () => {
    simulator.setScript({
      turns: [
        { when: { lastRole: 'tool' }, text: 'from the tool result' },
        { text: 'first' },
        { text: 'second' },
      ],
    });
    const say = async (body: unknown) =>
      (
        (await (await post('/v1/chat/completions', body)).json()) as {
          choices: { message: { content: string } }[];
        }
      ).choices[0].message.content;
    expect(await say(openAiBody('a'))).toBe('first');
    expect(
      await say({
        model: 'm',
        messages: [
          { role: 'user', content: 'a' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'c1', type: 'function', function: { name: 't', arguments: '{}' } }],
          },
          { role: 'tool', tool_call_id: 'c1', content: 'result' },
        ],
      }),
    ).toBe('from the tool result');
    expect(await say(openAiBody('b'))).toBe('second');
    const exhausted = await post('/v1/chat/completions', openAiBody('c'));
    expect(exhausted.status).toBe(500);
    expect(await exhausted.json()).toMatchObject({
      error: { message: expect.stringContaining('no turn left') },
    });
  });

  it('times: 0 answers every matching request', async () => {
    simulator.setScript({ turns: [{ when: { lastUserIncludes: 'ping' }, text: 'pong', times: 0 }] });
    for (let index = 0; index < 3; index++) {
      const answer = (await (await post('/v1/chat/completions', openAiBody('PING please'))).json()) as {
        choices: { message: { content: string } }[];
      };
      expect(answer.choices[0].message.content).toBe('pong');
    }
  });
});

describe('OpenAI wire format', () => {
  it('streams role, content deltas, tool-call deltas split by index, finish_reason, a usage chunk, then [DONE]', async () => {
    simulator.setScript({
      turns: [
        {
          text: 'abcdef',
          chunkSize: 3,
          toolCalls: [
            { id: 'call_1', name: 'f', arguments: { a: 1 } },
            { id: 'call_2', name: 'g', argumentsText: '{"b":' },
          ],
          argumentChunkSize: 4,
          usage: { inputTokens: 7, outputTokens: 3 },
        },
      ],
    });
    const response = await post(
      '/v1/chat/completions',
      openAiBody('x', { stream: true, stream_options: { include_usage: true } }),
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const text = await response.text();
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    const chunks = sseData(text) as {
      choices: { delta: Record<string, unknown>; finish_reason: string | null }[];
      usage?: unknown;
    }[];
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks.slice(1, 3).map((chunk) => chunk.choices[0].delta.content)).toEqual(['abc', 'def']);
    expect(chunks[3].choices[0].delta.tool_calls).toEqual([
      { index: 0, id: 'call_1', type: 'function', function: { name: 'f', arguments: '' } },
    ]);
    expect(chunks[4].choices[0].delta.tool_calls).toEqual([{ index: 0, function: { arguments: '{"a"' } }]);
    const finish = chunks[chunks.length - 2];
    expect(finish.choices[0]).toMatchObject({ delta: {}, finish_reason: 'tool_calls' });
    expect(chunks[chunks.length - 1]).toMatchObject({
      choices: [],
      usage: { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 },
    });
    const secondCallArguments = chunks
      .flatMap(
        (chunk) =>
          (chunk.choices[0]?.delta.tool_calls as
            { index: number; function: { arguments: string } }[] | undefined) ?? [],
      )
      .filter((call) => call.index === 1)
      .map((call) => call.function.arguments)
      .join('');
    expect(secondCallArguments).toBe('{"b":');
  });

  it('answers non-streaming requests with a chat.completion object', async () => {
    simulator.setScript({
      turns: [{ text: 'hello', toolCalls: [{ id: 'call_9', name: 'f', arguments: { x: true } }] }],
    });
    const body = await (await post('/v1/chat/completions', openAiBody('x'))).json();
    expect(body).toMatchObject({
      object: 'chat.completion',
      choices: [
        {
          message: {
            role: 'assistant',
            content: 'hello',
            tool_calls: [
              { id: 'call_9', type: 'function', function: { name: 'f', arguments: '{"x":true}' } },
            ],
          },
          finish_reason: 'tool_calls',
        },
      ],
      usage: { prompt_tokens: expect.any(Number) },
    });
  });

  it('scripted HTTP errors carry the status, the provider error shape and Retry-After', async () => {
    simulator.setScript({
      turns: [{ error: { status: 429, retryAfter: 7, message: 'Rate limit reached' } }],
    });
    const response = await post('/v1/chat/completions', openAiBody('x', { stream: true }));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({
      error: {
        message: 'Rate limit reached',
        type: 'rate_limit_error',
        param: null,
        code: 'rate_limit_exceeded',
      },
    });
  });
});

describe('Azure URL shapes', () => {
  beforeEach(() => simulator.setScript({ turns: [{ text: 'azure', times: 0 }] }));

  it('serves /openai/v1/chat/completions and /openai/deployments/DEP/chat/completions?api-version=', async () => {
    expect((await post('/openai/v1/chat/completions', openAiBody('x'))).status).toBe(200);
    expect(
      (await post('/openai/deployments/dep-a/chat/completions?api-version=2024-10-21', openAiBody('x')))
        .status,
    ).toBe(200);
    const [v1, deployment] = simulator.requests();
    expect(v1).toMatchObject({ api: 'azure', deployment: undefined });
    expect(deployment).toMatchObject({
      api: 'azure',
      deployment: 'dep-a',
      query: { 'api-version': '2024-10-21' },
    });
  });

  it('a deployment URL without api-version is a 404, like Azure', async () => {
    expect((await post('/openai/deployments/dep-a/chat/completions', openAiBody('x'))).status).toBe(404);
  });

  it('an unknown deployment is DeploymentNotFound', async () => {
    simulator.setScript({ turns: [], models: ['dep-a'] });
    const response = await post(
      '/openai/deployments/dep-b/chat/completions?api-version=2024-10-21',
      openAiBody('x'),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'DeploymentNotFound' } });
  });
});

describe('Anthropic wire format', () => {
  const anthropicBody = (extra: Record<string, unknown> = {}) => ({
    model: 'claude-x',
    max_tokens: 100,
    system: 'Sys',
    messages: [{ role: 'user', content: 'hi' }],
    ...extra,
  });

  it('streams message_start, text and tool_use blocks with input_json_delta, message_delta with stop_reason and usage, message_stop', async () => {
    simulator.setScript({
      turns: [
        {
          text: 'Hi!',
          toolCalls: [{ id: 'toolu_1', name: 'f', arguments: { q: 'x' } }],
          argumentChunkSize: 5,
          usage: { inputTokens: 9, outputTokens: 4 },
        },
      ],
    });
    const text = await (await post('/v1/messages', anthropicBody({ stream: true }))).text();
    const events = [...text.matchAll(/^event: (\w+)\ndata: (.*)$/gm)].map((match) => ({
      name: match[1],
      data: JSON.parse(match[2]) as Record<string, unknown>,
    }));
    expect(events.map((event) => event.name)).toEqual([
      'message_start',
      'ping',
      'content_block_start',
      'content_block_delta',
      'content_block_stop',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(events.every((event) => event.data.type === event.name)).toBe(true);
    expect(events[2].data).toEqual({
      type: 'content_block_start',
      index: 0,
      content_block: { type: 'text', text: '' },
    });
    expect(events[5].data).toEqual({
      type: 'content_block_start',
      index: 1,
      content_block: { type: 'tool_use', id: 'toolu_1', name: 'f', input: {} },
    });
    expect(events[6].data).toEqual({
      type: 'content_block_delta',
      index: 1,
      delta: { type: 'input_json_delta', partial_json: '{"q":' },
    });
    expect(events[9].data).toEqual({
      type: 'message_delta',
      delta: { stop_reason: 'tool_use', stop_sequence: null },
      usage: { output_tokens: 4 },
    });
    expect(simulator.requests()[0]).toMatchObject({ api: 'anthropic', system: 'Sys' });
  });

  it('errors use the {"type":"error","error":{…}} shape', async () => {
    simulator.setScript({ turns: [{ error: { status: 529, message: 'Overloaded' } }] });
    const response = await post('/v1/messages', anthropicBody());
    expect(response.status).toBe(529);
    expect(await response.json()).toEqual({
      type: 'error',
      error: { type: 'overloaded_error', message: 'Overloaded' },
    });
  });

  it('answers non-streaming requests with a message object', async () => {
    simulator.setScript({ turns: [{ text: 'Done.' }] });
    expect(await (await post('/v1/messages', anthropicBody())).json()).toMatchObject({
      type: 'message',
      role: 'assistant',
      content: [{ type: 'text', text: 'Done.' }],
      stop_reason: 'end_turn',
    });
  });
});

describe('browser access and the demo model', () => {
  it('answers CORS preflights, or refuses them when the script plays a server without CORS', async () => {
    simulator.setScript({ turns: [] });
    const allowed = await fetch(`${simulator.url}/v1/chat/completions`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:3000',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    simulator.setScript({ turns: [], cors: false });
    const refused = await fetch(`${simulator.url}/v1/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:3000' },
    });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('demo: asked to summarise, it calls the current-item tool, then answers from the result', async () => {
    simulator.setScript({ fallback: 'demo' });
    const tools = [
      { type: 'function', function: { name: 'item_get_current', parameters: { type: 'object' } } },
    ];
    const first = (await (
      await post('/v1/chat/completions', openAiBody('Please summarize this', { tools }))
    ).json()) as { choices: { message: { tool_calls: { id: string; function: { name: string } }[] } }[] };
    const call = first.choices[0].message.tool_calls[0];
    expect(call.function.name).toBe('item_get_current');
    const second = (await (
      await post('/v1/chat/completions', {
        model: 'm',
        tools,
        messages: [
          { role: 'user', content: 'Please summarize this' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: call.id, type: 'function', function: { name: 'item_get_current', arguments: '{}' } },
            ],
          },
          {
            role: 'tool',
            tool_call_id: call.id,
            content: 'Subject: Quarterly budget. Body: please send numbers by Friday.',
          },
        ],
      })
    ).json()) as { choices: { message: { content: string } }[] };
    expect(second.choices[0].message.content).toContain('Quarterly budget');
    const echo = (await (await post('/v1/chat/completions', openAiBody('hello'))).json()) as {
      choices: { message: { content: string } }[];
    };
    expect(echo.choices[0].message.content).toContain('You said: "hello"');
  });

  it('first-token and per-chunk delays pace the stream', async () => {
    simulator.setScript({
      turns: [{ text: 'abcdef', chunkSize: 2, firstTokenDelayMs: 150, chunkDelayMs: 50 }],
    });
    const started = Date.now();
    await (await post('/v1/chat/completions', openAiBody('x', { stream: true }))).text();
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });
});
