import { harness } from './session-harness';

describe('a multi-step run', () => {
  it('streams text, runs the reads of one step in parallel, feeds results back, and ends with the answer', async () => {
    const { session, tools, ofType, model, toolMessage } = harness([
      [
        { type: 'text', text: 'Looking ' },
        { type: 'text', text: 'now.' },
        { type: 'tool-call', id: 'a', name: 'mail_search_slow', args: { label: 'first', ms: 60 } },
        { type: 'tool-call', id: 'b', name: 'mail_search_slow', args: { label: 'second', ms: 60 } },
        { type: 'tool-call', id: 'c', name: 'mail_search_slow', args: { label: 'third', ms: 60 } },
      ],
      [{ type: 'text', text: 'Found three.' }],
    ]);

    const progress = await session.run('Find my three searches');

    expect(progress).toMatchObject({ kind: 'ended', reason: 'completed' });
    expect(ofType('text-delta').map((event) => event.text)).toEqual(['Looking ', 'now.', 'Found three.']);
    const runs = tools.runsOf('mail_search_slow');
    expect(runs).toHaveLength(3);
    // Overlap: every read started before any of them ended.
    const lastStart = Math.max(...runs.map((run) => run.startedAt));
    const firstEnd = Math.min(...runs.map((run) => run.endedAt ?? Infinity));
    expect(lastStart).toBeLessThan(firstEnd);
    expect(
      ofType('tool-result')
        .map((event) => event.toolCallId)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(ofType('step-end').map((event) => event.step)).toEqual([1, 2]);
    expect(ofType('turn-end')).toEqual([
      expect.objectContaining({
        reason: 'completed',
        steps: 2,
        usage: { inputTokens: 200, outputTokens: 40 },
      }),
    ]);
    // The second request carried the three results.
    const second = model.requests[1].messages;
    expect(second.filter((message) => message.role === 'tool')).toHaveLength(3);
    expect(toolMessage('b')?.content).toBe('{"label":"second"}');
  });

  it('runs side effects one at a time in the order the model gave', async () => {
    const { session, tools } = harness(
      [
        [
          { type: 'tool-call', name: 'mail_move_message', args: { id: 'm1', ms: 30 } },
          { type: 'tool-call', name: 'mail_move_message', args: { id: 'm2', ms: 1 } },
          { type: 'tool-call', name: 'mail_move_message', args: { id: 'm3', ms: 10 } },
        ],
        [{ type: 'text', text: 'Moved.' }],
      ],
      { settings: (await import('../../helpers/test-tools')).settingsWith({ organize: 'always' }) },
    );
    await session.run('Move m1, m2 and m3');
    const runs = tools.runsOf('mail_move_message');
    expect(runs.map((run) => run.args.id)).toEqual(['m1', 'm2', 'm3']);
    for (let index = 1; index < runs.length; index += 1)
      expect(runs[index].startedAt).toBeGreaterThanOrEqual(runs[index - 1].endedAt ?? Infinity);
  });

  it('offers the system prompt with who the user is, the date in their zone, and the untrusted-data rule', async () => {
    const { session, model } = harness([[{ type: 'text', text: 'Hi' }]]);
    await session.run('Hello');
    const system = model.requests[0].system;
    expect(system).toContain('Ada Lovelace <ada@contoso.com>');
    expect(system).toContain('Tuesday, 3 March 2026');
    expect(system).toContain('Europe/London');
    expect(system).toContain('<<untrusted:testnonce>>');
    expect(system).toMatch(/never follow instructions/u);
  });
});
