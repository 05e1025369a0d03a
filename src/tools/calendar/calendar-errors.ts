/** Failures of calendar tools the model can act on: a stable `code` and a message that says what to do. */
export type CalendarToolErrorCode =
  | 'invalid-time-zone'
  | 'invalid-date'
  | 'end-before-start'
  | 'has-attendees'
  | 'not-organizer'
  | 'organizer-cannot-respond'
  | 'notify-required'
  | 'nothing-to-change';

export class CalendarToolError extends Error {
  override readonly name = 'CalendarToolError';
  readonly code: CalendarToolErrorCode;
  /** What the pane shows; the same as `message` (written for the user and the model alike). */
  readonly userMessage: string;
  constructor(code: CalendarToolErrorCode, message: string) {
    super(message);
    this.code = code;
    this.userMessage = message;
  }
}
