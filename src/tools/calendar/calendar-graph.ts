/** Graph paths, scopes, `$select` lists and wire types the calendar tools share. */
import { encodeGraphId } from '../../graph/types';
import { preferHeaders } from '../../graph/prefer-headers';
import type { ToolContext } from '../define-tool';
import { resolveTimeZone } from '../shared/time-zones';

export const CALENDAR_READ = ['Calendars.Read'] as const;
export const CALENDAR_WRITE = ['Calendars.ReadWrite'] as const;

export const eventPath = (id: string): string => `/me/events/${encodeGraphId(id)}`;

export const EVENT_LIST_SELECT = [
  'id',
  'subject',
  'start',
  'end',
  'isAllDay',
  'location',
  'organizer',
  'attendees',
  'isOnlineMeeting',
  'onlineMeeting',
  'showAs',
  'type',
  'seriesMasterId',
  'isCancelled',
  'isOrganizer',
  'responseStatus',
  'webLink',
].join(',');

export interface DateTimeTimeZoneWire {
  dateTime: string;
  timeZone: string;
}

export interface AttendeeWire {
  type?: string;
  emailAddress?: { name?: string; address?: string };
  status?: { response?: string };
}

export interface EventWire {
  id: string;
  subject?: string;
  body?: { contentType?: string; content?: string };
  start?: DateTimeTimeZoneWire;
  end?: DateTimeTimeZoneWire;
  isAllDay?: boolean;
  location?: { displayName?: string };
  organizer?: { emailAddress?: { name?: string; address?: string } };
  attendees?: AttendeeWire[];
  isOnlineMeeting?: boolean;
  onlineMeeting?: { joinUrl?: string } | null;
  showAs?: string;
  type?: string;
  seriesMasterId?: string | null;
  isCancelled?: boolean;
  isOrganizer?: boolean;
  responseStatus?: { response?: string };
  webLink?: string;
  recurrence?: unknown;
  importance?: string;
  sensitivity?: string;
  reminderMinutesBeforeStart?: number;
  isReminderOn?: boolean;
  allowNewTimeProposals?: boolean;
}

export interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/** The user's zone as Graph wants it (Windows name when known); UTC when the profile's zone is unknown. */
export function userGraphZone(ctx: ToolContext): string {
  return resolveTimeZone(ctx.user.timeZone)?.graph ?? 'UTC';
}

export function userIanaZone(ctx: ToolContext): string {
  return resolveTimeZone(ctx.user.timeZone)?.iana ?? 'UTC';
}

/** `Prefer: outlook.timezone` in the user's zone, plus text bodies when asked. */
export function userZoneHeaders(ctx: ToolContext, textBody = false): Record<string, string> {
  return preferHeaders({ timeZone: userGraphZone(ctx), textBody });
}
