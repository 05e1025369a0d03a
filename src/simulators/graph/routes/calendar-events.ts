/**
 * Calendars, events (single instances and series masters), calendarView (series expanded) and instances.
 * BEHAVIOUR.md: POST 201 (recurring → seriesMaster), PATCH 200 with the event, DELETE 204; `/me/events` is never
 * expanded; calendarView requires startDateTime/endDateTime, read with their own offset (UTC if none).
 */
import { graphErrors } from '../core/errors';
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import { convertDateTimeTimeZone } from '../../../tools/shared/time-zones';
import { collectionProfiles } from '../odata/profiles';
import type { CalendarRecord, EventRecord } from '../store/calendar';
import type { Recipient } from '../store/common';
import { teamsJoinUrl } from '../seed/calendar';
import { checkEventTimes, readEventChanges, userRecipient } from './calendar-input';
import {
  calendarViewEvents,
  EVENT_PROPERTIES,
  eventEnd,
  eventStart,
  eventToWire,
  expandSeries,
  findEvent,
  materialize,
  parseRangeInstant,
} from './calendar-model';

const READ = ['Calendars.ReadBasic', 'Calendars.Read'];
const WRITE = ['Calendars.ReadWrite'];
const EVENT_PREFER = ['body-content-type', 'timezone', 'immutable-id'] as const;

function calendarToWire(calendar: CalendarRecord): Record<string, unknown> {
  return {
    '@odata.etag': `W/"${calendar.changeKey}"`,
    id: calendar.id,
    name: calendar.name,
    color: calendar.color,
    hexColor: calendar.hexColor,
    isDefaultCalendar: calendar.isDefaultCalendar,
    changeKey: calendar.changeKey,
    canShare: calendar.canShare,
    canViewPrivateItems: calendar.canViewPrivateItems,
    canEdit: calendar.canEdit,
    isRemovable: !calendar.isDefaultCalendar,
    isTallyingResponses: true,
    allowedOnlineMeetingProviders: ['teamsForBusiness'],
    defaultOnlineMeetingProvider: 'teamsForBusiness',
    owner: calendar.owner,
  };
}

function defaultCalendar(context: RouteContext): CalendarRecord {
  return context.store.calendar.calendars.find((calendar) => calendar.isDefaultCalendar) as CalendarRecord;
}

function findCalendar(context: RouteContext, id: string): CalendarRecord {
  const calendar = context.store.calendar.calendars.find((candidate) => candidate.id === id);
  if (!calendar) throw graphErrors.itemNotFound();
  return calendar;
}

/** Wire events with times already in the response zone, so collection ordering by start/dateTime is right. */
function wireInResponseZone(event: EventRecord, context: RouteContext): Record<string, unknown> {
  const wire = eventToWire(event, context);
  const zone = context.prefer.timeZone ?? 'UTC';
  if (!event.isAllDay) {
    wire.start = convertDateTimeTimeZone(event.start, zone);
    wire.end = convertDateTimeTimeZone(event.end, zone);
  }
  return wire;
}

/** Records a message "sent" about a meeting (the outbox of /_sim/state). */
export function recordMeetingMail(
  context: RouteContext,
  entry: {
    kind: 'meeting-request' | 'meeting-response' | 'meeting-cancellation' | 'event-forward';
    event: EventRecord;
    to: Recipient[];
    subjectPrefix?: string;
    comment?: string;
    response?: string;
    body?: string;
  },
): void {
  if (entry.to.length === 0) return;
  context.store.outbox.push({
    kind: entry.kind,
    sentDateTime: context.now().toISOString(),
    subject: `${entry.subjectPrefix ?? ''}${entry.event.subject}`,
    from: userRecipient(context),
    toRecipients: entry.to,
    ccRecipients: [],
    bccRecipients: [],
    body: { contentType: 'text', content: entry.body ?? entry.comment ?? '' },
    attachmentNames: [],
    eventId: entry.event.id,
    ...(entry.response ? { response: entry.response } : {}),
    ...(entry.comment !== undefined ? { comment: entry.comment } : {}),
  });
}

function attendeeRecipients(event: EventRecord, userAddress: string): Recipient[] {
  return event.attendees
    .filter((attendee) => attendee.emailAddress.address.toLowerCase() !== userAddress.toLowerCase())
    .map((attendee) => ({ emailAddress: attendee.emailAddress }));
}

