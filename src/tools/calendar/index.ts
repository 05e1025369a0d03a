import type { ToolDefinition } from '../define-tool';
import { calendarCreateEvent, calendarUpdateEvent } from './event-write';
import { calendarCancelEvent, calendarDeleteEvent, calendarRespondToEvent } from './meeting-tools';
import { calendarGetEvent, calendarListCalendars, calendarListEvents } from './read-tools';
import { calendarFindMeetingTimes, calendarGetFreeBusy } from './schedule-tools';

/** The calendar area's tools, in the order the catalog lists them. */
export const calendarTools: readonly ToolDefinition[] = [
  calendarListEvents,
  calendarGetEvent,
  calendarGetFreeBusy,
  calendarFindMeetingTimes,
  calendarListCalendars,
  calendarCreateEvent,
  calendarUpdateEvent,
  calendarRespondToEvent,
  calendarCancelEvent,
  calendarDeleteEvent,
];
