/** Calendar area records. Recurring series are stored as masters; routes expand occurrences on read. */
import type { DateTimeTimeZone, EmailAddress, ItemBody, Recipient } from './common';

export interface CalendarRecord {
  id: string;
  name: string;
  color: string;
  hexColor: string;
  isDefaultCalendar: boolean;
  canEdit: boolean;
  canShare: boolean;
  canViewPrivateItems: boolean;
  changeKey: string;
  owner: EmailAddress;
}

export interface AttendeeRecord {
  type: 'required' | 'optional' | 'resource';
  emailAddress: EmailAddress;
  status: { response: ResponseType; time: string };
}

export type ResponseType =
  'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

/** Graph's patternedRecurrence, kept as sent. */
export interface RecurrenceRecord {
  pattern: {
    type: 'daily' | 'weekly' | 'absoluteMonthly' | 'relativeMonthly' | 'absoluteYearly' | 'relativeYearly';
    interval: number;
    daysOfWeek?: string[];
    dayOfMonth?: number;
    month?: number;
    firstDayOfWeek?: string;
    index?: string;
  };
  range: {
    type: 'endDate' | 'noEnd' | 'numbered';
    startDate: string;
    endDate?: string;
    numberOfOccurrences?: number;
    recurrenceTimeZone?: string;
  };
}

export interface EventRecord {
  id: string;
  immutableId: string;
  changeKey: string;
  calendarId: string;
  iCalUId: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  subject: string;
  body: ItemBody;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  isAllDay: boolean;
  location: { displayName: string };
  attendees: AttendeeRecord[];
  organizer: Recipient;
  isOrganizer: boolean;
  responseStatus: { response: ResponseType; time: string };
  showAs: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
  type: 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';
  seriesMasterId: string | null;
  recurrence: RecurrenceRecord | null;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: 'unknown' | 'teamsForBusiness' | 'skypeForBusiness' | 'skypeForConsumer';
  onlineMeeting: { joinUrl: string } | null;
  isCancelled: boolean;
  importance: 'low' | 'normal' | 'high';
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  categories: string[];
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  /** Whether attendees may propose a new time. @default true */
  allowNewTimeProposals?: boolean;
  /** Whether the organiser asked for responses. @default true */
  responseRequested?: boolean;
  /** Exceptions only: the occurrence's original start (UTC instant, ISO 8601). */
  originalStart?: string | null;
  /** Series masters only: original starts (UTC ISO) of occurrences deleted or cancelled. */
  cancelledOccurrences?: string[];
}

/** A busy block on someone else's calendar (free/busy only: what getSchedule and findMeetingTimes see). */
export interface ScheduleBlockRecord {
  /** Whose calendar, by address. */
  address: string;
  /** UTC instants, ISO 8601. */
  start: string;
  end: string;
  status: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere';
  subject?: string;
  location?: string;
}

export interface CalendarStore {
  calendars: CalendarRecord[];
  events: EventRecord[];
  /** Colleagues' free/busy (internal people only; external addresses have no schedule → unknown). */
  schedules: ScheduleBlockRecord[];
}