function createEvent(context: RouteContext, calendar: CalendarRecord) {
  const body = context.body.json<Record<string, unknown>>() ?? {};
  const changes = readEventChanges(body);
  if (!changes.start || !changes.end)
    throw graphErrors.badRequest('An event needs a start and an end.', 'ErrorInvalidRequest');
  const now = context.now().toISOString();
  const online = changes.isOnlineMeeting === true;
  const event: EventRecord = {
    id: context.ids.outlookItem(),
    immutableId: context.ids.immutableOutlookItem(),
    changeKey: context.ids.changeKey(),
    calendarId: calendar.id,
    iCalUId: `040000008200E00074C5B7101A82E008${context.ids.guid().replace(/-/g, '').toUpperCase()}`,
    createdDateTime: now,
    lastModifiedDateTime: now,
    subject: '',
    body: { contentType: 'html', content: '' },
    isAllDay: false,
    location: { displayName: '' },
    attendees: [],
    organizer: userRecipient(context),
    isOrganizer: true,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    showAs: 'busy',
    seriesMasterId: null,
    recurrence: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    onlineMeeting: null,
    isCancelled: false,
    importance: 'normal',
    sensitivity: 'normal',
    categories: [],
    isReminderOn: true,
    reminderMinutesBeforeStart: 15,
    allowNewTimeProposals: true,
    responseRequested: true,
    cancelledOccurrences: [],
    ...changes,
    start: changes.start,
    end: changes.end,
    type: changes.recurrence ? 'seriesMaster' : 'singleInstance',
  };
  if (online) {
    event.onlineMeetingProvider =
      changes.onlineMeetingProvider && changes.onlineMeetingProvider !== 'unknown'
        ? changes.onlineMeetingProvider
        : 'teamsForBusiness';
    event.onlineMeeting = { joinUrl: teamsJoinUrl(context.ids.guid()) };
  }
  if (event.body.contentType === 'html' && !/^<html/i.test(event.body.content))
    event.body = {
      contentType: 'html',
      content: `<html><head></head><body>${event.body.content}</body></html>`,
    };
  checkEventTimes(event);
  context.store.calendar.events.push(event);
  recordMeetingMail(context, {
    kind: 'meeting-request',
    event,
    to: attendeeRecipients(event, context.store.user.mail),
    body: event.body.content,
  });
  return context.reply.created(eventToWire(event, context), {
    entityType: 'microsoft.graph.event',
    properties: EVENT_PROPERTIES,
    location: `${context.graphBaseUrl}/me/events('${encodeURIComponent(event.id)}')`,
    context: `users('${context.store.user.id}')/events/$entity`,
  });
}

function listEvents(context: RouteContext, calendarId?: string) {
  const events = context.store.calendar.events.filter(
    (event) =>
      (event.type === 'singleInstance' || event.type === 'seriesMaster') &&
      (!calendarId || event.calendarId === calendarId),
  );
  return context.reply.collection(
    events.map((event) => wireInResponseZone(event, context)),
    collectionProfiles.events,
    { properties: EVENT_PROPERTIES },
  );
}

function calendarView(context: RouteContext, calendarId?: string) {
  const start = parseRangeInstant(context.query.get('startDateTime'), 'startDateTime');
  const end = parseRangeInstant(context.query.get('endDateTime'), 'endDateTime');
  if (end < start)
    throw graphErrors.badRequest(
      'The end of the time window must be after its start.',
      'ErrorInvalidParameter',
    );
  const events = calendarViewEvents(context.store, start, end, calendarId);
  return context.reply.collection(
    events.map((event) => wireInResponseZone(event, context)),
    collectionProfiles.calendarView,
    {
      properties: EVENT_PROPERTIES.filter(
        (name) => name !== 'createdDateTime' && name !== 'lastModifiedDateTime',
      ),
    },
  );
}

/** A moved occurrence may not reach or pass the original start of its neighbours (ErrorOccurrenceCrossingBoundary). */
function checkOccurrenceBoundary(context: RouteContext, updated: EventRecord): void {
  if (!updated.seriesMasterId || !updated.originalStart) return;
  const master = context.store.calendar.events.find((event) => event.id === updated.seriesMasterId);
  if (!master) return;
  const original = Date.parse(updated.originalStart);
  const year = 366 * 86_400_000;
  const neighbours = expandSeries(master, context.store, original - year, original + year)
    .map((occurrence) => Date.parse(occurrence.originalStart ?? '') || eventStart(occurrence))
    .filter((instant) => instant !== original);
  const previous = Math.max(-Infinity, ...neighbours.filter((instant) => instant < original));
  const next = Math.min(Infinity, ...neighbours.filter((instant) => instant > original));
  const start = eventStart(updated);
  if (start <= previous || start >= next)
    throw graphErrors.badRequest(
      'Occurrence start time is crossing boundaries of the previous or next occurrence.',
      'ErrorOccurrenceCrossingBoundary',
    );
}

