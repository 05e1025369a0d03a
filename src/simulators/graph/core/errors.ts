/**
 * Graph's error shape and the typed error routes throw. Any `GraphError` thrown inside a route becomes
 * `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}` with its status.
 */
export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'GraphError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export function isGraphError(value: unknown): value is GraphError {
  return value instanceof GraphError;
}

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id': string };
  };
}

export function graphErrorBody(
  code: string,
  message: string,
  requestId: string,
  clientRequestId: string,
  date: Date,
): GraphErrorBody {
  return {
    error: {
      code,
      message,
      innerError: {
        date: date.toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': requestId,
        'client-request-id': clientRequestId,
      },
    },
  };
}

/** The errors routes need most, with Graph's codes and (developer-facing) messages. */
export const graphErrors = {
  badRequest: (message: string, code = 'BadRequest'): GraphError => new GraphError(400, code, message),
  /** Outlook's not-found (mail, calendar, To Do). OneDrive/OneNote use `itemNotFound`. */
  itemNotFound: (
    code = 'ErrorItemNotFound',
    message = 'The specified object was not found in the store.',
  ): GraphError => new GraphError(404, code, message),
  conflict: (message: string, code = 'nameAlreadyExists'): GraphError => new GraphError(409, code, message),
  preconditionFailed: (
    message = 'The change key passed in the request does not match the current change key for the item.',
    code = 'ErrorIrresolvableConflict',
  ): GraphError => new GraphError(412, code, message),
  payloadTooLarge: (message: string, code = 'ErrorRequestEntityTooLarge'): GraphError =>
    new GraphError(413, code, message),
  notSupported: (message: string, code = 'notSupported'): GraphError => new GraphError(400, code, message),
  methodNotAllowed: (): GraphError =>
    new GraphError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.'),
  segmentNotFound: (segment: string): GraphError =>
    new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
  invalidJson: (): GraphError =>
    new GraphError(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    ),
};
