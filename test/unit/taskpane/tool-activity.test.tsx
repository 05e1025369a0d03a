import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  describeToolCall,
  describeToolError,
  humanizeToolName,
} from '../../../src/taskpane/activity/tool-wording';
import { en } from '../../../src/taskpane/i18n/en';
import { configuredModel, installDomShims, outlookWith, renderPane } from './pane-harness';

beforeAll(installDomShims);

describe('tool activity wording', () => {
  it("uses the result's summary once the call is done", () => {
    expect(
      describeToolCall(
        { toolName: 'calendar_list_events', args: {}, summary: 'Read 3 events', status: 'done' },
        en,
      ),
    ).toBe('Read 3 events');
  });

  it('words a call from its arguments before a summary exists', () => {
    expect(
      describeToolCall(
        { toolName: 'mail_search_messages', args: { query: 'invoice' }, status: 'running' },
        en,
      ),
    ).toBe("Searched mail for 'invoice'");
    expect(
      describeToolCall({ toolName: 'todo_create_task', args: { title: 'x' }, status: 'running' }, en),
    ).toBe('Create task');
    expect(humanizeToolName('mail_create_reply_draft')).toBe('Create reply draft');
  });

  it('explains failures in words, keeping a tool message written for users', () => {
    expect(describeToolError({ errorCode: 'declined', errorMessage: 'The user declined: later' }, en)).toBe(
      'You declined this action.',
    );
    expect(
      describeToolError(
        { errorCode: 'tool-failed', errorMessage: 'The folder "Archive 2019" does not exist.' },
        en,
      ),
    ).toBe('This action failed. The folder "Archive 2019" does not exist.');
    expect(describeToolError({ errorCode: 'not-available' }, en)).toBe('Not allowed by your settings.');
  });
});

describe('tool activity lines', () => {
  it('show running, done and failed calls, expand to arguments and result, and offer Undo', async () => {
    const { runtime, host } = renderPane(outlookWith('Invoices').office, { stored: configuredModel });
    const openMessage = jest.spyOn(host, 'displayMessageForm');
    const user = userEvent.setup({ delay: null });
    await user.type(
      await screen.findByRole('textbox', { name: 'Message the agent' }),
      'Find the invoice and file it{Enter}',
    );
    const session = runtime.sessions[0];
    act(() => {
      const turnId = session.startTurn();
      session.emit({
        type: 'tool-call',
        turnId,
        step: 1,
        toolCallId: 'c1',
        toolName: 'mail_search_messages',
        args: { query: 'invoice' },
        category: 'read',
      });
    });
    expect(await screen.findByText("Searched mail for 'invoice'")).toBeTruthy();
    expect(screen.getByText('Running')).toBeTruthy();

    act(() => {
      session.emit({
        type: 'tool-result',
        turnId: 'turn-1',
        step: 1,
        toolCallId: 'c1',
        toolName: 'mail_search_messages',
        summary: 'Found 2 messages',
        citations: [{ kind: 'message', id: 'AAMkInv', title: 'Invoice 4711' }],
        content: '{"messages":[{"id":"AAMkInv"}]}',
        truncated: false,
        durationMs: 40,
      });
      session.emit({
        type: 'tool-call',
        turnId: 'turn-1',
        step: 2,
        toolCallId: 'c2',
        toolName: 'mail_move_message',
        args: { messageId: 'AAMkInv', folder: 'Archive' },
        category: 'organize',
      });
      session.emit({
        type: 'tool-result',
        turnId: 'turn-1',
        step: 2,
        toolCallId: 'c2',
        toolName: 'mail_move_message',
        summary: 'Moved 1 message to Archive',
        citations: [],
        content: '{}',
        truncated: false,
        durationMs: 20,
        undo: {
          tool: 'mail_move_message',
          args: { messageId: 'AAMkInv', folder: 'Inbox' },
          label: 'move back to Inbox',
        },
      });
      session.emit({
        type: 'tool-call',
        turnId: 'turn-1',
        step: 2,
        toolCallId: 'c3',
        toolName: 'calendar_create_event',
        args: {},
        category: 'draft',
      });
      session.emit({
        type: 'tool-error',
        turnId: 'turn-1',
        step: 2,
        toolCallId: 'c3',
        toolName: 'calendar_create_event',
        code: 'timeout',
        message: 'Graph did not answer in 60 s.',
      });
      session.streamText('Filed the invoice.', 3);
      session.endTurn();
    });

    const found = await screen.findByRole('button', { name: 'Found 2 messages' });
    expect(found.getAttribute('aria-expanded')).toBe('false');
    await user.click(found);
    const details = screen.getByRole('group', { name: 'Details of mail_search_messages' });
    expect(within(details).getByText(/"query": "invoice"/)).toBeTruthy();
    expect(within(details).getByText(/"id": "AAMkInv"/)).toBeTruthy();

    expect(
      screen.getByText('This took too long and was stopped. Graph did not answer in 60 s.'),
    ).toBeTruthy();
    const sources = screen.getByRole('navigation', { name: 'Sources' });
    await user.click(within(sources).getByRole('button', { name: 'Invoice 4711' }));
    expect(openMessage).toHaveBeenCalledWith('AAMkInv');

    await user.click(screen.getByRole('button', { name: 'Undo: move back to Inbox' }));
    expect(runtime.undos).toEqual([
      {
        tool: 'mail_move_message',
        args: { messageId: 'AAMkInv', folder: 'Inbox' },
        label: 'move back to Inbox',
      },
    ]);
    expect(await screen.findByText('Undone: move back to Inbox')).toBeTruthy();
  });
});
