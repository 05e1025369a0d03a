/**
 * What every structural check shares: the parsed manifest, how resource ids resolve, and where the files behind
 * the add-in's own URLs live on disk.
 */
import path from 'node:path';
import { ancestors, childrenNamed, descendants, firstChild, type XmlElement } from './xml-tree';

export type StructureIssueCode =
  | 'not-mail-app'
  | 'invalid-id'
  | 'invalid-version'
  | 'duplicate-id'
  | 'undefined-resid'
  | 'resid-too-long'
  | 'wrong-resource-kind'
  | 'insecure-url'
  | 'icon-missing'
  | 'icon-invalid'
  | 'icon-size'
  | 'icon-sizes-declared'
  | 'icon-not-local'
  | 'surface-missing'
  | 'button-missing'
  | 'button-unexpected'
  | 'button-preset'
  | 'pinning-off'
  | 'permission'
  | 'requirement'
  | 'rule'
  | 'function-missing'
  | 'function-file';

export type StructureIssue = { code: StructureIssueCode; message: string };

/** The resource tables of a Resources element, by kind. */
export type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

export type ResourceTable = Map<string, { kind: ResourceKind; value: string }>;

export const defaultOrigin = 'https://localhost:3000/';

export class StructureContext {
  readonly issues: StructureIssue[] = [];
  readonly elements: XmlElement[];
  private readonly tables = new Map<XmlElement, ResourceTable>();

  constructor(
    readonly root: XmlElement,
    /** The directory that the origin's paths map to: the repository root, or dist/. */
    readonly assetRoot: string,
    readonly origin: string,
  ) {
    this.elements = descendants(root);
  }

  report(code: StructureIssueCode, message: string): void {
    this.issues.push({ code, message });
  }

  /** The resources a resid in `element` resolves against: those of the nearest VersionOverrides that has any. */
  resourcesFor(element: XmlElement): ResourceTable | undefined {
    for (const ancestor of ancestors(element)) {
      if (ancestor.name !== 'VersionOverrides') continue;
      const resources = firstChild(ancestor, 'Resources');
      if (resources) return this.tableOf(resources);
    }
    return undefined;
  }

  tableOf(resources: XmlElement): ResourceTable {
    let table = this.tables.get(resources);
    if (!table) {
      table = new Map();
      for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const) {
        for (const group of childrenNamed(resources, kind)) {
          for (const entry of group.children) {
            const id = entry.attributes.id ?? '';
            if (table.has(id)) this.report('duplicate-id', `Resource id "${id}" is defined more than once.`);
            table.set(id, { kind, value: entry.attributes.DefaultValue ?? '' });
          }
        }
      }
      this.tables.set(resources, table);
    }
    return table;
  }

  /** The value a resid resolves to, or undefined (reported) when it is not defined. */
  resolve(element: XmlElement): string | undefined {
    const resid = element.attributes.resid;
    if (resid === undefined) return undefined;
    return this.resourcesFor(element)?.get(resid)?.value;
  }

  /** The file an URL of the add-in's own origin is served from; undefined for other origins. */
  localFileFor(url: string): string | undefined {
    if (!url.startsWith(this.origin)) return undefined;
    const relative = url.slice(this.origin.length).split(/[?#]/)[0];
    return path.join(this.assetRoot, ...relative.split('/').map(decodeURIComponent));
  }
}
