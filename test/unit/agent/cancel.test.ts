import { settingsWith } from '../../helpers/test-tools';
import { harness } from './session-harness';

describe('cancel', () => {
  it('during the model stream: the stream is aborted, no tool starts, the turn ends as cancelled', async () => {
    const { session, tools, ofType, model } = harness([
      [
        { type: 'text', text: 'Thinking' },
        { type: 'hang' },
        { type: 'tool-call', name: 'mail_search_slow', args: { label: 'never', ms: 0 } },
      ],
    ]);
    const running = session.run('Search');
    await new Promise((resolve) => setTimeout(resolve, 20));
    session.cancel();
    expect(await running).toMatchObject({ kind: 'ended', reason: 'cancelled' });
    expect(model.requests[0].signal.aborted).toBe(true);
    expect(tools.runs).toHaveLength(0);
    expect(ofType('turn-end')).toEqual([expect.objectContaining({ reason: 'cancelled' })]);
    expect(session.status().kind).toBe('idle');
  });

  it('during a tool: the tool gets an aborted signal and the next side effect never starts', async () => {
    const { session, tools, toolMessage } = harness(
      [
        [
          { type: 'tool-call', id: 'first', name: 'mail_move_message', args: { id: 'm1', ms: 60_000 } },
          { type: 'tool-call', id: 'second', name: 'mail_move_message', args: { id: 'm2', ms: 0 } },
        ],
      ],
      { settings: settingsWith({ organize: 'always' }) },
    );
    const running = session.run('Move m1 and m2');
    await new Promise((resolve) => setTimeout(resolve, 20));
    session.cancel();
    expect(await running).toMatchObject({ kind: 'ended', reason: 'cancelled' });
    expect(tools.runsOf('mail_move_message')).toEqual([
      expect.objectContaining({ args: { id: 'm1', ms: 60_000 }, aborted: true }),
    ]);
    expect(toolMessage('first')?.content).toMatch(/^Error \(cancelled\)/u);
    expect(toolMessage('second')?.content).toMatch(/^Error \(cancelled\)/u);
    expect(session.audit.entries()).toEqual([
      expect.objectContaining({ toolCallId: 'first', outcome: { status: 'error', code: 'cancelled' } }),
    ]);
  });

  it('while waiting for approval: the pending action is never run', async () => {
    const { session, tools } = harness([
      [
        {
          type: 'tool-call',
          id: 'd1',
          name: 'mail_create_draft',
          args: { to: ['bob@contoso.com'], subject: 'S', body: 'B' },
        },
      ],
    ]);
    await session.run('Draft to bob@contoso.com');
    session.cancel();
    expect(session.status().kind).toBe('idle');
    expect(tools.drafts).toHaveLength(0);
    expect(session.audit.entries()[0]).toMatchObject({ decision: 'cancelled' });
  });
});
