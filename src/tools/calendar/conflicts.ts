/** Events already in the calendar that overlap a proposed time (for the approval card's 'conflict' warning). */
import type { ToolContext } from '../define-tool';
import { CALENDAR_READ, userZoneHeaders, type EventWire } from './calendar-graph';
import { describeLocal } from './calendar-time';

export interface Conflict {
  id: string;
  subject: string;
  start?: string;
  end?: string;
}

export async function findConflicts(
  ctx: ToolContext,
  startInstant: number,
  endInstant: number,
  excludeId?: string,
): Promise<Conflict[]> {
  const events = await ctx.graph.getPages<EventWire>('/me/calendarView', {
    query: {
      startDateTime: new Date(startInstant).toISOString(),
      endDateTime: new Date(endInstant).toISOString(),
      $select: 'id,subject,start,end,showAs,isCancelled,isAllDay,seriesMasterId',
      $top: 50,
    },
    headers: userZoneHeaders(ctx),
    scopes: CALENDAR_READ,
    signal: ctx.signal,
    maxItems: 50,
  });
  return events
    .filter(
      (event) =>
        event.showAs !== 'free' &&
        !event.isCancelled &&
        event.id !== excludeId &&
        (excludeId === undefined || event.seriesMasterId !== excludeId),
    )
    .map((event) => ({
      id: event.id,
      subject: event.subject ?? '',
      start: describeLocal(event.start?.dateTime, event.isAllDay),
      end: describeLocal(event.end?.dateTime, event.isAllDay),
    }));
}

/** "Overlaps 'Weekly sync' (Tue 2026-11-24 14:00 – Tue 2026-11-24 15:00)" — subjects are the user's own data here. */
export function conflictMessage(conflicts: readonly Conflict[]): string {
  const named = conflicts
    .slice(0, 5)
    .map((conflict) => `'${conflict.subject}' (${conflict.start} – ${conflict.end})`)
    .join('; ');
  return `Overlaps ${conflicts.length} event${conflicts.length === 1 ? '' : 's'}: ${named}${conflicts.length > 5 ? '; …' : ''}.`;
}
