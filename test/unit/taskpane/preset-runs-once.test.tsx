import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { presets } from '../../../src/commands/presets';
import { configuredModel, installDomShims, outlookWith, renderPane } from './pane-harness';

beforeAll(installDomShims);

const PRESET_URL = 'https://localhost/taskpane.html?preset=summarize';

describe('ribbon presets', () => {
  it('run once on load, and not again when the pinned pane moves to another email', async () => {
    const outlook = outlookWith('Weekly report');
    const { runtime } = renderPane(outlook.office, { stored: configuredModel, pageUrl: PRESET_URL });
    await waitFor(() => expect(runtime.sessions[0]?.calls).toHaveLength(1));
    expect(runtime.sessions[0].calls[0]).toEqual({
      method: 'run',
      input: { preset: 'summarize', prompt: presets.summarize.prompt },
    });
    act(() => runtime.sessions[0].endTurn());

    await act(async () => outlook.selectItem('Another email', 'Nestor'));
    await screen.findByRole('heading', { name: 'Another email' });
    await waitFor(() => expect(runtime.sessions).toHaveLength(2));
    expect(runtime.sessions[1].calls).toEqual([]);
    expect(runtime.sessions[0].calls).toHaveLength(1);
  });

  it('without a model, open Settings with a clear prompt, and run once the model is saved', async () => {
    const { runtime } = renderPane(outlookWith('Weekly report').office, { pageUrl: PRESET_URL });
    expect(await screen.findByText(/“Summarize” needs a language model/)).toBeTruthy();
    expect(runtime.sessions[0]?.calls ?? []).toEqual([]);

    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('textbox', { name: 'Base URL' }), 'http://127.0.0.1:9/v1');
    await user.type(screen.getByRole('textbox', { name: 'Model or deployment' }), 'scripted');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(runtime.sessions[0].calls).toHaveLength(1));
    expect(runtime.sessions[0].calls[0]).toMatchObject({ method: 'run', input: { preset: 'summarize' } });
    expect(await screen.findByRole('main', { name: 'Chat' })).toBeTruthy();
  });

  it('"Ask agent" only opens the pane: nothing is sent', async () => {
    const { runtime } = renderPane(outlookWith('Hello').office, {
      stored: configuredModel,
      pageUrl: 'https://localhost/taskpane.html?preset=ask',
    });
    await screen.findByRole('textbox', { name: 'Message the agent' });
    expect(runtime.sessions[0].calls).toEqual([]);
  });
});
