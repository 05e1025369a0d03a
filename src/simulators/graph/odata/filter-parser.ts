/**
 * `$filter` parser: a recursive-descent parser for the OData subset Graph's Outlook, OneDrive, OneNote and To Do
 * endpoints accept. Anything outside it is a 400 with a Graph-like message, never a silent "match all".
 *
 * Grammar (lowest precedence first):
 *   or      := and ('or' and)*
 *   and     := not ('and' not)*
 *   not     := 'not' not | compare
 *   compare := primary (('eq'|'ne'|'gt'|'ge'|'lt'|'le') primary)?
 *   primary := '(' or ')' | literal | function '(' args ')' | path ('/' ('any'|'all') '(' var ':' or ')')?
 */
import { GraphError } from '../core/errors';

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterExpression =
  | {
      kind: 'literal';
      type: 'string' | 'number' | 'boolean' | 'null' | 'datetime';
      value: string | number | boolean | null;
    }
  | { kind: 'path'; segments: string[] }
  | { kind: 'compare'; operator: ComparisonOperator; left: FilterExpression; right: FilterExpression }
  | { kind: 'and' | 'or'; left: FilterExpression; right: FilterExpression }
  | { kind: 'not'; operand: FilterExpression }
  | { kind: 'call'; name: FilterFunction; args: FilterExpression[] }
  | {
      kind: 'lambda';
      collection: string[];
      operator: 'any' | 'all';
      variable: string;
      predicate: FilterExpression | null;
    };

export const FILTER_FUNCTIONS = ['startswith', 'endswith', 'contains', 'tolower', 'toupper', 'trim'] as const;
export type FilterFunction = (typeof FILTER_FUNCTIONS)[number];

const COMPARISONS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
const UNSUPPORTED_OPERATORS: readonly string[] = ['has', 'in', 'add', 'sub', 'mul', 'div', 'mod'];

type Token =
  | { type: 'punct'; value: '(' | ')' | ',' | ':' | '/'; at: number }
  | { type: 'string'; value: string; at: number }
  | { type: 'number'; value: number; at: number }
  | { type: 'datetime'; value: string; at: number }
  | { type: 'word'; value: string; at: number };

const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_@$][\w.@$-]*/;

export function filterError(detail: string): GraphError {
  return new GraphError(400, 'BadRequest', `Invalid filter clause: ${detail}`);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const character = text[position] as string;
    if (/\s/.test(character)) {
      position += 1;
    } else if ('(),:/'.includes(character)) {
      tokens.push({ type: 'punct', value: character as '(' | ')' | ',' | ':' | '/', at: position });
      position += 1;
    } else if (character === "'") {
      // OData doubles a quote inside a literal: 'let''s meet'.
      let value = '';
      let cursor = position + 1;
      for (;;) {
        if (cursor >= text.length) throw filterError(`unterminated string literal at position ${position}.`);
        if (text[cursor] === "'") {
          if (text[cursor + 1] === "'") {
            value += "'";
            cursor += 2;
            continue;
          }
          break;
        }
        value += text[cursor];
        cursor += 1;
      }
      tokens.push({ type: 'string', value, at: position });
      position = cursor + 1;
    } else {
      const rest = text.slice(position);
      const datetime = DATETIME.exec(rest);
      if (datetime && datetime[0].length >= 10) {
        tokens.push({ type: 'datetime', value: datetime[0], at: position });
        position += datetime[0].length;
        continue;
      }
      const number = NUMBER.exec(rest);
      if (number) {
        tokens.push({ type: 'number', value: Number(number[0]), at: position });
        position += number[0].length;
        continue;
      }
      const word = WORD.exec(rest);
      if (!word) throw filterError(`syntax error at position ${position} in '${text}'.`);
      tokens.push({ type: 'word', value: word[0], at: position });
      position += word[0].length;
    }
  }
  return tokens;
}

