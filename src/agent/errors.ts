/**
 * Failures the model reads as tool results (data), and failures that end a turn (shown to the user).
 * Each has a stable `code` and a message that says what to do.
 */
export type ToolCallErrorCode =
  | 'unknown-tool'
  | 'malformed-arguments'
  | 'invalid-arguments'
  | 'not-available'
  | 'declined'
  | 'timeout'
  | 'cancelled'
  | 'tool-failed';

export class ToolCallError extends Error {
  override readonly name = 'ToolCallError';
  constructor(
    readonly code: ToolCallErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isToolCallError(error: unknown): error is ToolCallError {
  return error instanceof ToolCallError;
}

export type ApprovalErrorCode = 'unknown-approval' | 'not-editable' | 'invalid-edit' | 'not-awaiting';

/** Misuse of the approval API by the caller (the pane), never shown to the model. */
export class ApprovalError extends Error {
  override readonly name = 'ApprovalError';
  constructor(
    readonly code: ApprovalErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isApprovalError(error: unknown): error is ApprovalError {
  return error instanceof ApprovalError;
}

/** Why the turn stopped (abort reasons carry it from the timer or the cancel button to the driver). */
export class TurnStop extends Error {
  override readonly name = 'TurnStop';
  constructor(readonly reason: 'cancelled' | 'time-limit') {
    super(reason === 'cancelled' ? 'Cancelled.' : 'Time limit reached.');
  }
}

export function isTurnStop(error: unknown): error is TurnStop {
  return error instanceof TurnStop;
}

/** The user-facing description of an error thrown by the model seam (an `LlmError` has `code` and a message). */
export function describeModelError(error: unknown): { code: string; message: string } {
  if (error && typeof error === 'object') {
    const record = error as { code?: unknown; message?: unknown; userMessage?: unknown };
    const code = typeof record.code === 'string' ? record.code : 'llm-error';
    const message =
      typeof record.userMessage === 'string'
        ? record.userMessage
        : typeof record.message === 'string' && record.message
          ? record.message
          : 'The language model failed.';
    return { code, message };
  }
  return { code: 'llm-error', message: 'The language model failed.' };
}

/** Tool errors may carry a code (e.g. a Graph error's `code`); keep it for the audit log. */
export function errorCodeOf(error: unknown): string {
  if (error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string')
    return (error as { code: string }).code;
  return 'tool-failed';
}

export function errorMessageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/** `run()` called while a turn is streaming or running tools; the pane should wait or cancel first. */
export class SessionBusyError extends Error {
  override readonly name = 'SessionBusyError';
  readonly code = 'busy';
  constructor() {
    super('The agent is still working on the previous request. Wait for it to finish or cancel it.');
  }
}

export function isSessionBusyError(error: unknown): error is SessionBusyError {
  return error instanceof SessionBusyError;
}
