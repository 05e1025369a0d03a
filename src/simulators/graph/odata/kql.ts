/**
 * `$search` for Outlook collections: the KQL subset Graph documents for messages (concepts/search-query-parameter.md).
 * `from:randiw`, `subject:"team lunch"`, `hasAttachments:true`, `received>=2026-11-01`, `received:11/20/2026`,
 * plain words and quoted phrases, AND / OR / NOT and parentheses; adjacent terms are ANDed.
 */
import { GraphError } from '../core/errors';

export type KqlComparison = ':' | '=' | '>' | '>=' | '<' | '<=';

export type KqlExpression =
  | { kind: 'term'; property: string | null; comparison: KqlComparison; value: string; phrase: boolean }
  | { kind: 'and' | 'or'; items: KqlExpression[] }
  | { kind: 'not'; operand: KqlExpression };

type Token =
  | { type: 'open' | 'close' }
  | { type: 'keyword'; value: 'AND' | 'OR' | 'NOT' }
  | { type: 'term'; term: KqlExpression & { kind: 'term' } };

function searchError(detail: string): GraphError {
  return new GraphError(400, 'BadRequest', `Syntax error in $search: ${detail}`);
}

/** Strips the outer quotes Graph expects around `$search` values and unescapes `\"`. */
export function unquoteSearch(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"'))
    return trimmed.slice(1, -1).replace(/\\"/g, '"');
  return trimmed;
}

function readValue(text: string, start: number): { value: string; phrase: boolean; end: number } {
  if (text[start] === '"') {
    const close = text.indexOf('"', start + 1);
    if (close < 0) throw searchError('unterminated phrase.');
    return { value: text.slice(start + 1, close), phrase: true, end: close + 1 };
  }
  let end = start;
  while (end < text.length && !/[\s()]/.test(text[end] as string)) end += 1;
  return { value: text.slice(start, end), phrase: false, end };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const character = text[position] as string;
    if (/\s/.test(character)) {
      position += 1;
      continue;
    }
    if (character === '(' || character === ')') {
      tokens.push({ type: character === '(' ? 'open' : 'close' });
      position += 1;
      continue;
    }
    const property = /^([A-Za-z][\w.]*)(>=|<=|:|=|>|<)/.exec(text.slice(position));
    if (property) {
      const valueStart = position + property[0].length;
      const { value, phrase, end } = readValue(text, valueStart);
      if (value === '') throw searchError(`missing value after '${property[0]}'.`);
      tokens.push({
        type: 'term',
        term: {
          kind: 'term',
          property: (property[1] as string).toLowerCase(),
          comparison: property[2] as KqlComparison,
          value,
          phrase,
        },
      });
      position = end;
      continue;
    }
    const { value, phrase, end } = readValue(text, position);
    if (!phrase && (value === 'AND' || value === 'OR' || value === 'NOT'))
      tokens.push({ type: 'keyword', value });
    else if (value !== '')
      tokens.push({ type: 'term', term: { kind: 'term', property: null, comparison: ':', value, phrase } });
    position = Math.max(end, position + 1);
  }
  return tokens;
}

class KqlParser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): KqlExpression {
    if (this.tokens.length === 0) throw searchError('the search query is empty.');
    const expression = this.parseOr();
    if (this.index < this.tokens.length) throw searchError('unbalanced parentheses.');
    return expression;
  }

  private parseOr(): KqlExpression {
    const items = [this.parseAnd()];
    while (this.peekKeyword('OR')) {
      this.index += 1;
      items.push(this.parseAnd());
    }
    return items.length === 1 ? (items[0] as KqlExpression) : { kind: 'or', items };
  }

  private parseAnd(): KqlExpression {
    const items = [this.parseUnary()];
    for (;;) {
      const token = this.tokens[this.index];
      if (!token || token.type === 'close' || this.peekKeyword('OR')) break;
      if (this.peekKeyword('AND')) this.index += 1;
      items.push(this.parseUnary());
    }
    return items.length === 1 ? (items[0] as KqlExpression) : { kind: 'and', items };
  }

  private parseUnary(): KqlExpression {
    const token = this.tokens[this.index];
    if (!token) throw searchError('unexpected end of query.');
    this.index += 1;
    if (token.type === 'keyword') {
      if (token.value !== 'NOT') throw searchError(`unexpected '${token.value}'.`);
      return { kind: 'not', operand: this.parseUnary() };
    }
    if (token.type === 'open') {
      const inner = this.parseOr();
      if (this.tokens[this.index]?.type !== 'close') throw searchError('unbalanced parentheses.');
      this.index += 1;
      return inner;
    }
    if (token.type !== 'term') throw searchError('unbalanced parentheses.');
    return token.term;
  }

  private peekKeyword(value: string): boolean {
    const token = this.tokens[this.index];
    return token?.type === 'keyword' && token.value === value;
  }
}

/** Parses a raw `$search` value (quoted or not). */
export function parseKql(raw: string): KqlExpression {
  return new KqlParser(tokenize(unquoteSearch(raw))).parse();
}

/** How a KQL property reads an entity. Text fields match by case-insensitive substring (KQL matches word prefixes). */
export type KqlField<T> =
  | { type: 'text'; values: (entity: T) => readonly string[] }
  | { type: 'date'; value: (entity: T) => string | null | undefined }
  | { type: 'boolean'; value: (entity: T) => boolean };

export interface KqlFields<T> {
  fields: Record<string, KqlField<T>>;
  /** Properties a bare word or phrase searches. */
  defaultFields: readonly string[];
}

/** Reads `2026-11-20`, `2026-11-20T10:00:00Z` or US-style `11/20/2026`; returns the UTC day range it denotes. */
function dateRange(value: string): { start: number; end: number } {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const start = us
    ? Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2]))
    : Date.parse(value.includes('T') && !/(Z|[+-]\d{2}:\d{2})$/.test(value) ? `${value}Z` : value);
  if (Number.isNaN(start)) throw searchError(`'${value}' is not a date.`);
  const dayOnly = us !== null || !value.includes('T');
  return { start, end: dayOnly ? start + 86_400_000 : start + 1 };
}

function matchTerm<T>(term: KqlExpression & { kind: 'term' }, entity: T, fields: KqlFields<T>): boolean {
  const names = term.property === null ? fields.defaultFields : [term.property];
  return names.some((name) => {
    const field = fields.fields[name];
    if (!field) return false;
    if (field.type === 'text') {
      const needle = term.value.toLowerCase();
      return field.values(entity).some((text) => text.toLowerCase().includes(needle));
    }
    if (field.type === 'boolean') return String(field.value(entity)) === term.value.toLowerCase();
    const raw = field.value(entity);
    if (!raw) return false;
    const instant = Date.parse(raw);
    const { start, end } = dateRange(term.value);
    switch (term.comparison) {
      case '>':
        return instant >= end;
      case '>=':
        return instant >= start;
      case '<':
        return instant < start;
      case '<=':
        return instant < end;
      default:
        return instant >= start && instant < end;
    }
  });
}

export function matchesKql<T>(expression: KqlExpression, entity: T, fields: KqlFields<T>): boolean {
  switch (expression.kind) {
    case 'term':
      return matchTerm(expression, entity, fields);
    case 'and':
      return expression.items.every((item) => matchesKql(item, entity, fields));
    case 'or':
      return expression.items.some((item) => matchesKql(item, entity, fields));
    case 'not':
      return !matchesKql(expression.operand, entity, fields);
  }
}
