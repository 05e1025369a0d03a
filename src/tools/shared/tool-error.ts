/**
 * Failures of a tool the model can act on: a stable `code` and a message that says what to do. The agent reports
 * `code` and `message` to the model on its next step (src/agent/errors.ts); the pane shows `userMessage`, which is
 * the same text (written for the user and the model alike). Each area narrows `Code` to its own union and names
 * its subclass (`MailToolError`, …) so logs say where a failure came from.
 */
import { isGraphRequestError } from '../../graph/errors';

export class ToolError<Code extends string = string> extends Error {
  override readonly name: string = 'ToolError';
  readonly code: Code;
  /** What the pane shows; the same as `message`. */
  readonly userMessage: string;
  constructor(code: Code, message: string) {
    super(message);
    this.code = code;
    this.userMessage = message;
  }
}

export function isToolError(error: unknown): error is ToolError {
  return error instanceof ToolError;
}

/**
 * Names the model can choose from, for "No folder 'x'. Folders: a, b." messages: joined by `separator`,
 * "(none)" when empty, and cut after `limit` names with a count of the rest so a long list stays readable.
 */
export function candidateList(
  names: readonly string[],
  options: { separator?: string; limit?: number } = {},
): string {
  const { separator = ', ', limit = Number.POSITIVE_INFINITY } = options;
  if (names.length === 0) return '(none)';
  const shown = names.slice(0, limit).join(separator);
  return names.length > limit ? `${shown}${separator}… (${names.length - limit} more)` : shown;
}

/** Which HTTP statuses of one Graph call become which tool errors. */
export type GraphErrorMapping = Partial<Record<number, () => ToolError>>;

/**
 * Runs a Graph call and turns the mapped Graph failures (e.g. 404 → "not found, list the folder first") into tool
 * errors; anything else, Graph or not, passes unchanged.
 */
export async function mapGraphErrors<T>(call: () => Promise<T>, mapping: GraphErrorMapping): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isGraphRequestError(error)) {
      const toToolError = mapping[error.status];
      if (toToolError) throw toToolError();
    }
    throw error;
  }
}
