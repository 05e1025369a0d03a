import { allowedScopes, allKnownScopes, scopesFor, signInScopes } from '../../../src/auth/scopes';
import { guardScopes } from '../../../src/auth/scope-guard';
import { isAuthError } from '../../../src/auth/errors';
import type { TokenProvider } from '../../../src/auth/types';
import { defaultSettings, type Settings } from '../../../src/settings/schema';

function recordingProvider(): TokenProvider & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    kind: 'simulator',
    asked,
    getAccessToken: async (scopes) => {
      asked.push([...scopes]);
      return 'token';
    },
    signIn: async () => ({ id: 'x', username: 'x' }),
    signOut: async () => undefined,
    account: () => null,
  };
}

describe('scopes are asked incrementally, least privilege first', () => {
  test('sign-in asks only User.Read and Mail.Read', () => {
    expect(signInScopes(defaultSettings())).toEqual(['User.Read', 'Mail.Read']);
  });

  test('a read asks Mail.Read; a draft tool’s first run asks Mail.ReadWrite; only an approved send asks Mail.Send', () => {
    // Reading the master category list is a mailbox-settings read; no read asks for any write scope.
    expect(scopesFor('mail', 'read')).toEqual(['Mail.Read', 'MailboxSettings.Read']);
    expect(scopesFor('mail', 'draft')).toEqual(['Mail.ReadWrite']);
    expect(scopesFor('mail', 'organize')).toEqual(['Mail.ReadWrite', 'MailboxSettings.ReadWrite']);
    // Sends are draft-then-send: Mail.Send appears only in the send row.
    expect(scopesFor('mail', 'send')).toEqual(['Mail.ReadWrite', 'Mail.Send']);
    for (const category of ['read', 'draft', 'organize', 'delete'] as const)
      expect(scopesFor('mail', category)).not.toContain('Mail.Send');
    expect(scopesFor('item', 'read')).toEqual([]);
    expect(scopesFor('calendar', 'read')).not.toContain('Calendars.ReadWrite');
    expect(scopesFor('calendar', 'send')).toEqual(['Calendars.ReadWrite']);
    expect(scopesFor('onedrive', 'draft')).toEqual(['Files.ReadWrite']);
    expect(scopesFor('onenote', 'draft')).toEqual(['Notes.Create', 'Notes.ReadWrite']);
    expect(scopesFor('todo', 'draft')).toEqual(['Tasks.ReadWrite']);
  });

  test('an area switched off never asks; a disabled category never asks', async () => {
    const settings: Settings = defaultSettings();
    settings.permissions.areas.calendar = false;
    const allowed = allowedScopes(settings);
    expect([...allowed].some((scope) => scope.startsWith('Calendars.'))).toBe(false);
    // delete is disabled by default, but its scopes equal draft's, so Mail.ReadWrite stays for drafts.
    expect(allowed.has('Mail.ReadWrite')).toBe(true);
    settings.permissions.policies.send = 'disabled';
    expect(allowedScopes(settings).has('Mail.Send')).toBe(false);

    const inner = recordingProvider();
    const guarded = guardScopes(inner, () => allowedScopes(settings));
    const error = await guarded.getAccessToken(['Calendars.ReadWrite']).catch((caught: unknown) => caught);
    expect(isAuthError(error) && error.code).toBe('scope-not-allowed');
    await guarded.getAccessToken(['Mail.Read']);
    expect(inner.asked).toEqual([['Mail.Read']]);
  });

  test('the registration list covers every scope a tool can ask for', () => {
    expect(allKnownScopes()).toEqual(
      expect.arrayContaining([
        'User.Read',
        'Mail.Read',
        'Mail.ReadWrite',
        'Mail.Send',
        'Calendars.ReadWrite',
        'Files.ReadWrite',
        'Notes.ReadWrite',
        'Tasks.ReadWrite',
        'MailboxSettings.Read',
      ]),
    );
  });
});
