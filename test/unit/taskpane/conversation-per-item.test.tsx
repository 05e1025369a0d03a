import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryKeyValueStorage } from '../../../src/taskpane/chat/conversation-storage';
import { approvalFixture, createFakeRuntime } from './fake-session';
import { configuredModel, installDomShims, outlookWith, renderPane } from './pane-harness';

beforeAll(installDomShims);

async function ask(text: string) {
  const user = userEvent.setup({ delay: null });
  await user.type(await screen.findByRole('textbox', { name: 'Message the agent' }), `${text}{Enter}`);
  return user;
}

describe('a conversation per item', () => {
  it('switching emails switches conversations, and switching back restores the first', async () => {
    const outlook = outlookWith('Contract renewal');
    const { runtime } = renderPane(outlook.office, { stored: configuredModel });
    await ask('Who signs the renewal?');
    act(() => {
      runtime.sessions[0].startTurn();
      runtime.sessions[0].streamText('Adele signs it.');
      runtime.sessions[0].endTurn();
    });
    await screen.findByText('Adele signs it.');

    await act(async () => outlook.selectItem('Lunch on Friday', 'Nestor'));
    await screen.findByRole('heading', { name: 'Lunch on Friday' });
    await screen.findByRole('group', { name: 'Suggestions' });
    expect(screen.queryByText('Adele signs it.')).toBeNull();
    expect(runtime.sessions).toHaveLength(2);

    await act(async () => outlook.selectItem('Contract renewal', 'Adele'));
    expect(await screen.findByText('Adele signs it.')).toBeTruthy();
    expect(screen.getByText('Who signs the renewal?')).toBeTruthy();
    expect(runtime.sessions).toHaveLength(2);
  });

  it('a pane reload restores the conversation from its snapshot', async () => {
    const session = memoryKeyValueStorage();
    const first = renderPane(outlookWith('Contract renewal').office, { stored: configuredModel, session });
    await ask('Summarize');
    act(() => {
      first.runtime.sessions[0].startTurn();
      first.runtime.sessions[0].streamText('- Renewal due **1 December**');
      first.runtime.sessions[0].endTurn();
    });
    await screen.findByText('1 December');
    first.unmount();

    const second = renderPane(outlookWith('Contract renewal').office, { stored: configuredModel, session });
    expect(await screen.findByText('1 December')).toBeTruthy();
    expect(second.runtime.sessions[0].restoredFrom?.messages).toEqual([
      { role: 'user', content: 'Summarize' },
    ]);
  });
});

describe('undo send', () => {
  const sendApproval = approvalFixture({
    id: 'call_send',
    toolName: 'mail_send_draft',
    category: 'send',
    preview: { title: 'Send the reply', fields: [], warnings: [] },
    editableArgs: [],
  });
  const withDelay = (seconds: number) => ({
    'outlookAgent.settings': {
      ...configuredModel['outlookAgent.settings'],
      agent: { undoSendSeconds: seconds },
    },
  });

  it('an approved send waits for the countdown, then goes out', async () => {
    const { runtime } = renderPane(outlookWith('Planning').office, { stored: withDelay(1) });
    const user = await ask('Send my reply');
    act(() => {
      runtime.sessions[0].startTurn();
      runtime.sessions[0].pauseForApproval([sendApproval]);
    });
    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    expect(screen.getByText('Sending in 1 s…')).toBeTruthy();
    expect(runtime.sessions[0].calls.some((call) => call.method === 'approve')).toBe(false);
    await waitFor(
      () =>
        expect(runtime.sessions[0].calls.at(-1)).toEqual({
          method: 'approve',
          id: 'call_send',
          editedArgs: undefined,
        }),
      {
        timeout: 3000,
      },
    );
  });

  it('Cancel during the countdown keeps the message as a draft (the send is declined)', async () => {
    const { runtime } = renderPane(outlookWith('Planning').office, { stored: withDelay(10) });
    const user = await ask('Send my reply');
    act(() => {
      runtime.sessions[0].startTurn();
      runtime.sessions[0].pauseForApproval([sendApproval]);
    });
    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    await user.click(screen.getByRole('button', { name: 'Cancel send' }));
    expect(runtime.sessions[0].calls.at(-1)).toMatchObject({ method: 'deny', id: 'call_send' });
    expect(runtime.sessions[0].calls.some((call) => call.method === 'approve')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Send cancelled. The message is kept as a draft.');
  });

  it('a pane closed during the countdown sent nothing, and says so when it opens again', async () => {
    const session = memoryKeyValueStorage();
    const local = memoryKeyValueStorage();
    const first = renderPane(outlookWith('Planning').office, { stored: withDelay(10), session, local });
    const user = await ask('Send my reply');
    act(() => {
      first.runtime.sessions[0].startTurn();
      first.runtime.sessions[0].pauseForApproval([sendApproval]);
    });
    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    first.unmount();
    expect(first.runtime.sessions[0].calls.some((call) => call.method === 'approve')).toBe(false);

    const runtime = createFakeRuntime();
    renderPane(outlookWith('Planning').office, { stored: withDelay(10), session, local, runtime });
    expect(await screen.findByText(/nothing was sent/)).toBeTruthy();
    // The paused turn is restored: the card is there to approve again or deny.
    expect(await screen.findByRole('article', { name: 'Send the reply' })).toBeTruthy();
  });
});
