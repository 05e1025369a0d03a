import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditEntry } from '../../../src/agent';
import { configuredModel, installDomShims, outlookWith, renderPane } from './pane-harness';

beforeAll(installDomShims);

function entry(toolCallId: string, tool: string, decision: AuditEntry['decision']): AuditEntry {
  return {
    time: '2026-11-20T09:00:00.000Z',
    turnId: 'turn-1',
    toolCallId,
    tool,
    category: decision === 'auto' ? 'read' : 'organize',
    arguments: { ids: ['AAMk1'], folder: 'Archive' },
    decision,
    reasons: decision === 'auto' ? undefined : ['Organize needs approval in your settings'],
    outcome: decision === 'denied' ? { status: 'not-run' } : { status: 'ok' },
    durationMs: 12,
    graphRequestIds: [],
  } as AuditEntry;
}

async function openActivity() {
  const rendered = renderPane(outlookWith('Invoices').office, { stored: configuredModel });
  const user = userEvent.setup({ delay: null });
  await screen.findByRole('textbox', { name: 'Message the agent' });
  const audit = rendered.runtime.sessions[0].audit;
  audit.record(entry('c1', 'mail_search_messages', 'auto'));
  audit.record(entry('c2', 'mail_move_message', 'approved'));
  audit.record(entry('c3', 'mail_delete_message', 'denied'));
  await user.click(screen.getByRole('button', { name: 'Activity' }));
  const view = await screen.findByRole('main', { name: 'Activity' });
  return { ...rendered, user, view };
}

const shownTools = (view: HTMLElement) =>
  within(view)
    .queryAllByRole('listitem')
    .map((item) => item.textContent ?? '');

describe('the activity view', () => {
  it('lists every decision, newest first, and filters by decision', async () => {
    const { user, view } = await openActivity();
    const all = shownTools(view);
    expect(all).toHaveLength(3);
    expect(all[0]).toContain('Delete message');
    expect(all[2]).toContain('Search messages');

    await user.selectOptions(within(view).getByRole('combobox', { name: 'Show' }), 'Denied');
    const denied = shownTools(view);
    expect(denied).toHaveLength(1);
    expect(denied[0]).toContain('Delete message');
    expect(denied[0]).toContain('Denied · Not run');

    await user.selectOptions(within(view).getByRole('combobox', { name: 'Show' }), 'Cancelled');
    expect(shownTools(view)).toEqual([]);
    expect(within(view).getByText(/No actions yet/)).toBeTruthy();
  });

  it('exports the whole log as a JSON file', async () => {
    const saved: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:activity';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicks: Array<{ href: string; download: string }> = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ href: this.href, download: this.download });
    });
    try {
      const { user, view } = await openActivity();
      await user.selectOptions(within(view).getByRole('combobox', { name: 'Show' }), 'Denied');
      await user.click(within(view).getByRole('button', { name: 'Export JSON' }));

      expect(clicks).toHaveLength(1);
      expect(clicks[0].href).toBe('blob:activity');
      expect(clicks[0].download).toMatch(/^outlook-agent-activity-\d{4}-\d{2}-\d{2}T\d{6}\.json$/);
      expect(saved[0].type).toBe('application/json');
      // The export is the log, not the filtered view.
      const exported = JSON.parse(await saved[0].text()) as AuditEntry[];
      expect(exported.map((item) => [item.toolCallId, item.decision])).toEqual([
        ['c1', 'auto'],
        ['c2', 'approved'],
        ['c3', 'denied'],
      ]);
    } finally {
      click.mockRestore();
    }
  });
});
