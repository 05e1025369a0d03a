/**
 * Structured message criteria → a request Graph accepts. Graph's rules (BEHAVIOUR.md): `$search` (KQL) cannot be
 * combined with `$filter` or `$orderby`; with `$filter` + `$orderby`, every ordered property must lead the filter
 * (else 400 InefficientFilter); OData literals double single quotes; KQL values with spaces or symbols are phrases.
 * So: words, a sender given by name, or recipients → KQL `$search` (plus exact checks done here on the results);
 * everything else → `$filter` that starts with `receivedDateTime` and `$orderby=receivedDateTime`.
 */
import { z } from 'zod';
import type { GraphQuery } from '../../graph/types';
import { addDays, isLocalDateTime, localToUtc, toGraphInstant } from '../shared/dates';
import { parseRecipient } from '../shared/recipients';
import type { MessageWire } from './mail-graph';
import { MailToolError } from './mail-errors';

const localDate = z
  .string()
  .trim()
  .refine(isLocalDateTime, { message: 'Use a local date YYYY-MM-DD (or YYYY-MM-DDTHH:mm).' });

/** The structured fields list and search tools share. Dates are the user's local dates. */
export const messageCriteriaShape = {
  from: z.string().trim().min(1).max(200).optional().describe('Sender address or name'),
  to: z.string().trim().min(1).max(200).optional().describe('Recipient address or name'),
  subject: z.string().trim().min(1).max(200).optional().describe('Words in the subject'),
  after: localDate.optional().describe('Local date YYYY-MM-DD'),
  before: localDate.optional().describe('Local date, inclusive'),
  unread: z.boolean().optional(),
  flagged: z.boolean().optional(),
  hasAttachments: z.boolean().optional(),
  category: z.string().trim().min(1).max(255).optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
};

export interface MessageCriteria {
  words?: string;
  from?: string;
  to?: string;
  subject?: string;
  after?: string;
  before?: string;
  unread?: boolean;
  flagged?: boolean;
  hasAttachments?: boolean;
  category?: string;
  importance?: 'low' | 'normal' | 'high';
}

export type MessageOrder = 'newest' | 'oldest';

/** Criteria checked here on fetched messages because the chosen request form cannot express them exactly. */
export type ClientCheck =
  'range' | 'flagged' | 'unread' | 'hasAttachments' | 'importance' | 'category' | 'fromAddress';

export interface MessageQueryPlan {
  mode: 'filter' | 'search';
  /** `$filter` + `$orderby`, or `$search`; the executor adds `$select` and `$top`. */
  query: GraphQuery;
  criteria: MessageCriteria;
  range: { start?: Date; end?: Date };
  clientChecks: ClientCheck[];
  order: MessageOrder;
  /** Sort here (search results come newest-sent first; a repaired request may have lost `$orderby`). */
  clientSort: boolean;
  /** Set when the plan was repaired after Graph refused it. */
  repairedFrom?: string;
}

/** OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A KQL value: bare when it is one plain token, else a phrase (KQL has no escape for `"`, so quotes are dropped). */
export function kqlValue(value: string): string {
  const cleaned = value.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^[\w.@+'-]+$/u.test(cleaned) && !/^(AND|OR|NOT)$/.test(cleaned)) return cleaned;
  return `"${cleaned}"`;
}

/** Free words → KQL terms: quoted phrases kept, OR/NOT kept as operators between terms, other symbols quoted. */
export function kqlWords(words: string): string[] {
  const tokens = [...words.matchAll(/"([^"]*)"|(\S+)/g)].map((match) =>
    match[1] !== undefined ? { phrase: true, text: match[1] } : { phrase: false, text: match[2] as string },
  );
  const terms: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const operator = !token.phrase && /^(OR|NOT|AND)$/.test(token.text);
    if (operator) {
      const hasNext = index < tokens.length - 1;
      const hasPrevious = terms.length > 0 && !/^(OR|NOT|AND)$/.test(terms[terms.length - 1] as string);
      if (token.text === 'NOT' ? hasNext : hasPrevious && hasNext) terms.push(token.text);
      continue;
    }
    const text = token.text.replace(/[()]/g, ' ').trim();
    if (text) terms.push(token.phrase ? `"${text.replace(/["\\]/g, ' ').trim()}"` : kqlValue(text));
  }
  return terms;
}

