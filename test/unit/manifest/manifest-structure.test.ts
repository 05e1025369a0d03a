import { checkManifestStructure } from '../../../scripts/manifest/structure';
import {
  childrenNamed,
  descendants,
  firstChild,
  parseXml,
  type XmlElement,
} from '../../../scripts/manifest/xml-tree';
import { presetFromUrl } from '../../../src/commands/presets';
import { realManifest, repositoryRoot } from './manifest-fixture';

const root = parseXml(realManifest);
const all = descendants(root);
const strings = new Map(
  all
    .filter((element) => element.name === 'String')
    .map((element) => [element.attributes.id, element.attributes.DefaultValue]),
);
const urls = new Map(
  all
    .filter((element) => element.name === 'Url')
    .map((element) => [element.attributes.id, element.attributes.DefaultValue]),
);

function surfaceButtons(
  surface: string,
): { label: string | undefined; url: string | undefined; action: XmlElement | undefined }[] {
  const point = all.find(
    (element) => element.name === 'ExtensionPoint' && element.attributes.type === surface,
  );
  if (!point) return [];
  return descendants(point)
    .filter((element) => element.name === 'Control')
    .map((control) => {
      const action = firstChild(control, 'Action');
      const source = action && firstChild(action, 'SourceLocation');
      return {
        label: strings.get(firstChild(control, 'Label')?.attributes.resid ?? ''),
        url: urls.get(source?.attributes.resid ?? ''),
        action,
      };
    });
}

describe('manifest.xml structure', () => {
  it('passes every structural check, with both surfaces, seven buttons and all icons on disk', () => {
    const report = checkManifestStructure(realManifest, { assetRoot: repositoryRoot });
    expect(report.issues).toEqual([]);
    expect(report.facts.surfaces).toEqual(['MessageReadCommandSurface', 'MessageComposeCommandSurface']);
    expect(report.facts.buttons).toBe(7);
    // 6 buttons × 16/32/80, the 64 and 128 px logo, and the logo's own 16/32/80 resources.
    expect(report.facts.iconFiles).toBe(23);
  });

  it('is a mail add-in for messages in read and compose forms, with the least permission that works', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attributes.type).toBe('MailApp');
    expect(firstChild(root, 'DisplayName')?.attributes.DefaultValue).toBe('Outlook Agent');
    expect(firstChild(root, 'Permissions')?.text).toBe('ReadWriteItem');
    const rules = all
      .filter((element) => element.attributes.type === 'ItemIs')
      .map((rule) => `${rule.attributes.ItemType}:${rule.attributes.FormType}`);
    expect(rules).toEqual(['Message:Read', 'Message:Edit']);
    const mailbox = all.find((element) => element.name === 'Set' && element.attributes.Name === 'Mailbox');
    expect(mailbox?.attributes.MinVersion).toBe('1.5');
  });

  it('nests VersionOverrides 1.1 inside 1.0, as Microsoft samples do', () => {
    const outer = firstChild(root, 'VersionOverrides');
    expect(outer?.attributes.type).toBe('VersionOverridesV1_0');
    const inner = outer && firstChild(outer, 'VersionOverrides');
    expect(inner?.attributes.type).toBe('VersionOverridesV1_1');
    expect(inner && childrenNamed(inner, 'Hosts')).toHaveLength(1);
  });

  it('shows the read ribbon buttons, each opening the pane at its own preset, pinnable', () => {
    const buttons = surfaceButtons('MessageReadCommandSurface');
    expect(buttons.map((button) => button.label)).toEqual([
      'Ask agent',
      'Summarize',
      'Draft reply',
      'Extract tasks',
      'Add to calendar',
    ]);
    expect(buttons.map((button) => presetFromUrl(button.url ?? '')?.id)).toEqual([
      'ask',
      'summarize',
      'draft-reply',
      'extract-tasks',
      'add-to-calendar',
    ]);
    for (const button of buttons) {
      expect(button.action?.attributes.type).toBe('ShowTaskpane');
      expect(firstChild(button.action!, 'SupportsPinning')?.text).toBe('true');
    }
  });

  it('shows the compose ribbon buttons', () => {
    const buttons = surfaceButtons('MessageComposeCommandSurface');
    expect(buttons.map((button) => button.label)).toEqual(['Ask agent', 'Improve draft']);
    expect(buttons.map((button) => presetFromUrl(button.url ?? '')?.id)).toEqual(['ask', 'improve-draft']);
  });

  it('serves every URL over https from the development origin the build substitutes, except the sign-in authority', () => {
    const values = all
      .flatMap((element) => [...Object.values(element.attributes), element.text])
      .filter((value) => /^[a-z]+:\/\//i.test(value));
    expect(values.length).toBeGreaterThan(30);
    const foreign = values.filter((value) => !value.startsWith('https://localhost:3000/'));
    expect(foreign).toEqual(['https://login.microsoftonline.com']);
  });
});
