import type { LanguageModel, ModelEvent, ModelRequest } from '../../src/llm/model';

export interface TimedModel extends LanguageModel {
  /** Milliseconds spent inside the model per request, in order (its own work, zero latency otherwise). */
  readonly requestMs: number[];
  /** The last request's messages (not copied: read it before the next call). */
  lastRequest(): ModelRequest | undefined;
}

/**
 * A zero-latency in-process model: `respond` decides each step from the request. Unlike test/helpers/fake-model.ts
 * it does not copy the history per call, so the time measured is the loop's, not the fake's.
 */
export function createTimedModel(respond: (request: ModelRequest) => ModelEvent[]): TimedModel {
  const requestMs: number[] = [];
  let last: ModelRequest | undefined;
  return {
    requestMs,
    lastRequest: () => last,
    stream(request) {
      last = request;
      return (async function* () {
        const started = performance.now();
        const events = respond(request);
        requestMs.push(performance.now() - started);
        for (const event of events) yield event;
      })();
    },
  };
}

/** How many tool results the request holds since the user's last message. */
export function toolResultsSinceUser(request: ModelRequest): number {
  let count = 0;
  for (let index = request.messages.length - 1; index >= 0; index -= 1) {
    const message = request.messages[index];
    if (message.role === 'user') break;
    if (message.role === 'tool') count += 1;
  }
  return count;
}
