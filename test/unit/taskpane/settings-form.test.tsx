import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Settings } from '../../../src/settings/schema';
import { DEVICE_API_KEY_KEY, SETTINGS_KEY } from '../../../src/settings/store';
import { installDomShims, outlookWith, renderPane } from './pane-harness';

beforeAll(installDomShims);

async function openSettings() {
  const pane = renderPane(outlookWith('Hello').office);
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByRole('button', { name: 'Settings' }));
  await screen.findByRole('main', { name: 'Settings' });
  return { ...pane, user };
}

const policyGroup = (category: string) => screen.getByRole('radiogroup', { name: category });

describe('settings', () => {
  it("start from ARCHITECTURE's defaults, and Send can never be Always allow", async () => {
    await openSettings();
    const checked = (category: string) =>
      within(policyGroup(category))
        .getAllByRole('radio')
        .find((radio) => (radio as HTMLInputElement).checked)
        ?.getAttribute('value');
    expect(['Read', 'Draft', 'Organize', 'Send', 'Delete'].map(checked)).toEqual([
      'always',
      'ask',
      'ask',
      'ask',
      'disabled',
    ]);
    const sendAlways = within(policyGroup('Send')).getByRole('radio', { name: 'Always allow' });
    expect((sendAlways as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Sending always needs your approval: messages reach other people.')).toBeTruthy();
    expect(
      (within(policyGroup('Organize')).getByRole('radio', { name: 'Always allow' }) as HTMLInputElement)
        .disabled,
    ).toBe(false);
  });

  it('save round-trips through roaming settings, with the API key kept on the device', async () => {
    const { user, roaming, device, runtime } = await openSettings();
    await user.type(screen.getByRole('textbox', { name: 'Base URL' }), 'http://127.0.0.1:11434/v1');
    await user.type(screen.getByRole('textbox', { name: 'Model or deployment' }), 'llama3.2');
    await user.type(screen.getByLabelText('API key'), 'sk-local-secret');
    await user.click(within(policyGroup('Organize')).getByRole('radio', { name: 'Always allow' }));
    await user.click(screen.getByRole('switch', { name: 'OneNote' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();

    const saved = roaming.state.saved[SETTINGS_KEY] as Settings;
    expect(saved.llm).toMatchObject({
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'llama3.2',
      apiKeyStorage: 'device',
    });
    expect(saved.llm.apiKey).toBeUndefined();
    expect(device.values.get(DEVICE_API_KEY_KEY)).toBe('sk-local-secret');
    expect(saved.permissions.policies.organize).toBe('always');
    expect(saved.permissions.areas.onenote).toBe(false);
    // The running agent gets the new settings at once.
    expect(runtime.saved.at(-1)).toMatchObject({ llm: { model: 'llama3.2' } });

    await user.click(screen.getByRole('button', { name: 'Chat' }));
    expect(await screen.findByText('Model: llama3.2')).toBeTruthy();
  });

  it('Test connection shows the verdict', async () => {
    const { user } = await openSettings();
    await user.type(screen.getByRole('textbox', { name: 'Base URL' }), 'http://127.0.0.1:4000/v1');
    await user.type(screen.getByRole('textbox', { name: 'Model or deployment' }), 'scripted');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Connected: the model "scripted" answered.')).toBeTruthy();
  });

  it('shows who is signed in and the privacy notes', async () => {
    await openSettings();
    expect(await screen.findByText('Signed in as Megan Bowen (megan@contoso.com)')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Privacy' })).toBeTruthy();
    expect(screen.getByText(/go to the language model endpoint configured above/)).toBeTruthy();
  });

  it('a save that Outlook rejects says so and keeps the form', async () => {
    const { user, roaming } = await openSettings();
    roaming.state.failSave = true;
    await user.type(screen.getByRole('textbox', { name: 'Model or deployment' }), 'gpt-4.1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Outlook could not save your settings');
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Model or deployment' }) as HTMLInputElement).value).toBe(
        'gpt-4.1',
      ),
    );
  });
});
