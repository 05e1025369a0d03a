/** Evaluates a parsed `$filter` against a wire-shaped entity (the JSON the route would return). */
import type { FilterExpression } from './filter-parser';
import { filterError } from './filter-parser';
import { compareValues, dateTimeMilliseconds, isIsoDateTime, readPath } from './values';

type Scope = ReadonlyMap<string, unknown>;

function evaluate(node: FilterExpression, entity: unknown, scope: Scope): unknown {
  switch (node.kind) {
    case 'literal':
      return node.type === 'datetime' ? { datetime: dateTimeMilliseconds(node.value as string) } : node.value;
    case 'path': {
      const [first, ...rest] = node.segments;
      if (scope.has(first as string)) return readPath(scope.get(first as string), rest);
      return readPath(entity, node.segments);
    }
    case 'and':
      return evaluate(node.left, entity, scope) === true && evaluate(node.right, entity, scope) === true;
    case 'or':
      return evaluate(node.left, entity, scope) === true || evaluate(node.right, entity, scope) === true;
    case 'not':
      return evaluate(node.operand, entity, scope) !== true;
    case 'compare':
      return compare(node.operator, evaluate(node.left, entity, scope), evaluate(node.right, entity, scope));
    case 'call':
      return call(
        node.name,
        node.args.map((argument) => evaluate(argument, entity, scope)),
      );
    case 'lambda': {
      const collection = readPath(entity, node.collection);
      const items = Array.isArray(collection) ? collection : [];
      if (!node.predicate) return node.operator === 'any' ? items.length > 0 : true;
      const predicate = node.predicate;
      const test = (item: unknown): boolean =>
        evaluate(predicate, entity, new Map([...scope, [node.variable, item]])) === true;
      return node.operator === 'any' ? items.some(test) : items.every(test);
    }
  }
}

function normalise(value: unknown, other: unknown): unknown {
  // A datetime literal compares against the property's instant.
  if (typeof other === 'object' && other !== null && 'datetime' in other && isIsoDateTime(value)) {
    return { datetime: dateTimeMilliseconds(value) };
  }
  return value;
}

function compare(operator: string, rawLeft: unknown, rawRight: unknown): boolean {
  const left = normalise(rawLeft, rawRight);
  const right = normalise(rawRight, rawLeft);
  const unwrap = (value: unknown): unknown =>
    typeof value === 'object' && value !== null && 'datetime' in value
      ? (value as { datetime: number }).datetime
      : value;
  const leftValue = unwrap(left);
  const rightValue = unwrap(right);
  const bothMissing = (leftValue ?? null) === null && (rightValue ?? null) === null;
  if (operator === 'eq')
    return (
      bothMissing ||
      ((leftValue ?? null) !== null &&
        (rightValue ?? null) !== null &&
        compareValues(leftValue, rightValue) === 0)
    );
  if (operator === 'ne') return !compare('eq', rawLeft, rawRight);
  if ((leftValue ?? null) === null || (rightValue ?? null) === null) return false;
  const order = compareValues(leftValue, rightValue);
  switch (operator) {
    case 'gt':
      return order > 0;
    case 'ge':
      return order >= 0;
    case 'lt':
      return order < 0;
    case 'le':
      return order <= 0;
    default:
      throw filterError(`the operator '${operator}' is not supported.`);
  }
}

function call(name: string, args: unknown[]): unknown {
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const [first, second] = args.map(text);
  switch (name) {
    case 'tolower':
      return first?.toLowerCase();
    case 'toupper':
      return first?.toUpperCase();
    case 'trim':
      return first?.trim();
    case 'startswith':
      return (
        first !== undefined && second !== undefined && first.toLowerCase().startsWith(second.toLowerCase())
      );
    case 'endswith':
      return (
        first !== undefined && second !== undefined && first.toLowerCase().endsWith(second.toLowerCase())
      );
    case 'contains':
      return (
        first !== undefined && second !== undefined && first.toLowerCase().includes(second.toLowerCase())
      );
    default:
      throw filterError(`An unknown function with name '${name}' was found.`);
  }
}

/** True when the entity satisfies the filter. String comparisons are case-insensitive, as Exchange's are. */
export function matchesFilter(expression: FilterExpression, entity: unknown): boolean {
  return evaluate(expression, entity, new Map()) === true;
}
