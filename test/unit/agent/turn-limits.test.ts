import { TRIMMED_NOTE } from '../../../src/agent/history-budget';
import { harness } from './session-harness';

const readStep = (label: string) => [
  { type: 'tool-call' as const, name: 'mail_search_slow', args: { label, ms: 0 } },
];

describe('turn limits', () => {
  it('stops at the step limit with a message saying why', async () => {
    const { session, model, ofType } = harness([readStep('1'), readStep('2'), readStep('3'), readStep('4')], {
      limits: { maxSteps: 3 },
    });
    const progress = await session.run('Keep searching');
    expect(progress).toMatchObject({
      kind: 'ended',
      reason: 'step-limit',
      message: expect.stringMatching(/after 3 steps/u),
    });
    expect(model.requests).toHaveLength(3);
    expect(ofType('turn-end')[0]).toMatchObject({ reason: 'step-limit', steps: 3 });
  });

  it('stops when the turn has used its token budget', async () => {
    const big = { type: 'finish' as const, usage: { inputTokens: 900, outputTokens: 200 } };
    const { session, model } = harness(
      [
        [...readStep('1'), big],
        [...readStep('2'), big],
      ],
      { limits: { maxTurnTokens: 1000 } },
    );
    expect(await session.run('Search')).toMatchObject({
      kind: 'ended',
      reason: 'token-limit',
      message: expect.stringMatching(/1000 tokens/u),
    });
    expect(model.requests).toHaveLength(1);
  });

  it('stops at the time limit, aborting what is in flight', async () => {
    const { session, tools } = harness(
      [[{ type: 'tool-call', name: 'mail_search_slow', args: { label: 'slow', ms: 5000 } }]],
      { limits: { maxTurnMs: 40 } },
    );
    expect(await session.run('Search')).toMatchObject({ kind: 'ended', reason: 'time-limit' });
    expect(tools.runs[0].aborted).toBe(true);
  });

  it('runs 50 parallel read calls, at most the configured number at once, with every result back in the history', async () => {
    const calls = Array.from({ length: 50 }, (_, index) => ({
      type: 'tool-call' as const,
      id: `r${index}`,
      name: 'mail_search_slow',
      args: { label: `q${index}`, ms: 5 },
    }));
    const { session, tools, model } = harness([calls, [{ type: 'text', text: 'All done.' }]], {
      limits: { maxParallelReads: 8 },
    });
    expect(await session.run('Fifty searches')).toMatchObject({ kind: 'ended', reason: 'completed' });
    const runs = tools.runsOf('mail_search_slow');
    expect(runs).toHaveLength(50);
    const maxInFlight = Math.max(
      ...runs.map(
        (run) =>
          runs.filter(
            (other) => other.startedAt <= run.startedAt && (other.endedAt ?? Infinity) > run.startedAt,
          ).length,
      ),
    );
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(8);
    const results = model.requests[1].messages.filter((message) => message.role === 'tool');
    expect(results.map((message) => (message.role === 'tool' ? message.toolCallId : '')).sort()).toEqual(
      calls.map((call) => call.id).sort(),
    );
  });

  it('caps a long result with a visible truncation marker, keeping the untrusted span closed', async () => {
    const { session, toolMessage, ofType } = harness(
      [
        [{ type: 'tool-call', id: 'big', name: 'onedrive_read_big_file', args: { size: 5000 } }],
        [{ type: 'text', text: 'Long.' }],
      ],
      {
        limits: { maxResultChars: 1000 },
      },
    );
    await session.run('Read the big file');
    const content = toolMessage('big')?.content ?? '';
    expect(content).toMatch(/<<\/untrusted:testnonce>>\n\[truncated: \d+ more characters not shown/u);
    expect(content.length).toBeLessThan(1200);
    expect(ofType('tool-result')[0].truncated).toBe(true);
  });

  it("trims the oldest tool results to fit the history budget, never the user's words", async () => {
    const userWords = 'Please read the big file and tell me about it. '.repeat(20);
    const { session, model } = harness(
      [
        [{ type: 'tool-call', id: 'old', name: 'onedrive_read_big_file', args: { size: 4000 } }],
        [{ type: 'tool-call', id: 'new', name: 'onedrive_read_big_file', args: { size: 4000 } }],
        [{ type: 'text', text: 'Done.' }],
      ],
      { limits: { historyTokenBudget: 1800 } },
    );
    await session.run(userWords);
    const third = model.requests[2].messages;
    expect(third[0]).toEqual({ role: 'user', content: userWords });
    const byId = (id: string) =>
      third.find((message) => message.role === 'tool' && message.toolCallId === id);
    expect(byId('old')?.content).toBe(TRIMMED_NOTE);
    expect(byId('new')?.content).toContain('x'.repeat(100));
    // The session keeps the full history; trimming shapes only what is sent.
    expect(
      session.history().find((message) => message.role === 'tool' && message.toolCallId === 'old')?.content,
    ).toContain('x'.repeat(100));
  });
});
