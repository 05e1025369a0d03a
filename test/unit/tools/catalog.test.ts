/**
 * The catalog itself: unique snake_case `area_verb_noun` names, a valid category on every tool, short descriptions,
 * and every declared Graph operation present in the OpenAPI subset (path-addressed OneDrive operations mapped to
 * their `items/{driveItem-id}` template, as shared/graph/README.md's last section says).
 */
import { catalog } from '../../../src/tools/catalog';
import { categoriesOf } from '../../../src/tools/define-tool';
import { PERMISSION_CATEGORIES, TOOL_AREAS } from '../../../src/permissions/categories';
import { loadOpenApi, NON_TEMPLATE_OPERATIONS } from '../../contract/helpers/contract-paths';

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

/** `root:/{path}:` and `items/{id}:/{name}:` address the same driveItem as `items/{driveItem-id}`. */
export function toSubsetTemplate(path: string): string {
  return path
    .replace(/^\/me\/drive\/root:\/[^:]*:/, '/me/drive/items/{driveItem-id}')
    .replace(/^\/me\/drive\/items\/\{[^}]+\}:\/[^:]*:/, '/me/drive/items/{driveItem-id}');
}

function inSubset(operation: string): boolean {
  const [method = '', path = ''] = operation.split(' ');
  if (!METHODS.includes(method) || !path.startsWith('/')) return false;
  if (NON_TEMPLATE_OPERATIONS.includes(operation)) return true;
  const entry = loadOpenApi().paths[toSubsetTemplate(path)];
  return Boolean(entry && method.toLowerCase() in entry);
}

describe('tool catalog', () => {
  it('has tools', () => {
    expect(catalog.length).toBeGreaterThan(0);
  });

  it('names are unique, snake_case area_verb_noun, in their own area', () => {
    const names = catalog.map((tool) => tool.name);
    expect(new Set(names).size).toBe(names.length);
    const badNames = catalog
      .filter(
        (tool) =>
          !/^[a-z]+(_[a-z0-9]+){2,}$/.test(tool.name) ||
          !TOOL_AREAS.includes(tool.area) ||
          !tool.name.startsWith(`${tool.area}_`),
      )
      .map((tool) => tool.name);
    expect(badNames).toEqual([]);
  });

  it('every tool has a permission category (fixed or from its arguments)', () => {
    for (const tool of catalog) {
      const categories = categoriesOf(tool);
      expect(categories.length).toBeGreaterThan(0);
      for (const category of categories) expect(PERMISSION_CATEGORIES).toContain(category);
    }
  });

  it('descriptions are short (at most 60 words) and present', () => {
    const long = catalog
      .map((tool) => [tool.name, tool.description.trim().split(/\s+/).length] as const)
      .filter(([, words]) => words === 0 || words > 60);
    expect(long).toEqual([]);
  });

  it('every declared Graph operation exists in the OpenAPI subset', () => {
    const missing = catalog.flatMap((tool) =>
      tool.graph.filter((operation) => !inSubset(operation)).map((operation) => `${tool.name}: ${operation}`),
    );
    expect(missing).toEqual([]);
  });

  it('maps path-addressed OneDrive operations to the item template', () => {
    expect(toSubsetTemplate('/me/drive/root:/{path}:')).toBe('/me/drive/items/{driveItem-id}');
    expect(toSubsetTemplate('/me/drive/root:/{path}:/content')).toBe(
      '/me/drive/items/{driveItem-id}/content',
    );
    expect(toSubsetTemplate('/me/drive/items/{parent-id}:/{filename}:/content')).toBe(
      '/me/drive/items/{driveItem-id}/content',
    );
    expect(inSubset('GET /me/drive/root:/{path}:/children')).toBe(true);
    expect(inSubset('GET /me/nonsense')).toBe(false);
    expect(inSubset('FETCH /me/messages')).toBe(false);
  });

  it('side-effect tools name their targets for the permission gate, and preview them', () => {
    const sideEffects = catalog.filter((tool) => categoriesOf(tool).some((category) => category !== 'read'));
    const withoutTargets = sideEffects
      .filter((tool) => !tool.targets || !tool.preview)
      .map((tool) => tool.name);
    expect(withoutTargets).toEqual([]);
  });
});