function updateEvent(context: RouteContext) {
  const found = findEvent(context.store, context.params['event-id'] as string);
  const changes = readEventChanges(context.body.json<Record<string, unknown>>() ?? {});
  const candidate: EventRecord = { ...found.event, ...changes };
  if (
    changes.recurrence !== undefined &&
    found.event.type !== 'singleInstance' &&
    found.event.type !== 'seriesMaster'
  )
    throw graphErrors.badRequest('An occurrence cannot have its own recurrence.', 'ErrorInvalidRequest');
  if (changes.recurrence !== undefined)
    candidate.type = changes.recurrence ? 'seriesMaster' : 'singleInstance';
  checkEventTimes(candidate);
  if (found.master) checkOccurrenceBoundary(context, candidate);
  const timeChanged =
    eventStart(candidate) !== eventStart(found.event) || eventEnd(candidate) !== eventEnd(found.event);
  const event = materialize(context.store, found);
  const before = attendeeRecipients(event, context.store.user.mail).map(
    (recipient) => recipient.emailAddress.address,
  );
  Object.assign(event, changes);
  if (changes.recurrence !== undefined) event.type = candidate.type;
  if (changes.isOnlineMeeting === true && !event.onlineMeeting) {
    event.onlineMeetingProvider =
      event.onlineMeetingProvider === 'unknown' ? 'teamsForBusiness' : event.onlineMeetingProvider;
    event.onlineMeeting = { joinUrl: teamsJoinUrl(context.ids.guid()) };
  }
  if (changes.isOnlineMeeting === false) {
    event.onlineMeeting = null;
    event.onlineMeetingProvider = 'unknown';
  }
  event.changeKey = context.ids.changeKey();
  event.lastModifiedDateTime = context.now().toISOString();
  if (event.isOrganizer) {
    const everyone = attendeeRecipients(event, context.store.user.mail);
    // Graph sends an update to everyone when the meeting itself changed, and invitations to newly added people.
    const meetingChanged = timeChanged || 'subject' in changes || 'location' in changes || 'body' in changes;
    const to = meetingChanged
      ? everyone
      : everyone.filter((recipient) => !before.includes(recipient.emailAddress.address));
    recordMeetingMail(context, { kind: 'meeting-request', event, to, body: event.body.content });
  }
  return context.reply.entity(eventToWire(event, context), {
    entityType: 'microsoft.graph.event',
    properties: EVENT_PROPERTIES,
  });
}

/** Removes an event; an occurrence becomes a cancelled occurrence of its master. */
export function removeEvent(context: RouteContext, eventId: string): EventRecord {
  const found = findEvent(context.store, eventId);
  const events = context.store.calendar.events;
  const event = found.event;
  if (event.type === 'occurrence' || event.type === 'exception') {
    const master = events.find((candidate) => candidate.id === event.seriesMasterId);
    if (master && event.originalStart)
      master.cancelledOccurrences = [...(master.cancelledOccurrences ?? []), event.originalStart];
  }
  context.store.calendar.events = events.filter(
    (candidate) =>
      candidate.id !== event.id && (event.type !== 'seriesMaster' || candidate.seriesMasterId !== event.id),
  );
  return event;
}

