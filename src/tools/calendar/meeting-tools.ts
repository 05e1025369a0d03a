/**
 * Meeting actions that reach other people (`send`): cancel a meeting the user organises, respond to an invitation;
 * and `delete` for events nobody else is on (a meeting must be cancelled instead, so attendees hear about it).
 */
import { z } from 'zod';
import { defineTool, type ToolContext, type ToolPreview } from '../define-tool';
import { CalendarToolError } from './calendar-errors';
import {
  CALENDAR_READ,
  CALENDAR_WRITE,
  EVENT_LIST_SELECT,
  eventPath,
  userZoneHeaders,
  type EventWire,
} from './calendar-graph';
import { localDateTimeSchema, planEventTimes, timeZoneSchema } from './calendar-time';
import { attendeeViews, eventCitation, eventTimes, otherAttendees } from './calendar-view';

async function loadEvent(ctx: ToolContext, eventId: string): Promise<EventWire> {
  return ctx.graph.get<EventWire>(eventPath(eventId), {
    query: { $select: `${EVENT_LIST_SELECT},allowNewTimeProposals` },
    headers: userZoneHeaders(ctx),
    scopes: CALENDAR_READ,
    signal: ctx.signal,
  });
}

function whenOf(event: EventWire): string {
  const times = eventTimes(event);
  return `${times.start} – ${times.end}${event.isAllDay ? ' (all day)' : ''}`;
}

function attendeeList(event: EventWire, ctx: ToolContext) {
  return otherAttendees(event, ctx).map((attendee) => ({
    address: attendee.emailAddress?.address as string,
    ...(attendee.emailAddress?.name ? { name: attendee.emailAddress.name } : {}),
  }));
}

async function requireCancellable(ctx: ToolContext, eventId: string): Promise<EventWire> {
  const event = await loadEvent(ctx, eventId);
  if (!event.isOrganizer)
    throw new CalendarToolError(
      'not-organizer',
      'Only the organizer can cancel a meeting; use calendar_respond_to_event to decline it instead.',
    );
  return event;
}

export const calendarCancelEvent = defineTool({
  name: 'calendar_cancel_event',
  area: 'calendar',
  category: 'send',
  description:
    'Cancels a meeting the user organises: removes it and sends every attendee a cancellation with the optional message. For invitations from others use calendar_respond_to_event.',
  input: z.object({ eventId: z.string().min(1), message: z.string().max(5000).optional() }),
  graph: ['GET /me/events/{event-id}', 'POST /me/events/{event-id}/cancel'],
  scopes: CALENDAR_WRITE,
  async preview(args, ctx): Promise<ToolPreview> {
    const event = await requireCancellable(ctx, args.eventId);
    const people = attendeeList(event, ctx);
    return {
      title: `Cancel meeting and notify ${people.length} ${people.length === 1 ? 'person' : 'people'}`,
      fields: [
        { label: 'Meeting', value: event.subject ?? '', kind: 'subject' },
        { label: 'When', value: whenOf(event), kind: 'time' },
        {
          label: 'Attendees',
          value: people.map((person) => person.address).join(', '),
          kind: 'recipients',
          recipients: attendeeViews(people, ctx),
        },
      ],
      ...(args.message ? { body: args.message, bodyArg: 'message' } : {}),
      warnings: attendeeViews(people, ctx)
        .filter((person) => person.external)
        .map((person) => ({
          code: 'external-recipient' as const,
          message: `${person.address} is outside your organisation.`,
        })),
    };
  },
  targets: (args) => ({ itemIds: [args.eventId], ...(args.message ? { outgoingText: [args.message] } : {}) }),
  async run(args, ctx) {
    const event = await requireCancellable(ctx, args.eventId);
    const people = attendeeList(event, ctx);
    await ctx.graph.post(
      eventPath(args.eventId) + '/cancel',
      { comment: args.message ?? '' },
      { scopes: CALENDAR_WRITE, signal: ctx.signal },
    );
    return {
      content: {
        cancelled: event.id,
        subject: ctx.untrusted(event.subject ?? ''),
        notified: people.map((person) => person.address),
      },
      citations: [eventCitation(event)],
      summary: `Cancelled meeting, notified ${people.length}`,
    };
  },
});

const respondInput = z.object({
  eventId: z.string().min(1),
  response: z.enum(['accept', 'tentative', 'decline']),
  message: z.string().max(5000).optional(),
  sendResponse: z.boolean().default(true).describe('false: answer silently, the organizer gets nothing.'),
  proposedStart: localDateTimeSchema.optional().describe('Propose a new time (tentative/decline only).'),
  proposedEnd: localDateTimeSchema.optional(),
  timeZone: timeZoneSchema.optional().describe("Zone of the proposed times; default the user's."),
});
type RespondArgs = z.infer<typeof respondInput>;

const ACTIONS = { accept: 'accept', tentative: 'tentativelyAccept', decline: 'decline' } as const;
const LABELS = { accept: 'Accept', tentative: 'Tentatively accept', decline: 'Decline' } as const;
const DONE = { accept: 'Accepted', tentative: 'Tentatively accepted', decline: 'Declined' } as const;

