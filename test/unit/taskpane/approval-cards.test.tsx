import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { approvalFixture } from './fake-session';
import { configuredModel, installDomShims, outlookWith, renderPane } from './pane-harness';

beforeAll(installDomShims);

async function paneAwaiting(approvals = [approvalFixture()]) {
  const pane = renderPane(outlookWith('Planning').office, { stored: configuredModel });
  const user = userEvent.setup({ delay: null });
  await user.type(await screen.findByRole('textbox', { name: 'Message the agent' }), 'Reply to Adele{Enter}');
  const session = pane.runtime.sessions[0];
  act(() => {
    session.startTurn();
    session.pauseForApproval(approvals);
  });
  await screen.findByRole('region', { name: 'Actions waiting for approval' });
  return { ...pane, session, user };
}

const card = (title: string) => screen.getByRole('article', { name: title });

describe('approval cards', () => {
  it("show the tool's preview, who asked and why, and link to the setting", async () => {
    const external = approvalFixture({
      id: 'call_send',
      toolName: 'mail_send_message',
      category: 'send',
      preview: {
        title: 'Send an email',
        fields: [
          {
            label: 'To',
            value: 'a@contoso.com, eve@fabrikam.example',
            kind: 'recipients',
            recipients: [
              { address: 'a@contoso.com', external: false },
              { address: 'eve@fabrikam.example', name: 'Eve', external: true },
            ],
          },
          { label: 'When', value: 'Tuesday 25 November 2026, 14:00 (Europe/Berlin)', kind: 'time' },
        ],
        body: 'Please find the numbers below.',
        warnings: [
          {
            code: 'value-from-untrusted',
            message: 'eve@fabrikam.example came from the text of an email, not from you.',
          },
        ],
      },
      reasons: [{ kind: 'provenance', message: 'A recipient came from email content.' }],
      editableArgs: [],
    });
    const { user } = await paneAwaiting([external]);
    const sendCard = within(card('Send an email'));
    expect(sendCard.getByText('Needs approval: Send')).toBeTruthy();
    expect(sendCard.getByText('A recipient came from email content.')).toBeTruthy();
    expect(sendCard.getByText('Eve <eve@fabrikam.example>').parentElement?.textContent).toContain('External');
    expect(sendCard.getByText('a@contoso.com').parentElement?.textContent).not.toContain('External');
    expect(sendCard.getByText('Tuesday 25 November 2026, 14:00 (Europe/Berlin)')).toBeTruthy();
    expect(
      sendCard.getByText('eve@fabrikam.example came from the text of an email, not from you.'),
    ).toBeTruthy();
    expect(sendCard.getByRole('group', { name: 'Message body' }).textContent).toBe(
      'Please find the numbers below.',
    );
    expect(sendCard.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Approval needed: Send an email');

    await user.click(sendCard.getByRole('button', { name: 'Change in settings' }));
    expect(await screen.findByRole('heading', { name: 'Permissions' })).toBeTruthy();
  });

  it('Approve runs the call', async () => {
    const { session, user } = await paneAwaiting();
    await user.click(within(card('Create a reply draft')).getByRole('button', { name: 'Approve' }));
    expect(session.calls.at(-1)).toEqual({ method: 'approve', id: 'call_1', editedArgs: undefined });
    act(() => session.endTurn());
    expect(screen.queryByRole('region', { name: 'Actions waiting for approval' })).toBeNull();
  });

  it('Deny passes the optional reason to the agent', async () => {
    const { session, user } = await paneAwaiting();
    await user.click(within(card('Create a reply draft')).getByRole('button', { name: 'Deny' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason (optional)' }), 'Not before Monday');
    await user.click(screen.getByRole('button', { name: 'Deny action' }));
    expect(session.calls.at(-1)).toEqual({ method: 'deny', id: 'call_1', reason: 'Not before Monday' });
  });

  it('edit then approve sends only the changed editable arguments, typed like the originals', async () => {
    const { session, user } = await paneAwaiting();
    const draftCard = within(card('Create a reply draft'));
    await user.click(draftCard.getByRole('button', { name: 'Edit' }));
    const to = draftCard.getByRole('textbox', { name: 'To' });
    await user.clear(to);
    await user.type(to, 'adele@contoso.com, megan@contoso.com');
    const body = draftCard.getByRole('textbox', { name: 'Message body' });
    await user.clear(body);
    await user.type(body, 'Tuesday works. Megan joins too.');
    await user.click(draftCard.getByRole('button', { name: 'Approve with changes' }));
    expect(session.calls.at(-1)).toEqual({
      method: 'approve',
      id: 'call_1',
      editedArgs: {
        to: ['adele@contoso.com', 'megan@contoso.com'],
        comment: 'Tuesday works. Megan joins too.',
      },
    });
  });

  it('an invalid edit keeps the card open with the reason', async () => {
    const { session, user } = await paneAwaiting();
    session.approve = async () => {
      throw new Error('to.0: Invalid email address');
    };
    const draftCard = within(card('Create a reply draft'));
    await user.click(draftCard.getByRole('button', { name: 'Edit' }));
    const to = draftCard.getByRole('textbox', { name: 'To' });
    await user.clear(to);
    await user.type(to, 'not-an-address');
    await user.click(draftCard.getByRole('button', { name: 'Approve with changes' }));
    expect((await screen.findByRole('alert')).textContent).toContain('to.0: Invalid email address');
    expect(card('Create a reply draft')).toBeTruthy();
  });

  it('Approve all approves every pending action of the step', async () => {
    const second = approvalFixture({
      id: 'call_2',
      toolName: 'todo_create_task',
      preview: { title: 'Create a task', fields: [], warnings: [] },
      editableArgs: [],
    });
    const { session, user } = await paneAwaiting([approvalFixture(), second]);
    await user.click(screen.getByRole('button', { name: 'Approve all (2)' }));
    expect(session.calls.at(-1)).toEqual({ method: 'approveAll', ids: ['call_1', 'call_2'] });
  });
});
