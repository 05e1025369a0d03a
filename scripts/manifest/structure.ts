/**
 * Our own structural checks of the XML manifest, beyond what the schemas say: ids unique, every resid defined
 * (in the right resource table, at most 32 characters), icons on disk at their declared sizes, https only, the
 * read and compose ribbons with their preset buttons, a pinnable pane, least permissions and the requirement set.
 *
 *   const report = checkManifestStructure(xml, { assetRoot: repositoryRoot });
 *   if (report.issues.length) …
 */
import { commandHandlers } from '../../src/commands/commands';
import { checkIcons } from './structure-icons';
import {
  checkFunctionFile,
  checkRibbon,
  expectedRibbon,
  type CommandSurface,
  type RibbonExpectation,
} from './structure-ribbon';
import { defaultOrigin, StructureContext, type ResourceKind, type StructureIssue } from './structure-context';
import { childrenNamed, describePath, descendants, firstChild, parseXml } from './xml-tree';

export type { StructureIssue, StructureIssueCode } from './structure-context';
export type { RibbonExpectation, CommandSurface } from './structure-ribbon';
export { expectedRibbon } from './structure-ribbon';

export type StructureOptions = {
  /** The directory the origin's paths are served from: the repository root (for assets/) or dist/. */
  assetRoot: string;
  /**
   * The origin the manifest's own URLs start with.
   * @default 'https://localhost:3000/'
   */
  origin?: string;
  /**
   * The buttons each surface must carry.
   * @default the ribbon described by src/commands/presets.ts
   */
  ribbon?: RibbonExpectation;
  /**
   * The FunctionNames the function file handles.
   * @default the keys of commandHandlers in src/commands/commands.ts
   */
  functionNames?: readonly string[];
};

export type StructureReport = {
  issues: StructureIssue[];
  facts: { surfaces: CommandSurface[]; buttons: number; iconFiles: number; urls: number; resids: number };
};

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const versionPattern = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const urlPattern = /^[a-z][a-z0-9+.-]*:\/\//i;
const maximumResidLength = 32;
/** Elements whose ids name built-in things (OfficeTab id="TabDefault" appears once per surface). */
const builtInIdElements = new Set(['OfficeTab']);

/** Which resource table a resid must point into, by the referencing element's name. */
const expectedResourceKind: Readonly<Record<string, ResourceKind>> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
  Tooltip: 'LongStrings',
};

function checkIdentity(context: StructureContext): void {
  const { root } = context;
  if (root.name !== 'OfficeApp' || root.attributes.type !== 'MailApp') {
    context.report(
      'not-mail-app',
      `Root must be <OfficeApp xsi:type="MailApp">, found <${root.name} type="${root.attributes.type ?? ''}">.`,
    );
  }
  const id = firstChild(root, 'Id')?.text ?? '';
  if (!guidPattern.test(id)) context.report('invalid-id', `<Id> must be a GUID, found "${id}".`);
  const version = firstChild(root, 'Version')?.text ?? '';
  // The store and the admin center only update an add-in whose n.n.n.n version went up.
  if (!versionPattern.test(version))
    context.report('invalid-version', `<Version> must be 1 to 4 dot-separated numbers, found "${version}".`);
  const seen = new Map<string, string>();
  for (const element of context.elements) {
    const elementId = element.attributes.id;
    if (
      elementId === undefined ||
      builtInIdElements.has(element.name) ||
      element.parent?.parent?.name === 'Resources'
    )
      continue;
    const earlier = seen.get(elementId);
    if (earlier)
      context.report('duplicate-id', `id "${elementId}" is used by ${earlier} and ${describePath(element)}.`);
    else seen.set(elementId, describePath(element));
  }
}

/** Returns how many resids were checked. */
function checkResids(context: StructureContext): number {
  let count = 0;
  for (const element of context.elements) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    count += 1;
    const where = describePath(element);
    if (resid.length > maximumResidLength) {
      context.report(
        'resid-too-long',
        `${where}: resid "${resid}" is longer than ${maximumResidLength} characters.`,
      );
    }
    const entry = context.resourcesFor(element)?.get(resid);
    if (!entry) {
      context.report('undefined-resid', `${where}: resid "${resid}" is not defined in Resources.`);
      continue;
    }
    const expected = expectedResourceKind[element.name];
    if (expected && entry.kind !== expected) {
      context.report(
        'wrong-resource-kind',
        `${where}: resid "${resid}" must name an entry of ${expected}, not ${entry.kind}.`,
      );
    }
  }
  return count;
}

/** Every URL anywhere in the manifest (attribute or text) must be https. Returns how many were checked. */
function checkUrls(context: StructureContext): number {
  let count = 0;
  for (const element of context.elements) {
    const values = [...Object.values(element.attributes), element.text];
    for (const value of values.filter((item) => urlPattern.test(item))) {
      count += 1;
      if (!value.toLowerCase().startsWith('https://')) {
        context.report(
          'insecure-url',
          `${describePath(element)}: ${value} is not https (Outlook loads add-ins over https only).`,
        );
      }
    }
  }
  return count;
}

function checkPolicy(context: StructureContext): void {
  const { root } = context;
  const permission = firstChild(root, 'Permissions')?.text;
  // ReadWriteMailbox would grant EWS access to the whole mailbox, which the add-in never uses (it uses Graph).
  if (permission !== 'ReadItem' && permission !== 'ReadWriteItem') {
    context.report(
      'permission',
      `<Permissions> is "${permission ?? ''}"; the add-in needs ReadWriteItem (compose writes) and no more.`,
    );
  }
  const sets = firstChild(root, 'Requirements') ? descendants(firstChild(root, 'Requirements')!) : [];
  const mailbox = sets.find(
    (element) => element.name === 'Set' && element.attributes.Name?.toLowerCase() === 'mailbox',
  );
  if (!mailbox?.attributes.MinVersion)
    context.report('requirement', 'No Mailbox requirement set with a MinVersion is declared.');
  const rule = firstChild(root, 'Rule');
  const itemRules = rule ? descendants(rule).filter((element) => element.attributes.type === 'ItemIs') : [];
  for (const formType of ['Read', 'Edit']) {
    const covered = itemRules.some(
      (element) =>
        element.attributes.ItemType === 'Message' &&
        [formType, 'ReadOrEdit'].includes(element.attributes.FormType ?? ''),
    );
    if (!covered) context.report('rule', `No activation rule for messages in ${formType} forms.`);
  }
  for (const form of childrenNamed(firstChild(root, 'FormSettings') ?? root, 'Form')) {
    if (!descendants(form).some((element) => element.name === 'SourceLocation')) {
      context.report('rule', `${describePath(form)}: form without a SourceLocation.`);
    }
  }
}

export function checkManifestStructure(xml: string, options: StructureOptions): StructureReport {
  const context = new StructureContext(parseXml(xml), options.assetRoot, options.origin ?? defaultOrigin);
  checkIdentity(context);
  const resids = checkResids(context);
  const urls = checkUrls(context);
  checkPolicy(context);
  const iconFiles = checkIcons(context);
  const ribbon = checkRibbon(context, options.ribbon ?? expectedRibbon());
  checkFunctionFile(context, options.functionNames ?? Object.keys(commandHandlers));
  return {
    issues: context.issues,
    facts: { surfaces: ribbon.surfaces, buttons: ribbon.buttons, iconFiles, urls, resids },
  };
}
