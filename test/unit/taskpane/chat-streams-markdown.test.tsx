import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { configuredModel, installDomShims, outlookWith, renderPane } from './pane-harness';

beforeAll(installDomShims);

async function openChat() {
  const pane = renderPane(outlookWith('Budget 2027').office, { stored: configuredModel });
  const composer = await screen.findByRole('textbox', { name: 'Message the agent' });
  return { ...pane, composer };
}

describe('chat', () => {
  it('streams an answer as Markdown with a table, and offers Copy once it is complete', async () => {
    const { runtime, composer } = await openChat();
    const user = userEvent.setup({ delay: null });
    await user.type(composer, 'Compare the offers{Enter}');
    const session = runtime.sessions[0];
    expect(session.calls[0]).toEqual({ method: 'run', input: 'Compare the offers' });
    expect(screen.getByRole('button', { name: 'Stop' })).toBeTruthy();

    act(() => {
      session.startTurn();
      session.streamText('Here is the comparison:\n\n| Vendor | Price |\n|---|---|\n');
    });
    act(() => session.streamText('| Contoso | 1,200 € |\n| Fabrikam | 990 € |\n'));
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Vendor Price',
      'Contoso 1,200 €',
      'Fabrikam 990 €',
    ]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Vendor', 'Price']);
    expect(screen.queryByRole('button', { name: 'Copy answer' })).toBeNull();

    act(() => session.endTurn());
    expect(await screen.findByRole('button', { name: 'Copy answer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Answer complete.');
  });

  it('sends on Enter and adds a line on Shift+Enter', async () => {
    const { runtime, composer } = await openChat();
    const user = userEvent.setup({ delay: null });
    await user.type(composer, 'first line{Shift>}{Enter}{/Shift}second line');
    expect(runtime.sessions[0].calls).toEqual([]);
    expect((composer as HTMLTextAreaElement).value).toBe('first line\nsecond line');
    await user.keyboard('{Enter}');
    expect(runtime.sessions[0].calls).toEqual([{ method: 'run', input: 'first line\nsecond line' }]);
    expect((composer as HTMLTextAreaElement).value).toBe('');
  });

  it('Stop cancels the turn at once and the composer is ready again', async () => {
    const { runtime, composer } = await openChat();
    const user = userEvent.setup({ delay: null });
    await user.type(composer, 'Write a long essay{Enter}');
    const session = runtime.sessions[0];
    act(() => {
      session.startTurn();
      session.streamText('Once upon a time');
    });
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(session.calls.at(-1)).toEqual({ method: 'cancel' });
    expect(await screen.findByRole('button', { name: 'Send' })).toBeTruthy();
    expect(screen.getByText('Cancelled.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Stopped.');
  });

  it('Retry sends the last question again; New chat starts an empty conversation', async () => {
    const { runtime, composer } = await openChat();
    const user = userEvent.setup({ delay: null });
    await user.type(composer, 'What is due today?{Enter}');
    const session = runtime.sessions[0];
    act(() => {
      session.startTurn();
      session.emit({
        type: 'turn-error',
        turnId: 'turn-1',
        code: 'network',
        message: 'The model endpoint could not be reached.',
      });
      session.endTurn('error', 'The model endpoint could not be reached.');
    });
    expect(await screen.findByText('The model endpoint could not be reached.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(session.calls.filter((call) => call.method === 'run')).toHaveLength(2);
    expect(session.calls.at(-1)).toEqual({ method: 'run', input: 'What is due today?' });
    act(() => session.endTurn());

    await user.click(await screen.findByRole('button', { name: 'New chat' }));
    expect(await screen.findByRole('group', { name: 'Suggestions' })).toBeTruthy();
    expect(runtime.sessions).toHaveLength(2);
  });

  it('a suggested prompt is sent as the user message', async () => {
    const { runtime } = await openChat();
    fireEvent.click(screen.getByRole('button', { name: 'Summarize' }));
    await waitFor(() => expect(runtime.sessions[0].calls).toHaveLength(1));
    expect(runtime.sessions[0].calls[0]).toEqual({
      method: 'run',
      input: 'Summarize this email in a few bullet points.',
    });
  });
});
