/**
 * Ribbon checks: the read and compose surfaces exist in the newest VersionOverrides, each carries exactly the
 * expected buttons (by label), each button opens the pane at its own preset's URL with pinning on, and every
 * ExecuteFunction has a handler in the function file.
 */
import { presetFromUrl, presetsForMode, type PresetId, type PresetMode } from '../../src/commands/presets';
import { describePath, descendants, firstChild, type XmlElement } from './xml-tree';
import type { StructureContext } from './structure-context';

export type CommandSurface = 'MessageReadCommandSurface' | 'MessageComposeCommandSurface';

export type RibbonExpectation = ReadonlyArray<{
  surface: CommandSurface;
  buttons: ReadonlyArray<{ label: string; presetId: PresetId }>;
}>;

const surfaceModes: Readonly<Record<CommandSurface, PresetMode>> = {
  MessageReadCommandSurface: 'read',
  MessageComposeCommandSurface: 'compose',
};

/** The ribbon presets.ts describes: one button per preset, on each surface of the preset's modes. */
export function expectedRibbon(): RibbonExpectation {
  return (Object.keys(surfaceModes) as CommandSurface[]).map((surface) => ({
    surface,
    buttons: presetsForMode(surfaceModes[surface]).map((preset) => ({
      label: preset.label,
      presetId: preset.id,
    })),
  }));
}

/** The innermost VersionOverrides that declares hosts: the one current Outlook clients read. */
function newestOverrides(context: StructureContext): XmlElement | undefined {
  const candidates = context.elements.filter(
    (element) => element.name === 'VersionOverrides' && firstChild(element, 'Hosts'),
  );
  return candidates.at(-1);
}

export type RibbonFacts = { surfaces: CommandSurface[]; buttons: number };

function checkButton(
  context: StructureContext,
  control: XmlElement,
  expectedPreset: PresetId | undefined,
): void {
  const where = describePath(control);
  const action = firstChild(control, 'Action');
  if (action?.attributes.type !== 'ShowTaskpane') {
    if (expectedPreset)
      context.report('button-preset', `${where}: a preset button must be a ShowTaskpane action.`);
    return;
  }
  const sourceLocation = firstChild(action, 'SourceLocation');
  const url = sourceLocation ? context.resolve(sourceLocation) : undefined;
  if (expectedPreset && url !== undefined) {
    const actual = presetFromUrl(url)?.id;
    if (actual !== expectedPreset) {
      context.report('button-preset', `${where}: opens ${url}, expected ?preset=${expectedPreset}.`);
    }
  }
  if (firstChild(action, 'SupportsPinning')?.text !== 'true') {
    context.report(
      'pinning-off',
      `${where}: task pane is not pinnable (<SupportsPinning>true</SupportsPinning> missing).`,
    );
  }
}

export function checkRibbon(context: StructureContext, expectation: RibbonExpectation): RibbonFacts {
  const facts: RibbonFacts = { surfaces: [], buttons: 0 };
  const overrides = newestOverrides(context);
  if (!overrides) {
    context.report('surface-missing', 'No VersionOverrides declares Hosts: the add-in has no ribbon.');
    return facts;
  }
  const extensionPoints = descendants(overrides).filter((element) => element.name === 'ExtensionPoint');
  for (const { surface, buttons } of expectation) {
    const point = extensionPoints.find((element) => element.attributes.type === surface);
    if (!point) {
      context.report('surface-missing', `No ${surface} extension point in the newest VersionOverrides.`);
      continue;
    }
    facts.surfaces.push(surface);
    const controls = descendants(point).filter(
      (element) => element.name === 'Control' && element.attributes.type === 'Button',
    );
    const labelled = controls.map((control) => {
      const label = firstChild(control, 'Label');
      return { control, label: label ? context.resolve(label) : undefined };
    });
    for (const expected of buttons) {
      const match = labelled.find((item) => item.label === expected.label);
      if (!match) context.report('button-missing', `${surface}: no "${expected.label}" button.`);
    }
    for (const { control, label } of labelled) {
      const expected = buttons.find((item) => item.label === label);
      if (!expected)
        context.report(
          'button-unexpected',
          `${surface}: button "${label}" is not a preset in src/commands/presets.ts.`,
        );
      checkButton(context, control, expected?.presetId);
      facts.buttons += 1;
    }
  }
  // Any ShowTaskpane outside the checked buttons (menus, other surfaces) must be pinnable too.
  for (const action of descendants(overrides).filter(
    (element) => element.name === 'Action' && element.attributes.type === 'ShowTaskpane',
  )) {
    const control = action.parent;
    const isButton = control?.name === 'Control' && control.attributes.type === 'Button';
    if (!isButton && firstChild(action, 'SupportsPinning')?.text !== 'true') {
      context.report('pinning-off', `${describePath(action)}: task pane is not pinnable.`);
    }
  }
  return facts;
}

export function checkFunctionFile(context: StructureContext, functionNames: readonly string[]): void {
  for (const hosts of context.elements.filter((element) => element.name === 'DesktopFormFactor')) {
    const functionFile = firstChild(hosts, 'FunctionFile');
    if (!functionFile) context.report('function-file', `${describePath(hosts)}: no FunctionFile.`);
  }
  for (const name of context.elements.filter((element) => element.name === 'FunctionName')) {
    if (!functionNames.includes(name.text)) {
      context.report(
        'function-missing',
        `ExecuteFunction "${name.text}" has no handler in src/commands/commands.ts (commandHandlers).`,
      );
    }
  }
}
