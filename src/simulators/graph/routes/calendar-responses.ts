/**
 * Meeting actions, all 202 with no body: accept / tentativelyAccept / decline (comment, sendResponse,
 * proposedNewTime on the latter two when the organiser allows it), cancel (organiser only; attendees get a
 * cancellation) and forward. What reaches other people is recorded in the outbox.
 */
import { graphErrors } from '../core/errors';
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import { localToInstant } from '../../../tools/shared/time-zones';
import type { ResponseType } from '../store/calendar';
import type { Recipient } from '../store/common';
import { attendeeRecipients, recordMeetingMail, removeEvent } from './calendar-events';
import { readDateTimeTimeZone } from './calendar-input';
import { findEvent, materialize } from './calendar-model';

const WRITE = ['Calendars.ReadWrite'];

const RESPONSES = {
  accept: { response: 'accepted', prefix: 'Accepted: ', showAs: 'busy' },
  tentativelyAccept: { response: 'tentativelyAccepted', prefix: 'Tentative: ', showAs: 'tentative' },
  decline: { response: 'declined', prefix: 'Declined: ', showAs: 'free' },
} as const;

function respond(context: RouteContext, action: keyof typeof RESPONSES) {
  const found = findEvent(context.store, context.params['event-id'] as string);
  if (found.event.isOrganizer)
    throw graphErrors.badRequest(
      "Your request can't be completed. You can't respond to a meeting you organized.",
      'ErrorInvalidRequest',
    );
  if (found.event.isCancelled)
    throw graphErrors.badRequest(
      "Your request can't be completed. The meeting has been canceled.",
      'ErrorInvalidRequest',
    );
  const comment = context.body.param<string>('comment');
  const sendResponse = context.body.boolean('sendResponse') ?? true;
  const proposed = context.body.param<{ start?: unknown; end?: unknown } | null>('proposedNewTime');
  let proposal = '';
  if (proposed) {
    if (action === 'accept')
      throw graphErrors.badRequest("'proposedNewTime' is not a parameter of accept.", 'ErrorInvalidRequest');
    if (found.event.allowNewTimeProposals === false)
      throw graphErrors.badRequest(
        'The organizer of this meeting does not allow new time proposals.',
        'ErrorProposedNewTimeNotAllowed',
      );
    if (!sendResponse)
      throw graphErrors.badRequest(
        'A new time can only be proposed when the response is sent.',
        'ErrorInvalidRequest',
      );
    const start = readDateTimeTimeZone(proposed.start, 'proposedNewTime.start');
    const end = readDateTimeTimeZone(proposed.end, 'proposedNewTime.end');
    if (localToInstant(end.dateTime, end.timeZone) <= localToInstant(start.dateTime, start.timeZone))
      throw graphErrors.badRequest(
        'The proposed end must be after the proposed start.',
        'ErrorInvalidRequest',
      );
    proposal = `Proposed new time: ${start.dateTime} – ${end.dateTime} (${start.timeZone})`;
  }
  const event = materialize(context.store, found);
  const { response, prefix, showAs } = RESPONSES[action];
  const time = context.now().toISOString();
  event.responseStatus = { response: response as ResponseType, time };
  event.showAs = showAs;
  const me = event.attendees.find(
    (attendee) => attendee.emailAddress.address.toLowerCase() === context.store.user.mail.toLowerCase(),
  );
  if (me) me.status = { response: response as ResponseType, time };
  event.changeKey = context.ids.changeKey();
  if (sendResponse)
    recordMeetingMail(context, {
      kind: 'meeting-response',
      event,
      to: [event.organizer],
      subjectPrefix: proposal ? 'New Time Proposed: ' : prefix,
      response,
      comment: comment ?? '',
      body: [comment ?? '', proposal].filter(Boolean).join('\n\n'),
    });
  return context.reply.accepted();
}

export const calendarResponseRoutes: RouteDefinition[] = [
  ...(['accept', 'tentativelyAccept', 'decline'] as const).map((action) =>
    defineRoute({
      method: 'POST',
      template: `/me/events/{event-id}/${action}`,
      scopes: WRITE,
      handle: (context) => respond(context, action),
    }),
  ),
  defineRoute({
    method: 'POST',
    template: '/me/events/{event-id}/cancel',
    scopes: WRITE,
    handle: (context) => {
      const { event } = findEvent(context.store, context.params['event-id'] as string);
      if (!event.isOrganizer)
        throw graphErrors.badRequest(
          "Your request can't be completed. You need to be an organizer to cancel a meeting.",
          'ErrorAccessDenied',
        );
      const comment = context.body.param<string>('comment') ?? '';
      const to = attendeeRecipients(event, context.store.user.mail);
      removeEvent(context, event.id);
      recordMeetingMail(context, {
        kind: 'meeting-cancellation',
        event,
        to,
        subjectPrefix: 'Canceled: ',
        comment,
      });
      return context.reply.accepted();
    },
  }),
  defineRoute({
    method: 'POST',
    template: '/me/events/{event-id}/forward',
    scopes: WRITE,
    handle: (context) => {
      const { event } = findEvent(context.store, context.params['event-id'] as string);
      const recipients = context.body.param<Recipient[]>('toRecipients');
      if (!Array.isArray(recipients) || recipients.length === 0)
        throw graphErrors.badRequest(
          "'toRecipients' must name at least one recipient.",
          'ErrorInvalidRecipients',
        );
      const comment = context.body.param<string>('comment') ?? '';
      recordMeetingMail(context, {
        kind: 'event-forward',
        event,
        to: recipients.map((recipient) => ({
          emailAddress: {
            address: recipient.emailAddress.address,
            name: recipient.emailAddress.name ?? recipient.emailAddress.address,
          },
        })),
        subjectPrefix: 'Fw: ',
        comment,
      });
      return context.reply.accepted();
    },
  }),
];