async function planResponse(args: RespondArgs, ctx: ToolContext) {
  const event = await loadEvent(ctx, args.eventId);
  if (event.isOrganizer)
    throw new CalendarToolError(
      'organizer-cannot-respond',
      'You organise this meeting, so there is nothing to respond to.',
    );
  const proposing = args.proposedStart !== undefined || args.proposedEnd !== undefined;
  if (proposing) {
    if (args.response === 'accept')
      throw new CalendarToolError(
        'invalid-date',
        'A new time can only be proposed with response tentative or decline.',
      );
    if (!args.proposedStart || !args.proposedEnd)
      throw new CalendarToolError(
        'invalid-date',
        'Give both proposedStart and proposedEnd to propose a new time.',
      );
    if (!args.sendResponse)
      throw new CalendarToolError(
        'invalid-date',
        'A new time can only be proposed when the response is sent (sendResponse true).',
      );
    if (event.allowNewTimeProposals === false)
      throw new CalendarToolError(
        'invalid-date',
        'The organizer of this meeting does not accept new time proposals.',
      );
  }
  const proposal = proposing
    ? planEventTimes(
        { start: args.proposedStart as string, end: args.proposedEnd, timeZone: args.timeZone },
        ctx,
      )
    : undefined;
  return { event, proposal };
}

export const calendarRespondToEvent = defineTool({
  name: 'calendar_respond_to_event',
  area: 'calendar',
  category: 'send',
  description:
    "Accepts, tentatively accepts or declines a meeting invitation. By default the organizer receives the response (with optional message); tentative/decline can propose a new time. Not for the user's own meetings.",
  input: respondInput,
  graph: [
    'GET /me/events/{event-id}',
    'POST /me/events/{event-id}/accept',
    'POST /me/events/{event-id}/tentativelyAccept',
    'POST /me/events/{event-id}/decline',
  ],
  scopes: CALENDAR_WRITE,
  async preview(args, ctx): Promise<ToolPreview> {
    const { event, proposal } = await planResponse(args, ctx);
    const organizer = event.organizer?.emailAddress?.address ?? '';
    const organizerView = attendeeViews(
      [
        {
          address: organizer,
          ...(event.organizer?.emailAddress?.name ? { name: event.organizer.emailAddress.name } : {}),
        },
      ],
      ctx,
    );
    return {
      title: `${LABELS[args.response]} meeting${args.sendResponse ? ' and tell the organizer' : ' (no reply sent)'}`,
      fields: [
        { label: 'Meeting', value: event.subject ?? '', kind: 'subject' },
        { label: 'When', value: whenOf(event), kind: 'time' },
        ...(args.sendResponse
          ? [
              {
                label: 'Response goes to',
                value: organizer,
                kind: 'recipients' as const,
                recipients: organizerView,
              },
            ]
          : []),
        ...(proposal ? [{ label: 'Proposed new time', value: proposal.summary, kind: 'time' as const }] : []),
      ],
      ...(args.message && args.sendResponse ? { body: args.message, bodyArg: 'message' } : {}),
      warnings:
        args.sendResponse && organizerView[0]?.external
          ? [
              {
                code: 'external-recipient',
                message: `The organizer ${organizer} is outside your organisation.`,
              },
            ]
          : [],
    };
  },
  targets: (args) => ({
    itemIds: [args.eventId],
    ...(args.message && args.sendResponse ? { outgoingText: [args.message] } : {}),
  }),
  async run(args, ctx) {
    const { event, proposal } = await planResponse(args, ctx);
    await ctx.graph.post(
      `${eventPath(args.eventId)}/${ACTIONS[args.response]}`,
      {
        sendResponse: args.sendResponse,
        ...(args.message && args.sendResponse ? { comment: args.message } : {}),
        ...(proposal ? { proposedNewTime: { start: proposal.start, end: proposal.end } } : {}),
      },
      { scopes: CALENDAR_WRITE, signal: ctx.signal },
    );
    return {
      content: {
        eventId: event.id,
        subject: ctx.untrusted(event.subject ?? ''),
        response: args.response,
        organizerNotified: args.sendResponse,
        ...(proposal ? { proposedNewTime: proposal.summary } : {}),
      },
      citations: [eventCitation(event)],
      summary: `${DONE[args.response]} meeting${args.sendResponse ? '' : ' (no reply sent)'}`,
    };
  },
});

export const calendarDeleteEvent = defineTool({
  name: 'calendar_delete_event',
  area: 'calendar',
  category: 'delete',
  description:
    'Deletes an event that has no other attendees (appointments, personal events). Meetings with attendees are refused: cancel them with calendar_cancel_event, or decline with calendar_respond_to_event.',
  input: z.object({ eventId: z.string().min(1) }),
  graph: ['GET /me/events/{event-id}', 'DELETE /me/events/{event-id}'],
  scopes: CALENDAR_WRITE,
  async preview(args, ctx): Promise<ToolPreview> {
    const event = await requireDeletable(ctx, args.eventId);
    return {
      title: event.type === 'seriesMaster' ? 'Delete recurring event (every occurrence)' : 'Delete event',
      fields: [
        { label: 'Event', value: event.subject ?? '', kind: 'subject' },
        { label: 'When', value: whenOf(event), kind: 'time' },
      ],
      warnings: [],
    };
  },
  targets: (args) => ({ itemIds: [args.eventId] }),
  async run(args, ctx) {
    const event = await requireDeletable(ctx, args.eventId);
    await ctx.graph.delete(eventPath(args.eventId), { scopes: CALENDAR_WRITE, signal: ctx.signal });
    return {
      content: {
        deleted: event.id,
        subject: ctx.untrusted(event.subject ?? ''),
        ...(event.type === 'seriesMaster' ? { series: true } : {}),
      },
      summary: 'Deleted 1 event',
    };
  },
});

async function requireDeletable(ctx: ToolContext, eventId: string): Promise<EventWire> {
  const event = await loadEvent(ctx, eventId);
  if (otherAttendees(event, ctx).length > 0 || !event.isOrganizer)
    throw new CalendarToolError(
      'has-attendees',
      event.isOrganizer
        ? 'This meeting has attendees; cancel it with calendar_cancel_event so they are told.'
        : 'This is a meeting organised by someone else; decline it with calendar_respond_to_event instead of deleting it.',
    );
  return event;
}