export const calendarEventRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    template: '/me/calendars',
    scopes: READ,
    handle: (context) =>
      context.reply.collection(
        context.store.calendar.calendars.map(calendarToWire),
        collectionProfiles.calendars,
      ),
  }),
  defineRoute({
    method: 'POST',
    template: '/me/calendars',
    scopes: WRITE,
    handle: (context) => {
      const name = context.body.param<string>('name');
      if (typeof name !== 'string' || !name.trim())
        throw graphErrors.badRequest("The property 'name' is required.", 'ErrorInvalidRequest');
      if (
        context.store.calendar.calendars.some(
          (calendar) => calendar.name.toLowerCase() === name.toLowerCase(),
        )
      )
        throw graphErrors.conflict('A folder with the specified name already exists.', 'ErrorFolderExists');
      const calendar: CalendarRecord = {
        ...defaultCalendar(context),
        id: context.ids.outlookContainer(),
        changeKey: context.ids.changeKey(),
        name,
        isDefaultCalendar: false,
        color: 'auto',
      };
      context.store.calendar.calendars.push(calendar);
      return context.reply.created(calendarToWire(calendar));
    },
  }),
  defineRoute({
    method: 'GET',
    template: '/me/calendar',
    scopes: READ,
    handle: (context) => context.reply.entity(calendarToWire(defaultCalendar(context))),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/calendars/{calendar-id}',
    scopes: READ,
    handle: (context) =>
      context.reply.entity(calendarToWire(findCalendar(context, context.params['calendar-id'] as string))),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/events',
    scopes: READ,
    prefer: EVENT_PREFER,
    handle: (context) => listEvents(context),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/calendar/events',
    scopes: READ,
    prefer: EVENT_PREFER,
    handle: (context) => listEvents(context, defaultCalendar(context).id),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/calendars/{calendar-id}/events',
    scopes: READ,
    prefer: EVENT_PREFER,
    handle: (context) =>
      listEvents(context, findCalendar(context, context.params['calendar-id'] as string).id),
  }),
  defineRoute({
    method: 'POST',
    template: '/me/events',
    scopes: WRITE,
    prefer: EVENT_PREFER,
    handle: (context) => createEvent(context, defaultCalendar(context)),
  }),
  defineRoute({
    method: 'POST',
    template: '/me/calendar/events',
    scopes: WRITE,
    prefer: EVENT_PREFER,
    handle: (context) => createEvent(context, defaultCalendar(context)),
  }),
  defineRoute({
    method: 'POST',
    template: '/me/calendars/{calendar-id}/events',
    scopes: WRITE,
    prefer: EVENT_PREFER,
    handle: (context) => createEvent(context, findCalendar(context, context.params['calendar-id'] as string)),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/events/{event-id}',
    scopes: READ,
    prefer: EVENT_PREFER,
    handle: (context) =>
      context.reply.entity(
        eventToWire(findEvent(context.store, context.params['event-id'] as string).event, context),
        {
          entityType: 'microsoft.graph.event',
          properties: EVENT_PROPERTIES,
        },
      ),
  }),
  defineRoute({
    method: 'PATCH',
    template: '/me/events/{event-id}',
    scopes: WRITE,
    prefer: EVENT_PREFER,
    handle: updateEvent,
  }),
  defineRoute({
    method: 'DELETE',
    template: '/me/events/{event-id}',
    scopes: WRITE,
    handle: (context) => {
      const event = removeEvent(context, context.params['event-id'] as string);
      // Deleting a meeting on the organiser's calendar cancels it for the attendees (api/event-delete.md).
      if (event.isOrganizer)
        recordMeetingMail(context, {
          kind: 'meeting-cancellation',
          event,
          to: attendeeRecipients(event, context.store.user.mail),
          subjectPrefix: 'Canceled: ',
        });
      return context.reply.noContent();
    },
  }),
  defineRoute({
    method: 'GET',
    template: '/me/calendarView',
    scopes: READ,
    prefer: EVENT_PREFER,
    handle: (context) => calendarView(context),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/calendar/calendarView',
    scopes: READ,
    prefer: EVENT_PREFER,
    handle: (context) => calendarView(context, defaultCalendar(context).id),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/calendars/{calendar-id}/calendarView',
    scopes: READ,
    prefer: EVENT_PREFER,
    handle: (context) =>
      calendarView(context, findCalendar(context, context.params['calendar-id'] as string).id),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/events/{event-id}/instances',
    scopes: READ,
    prefer: EVENT_PREFER,
    handle: (context) => {
      const start = parseRangeInstant(context.query.get('startDateTime'), 'startDateTime');
      const end = parseRangeInstant(context.query.get('endDateTime'), 'endDateTime');
      const { event } = findEvent(context.store, context.params['event-id'] as string);
      const instances =
        event.type === 'seriesMaster'
          ? expandSeries(event, context.store, start, end)
          : eventStart(event) < end && eventEnd(event) > start
            ? [event]
            : [];
      return context.reply.collection(
        instances.map((instance) => wireInResponseZone(instance, context)),
        collectionProfiles.calendarView,
        { properties: EVENT_PROPERTIES },
      );
    },
  }),
];

export { attendeeRecipients };
