/** Argument schemas and conversions for To Do tools: list names, due dates, reminders, importance, status. */
import { z } from 'zod';
import { isKnownTimeZone, resolveTimeZone } from '../shared/time-zones';
import type { ToolContext } from '../define-tool';
import { TodoToolError, type DateTimeWire } from './todo-common';

export const listArgument = z
  .string()
  .trim()
  .min(1)
  .describe('List name (e.g. "Tasks", "Work Projects") or id.');

export const dueDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date "YYYY-MM-DD".');

export const reminderSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use a local time "YYYY-MM-DDTHH:mm".');

export const timeZoneSchema = z.string().trim().refine(isKnownTimeZone, {
  message:
    'Unknown time zone; give an IANA name ("Europe/Berlin") or a Windows name ("W. Europe Standard Time").',
});

export const importanceSchema = z.enum(['low', 'normal', 'high']);
export const statusSchema = z.enum(['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred']);

function checkDate(text: string): void {
  const [year, month, day, hour = 0, minute = 0] = text.split(/[-T:]/).map(Number) as number[];
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day, hour, minute));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== (month as number) - 1 ||
    date.getUTCDate() !== day ||
    date.getUTCHours() !== hour ||
    date.getUTCMinutes() !== minute
  )
    throw new TodoToolError('invalid-date', `'${text}' is not a valid date.`);
}

function zoneFor(timeZone: string | undefined, ctx: ToolContext): string {
  return resolveTimeZone(timeZone ?? ctx.user.timeZone)?.graph ?? 'UTC';
}

/** A due date as To Do sets it: midnight of that day in the user's zone. */
export function dueDateTime(date: string, ctx: ToolContext): DateTimeWire {
  checkDate(date);
  return { dateTime: `${date}T00:00:00`, timeZone: zoneFor(undefined, ctx) };
}

export function reminderDateTime(
  local: string,
  timeZone: string | undefined,
  ctx: ToolContext,
): DateTimeWire {
  checkDate(local);
  return { dateTime: `${local}:00`, timeZone: zoneFor(timeZone, ctx) };
}
