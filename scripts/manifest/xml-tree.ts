/**
 * Parses the XML manifest into a small element tree with namespace prefixes dropped (`bt:Image` → `Image`,
 * `xsi:type` → `type`): the manifest's vocabulary has no clashes between its namespaces, and the checks read
 * far better by local name. Well-formedness comes first, from fast-xml-parser's validator, with line and column.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ManifestToolError } from './errors';

export type XmlElement = {
  /** Local name, without the namespace prefix. */
  name: string;
  /** Attributes by local name; namespace declarations are left out. */
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** The element's own text, trimmed. */
  text: string;
  parent: XmlElement | null;
};

export type WellFormedness = { ok: true } | { ok: false; message: string; line: number; column: number };

export function checkWellFormed(xml: string): WellFormedness {
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (result === true) return { ok: true };
  return { ok: false, message: result.err.msg, line: result.err.line, column: result.err.col };
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':');
  return colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1);
}

function toElement(node: OrderedNode, parent: XmlElement | null): XmlElement | null {
  const tag = Object.keys(node).find((key) => key !== ':@');
  if (tag === undefined || tag === '#text' || tag === '#comment') return null;
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(node[':@'] ?? {})) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    attributes[localName(name)] = String(value);
  }
  const element: XmlElement = { name: localName(tag), attributes, children: [], text: '', parent };
  const texts: string[] = [];
  for (const child of node[tag] as OrderedNode[]) {
    if ('#text' in child) texts.push(String(child['#text']));
    const childElement = toElement(child, element);
    if (childElement) element.children.push(childElement);
  }
  element.text = texts.join('').trim();
  return element;
}

/** The root element of a well-formed document; throws `manifest-not-well-formed` otherwise. */
export function parseXml(xml: string): XmlElement {
  const wellFormed = checkWellFormed(xml);
  if (!wellFormed.ok) {
    throw new ManifestToolError(
      'manifest-not-well-formed',
      `The manifest is not well-formed XML (line ${wellFormed.line}, column ${wellFormed.column}): ${wellFormed.message}`,
    );
  }
  const nodes = parser.parse(xml) as OrderedNode[];
  for (const node of nodes) {
    const element = toElement(node, null);
    if (element) return element;
  }
  throw new ManifestToolError('manifest-not-well-formed', 'The manifest has no root element.');
}

/** Every element under `root` (itself included), depth first in document order. */
export function descendants(root: XmlElement): XmlElement[] {
  const result: XmlElement[] = [root];
  for (const child of root.children) result.push(...descendants(child));
  return result;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

export function ancestors(element: XmlElement): XmlElement[] {
  const result: XmlElement[] = [];
  for (let current = element.parent; current; current = current.parent) result.push(current);
  return result;
}

/** A readable location for messages: `OfficeApp/VersionOverrides/…/Control[id=X]`. */
export function describePath(element: XmlElement): string {
  return [...ancestors(element).reverse(), element]
    .map((item) => (item.attributes.id ? `${item.name}[id=${item.attributes.id}]` : item.name))
    .join('/');
}
