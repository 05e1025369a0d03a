import { categoryOf } from '../../../../src/tools/define-tool';
import { calendarCreateEvent, calendarUpdateEvent } from '../../../../src/tools/calendar/event-write';
import {
  calendarCancelEvent,
  calendarDeleteEvent,
  calendarRespondToEvent,
} from '../../../../src/tools/calendar/meeting-tools';
import {
  calendarGetEvent,
  calendarListCalendars,
  calendarListEvents,
} from '../../../../src/tools/calendar/read-tools';
import { calendarFindMeetingTimes, calendarGetFreeBusy } from '../../../../src/tools/calendar/schedule-tools';
import type { GraphStore } from '../../../../src/simulators/graph/store/store';
import { setUpToolHarness, type Json } from '../tool-test-setup';

const JONAS = 'jonas.berg@lumenlabs.example';
const SAM = 'sam.whitfield@northwind-traders.example';

describe('calendar tools against the simulator', () => {
  const harness = setUpToolHarness();
  const state = () => harness.state() as unknown as GraphStore;
  const event = (subject: string) =>
    state().calendar.events.find((candidate) => candidate.subject === subject) as Json;
  const calls = (method: string, pathPart: string) =>
    harness.requests().filter((request) => request.method === method && request.path.includes(pathPart));
  const unwrap = (text: string) => harness.marker.split(text).inside.join('');

  describe('reads', () => {
    it('calendar_list_events: expanded series, weekday times in the user zone, untrusted subjects', async () => {
      const result = await harness.run(calendarListEvents, { start: '2026-11-23', end: '2026-11-28' });
      const content = result.content as Json;
      const [request] = calls('GET', '/me/calendarView');
      expect(request?.headers.prefer).toBe('outlook.timezone="W. Europe Standard Time"');
      expect(request?.query).toMatchObject({
        startDateTime: '2026-11-22T23:00:00.000Z',
        endDateTime: '2026-11-27T23:00:00.000Z',
      });
      expect(request?.query.$select).toContain('subject');
      const standups = content.events.filter((item: Json) => unwrap(item.subject) === 'Daily stand-up');
      expect(standups).toHaveLength(5);
      expect(standups[0]).toMatchObject({
        start: 'Mon 2026-11-23 09:30',
        end: 'Mon 2026-11-23 09:45',
        type: 'occurrence',
      });
      expect(standups[0].joinUrl).toMatch(/^https:\/\/teams\./);
      expect(content.events.every((item: Json) => item.subject.startsWith(harness.marker.open))).toBe(true);
      expect(result.summary).toMatch(/^Read \d+ events$/);
    });

    it('calendar_get_event: attendees with responses, Teams link, body as text', async () => {
      const id = event('Q4 roadmap review').id;
      const result = await harness.run(calendarGetEvent, { eventId: id });
      const content = result.content as Json;
      expect(content.start).toBe('Wed 2026-11-18 10:00');
      expect(content.attendees.map((attendee: Json) => [attendee.address, attendee.response])).toEqual([
        [JONAS, 'accepted'],
        ['priya.raman@lumenlabs.example', 'tentativelyAccepted'],
        ['tomas.ferreira@lumenlabs.example', 'accepted'],
      ]);
      expect(content.joinUrl).toMatch(/meetup-join/);
      expect(unwrap(content.body)).toContain('agree the cut line');
      expect(result.citations?.[0]).toMatchObject({ kind: 'event', id });
    });

    it('calendar_get_free_busy: a colleague has an availability string, an external address is unavailable', async () => {
      const result = await harness.run(calendarGetFreeBusy, {
        addresses: [JONAS, SAM],
        start: '2026-11-24T08:00',
        end: '2026-11-24T18:00',
      });
      const [jonas, sam] = (result.content as Json).schedules;
      expect(jonas.availability).toHaveLength(20);
      expect(jonas.busy.some((item: Json) => item.start === 'Tue 2026-11-24 14:00')).toBe(true);
      expect(sam.unavailable).toBeDefined();
      expect(calls('POST', '/me/calendar/getSchedule')[0]?.body).toMatchObject({
        schedules: [JONAS, SAM],
        startTime: { dateTime: '2026-11-24T08:00:00', timeZone: 'W. Europe Standard Time' },
        availabilityViewInterval: 30,
      });
    });

    it('calendar_find_meeting_times: suggestions, and a clear reason when nothing fits', async () => {
      const found = await harness.run(calendarFindMeetingTimes, {
        attendees: [JONAS],
        durationMinutes: 60,
        start: '2026-11-24T08:00',
        end: '2026-11-24T18:00',
      });
      const suggestions = (found.content as Json).suggestions;
      expect(suggestions.length).toBeGreaterThan(0);
      expect(suggestions[0]).toMatchObject({ confidence: 100, attendees: { [JONAS]: 'free' } });
      expect(suggestions[0].start).toMatch(/^Tue 2026-11-24 \d\d:\d\d$/);
      expect(calls('POST', '/me/findMeetingTimes')[0]?.body).toMatchObject({ meetingDuration: 'PT60M' });
      const none = await harness.run(calendarFindMeetingTimes, {
        attendees: [SAM],
        start: '2026-11-24T08:00',
        end: '2026-11-24T18:00',
      });
      expect(none.content).toMatchObject({ suggestions: [], reason: 'attendeesUnavailableOrUnknown' });
      expect((none.content as Json).explanation).toMatch(/unknown/);
      expect(none.summary).toBe('No meeting time fits');
    });

    it('calendar_list_calendars', async () => {
      const result = await harness.run(calendarListCalendars, {});
      expect((result.content as Json).map((calendar: Json) => unwrap(calendar.name))).toEqual([
        'Calendar',
        'Family',
      ]);
    });

    it('rejects a range that ends before it starts without calling Graph', async () => {
      await expect(
        harness.run(calendarListEvents, { start: '2026-11-28', end: '2026-11-23' }),
      ).rejects.toMatchObject({
        code: 'end-before-start',
      });
      expect(harness.requests()).toHaveLength(0);
    });
  });

  describe('create and update', () => {
    it('an event without attendees is draft: Graph gets local time + Windows zone, nobody is invited', async () => {
      const args = {
        subject: 'Write budget notes',
        start: '2026-11-25T09:00',
        durationMinutes: 45,
        location: 'Desk',
        teamsMeeting: true,
      };
      expect(categoryOf(calendarCreateEvent, calendarCreateEvent.input.parse(args))).toBe('draft');
      const preview = await harness.preview(calendarCreateEvent, args);
      expect(preview.title).toBe('Add event to your calendar');
      expect(preview.fields.find((field) => field.label === 'When')?.value).toBe(
        'Wed 2026-11-25 09:00 – 09:45 (Europe/Berlin)',
      );
      const result = await harness.run(calendarCreateEvent, args);
      const [post] = calls('POST', '/me/events');
      expect(post?.body).toMatchObject({
        subject: 'Write budget notes',
        start: { dateTime: '2026-11-25T09:00:00', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2026-11-25T08:45:00', timeZone: 'UTC' },
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
      });
      expect((result.content as Json).created).toMatchObject({
        start: 'Wed 2026-11-25 09:00',
        end: 'Wed 2026-11-25 09:45',
      });
      expect(event('Write budget notes').onlineMeeting.joinUrl).toMatch(/meetup-join/);
      expect(state().outbox).toHaveLength(0);
    });

    it('a meeting with an external attendee previews as send, flags the attendee and warns of conflicts', async () => {
      const args = {
        subject: 'Renewal prep',
        start: '2026-11-24T14:30',
        end: '2026-11-24T15:00',
        attendees: [JONAS, `Sam Whitfield <${SAM}>`],
      };
      expect(categoryOf(calendarCreateEvent, calendarCreateEvent.input.parse(args))).toBe('send');
      const preview = await harness.preview(calendarCreateEvent, args);
      expect(preview.title).toBe('Send meeting invitation to 2 people');
      const attendees = preview.fields.find((field) => field.label === 'Attendees');
      expect(attendees?.recipients).toEqual([
        { address: JONAS, external: false },
        { address: SAM, name: 'Sam Whitfield', external: true },
      ]);
      expect(preview.fields.find((field) => field.kind === 'time')?.value).toBe(
        'Tue 2026-11-24 14:30 – 15:00 (Europe/Berlin)',
      );
      expect(preview.warnings.map((warning) => warning.code).sort()).toEqual([
        'conflict',
        'external-recipient',
      ]);
      expect(preview.warnings.find((warning) => warning.code === 'conflict')?.message).toContain(
        'Product team weekly sync',
      );
      expect(calendarCreateEvent.targets?.(calendarCreateEvent.input.parse(args)).recipients).toEqual([
        JONAS,
        SAM,
      ]);
      await harness.run(calendarCreateEvent, args);
      expect(state().outbox.at(-1)).toMatchObject({ kind: 'meeting-request', subject: 'Renewal prep' });
      expect(
        state()
          .outbox.at(-1)
          ?.toRecipients.map((recipient) => recipient.emailAddress.address),
      ).toEqual([JONAS, SAM]);
    });

    it.each([
      ['Europe/Berlin', '2026-10-24T09:00', '2026-10-24T07:00:00.000Z'],
      ['Europe/Berlin', '2026-10-25T09:00', '2026-10-25T08:00:00.000Z'],
      ['America/New_York', '2026-10-31T09:00', '2026-10-31T13:00:00.000Z'],
      ['Eastern Standard Time', '2026-11-01T09:00', '2026-11-01T14:00:00.000Z'],
    ])('DST: %s %s lands on %s', async (timeZone, start, instant) => {
      await harness.run(calendarCreateEvent, {
        subject: `DST ${timeZone} ${start}`,
        start,
        durationMinutes: 60,
        timeZone,
      });
      const stored = event(`DST ${timeZone} ${start}`);
      const { localToInstant } = await import('../../../../src/tools/shared/time-zones');
      expect(new Date(localToInstant(stored.start.dateTime, stored.start.timeZone)).toISOString()).toBe(
        instant,
      );
    });

    it('all-day events: dates with an inclusive last day', async () => {
      const preview = await harness.preview(calendarCreateEvent, {
        subject: 'Conference',
        start: '2026-12-07',
        end: '2026-12-08',
        isAllDay: true,
      });
      expect(preview.fields.find((field) => field.kind === 'time')?.value).toBe(
        'Mon 2026-12-07 – Tue 2026-12-08 (all day)',
      );
      await harness.run(calendarCreateEvent, {
        subject: 'Conference',
        start: '2026-12-07',
        end: '2026-12-08',
        isAllDay: true,
      });
      expect(event('Conference')).toMatchObject({ isAllDay: true, showAs: 'free' });
      expect(event('Conference').end.dateTime).toBe('2026-12-09T00:00:00.0000000');
    });

    it.each([
      [{ subject: 'x', start: '2026-11-25T10:00', end: '2026-11-25T09:00' }, 'end-before-start'],
      [{ subject: 'x', start: '2026-02-30T10:00' }, 'invalid-date'],
      [{ subject: 'x', start: '2026-11-25' }, 'invalid-date'],
    ])('rejects %j with %s and changes nothing', async (args, code) => {
      const before = state().calendar.events.length;
      await expect(harness.run(calendarCreateEvent, args)).rejects.toMatchObject({ code });
      await expect(harness.preview(calendarCreateEvent, args)).rejects.toMatchObject({ code });
      expect(calls('POST', '/me/events')).toHaveLength(0);
      expect(state().calendar.events.length).toBe(before);
    });

    it('rejects an invalid time zone at validation', () => {
      const parsed = calendarCreateEvent.input.safeParse({
        subject: 'x',
        start: '2026-11-25T10:00',
        timeZone: 'Mars/Olympus',
      });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/Unknown time zone/);
    });

    it('update: moves an event without attendees (draft), keeping its duration', async () => {
      const id = event('Focus time: PRD for team dashboards').id;
      const args = { eventId: id, start: '2026-11-26T13:00' };
      expect(categoryOf(calendarUpdateEvent, calendarUpdateEvent.input.parse(args))).toBe('draft');
      const preview = await harness.preview(calendarUpdateEvent, args);
      expect(preview.fields.find((field) => field.kind === 'time')?.value).toBe(
        'Thu 2026-11-19 09:00 – Thu 2026-11-19 11:00 → Thu 2026-11-26 13:00 – 15:00 (Europe/Berlin)',
      );
      const result = await harness.run(calendarUpdateEvent, args);
      expect((result.content as Json).updated).toMatchObject({
        start: 'Thu 2026-11-26 13:00',
        end: 'Thu 2026-11-26 15:00',
      });
      expect(calls('PATCH', '/me/events/')[0]?.body).toMatchObject({
        start: { dateTime: '2026-11-26T13:00:00' },
      });
      expect(state().outbox).toHaveLength(0);
    });

    it('update: a meeting with attendees needs notifyAttendees, then is send and notifies them', async () => {
      const id = event('Q4 roadmap review').id;
      await expect(
        harness.run(calendarUpdateEvent, { eventId: id, location: 'Harbour room' }),
      ).rejects.toMatchObject({
        code: 'notify-required',
      });
      expect(calls('PATCH', '/me/events/')).toHaveLength(0);
      const args = { eventId: id, location: 'Harbour room', notifyAttendees: true };
      expect(categoryOf(calendarUpdateEvent, calendarUpdateEvent.input.parse(args))).toBe('send');
      const preview = await harness.preview(calendarUpdateEvent, args);
      expect(preview.fields.find((field) => field.label === 'Attendees notified')?.recipients).toHaveLength(
        3,
      );
      await harness.run(calendarUpdateEvent, args);
      expect(event('Q4 roadmap review').location.displayName).toBe('Harbour room');
      expect(state().outbox.at(-1)?.kind).toBe('meeting-request');
    });

    it('update: refuses to change a meeting organised by someone else', async () => {
      const id = event('Supplier call — Northwind').id;
      await expect(
        harness.run(calendarUpdateEvent, { eventId: id, subject: 'Mine now', notifyAttendees: true }),
      ).rejects.toMatchObject({
        code: 'not-organizer',
      });
    });
  });

  describe('meeting actions and delete', () => {
    it('respond: decline with a message and a proposed new time reaches the organiser', async () => {
      const id = event('Data platform migration kickoff').id;
      const args = {
        eventId: id,
        response: 'decline',
        message: 'Clashes with our sync',
        proposedStart: '2026-11-24T16:00',
        proposedEnd: '2026-11-24T17:00',
      };
      expect(categoryOf(calendarRespondToEvent, calendarRespondToEvent.input.parse(args))).toBe('send');
      const preview = await harness.preview(calendarRespondToEvent, args);
      expect(preview.fields.find((field) => field.label === 'Response goes to')?.value).toBe(
        'tomas.ferreira@lumenlabs.example',
      );
      expect(preview.fields.find((field) => field.label === 'Proposed new time')?.value).toBe(
        'Tue 2026-11-24 16:00 – 17:00 (Europe/Berlin)',
      );
      await harness.run(calendarRespondToEvent, args);
      expect(calls('POST', '/decline')[0]?.body).toEqual({
        sendResponse: true,
        comment: 'Clashes with our sync',
        proposedNewTime: {
          start: { dateTime: '2026-11-24T16:00:00', timeZone: 'W. Europe Standard Time' },
          end: { dateTime: '2026-11-24T17:00:00', timeZone: 'W. Europe Standard Time' },
        },
      });
      expect(state().outbox.at(-1)).toMatchObject({
        kind: 'meeting-response',
        response: 'declined',
        comment: 'Clashes with our sync',
      });
      expect(event('Data platform migration kickoff').responseStatus.response).toBe('declined');
    });

    it('respond: accept silently sends nothing; proposing with accept is refused', async () => {
      const id = event('Design critique: onboarding flow').id;
      await expect(
        harness.run(calendarRespondToEvent, {
          eventId: id,
          response: 'accept',
          proposedStart: '2026-11-25T10:00',
          proposedEnd: '2026-11-25T11:00',
        }),
      ).rejects.toMatchObject({ code: 'invalid-date' });
      await harness.run(calendarRespondToEvent, { eventId: id, response: 'accept', sendResponse: false });
      expect(event('Design critique: onboarding flow').responseStatus.response).toBe('accepted');
      expect(state().outbox).toHaveLength(0);
    });

    it('cancel: the organiser cancels with a message; attendees (external flagged) are notified', async () => {
      const id = event('Northwind contract renewal').id;
      const preview = await harness.preview(calendarCancelEvent, {
        eventId: id,
        message: 'Moving to January',
      });
      expect(preview.fields.find((field) => field.label === 'Attendees')?.recipients).toEqual([
        { address: SAM, name: 'Sam Whitfield', external: true },
        { address: 'lena.fischer@lumenlabs.example', name: 'Lena Fischer', external: false },
      ]);
      await harness.run(calendarCancelEvent, { eventId: id, message: 'Moving to January' });
      expect(state().outbox.at(-1)).toMatchObject({
        kind: 'meeting-cancellation',
        comment: 'Moving to January',
      });
      expect(state().calendar.events.some((candidate) => candidate.id === id)).toBe(false);
    });

    it('cancel: refused for a meeting organised by someone else', async () => {
      const id = event('Supplier call — Northwind').id;
      await expect(harness.run(calendarCancelEvent, { eventId: id })).rejects.toMatchObject({
        code: 'not-organizer',
      });
      expect(calls('POST', '/cancel')).toHaveLength(0);
    });

    it('delete: an event without attendees goes; a meeting is refused with a pointer to cancel', async () => {
      const focus = event('Focus time: PRD for team dashboards').id;
      await harness.run(calendarDeleteEvent, { eventId: focus });
      expect(state().calendar.events.some((candidate) => candidate.id === focus)).toBe(false);
      const meeting = event('Q4 roadmap review').id;
      await expect(harness.run(calendarDeleteEvent, { eventId: meeting })).rejects.toThrow(
        /calendar_cancel_event/,
      );
      expect(calls('DELETE', '/me/events/')).toHaveLength(1);
      expect(state().calendar.events.some((candidate) => candidate.id === meeting)).toBe(true);
    });
  });
});
