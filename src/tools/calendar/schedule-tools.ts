/** Free/busy of people (getSchedule) and suggested meeting times (findMeetingTimes), in the user's time zone. */
import { z } from 'zod';
import { defineTool, type ToolContext } from '../define-tool';
import { parseRecipients, recipientSchema } from '../shared/recipients';
import { CALENDAR_READ, userZoneHeaders, type DateTimeTimeZoneWire } from './calendar-graph';
import {
  describeLocal,
  graphDateTime,
  localDateTimeSchema,
  timeZoneSchema,
  withSeconds,
  zoneOrUser,
} from './calendar-time';
import { rangeQuery } from './read-tools';

interface ScheduleItemWire {
  status?: string;
  subject?: string;
  location?: string;
  isPrivate?: boolean;
  start?: DateTimeTimeZoneWire;
  end?: DateTimeTimeZoneWire;
}

interface ScheduleInformationWire {
  scheduleId: string;
  availabilityView?: string;
  scheduleItems?: ScheduleItemWire[];
  workingHours?: { daysOfWeek?: string[]; startTime?: string; endTime?: string };
  error?: { message?: string; responseCode?: string };
}

const windowFields = {
  start: localDateTimeSchema,
  end: localDateTimeSchema,
  timeZone: timeZoneSchema.optional().describe("Zone of start/end; default the user's."),
};

/** The window as Graph's dateTimeTimeZone pair, checked (valid dates, end after start). */
function windowOf(args: { start: string; end: string; timeZone?: string }, ctx: ToolContext) {
  rangeQuery(args, ctx);
  const zone = zoneOrUser(args.timeZone, ctx);
  return { start: graphDateTime(args.start, zone), end: graphDateTime(args.end, zone) };
}

export const calendarGetFreeBusy = defineTool({
  name: 'calendar_get_free_busy',
  area: 'calendar',
  category: 'read',
  description:
    "Free/busy of people (colleagues; external people are usually unavailable) over a window, times in the user's zone: busy blocks and an availability string per interval.",
  input: z.object({
    addresses: z.array(recipientSchema).min(1).max(20),
    ...windowFields,
    intervalMinutes: z.number().int().min(5).max(1440).default(30),
  }),
  graph: ['POST /me/calendar/getSchedule'],
  scopes: CALENDAR_READ,
  async run(args, ctx) {
    const window = windowOf(args, ctx);
    const response = await ctx.graph.post<{ value: ScheduleInformationWire[] }>(
      '/me/calendar/getSchedule',
      {
        schedules: parseRecipients(args.addresses).map((recipient) => recipient.address),
        startTime: window.start,
        endTime: window.end,
        availabilityViewInterval: args.intervalMinutes,
      },
      { headers: userZoneHeaders(ctx), scopes: CALENDAR_READ, signal: ctx.signal },
    );
    return {
      content: {
        timeZone: zoneOrUser(undefined, ctx).iana,
        intervalMinutes: args.intervalMinutes,
        legend:
          'availability: one digit per interval from start; 0 free, 1 tentative, 2 busy, 3 out of office, 4 working elsewhere',
        schedules: response.value.map((schedule) =>
          schedule.error
            ? { address: schedule.scheduleId, unavailable: 'No free/busy information for this address.' }
            : {
                address: schedule.scheduleId,
                availability: schedule.availabilityView,
                busy: (schedule.scheduleItems ?? []).map((item) => ({
                  start: describeLocal(item.start?.dateTime),
                  end: describeLocal(item.end?.dateTime),
                  status: item.status,
                  ...(item.subject ? { subject: ctx.untrusted(item.subject) } : {}),
                })),
                ...(schedule.workingHours
                  ? {
                      workingHours: `${(schedule.workingHours.daysOfWeek ?? []).join(',')} ${schedule.workingHours.startTime?.slice(0, 5)}–${schedule.workingHours.endTime?.slice(0, 5)}`,
                    }
                  : {}),
              },
        ),
      },
      summary: `Read free/busy of ${response.value.length} ${response.value.length === 1 ? 'person' : 'people'}`,
    };
  },
});

