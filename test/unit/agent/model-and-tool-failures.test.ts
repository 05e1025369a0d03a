import { harness } from './session-harness';

describe('failures the model reads as data', () => {
  it('an unknown tool gets an error result listing the available tools, and the turn goes on', async () => {
    const { session, toolMessage, ofType } = harness([
      [{ type: 'tool-call', id: 'u', name: 'mail_hack_everything', args: {} }],
      [{ type: 'text', text: 'Sorry.' }],
    ]);
    expect(await session.run('Hi')).toMatchObject({ kind: 'ended', reason: 'completed' });
    expect(toolMessage('u')?.content).toMatch(
      /Model tried to call unavailable tool 'mail_hack_everything'\. Available tools: mail_get_message, /u,
    );
    expect(ofType('tool-error')[0]).toMatchObject({ code: 'unknown-tool' });
    expect(session.audit.entries()[0]).toMatchObject({ decision: 'unknown' });
  });

  it('malformed JSON arguments get an error result and nothing runs', async () => {
    const { session, toolMessage, tools } = harness([
      [{ type: 'tool-call', id: 'm', name: 'mail_get_message', rawArguments: '{"id": "abc"' }],
      [{ type: 'text', text: 'Oops.' }],
    ]);
    await session.run('Read abc');
    expect(tools.runs).toHaveLength(0);
    expect(toolMessage('m')?.content).toMatch(/not valid JSON/u);
  });

  it('invalid arguments get an error naming the field', async () => {
    const { session, toolMessage, tools, ofType } = harness([
      [{ type: 'tool-call', id: 'v', name: 'mail_search_slow', args: { label: 'x', ms: 'soon' } }],
      [{ type: 'text', text: 'Fixing.' }],
    ]);
    await session.run('Search');
    expect(tools.runs).toHaveLength(0);
    expect(toolMessage('v')?.content).toMatch(/Invalid arguments for 'mail_search_slow': ms: /u);
    expect(ofType('tool-error')[0]).toMatchObject({ code: 'invalid-arguments' });
    expect(session.audit.entries()[0]).toMatchObject({ decision: 'invalid' });
  });

  it('a tool that throws becomes a tool error with its code in the audit log', async () => {
    const { session, toolMessage } = harness([
      [{ type: 'tool-call', id: 'g', name: 'mail_get_message', args: { id: 'missing' } }],
      [{ type: 'text', text: 'Not found.' }],
    ]);
    await session.run('Read missing');
    expect(toolMessage('g')?.content).toMatch(/No message 'missing'/u);
    expect(session.audit.entries()[0]).toMatchObject({ outcome: { status: 'error', code: 'not-found' } });
  });

  it('a tool that exceeds its timeout is stopped and reported', async () => {
    const { session, toolMessage, tools } = harness(
      [
        [{ type: 'tool-call', id: 't', name: 'mail_search_slow', args: { label: 'slow', ms: 5000 } }],
        [{ type: 'text', text: 'Too slow.' }],
      ],
      {
        limits: { toolTimeoutMs: 30 },
      },
    );
    await session.run('Search');
    expect(toolMessage('t')?.content).toMatch(/^Error \(timeout\)/u);
    expect(tools.runs[0].aborted).toBe(true);
  });
});

describe('failures that end the turn', () => {
  it('a stream that breaks mid-way ends the turn with a message, and nothing from the partial step runs', async () => {
    const { session, tools, ofType } = harness([
      [
        { type: 'tool-call', name: 'mail_search_slow', args: { label: 'a', ms: 0 } },
        {
          type: 'error',
          error: Object.assign(new Error('The connection to the model was lost.'), {
            code: 'stream-interrupted',
          }),
        },
      ],
    ]);
    const progress = await session.run('Search');
    expect(progress).toMatchObject({
      kind: 'ended',
      reason: 'error',
      message: 'The connection to the model was lost.',
    });
    expect(tools.runs).toHaveLength(0);
    expect(ofType('turn-error')).toEqual([expect.objectContaining({ code: 'stream-interrupted' })]);
    expect(session.history().filter((message) => message.role !== 'user')).toHaveLength(0);
  });

  it('a stream that ends without a finish event is treated as incomplete', async () => {
    const { session, tools } = harness([
      {
        events: [{ type: 'tool-call', name: 'mail_search_slow', args: { label: 'a', ms: 0 } }],
        omitFinish: true,
      },
    ]);
    expect(await session.run('Search')).toMatchObject({
      kind: 'ended',
      reason: 'error',
      message: expect.stringMatching(/nothing from it was run/u),
    });
    expect(tools.runs).toHaveLength(0);
  });

  it('the session stays usable after a failed turn', async () => {
    const { session } = harness([
      [{ type: 'error', error: new Error('boom') }],
      [{ type: 'text', text: 'Back.' }],
    ]);
    await session.run('One');
    expect(await session.run('Two')).toMatchObject({ kind: 'ended', reason: 'completed' });
  });
});
