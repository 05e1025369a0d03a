import type { ModelRequest } from '../../../src/llm/model';
import { harness } from './session-harness';

const draft = { to: ['bob@contoso.com'], subject: 'Lunch', body: 'Lunch on Friday?' };

/** The tool message for `id` in the request the model received next. */
function toolContentIn(request: ModelRequest, id: string): string | undefined {
  const message = request.messages.find((entry) => entry.role === 'tool' && entry.toolCallId === id);
  return message?.content;
}

describe('approvals', () => {
  it('approve: the call runs, the run resumes from the same state, and the audit says approved', async () => {
    const { session, tools, model, ofType } = harness([
      [{ type: 'tool-call', id: 'd1', name: 'mail_create_draft', args: draft }],
      [{ type: 'text', text: 'Drafted.' }],
    ]);
    await session.run('Draft lunch to bob@contoso.com');
    const progress = await session.approve('d1');
    expect(progress).toMatchObject({ kind: 'ended', reason: 'completed' });
    expect(tools.drafts).toEqual([draft]);
    expect(toolContentIn(model.requests[1], 'd1')).toBe('{"id":"draft-1"}');
    expect(ofType('step-end').map((event) => event.step)).toEqual([1, 2]);
    expect(session.audit.entries()[0]).toMatchObject({
      decision: 'approved',
      outcome: { status: 'ok' },
      reasons: [expect.stringMatching(/your settings/u)],
    });
  });

  it('deny: nothing runs and the reason reaches the model', async () => {
    const { session, tools, model } = harness([
      [{ type: 'tool-call', id: 'd1', name: 'mail_create_draft', args: draft }],
      [{ type: 'text', text: 'OK, I will not.' }],
    ]);
    await session.run('Draft lunch to bob@contoso.com');
    await session.deny('d1', 'Bob is on leave');
    expect(tools.drafts).toHaveLength(0);
    expect(toolContentIn(model.requests[1], 'd1')).toBe(
      'Error (declined): The user declined: Bob is on leave',
    );
    expect(session.audit.entries()[0]).toMatchObject({ decision: 'denied', outcome: { status: 'not-run' } });
  });

  it("edit: the edited arguments run after validation, and edits count as the user's words", async () => {
    const { session, tools } = harness([
      [{ type: 'tool-call', id: 'd1', name: 'mail_create_draft', args: draft }],
      [{ type: 'text', text: 'Drafted.' }],
    ]);
    await session.run('Draft lunch to bob@contoso.com');
    await expect(session.approve('d1', { editedArgs: { to: ['not-an-address'] } })).rejects.toMatchObject({
      code: 'invalid-edit',
      message: expect.stringMatching(/to\.0/u),
    });
    expect(session.status().kind).toBe('awaiting-approval');
    await expect(session.approve('d1', { editedArgs: { secret: 'x' } })).rejects.toMatchObject({
      code: 'not-editable',
    });
    const progress = await session.approve('d1', {
      editedArgs: { to: ['carol@contoso.com'], subject: 'Lunch moved' },
    });
    expect(progress).toMatchObject({ kind: 'ended' });
    expect(tools.drafts).toEqual([{ ...draft, to: ['carol@contoso.com'], subject: 'Lunch moved' }]);
    expect(session.audit.entries()[0]).toMatchObject({
      decision: 'edited',
      arguments: { to: ['carol@contoso.com'] },
    });
  });

  it('approve-all: several pending side effects of one step run together, in order', async () => {
    const { session, tools, ofType } = harness([
      [
        { type: 'tool-call', id: 'd1', name: 'mail_create_draft', args: draft },
        {
          type: 'tool-call',
          id: 'd2',
          name: 'mail_create_draft',
          args: { ...draft, to: ['carol@contoso.com'] },
        },
      ],
      [{ type: 'text', text: 'Both drafted.' }],
    ]);
    await session.run('Draft lunch to bob@contoso.com and carol@contoso.com');
    expect(ofType('tool-approval-request').map((event) => event.approval.id)).toEqual(['d1', 'd2']);
    const progress = await session.approveAll();
    expect(progress).toMatchObject({ kind: 'ended', reason: 'completed' });
    expect(tools.drafts.map((entry) => entry.to[0])).toEqual(['bob@contoso.com', 'carol@contoso.com']);
  });

  it('one decision of two leaves the step paused; the second resumes it', async () => {
    const { session, tools } = harness([
      [
        { type: 'tool-call', id: 'd1', name: 'mail_create_draft', args: draft },
        {
          type: 'tool-call',
          id: 'd2',
          name: 'mail_create_draft',
          args: { ...draft, to: ['carol@contoso.com'] },
        },
      ],
      [{ type: 'text', text: 'One drafted.' }],
    ]);
    await session.run('Draft lunch to bob@contoso.com and carol@contoso.com');
    expect(await session.deny('d2')).toMatchObject({
      kind: 'still-pending',
      approvals: [expect.objectContaining({ id: 'd1' })],
    });
    expect(tools.drafts).toHaveLength(0);
    expect(await session.approve('d1')).toMatchObject({ kind: 'ended' });
    expect(tools.drafts.map((entry) => entry.to[0])).toEqual(['bob@contoso.com']);
  });

  it('a paused turn survives a snapshot and resumes in a new session', async () => {
    const first = harness([[{ type: 'tool-call', id: 'd1', name: 'mail_create_draft', args: draft }]]);
    await first.session.run('Draft lunch to bob@contoso.com');
    const saved = JSON.parse(JSON.stringify(first.session.snapshot()));
    const second = harness([[{ type: 'text', text: 'Drafted after reload.' }]], { snapshot: saved });
    expect(second.session.pendingApprovals().map((approval) => approval.id)).toEqual(['d1']);
    expect(await second.session.approve('d1')).toMatchObject({ kind: 'ended', reason: 'completed' });
    expect(second.tools.drafts).toEqual([draft]);
  });

  it('a new message while an approval is pending closes the old turn without running it', async () => {
    const { session, tools, ofType, model } = harness([
      [{ type: 'tool-call', id: 'd1', name: 'mail_create_draft', args: draft }],
      [{ type: 'text', text: 'Sure.' }],
    ]);
    await session.run('Draft lunch to bob@contoso.com');
    await session.run('Actually, never mind');
    expect(tools.drafts).toHaveLength(0);
    expect(ofType('turn-end').map((event) => event.reason)).toEqual(['cancelled', 'completed']);
    expect(toolContentIn(model.requests[1], 'd1')).toMatch(/^Error \(cancelled\)/u);
  });
});