interface SuggestionWire {
  confidence?: number;
  organizerAvailability?: string;
  attendeeAvailability?: { attendee?: { emailAddress?: { address?: string } }; availability?: string }[];
  meetingTimeSlot?: { start?: DateTimeTimeZoneWire; end?: DateTimeTimeZoneWire };
}

const EMPTY_REASONS: Record<string, string> = {
  attendeesUnavailable: 'No slot in the window has enough attendees free.',
  attendeesUnavailableOrUnknown:
    'No slot has enough attendees known to be free; free/busy of some attendees (often external ones) is unknown, which counts as 49%.',
  locationsUnavailable: 'The required location is not available.',
  organizerUnavailable: 'You are busy at every possible time in the window.',
  unknown: 'No time fits: the window may be outside working hours or shorter than the meeting.',
};

export const calendarFindMeetingTimes = defineTool({
  name: 'calendar_find_meeting_times',
  area: 'calendar',
  category: 'read',
  description:
    "Suggests meeting times when the user and attendees are free, within a window (working hours by default). Best first, times in the user's zone; when nothing fits says why.",
  input: z.object({
    attendees: z.array(recipientSchema).max(20).default([]),
    durationMinutes: z.number().int().min(5).max(1440).default(30),
    ...windowFields,
    workingHoursOnly: z.boolean().default(true),
    maxSuggestions: z.number().int().min(1).max(20).default(5),
    minimumAttendeePercentage: z.number().min(0).max(100).optional(),
  }),
  graph: ['POST /me/findMeetingTimes'],
  scopes: CALENDAR_READ,
  async run(args, ctx) {
    const window = windowOf(args, ctx);
    const response = await ctx.graph.post<{
      emptySuggestionsReason?: string;
      meetingTimeSuggestions?: SuggestionWire[];
    }>(
      '/me/findMeetingTimes',
      {
        attendees: parseRecipients(args.attendees).map((recipient) => ({
          type: 'required',
          emailAddress: { address: recipient.address },
        })),
        timeConstraint: {
          activityDomain: args.workingHoursOnly ? 'work' : 'unrestricted',
          timeSlots: [{ start: window.start, end: window.end }],
        },
        meetingDuration: `PT${args.durationMinutes}M`,
        maxCandidates: args.maxSuggestions,
        returnSuggestionReasons: false,
        ...(args.minimumAttendeePercentage !== undefined
          ? { minimumAttendeePercentage: args.minimumAttendeePercentage }
          : {}),
      },
      { headers: userZoneHeaders(ctx), scopes: CALENDAR_READ, signal: ctx.signal },
    );
    const suggestions = response.meetingTimeSuggestions ?? [];
    const timeZone = zoneOrUser(undefined, ctx).iana;
    if (suggestions.length === 0) {
      const reason = response.emptySuggestionsReason || 'unknown';
      return {
        content: {
          suggestions: [],
          reason,
          explanation: EMPTY_REASONS[reason] ?? EMPTY_REASONS.unknown,
          window: {
            start: withSeconds(args.start).slice(0, 16),
            end: withSeconds(args.end).slice(0, 16),
            timeZone,
          },
        },
        summary: 'No meeting time fits',
      };
    }
    return {
      content: {
        timeZone,
        suggestions: suggestions.slice(0, args.maxSuggestions).map((suggestion) => ({
          start: describeLocal(suggestion.meetingTimeSlot?.start?.dateTime),
          end: describeLocal(suggestion.meetingTimeSlot?.end?.dateTime),
          startLocal: suggestion.meetingTimeSlot?.start?.dateTime.slice(0, 16),
          confidence: suggestion.confidence,
          attendees: Object.fromEntries(
            (suggestion.attendeeAvailability ?? []).map((entry) => [
              entry.attendee?.emailAddress?.address,
              entry.availability,
            ]),
          ),
        })),
      },
      summary: `Found ${suggestions.length} meeting time${suggestions.length === 1 ? '' : 's'}`,
    };
  },
});
