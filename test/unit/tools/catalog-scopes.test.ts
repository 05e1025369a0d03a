import { allowedScopes } from '../../../src/auth/scopes';
import { catalog } from '../../../src/tools/catalog';
import { categoriesOf } from '../../../src/tools/define-tool';
import { defaultSettings } from '../../../src/settings/schema';
import { PERMISSION_CATEGORIES, type PermissionCategory } from '../../../src/permissions/categories';

/** Settings with only this tool's area on and only these categories enabled. */
function settingsFor(area: string, categories: readonly PermissionCategory[]) {
  const settings = defaultSettings();
  for (const key of Object.keys(settings.permissions.areas) as (keyof typeof settings.permissions.areas)[])
    settings.permissions.areas[key] = key === area;
  for (const category of PERMISSION_CATEGORIES)
    settings.permissions.policies[category] = categories.includes(category) ? 'ask' : 'disabled';
  return settings;
}

describe('the scope guard lets every tool ask for what it declares', () => {
  const crossArea: Record<string, string> = {
    // Attaching a OneDrive file to a draft reads OneDrive: allowed only while the OneDrive area is on too.
    mail_attach_file_to_draft: 'onedrive',
    onedrive_save_attachment: 'mail',
  };

  it.each(catalog.filter((tool) => tool.area !== 'item').map((tool) => [tool.name, tool] as const))(
    '%s: its scopes are allowed when its area and category are on',
    (_name, tool) => {
      // A write tool looks things up first (a folder or section by name), so its area's reads are on too.
      const allowed = allowedScopes(settingsFor(tool.area, ['read', ...categoriesOf(tool)]));
      const other = crossArea[tool.name];
      if (other)
        for (const scope of allowedScopes(settingsFor(other, PERMISSION_CATEGORIES))) allowed.add(scope);
      expect(tool.scopes.filter((scope) => !allowed.has(scope))).toEqual([]);
    },
  );

  it('asks nothing of an area that is switched off', () => {
    const settings = defaultSettings();
    settings.permissions.areas.calendar = false;
    const allowed = allowedScopes(settings);
    for (const tool of catalog.filter((entry) => entry.area === 'calendar'))
      for (const scope of tool.scopes.filter((name) => name.startsWith('Calendars.')))
        expect(allowed.has(scope)).toBe(false);
  });
});