class FilterParser {
  private index = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
  ) {}

  parse(): FilterExpression {
    if (this.tokens.length === 0) throw filterError('the $filter expression is empty.');
    const expression = this.parseOr(new Set());
    const extra = this.tokens[this.index];
    if (extra) throw filterError(`syntax error at position ${extra.at} in '${this.text}'.`);
    return expression;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private isWord(value: string): boolean {
    const token = this.peek();
    return token?.type === 'word' && token.value.toLowerCase() === value;
  }

  private expectPunct(value: string): void {
    const token = this.peek();
    if (token?.type !== 'punct' || token.value !== value) {
      throw filterError(
        `expected '${value}' at position ${token?.at ?? this.text.length} in '${this.text}'.`,
      );
    }
    this.index += 1;
  }

  private parseOr(variables: Set<string>): FilterExpression {
    let left = this.parseAnd(variables);
    while (this.isWord('or')) {
      this.index += 1;
      left = { kind: 'or', left, right: this.parseAnd(variables) };
    }
    return left;
  }

  private parseAnd(variables: Set<string>): FilterExpression {
    let left = this.parseNot(variables);
    while (this.isWord('and')) {
      this.index += 1;
      left = { kind: 'and', left, right: this.parseNot(variables) };
    }
    return left;
  }

  private parseNot(variables: Set<string>): FilterExpression {
    if (this.isWord('not')) {
      this.index += 1;
      return { kind: 'not', operand: this.parseNot(variables) };
    }
    return this.parseCompare(variables);
  }

  private parseCompare(variables: Set<string>): FilterExpression {
    const left = this.parsePrimary(variables);
    const token = this.peek();
    if (token?.type === 'word') {
      const operator = token.value.toLowerCase();
      if (COMPARISONS.includes(operator)) {
        this.index += 1;
        return {
          kind: 'compare',
          operator: operator as ComparisonOperator,
          left,
          right: this.parsePrimary(variables),
        };
      }
      if (UNSUPPORTED_OPERATORS.includes(operator))
        throw filterError(`the operator '${operator}' is not supported.`);
    }
    return left;
  }

  private parsePrimary(variables: Set<string>): FilterExpression {
    const token = this.peek();
    if (!token) throw filterError(`unexpected end of expression in '${this.text}'.`);
    this.index += 1;
    switch (token.type) {
      case 'string':
        return { kind: 'literal', type: 'string', value: token.value };
      case 'number':
        return { kind: 'literal', type: 'number', value: token.value };
      case 'datetime':
        return { kind: 'literal', type: 'datetime', value: token.value };
      case 'punct':
        if (token.value !== '(')
          throw filterError(`unexpected '${token.value}' at position ${token.at} in '${this.text}'.`);
        {
          const inner = this.parseOr(variables);
          this.expectPunct(')');
          return inner;
        }
      case 'word':
        return this.parseWord(token.value, variables);
    }
  }

  private parseWord(word: string, variables: Set<string>): FilterExpression {
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false')
      return { kind: 'literal', type: 'boolean', value: lower === 'true' };
    if (lower === 'null') return { kind: 'literal', type: 'null', value: null };
    const next = this.peek();
    if (next?.type === 'punct' && next.value === '(') {
      if (!(FILTER_FUNCTIONS as readonly string[]).includes(lower)) {
        throw filterError(`An unknown function with name '${word}' was found.`);
      }
      this.index += 1;
      const args: FilterExpression[] = [];
      if (!(this.peek()?.type === 'punct' && (this.peek() as Token).value === ')')) {
        args.push(this.parseOr(variables));
        while (this.peek()?.type === 'punct' && (this.peek() as Token).value === ',') {
          this.index += 1;
          args.push(this.parseOr(variables));
        }
      }
      this.expectPunct(')');
      const arity = lower === 'tolower' || lower === 'toupper' || lower === 'trim' ? 1 : 2;
      if (args.length !== arity) throw filterError(`the function '${lower}' takes ${arity} argument(s).`);
      return { kind: 'call', name: lower as FilterFunction, args };
    }
    const segments = [word];
    while (this.peek()?.type === 'punct' && (this.peek() as Token).value === '/') {
      this.index += 1;
      const segment = this.peek();
      if (segment?.type !== 'word')
        throw filterError(`expected a property name after '/' in '${this.text}'.`);
      this.index += 1;
      const segmentLower = segment.value.toLowerCase();
      const opens = this.peek()?.type === 'punct' && (this.peek() as Token).value === '(';
      if ((segmentLower === 'any' || segmentLower === 'all') && opens) {
        return this.parseLambda(segments, segmentLower, variables);
      }
      segments.push(segment.value);
    }
    return { kind: 'path', segments };
  }

  private parseLambda(
    collection: string[],
    operator: 'any' | 'all',
    variables: Set<string>,
  ): FilterExpression {
    this.expectPunct('(');
    if (this.peek()?.type === 'punct' && (this.peek() as Token).value === ')') {
      this.index += 1;
      return { kind: 'lambda', collection, operator, variable: '', predicate: null };
    }
    const variable = this.peek();
    if (variable?.type !== 'word') throw filterError(`expected a lambda variable in '${this.text}'.`);
    this.index += 1;
    this.expectPunct(':');
    const predicate = this.parseOr(new Set([...variables, variable.value]));
    this.expectPunct(')');
    return { kind: 'lambda', collection, operator, variable: variable.value, predicate };
  }
}

/** Parses a `$filter` value; throws a 400 `GraphError` on anything it does not support. */
export function parseFilter(text: string): FilterExpression {
  return new FilterParser(tokenize(text), text).parse();
}

/**
 * Property paths the filter references, in order of first appearance (lambda collections count, lambda
 * variables don't). Used for Outlook's "$orderby properties must come first in $filter" rule.
 */
export function filterPropertyPaths(
  expression: FilterExpression,
  variables: ReadonlySet<string> = new Set(),
): string[] {
  const found: string[] = [];
  const visit = (node: FilterExpression, scope: ReadonlySet<string>): void => {
    switch (node.kind) {
      case 'path':
        if (!scope.has(node.segments[0] as string)) found.push(node.segments.join('/'));
        return;
      case 'compare':
      case 'and':
      case 'or':
        visit(node.left, scope);
        visit(node.right, scope);
        return;
      case 'not':
        visit(node.operand, scope);
        return;
      case 'call':
        node.args.forEach((argument) => visit(argument, scope));
        return;
      case 'lambda':
        found.push(node.collection.join('/'));
        if (node.predicate) visit(node.predicate, new Set([...scope, node.variable]));
        return;
      case 'literal':
        return;
    }
  };
  visit(expression, variables);
  return [...new Set(found)];
}
