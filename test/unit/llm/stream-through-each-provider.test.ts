import { startLlmSimulator, type LlmSimulator } from '../../../src/simulators/llm/server';
import { collect, mailTools, providerSetups, simpleRequest, textOf } from './llm-fixtures';

let simulator: LlmSimulator;
beforeAll(async () => {
  simulator = await startLlmSimulator();
});
afterAll(() => simulator.close());

describe.each(providerSetups)('%s adapter against the scripted server', (setup) => {
  it('streams text as several deltas and finishes with stop and the usage the server reported', async () => {
    simulator.setScript({
      turns: [
        {
          text: 'The quick brown fox jumps over the lazy dog.',
          chunkSize: 5,
          usage: { inputTokens: 42, outputTokens: 11 },
        },
      ],
    });
    const { events, error } = await collect(setup, simulator, simpleRequest());
    expect(error).toBeUndefined();
    const deltas = events.filter((event) => event.type === 'text-delta');
    expect(deltas.length).toBeGreaterThanOrEqual(5);
    expect(textOf(events)).toBe('The quick brown fox jumps over the lazy dog.');
    expect(events[events.length - 1]).toEqual({
      type: 'finish',
      reason: 'stop',
      usage: { inputTokens: 42, outputTokens: 11 },
    });
  });

  it('assembles one tool call whose arguments arrived split across many chunks', async () => {
    simulator.setScript({
      turns: [
        {
          toolCalls: [{ id: 'call_a', name: 'mail_list_messages', arguments: { top: 25, folder: 'inbox' } }],
          argumentChunkSize: 3,
        },
      ],
    });
    const { events, error } = await collect(setup, simulator, simpleRequest({ tools: mailTools }));
    expect(error).toBeUndefined();
    const calls = events.filter((event) => event.type === 'tool-call');
    expect(calls).toEqual([
      {
        type: 'tool-call',
        call: { id: 'call_a', name: 'mail_list_messages', argumentsText: '{"top":25,"folder":"inbox"}' },
      },
    ]);
    expect(events[events.length - 1]).toMatchObject({ type: 'finish', reason: 'tool-calls' });
  });

  it('yields parallel tool calls once each, in the order the model gave them, after the text', async () => {
    simulator.setScript({
      turns: [
        {
          text: 'Checking two things.',
          toolCalls: [
            { id: 'call_1', name: 'mail_list_messages', arguments: { top: 5 } },
            { id: 'call_2', name: 'item_get_current', arguments: {} },
            { id: 'call_3', name: 'mail_list_messages', arguments: { top: 1 } },
          ],
        },
      ],
    });
    const { events, error } = await collect(setup, simulator, simpleRequest({ tools: mailTools }));
    expect(error).toBeUndefined();
    expect(events.map((event) => event.type).filter((type, index, all) => type !== all[index - 1])).toEqual([
      'text-delta',
      'tool-call',
      'finish',
    ]);
    expect(
      events
        .filter((event) => event.type === 'tool-call')
        .map(
          (event) => event.type === 'tool-call' && [event.call.id, event.call.name, event.call.argumentsText],
        ),
    ).toEqual([
      ['call_1', 'mail_list_messages', '{"top":5}'],
      ['call_2', 'item_get_current', '{}'],
      ['call_3', 'mail_list_messages', '{"top":1}'],
    ]);
  });

  it('passes malformed argument JSON through raw, and unknown tool names as given (the agent validates)', async () => {
    simulator.setScript({
      turns: [
        {
          toolCalls: [
            { id: 'call_bad', name: 'mail_list_messages', argumentsText: '{"top": 5, "folder": "inb' },
            { id: 'call_unknown', name: 'files_delete_everything', arguments: { top: 'many' } },
          ],
        },
      ],
    });
    const { events, error } = await collect(setup, simulator, simpleRequest({ tools: mailTools }));
    expect(error).toBeUndefined();
    const calls = events.flatMap((event) => (event.type === 'tool-call' ? [event.call] : []));
    expect(calls).toEqual([
      { id: 'call_bad', name: 'mail_list_messages', argumentsText: '{"top": 5, "folder": "inb' },
      { id: 'call_unknown', name: 'files_delete_everything', argumentsText: '{"top":"many"}' },
    ]);
  });

  it('maps length and content-filter finishes', async () => {
    simulator.setScript({
      turns: [
        { text: 'cut', finishReason: 'length' },
        { text: 'no', finishReason: 'content-filter' },
      ],
    });
    const first = await collect(setup, simulator, simpleRequest());
    const second = await collect(setup, simulator, simpleRequest());
    expect(first.events[first.events.length - 1]).toMatchObject({ type: 'finish', reason: 'length' });
    expect(second.events[second.events.length - 1]).toMatchObject({
      type: 'finish',
      reason: 'content-filter',
    });
  });
});

describe('the same scripted conversation through every provider kind', () => {
  it('gives identical ModelEvents', async () => {
    const script = {
      turns: [
        {
          text: 'Let me look.',
          chunkSize: 4,
          toolCalls: [{ id: 'call_same', name: 'item_get_current', arguments: {} }],
          usage: { inputTokens: 100, outputTokens: 20 },
        },
        {
          when: { lastRole: 'tool' as const },
          text: 'The email asks for the budget by Friday.',
          chunkSize: 7,
          usage: { inputTokens: 150, outputTokens: 12 },
        },
      ],
    };
    const runs: unknown[] = [];
    for (const setup of providerSetups) {
      simulator.setScript(script);
      const first = await collect(setup, simulator, simpleRequest({ tools: mailTools }));
      const second = await collect(
        setup,
        simulator,
        simpleRequest({
          tools: mailTools,
          messages: [
            { role: 'user', content: 'Hello there' },
            {
              role: 'assistant',
              content: 'Let me look.',
              toolCalls: [{ id: 'call_same', name: 'item_get_current', argumentsText: '{}' }],
            },
            {
              role: 'tool',
              toolCallId: 'call_same',
              toolName: 'item_get_current',
              content: '{"subject":"Budget"}',
            },
          ],
        }),
      );
      expect(first.error).toBeUndefined();
      expect(second.error).toBeUndefined();
      runs.push([first.events, second.events]);
    }
    for (const run of runs.slice(1)) expect(run).toEqual(runs[0]);
  });
});
