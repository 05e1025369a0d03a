/** `$select` projection. `id` and `@odata.*` annotations always survive; unknown properties are a 400. */
import { GraphError } from '../core/errors';

type Wire = Record<string, unknown>;

/** Keys starting with `@sim.` are internal hints for the engine (e.g. attachment names for KQL); never sent. */
export function stripInternal(entity: Wire): Wire {
  const result: Wire = {};
  for (const [key, value] of Object.entries(entity)) if (!key.startsWith('@sim.')) result[key] = value;
  return result;
}

/**
 * Validates `$select` against the properties an entity type has. `known` is every property the route can return
 * (including select-only ones); when the collection is empty and no list is given, nothing can be checked.
 */
export function validateSelect(
  select: readonly string[],
  known: ReadonlySet<string>,
  entityType: string,
): void {
  for (const property of select) {
    if (property.includes('/'))
      throw new GraphError(
        400,
        'BadRequest',
        `Parsing OData Select and Expand failed: Found a path with multiple navigation properties or a bad complex property path in a select clause: '${property}'.`,
      );
    if (property === '*' || known.size === 0) continue;
    const found = [...known].some((candidate) => candidate.toLowerCase() === property.toLowerCase());
    if (!found)
      throw new GraphError(
        400,
        'BadRequest',
        `Could not find a property named '${property}' on type '${entityType}'.`,
      );
  }
}

export function projectEntity(
  entity: Wire,
  select: readonly string[] | undefined,
  selectOnly: readonly string[] = [],
): Wire {
  const clean = stripInternal(entity);
  if (!select || select.includes('*')) {
    const result: Wire = {};
    for (const [key, value] of Object.entries(clean)) if (!selectOnly.includes(key)) result[key] = value;
    return result;
  }
  const wanted = new Set(select.map((property) => property.toLowerCase()));
  const result: Wire = {};
  for (const [key, value] of Object.entries(clean)) {
    if (key.startsWith('@odata.') || key === 'id' || wanted.has(key.toLowerCase())) result[key] = value;
  }
  return result;
}

export function knownProperties(entities: readonly Wire[], extra: readonly string[] = []): Set<string> {
  const known = new Set(extra);
  for (const entity of entities)
    for (const key of Object.keys(entity)) if (!key.startsWith('@')) known.add(key);
  return known;
}
