/**
 * The demo tenant's calendar: Maya Okafor's (Product Lead, Lumen Labs, Rotterdam) weeks around "now". Times use the
 * wall-clock forms of calendar-times.ts, so the meetings fall on working days whatever the tenant's clock says.
 */
import type { CalendarSeed } from './calendar';

const MAYA = 'maya.okafor@lumenlabs.example';
const JONAS = 'jonas.berg@lumenlabs.example';
const PRIYA = 'priya.raman@lumenlabs.example';
const TOMAS = 'tomas.ferreira@lumenlabs.example';
const LENA = 'lena.fischer@lumenlabs.example';
const SAM = 'sam.whitfield@northwind-traders.example';
const AIKO = 'aiko.tanaka@bluefin-partners.example';

const accepted = (address: string): { address: string; response: 'accepted'; type: 'required' } => ({
  address,
  response: 'accepted',
  type: 'required',
});

export function demoCalendarSeed(): CalendarSeed {
  return {
    calendars: [{ name: 'Family', color: 'lightGreen' }],
    generateColleagueSchedules: { weeks: 6 },
    events: [
      // Recurring series.
      {
        subject: 'Daily stand-up',
        body: '<p>Yesterday, today, blockers. Keep it to 15 minutes.</p>',
        start: 'week-8:mon@09:30',
        end: 'week-8:mon@09:45',
        organizer: JONAS,
        attendees: [accepted(MAYA), accepted(PRIYA), accepted(TOMAS)],
        response: 'accepted',
        isOnlineMeeting: true,
        location: 'Microsoft Teams Meeting',
        recurrence: {
          pattern: {
            type: 'weekly',
            interval: 1,
            daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
            firstDayOfWeek: 'monday',
          },
          range: { type: 'noEnd' },
        },
      },
      {
        subject: 'Product team weekly sync',
        body: '<p>Agenda: roadmap status, design review queue, metrics. Add items to the shared OneNote page.</p>',
        start: 'week-8:tue@14:00',
        end: 'week-8:tue@15:00',
        attendees: [
          accepted(JONAS),
          accepted(PRIYA),
          accepted(TOMAS),
          { address: LENA, type: 'optional', response: 'tentativelyAccepted' },
        ],
        location: 'Rotterdam HQ – Harbour room',
        isOnlineMeeting: true,
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
          range: { type: 'noEnd' },
        },
      },
      {
        subject: '1:1 Maya / Jonas',
        start: 'week-8:thu@11:00',
        end: 'week-8:thu@11:30',
        organizer: JONAS,
        attendees: [accepted(MAYA)],
        response: 'accepted',
        location: 'Jonas’ office 4.03',
        recurrence: {
          pattern: { type: 'weekly', interval: 2, daysOfWeek: ['thursday'], firstDayOfWeek: 'monday' },
          range: { type: 'noEnd' },
        },
      },
      {
        subject: 'Monthly budget review',
        body: '<p>Spend against plan per team. Bring your forecast updates.</p>',
        start: 'today-60d@10:00',
        end: 'today-60d@11:00',
        organizer: LENA,
        attendees: [accepted(MAYA), accepted(JONAS)],
        response: 'accepted',
        isOnlineMeeting: true,
        location: 'Microsoft Teams Meeting',
        recurrence: {
          pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 3 },
          range: { type: 'endDate', endDate: '2027-12-31' },
        },
      },
      // Meetings Maya organises, with internal and external attendees.
      {
        subject: 'Q4 roadmap review',
        body: '<p>Walk through the Q4 roadmap and agree the cut line for the December release.</p>',
        start: 'week+0:wed@10:00',
        end: 'week+0:wed@11:00',
        attendees: [accepted(JONAS), { address: PRIYA, response: 'tentativelyAccepted' }, accepted(TOMAS)],
        isOnlineMeeting: true,
        location: 'Microsoft Teams Meeting',
        importance: 'high',
      },
      {
        subject: 'Bluefin workshop planning',
        body: '<p>Agree the agenda and the attendee list for the January discovery workshop.</p>',
        start: 'week+1:mon@15:00',
        end: 'week+1:mon@16:00',
        attendees: [accepted(AIKO), { address: PRIYA, response: 'none' }],
        isOnlineMeeting: true,
        location: 'Microsoft Teams Meeting',
      },
      {
        subject: 'Northwind contract renewal',
        body: '<p>Renewal terms for 2027: volumes, price per seat, support SLA.</p>',
        start: 'week+2:thu@13:30',
        end: 'week+2:thu@14:30',
        attendees: [{ address: SAM, response: 'none' }, accepted(LENA)],
        location: 'Rotterdam HQ – Meeting room 2',
      },
      // Invitations awaiting Maya's answer (she is an attendee, response none).
      {
        subject: 'Design critique: onboarding flow',
        body: '<p>Priya walks through the new onboarding screens. Comments welcome before Friday.</p>',
        start: 'week+1:wed@13:00',
        end: 'week+1:wed@14:00',
        organizer: PRIYA,
        attendees: [{ address: MAYA, response: 'none' }, accepted(JONAS)],
        response: 'none',
        isOnlineMeeting: true,
        location: 'Microsoft Teams Meeting',
      },
      {
        subject: 'Data platform migration kickoff',
        body: '<p>Kickoff for moving the analytics pipeline to the new warehouse. Overlaps the weekly sync, sorry!</p>',
        start: 'week+1:tue@14:30',
        end: 'week+1:tue@15:30',
        organizer: TOMAS,
        attendees: [{ address: MAYA, response: 'none' }, accepted(JONAS), accepted(LENA)],
        response: 'none',
        location: 'Rotterdam HQ – Harbour room',
      },
      {
        subject: 'Budget sign-off: 2027 product plan',
        start: 'week+0:fri@15:00',
        end: 'week+0:fri@15:30',
        organizer: LENA,
        attendees: [{ address: MAYA, response: 'none' }],
        response: 'none',
        isOnlineMeeting: true,
        location: 'Microsoft Teams Meeting',
        importance: 'high',
      },
      {
        subject: 'Northwind quarterly business review',
        body: '<p>Hi Maya, sending the invite for our QBR. Agenda to follow. Best, Sam</p>',
        start: 'week+3:tue@16:00',
        end: 'week+3:tue@17:00',
        organizer: SAM,
        attendees: [{ address: MAYA, response: 'none' }],
        response: 'none',
        location: 'Northwind Traders, Antwerp',
      },
      // Accepted external meetings, past and future.
      {
        subject: 'Supplier call — Northwind',
        start: 'week+0:thu@16:00',
        end: 'week+0:thu@16:30',
        organizer: SAM,
        attendees: [accepted(MAYA)],
        response: 'accepted',
        isOnlineMeeting: true,
        location: 'Microsoft Teams Meeting',
      },
      {
        subject: 'Customer interview — Northwind ops team',
        start: 'week-2:wed@10:00',
        end: 'week-2:wed@11:00',
        attendees: [accepted(SAM), accepted(TOMAS)],
        isOnlineMeeting: true,
        location: 'Microsoft Teams Meeting',
      },
      {
        subject: 'Cancelled: Vendor demo',
        start: 'week+1:thu@09:00',
        end: 'week+1:thu@10:00',
        organizer: AIKO,
        attendees: [accepted(MAYA)],
        response: 'accepted',
        isCancelled: true,
        showAs: 'free',
      },
      // A conflict: lunch overlaps the end of the roadmap review's follow-up.
      {
        subject: 'Roadmap follow-up with Jonas',
        start: 'week+0:wed@11:30',
        end: 'week+0:wed@12:30',
        attendees: [accepted(JONAS)],
        location: 'Jonas’ office 4.03',
      },
      {
        subject: 'Lunch with Aiko',
        start: 'week+0:wed@12:00',
        end: 'week+0:wed@13:00',
        location: 'Café Dudok',
        attendees: [accepted(AIKO)],
      },
      {
        subject: 'Sprint retrospective',
        start: 'week-1:fri@14:00',
        end: 'week-1:fri@15:00',
        organizer: JONAS,
        attendees: [accepted(MAYA), accepted(PRIYA), accepted(TOMAS)],
        response: 'accepted',
        location: 'Rotterdam HQ – Harbour room',
      },
      // Personal and focus time (no attendees).
      {
        subject: 'Focus time: PRD for team dashboards',
        start: 'week+0:thu@09:00',
        end: 'week+0:thu@11:00',
        showAs: 'busy',
      },
      {
        subject: 'Dentist',
        start: 'week+2:mon@08:00',
        end: 'week+2:mon@09:00',
        sensitivity: 'private',
        calendar: 'Family',
        showAs: 'oof',
      },
      // All-day events.
      { subject: 'Maya — day off', start: 'week+2:fri', end: 'week+2:fri', isAllDay: true, showAs: 'oof' },
      {
        subject: 'Lumen Labs offsite (Utrecht)',
        start: 'week+3:wed',
        end: 'week+3:fri',
        isAllDay: true,
        showAs: 'busy',
        attendees: [accepted(JONAS), accepted(PRIYA), accepted(TOMAS), accepted(LENA)],
        location: 'Utrecht, Werkspoorkwartier',
      },
      { subject: 'Release freeze', start: 'week+4:mon', end: 'week+4:mon', isAllDay: true, showAs: 'free' },
    ],
  };
}