/** The search value as Graph wants it: the whole KQL in double quotes, inner quotes escaped. */
export function searchParameter(kql: string): string {
  return `"${kql.replace(/"/g, '\\"')}"`;
}

function dateRange(criteria: MessageCriteria, timeZone: string): { start?: Date; end?: Date } {
  const start = criteria.after ? localToUtc(criteria.after, timeZone) : undefined;
  const end = criteria.before
    ? criteria.before.includes('T') || criteria.before.includes(' ')
      ? localToUtc(criteria.before, timeZone)
      : localToUtc(addDays(criteria.before, 1), timeZone)
    : undefined;
  if (start && end && start.getTime() >= end.getTime())
    throw new MailToolError(
      'invalid-date',
      `'after' (${criteria.after}) must be before 'before' (${criteria.before}).`,
    );
  return { start, end };
}

function isFullAddress(text: string | undefined): boolean {
  return text !== undefined && parseRecipient(text) !== undefined && !text.includes('<');
}

const EARLIEST = '1900-01-01T00:00:00Z';

function filterPlan(
  criteria: MessageCriteria,
  range: MessageQueryPlan['range'],
  order: MessageOrder,
): MessageQueryPlan {
  // receivedDateTime leads the filter because it is the $orderby property (InefficientFilter otherwise).
  const clauses = [`receivedDateTime ge ${range.start ? toGraphInstant(range.start) : EARLIEST}`];
  if (range.end) clauses.push(`receivedDateTime lt ${toGraphInstant(range.end)}`);
  if (criteria.from) clauses.push(`from/emailAddress/address eq ${odataString(criteria.from)}`);
  if (criteria.subject) clauses.push(`contains(subject,${odataString(criteria.subject)})`);
  if (criteria.unread !== undefined) clauses.push(`isRead eq ${!criteria.unread}`);
  if (criteria.flagged !== undefined)
    clauses.push(`flag/flagStatus ${criteria.flagged ? 'eq' : 'ne'} 'flagged'`);
  if (criteria.hasAttachments !== undefined) clauses.push(`hasAttachments eq ${criteria.hasAttachments}`);
  if (criteria.category) clauses.push(`categories/any(c:c eq ${odataString(criteria.category)})`);
  if (criteria.importance) clauses.push(`importance eq ${odataString(criteria.importance)}`);
  return {
    mode: 'filter',
    query: {
      // Without other criteria the date clause is only there for the ordering rule: leave $filter out.
      ...(clauses.length > 1 || range.start ? { $filter: clauses.join(' and ') } : {}),
      $orderby: `receivedDateTime ${order === 'newest' ? 'desc' : 'asc'}`,
    },
    criteria,
    range,
    clientChecks: [],
    order,
    clientSort: false,
  };
}

function searchPlan(
  criteria: MessageCriteria,
  range: MessageQueryPlan['range'],
  order: MessageOrder,
): MessageQueryPlan {
  const terms: string[] = [];
  const clientChecks: ClientCheck[] = [];
  if (criteria.words) terms.push(...kqlWords(criteria.words));
  if (criteria.from) terms.push(`from:${kqlValue(criteria.from)}`);
  if (criteria.to) terms.push(`to:${kqlValue(criteria.to)}`);
  if (criteria.subject)
    terms.push(
      ...criteria.subject
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => `subject:${kqlValue(word)}`),
    );
  if (criteria.hasAttachments !== undefined) terms.push(`hasAttachments:${criteria.hasAttachments}`);
  if (criteria.importance) terms.push(`importance:${criteria.importance}`);
  // KQL dates are whole UTC days: ask for the days covering the local range, then check the instants here.
  if (range.start) terms.push(`received>=${toGraphInstant(range.start).slice(0, 10)}`);
  if (range.end) terms.push(`received<=${toGraphInstant(new Date(range.end.getTime() - 1)).slice(0, 10)}`);
  if (range.start || range.end) clientChecks.push('range');
  // Graph documents no KQL property for read state, flags or categories: those are checked on the results.
  if (criteria.flagged !== undefined) clientChecks.push('flagged');
  if (criteria.unread !== undefined) clientChecks.push('unread');
  if (criteria.category) clientChecks.push('category');
  if (terms.length === 0) terms.push('*');
  return {
    mode: 'search',
    query: { $search: searchParameter(terms.join(' ')) },
    criteria,
    range,
    clientChecks,
    order,
    clientSort: order === 'oldest',
  };
}

