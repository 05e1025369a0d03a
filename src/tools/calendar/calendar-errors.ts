import { ToolError } from '../shared/tool-error';

/** Stable codes of calendar tool failures; the error class is the shared `ToolError` (../shared/tool-error.ts). */
export type CalendarToolErrorCode =
  | 'invalid-time-zone'
  | 'invalid-date'
  | 'end-before-start'
  | 'has-attendees'
  | 'not-organizer'
  | 'organizer-cannot-respond'
  | 'notify-required'
  | 'nothing-to-change';

export class CalendarToolError extends ToolError<CalendarToolErrorCode> {
  override readonly name = 'CalendarToolError';
}
