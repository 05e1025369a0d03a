import { act, screen } from '@testing-library/react';
import { SETTINGS_KEY } from '../../../src/settings/store';
import { installDomShims, outlookWith, renderPane } from './pane-harness';

beforeAll(installDomShims);

describe('the task pane shell', () => {
  it("shows the current email's subject and sender, and what the agent sees", async () => {
    const outlook = outlookWith('Quarterly planning review');
    renderPane(outlook.office);
    expect(await screen.findByRole('heading', { name: 'Quarterly planning review' })).toBeTruthy();
    expect(screen.getByText('From Adele')).toBeTruthy();
    expect(screen.getByText('The agent sees: this email')).toBeTruthy();
    expect(await screen.findByRole('main', { name: 'Chat' })).toBeTruthy();
    expect(screen.getByText('No model configured yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Set up a model' })).toBeTruthy();
  });

  it('follows the pinned pane to another email on ItemChanged', async () => {
    const outlook = outlookWith('First email');
    renderPane(outlook.office);
    await screen.findByRole('heading', { name: 'First email' });
    await act(async () => {
      outlook.selectItem('Second email', 'Nestor');
    });
    expect(await screen.findByRole('heading', { name: 'Second email' })).toBeTruthy();
    expect(screen.getByText('From Nestor')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'First email' })).toBeNull();
  });

  it('offers suggestions that fit reading an email', async () => {
    renderPane(outlookWith('Hello').office);
    const group = await screen.findByRole('group', { name: 'Suggestions' });
    const labels = Array.from(group.querySelectorAll('button')).map((button) => button.textContent);
    expect(labels).toEqual([
      'Summarize',
      'Draft a reply',
      'Extract tasks',
      'Add to calendar',
      'Find related mail',
    ]);
  });

  it('shows the configured model and warns about invalid stored settings', async () => {
    const outlook = outlookWith('Hello');
    renderPane(outlook.office, {
      stored: { [SETTINGS_KEY]: { version: 1, llm: { model: 'llama3.2' }, agent: { maxSteps: -1 } } },
    });
    await screen.findByRole('heading', { name: 'Hello' });
    expect(await screen.findByText('Model: llama3.2')).toBeTruthy();
    expect(screen.getByText(/"agent" settings were invalid/)).toBeTruthy();
  });
});