/** Chooses `$filter` or `$search` for the criteria (see the file comment). */
export function planMessageQuery(
  criteria: MessageCriteria,
  options: { timeZone: string; order?: MessageOrder },
): MessageQueryPlan {
  const named = criteria.from?.includes('<') ? parseRecipient(criteria.from) : undefined;
  if (named) criteria = { ...criteria, from: named.address };
  const range = dateRange(criteria, options.timeZone);
  const order = options.order ?? 'newest';
  const needsSearch =
    Boolean(criteria.words?.trim()) ||
    criteria.to !== undefined ||
    (criteria.from !== undefined && !isFullAddress(criteria.from));
  return needsSearch ? searchPlan(criteria, range, order) : filterPlan(criteria, range, order);
}

/** Graph error codes a plan can be repaired from, once. */
export const REPAIRABLE_CODES = ['InefficientFilter', 'SearchWithOrderBy', 'SearchWithFilter'] as const;

/**
 * A plan Graph will accept after it refused `plan` with `code`: drop the offending option and do its work here
 * (sort by received time; check the criteria on the results). Undefined when the code is not one we can repair.
 */
export function repairPlan(plan: MessageQueryPlan, code: string): MessageQueryPlan | undefined {
  if (plan.repairedFrom) return undefined;
  const { $orderby: _orderby, $filter: _filter, ...rest } = plan.query;
  switch (code) {
    case 'InefficientFilter':
    case 'SearchWithOrderBy':
      if (!plan.query.$orderby) return undefined;
      return {
        ...plan,
        query: { ...rest, ...(plan.query.$filter ? { $filter: plan.query.$filter } : {}) },
        clientSort: true,
        repairedFrom: code,
      };
    case 'SearchWithFilter': {
      if (!plan.query.$filter) return undefined;
      const checks = new Set<ClientCheck>(plan.clientChecks);
      const { criteria } = plan;
      if (plan.range.start || plan.range.end) checks.add('range');
      if (criteria.flagged !== undefined) checks.add('flagged');
      if (criteria.unread !== undefined) checks.add('unread');
      if (criteria.hasAttachments !== undefined) checks.add('hasAttachments');
      if (criteria.importance) checks.add('importance');
      if (criteria.category) checks.add('category');
      if (isFullAddress(criteria.from)) checks.add('fromAddress');
      return { ...plan, query: rest, clientChecks: [...checks], clientSort: true, repairedFrom: code };
    }
    default:
      return undefined;
  }
}

/** The plan's client checks on one fetched message (list `$select` holds every field they read). */
export function passesClientChecks(message: MessageWire, plan: MessageQueryPlan): boolean {
  const { criteria, range } = plan;
  return plan.clientChecks.every((check) => {
    switch (check) {
      case 'range': {
        const received = Date.parse(message.receivedDateTime ?? '');
        if (Number.isNaN(received)) return false;
        return (
          (!range.start || received >= range.start.getTime()) &&
          (!range.end || received < range.end.getTime())
        );
      }
      case 'flagged':
        return (message.flag?.flagStatus === 'flagged') === criteria.flagged;
      case 'unread':
        return message.isRead === !criteria.unread;
      case 'hasAttachments':
        return Boolean(message.hasAttachments) === criteria.hasAttachments;
      case 'importance':
        return message.importance === criteria.importance;
      case 'category':
        return (message.categories ?? []).some(
          (name) => name.toLowerCase() === criteria.category?.toLowerCase(),
        );
      case 'fromAddress':
        return message.from?.emailAddress?.address?.toLowerCase() === criteria.from?.toLowerCase();
    }
  });
}

export function sortByReceived(messages: MessageWire[], order: MessageOrder): MessageWire[] {
  const sign = order === 'newest' ? -1 : 1;
  return [...messages].sort(
    (left, right) =>
      sign * (Date.parse(left.receivedDateTime ?? '') - Date.parse(right.receivedDateTime ?? '')),
  );
}
