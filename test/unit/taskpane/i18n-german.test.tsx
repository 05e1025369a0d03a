import { screen } from '@testing-library/react';
import { loadStrings, localeFor, stringsFor } from '../../../src/taskpane/i18n';
import { de } from '../../../src/taskpane/i18n/de';
import { en } from '../../../src/taskpane/i18n/en';
import { configuredModel, installDomShims, outlookWith, renderPane } from './pane-harness';

beforeAll(installDomShims);

describe('German strings', () => {
  it('load on demand; until then (or if the chunk fails) the pane speaks English', async () => {
    expect(stringsFor('de')).toBe(en);
    expect(await loadStrings('de')).toBe(de);
    expect(stringsFor('de')).toBe(de);
    expect(await loadStrings('en')).toBe(en);
  });
});

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('German', () => {
  it('is chosen from Office.context.displayLanguage', () => {
    expect(localeFor('de-DE')).toBe('de');
    expect(localeFor('de-AT')).toBe('de');
    expect(localeFor('en-GB')).toBe('en');
    expect(localeFor('fr-FR')).toBe('en');
  });

  it('translates every English string', () => {
    expect(keysOf(de).sort()).toEqual(keysOf(en).sort());
  });

  it('the pane speaks German when Outlook does', async () => {
    await loadStrings('de'); // what the entry does before the first render
    renderPane(outlookWith('Angebot', { displayLanguage: 'de-DE' }).office, { stored: configuredModel });
    expect(await screen.findByText('Von Adele')).toBeTruthy();
    expect(screen.getByText('Der Agent sieht: diese E-Mail')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Einstellungen' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Zusammenfassen' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Nachricht an den Agenten' })).toBeTruthy();
    expect(screen.getByText('Modell: scripted')).toBeTruthy();
  });
});
