import type {
  LanguageModel,
  ModelEvent,
  ModelFinishReason,
  ModelRequest,
  ModelUsage,
} from '../../src/llm/model';

/** One thing a scripted step does, in order. */
export type ScriptedEvent =
  | { type: 'text'; text: string }
  /** `args` is serialised with JSON.stringify; `rawArguments` is sent as is (malformed JSON). */
  | { type: 'tool-call'; name: string; args?: unknown; rawArguments?: string; id?: string }
  | { type: 'delay'; ms: number }
  /** Waits until the request's signal aborts (a stream that stalls). */
  | { type: 'hang' }
  | { type: 'error'; error: Error }
  | { type: 'finish'; reason?: ModelFinishReason; usage?: ModelUsage };

/** A step: a fixed list, or a function of the request (to react to tool results). `finish` is added unless `omitFinish`. */
export type ScriptedStep =
  | ScriptedEvent[]
  | ((request: ModelRequest) => ScriptedEvent[])
  | { events: ScriptedEvent[]; omitFinish: true };

export interface FakeModel extends LanguageModel {
  /** Every request received, in order (messages copied at the time of the call). */
  readonly requests: ModelRequest[];
  /** Steps not yet played. */
  remaining(): number;
}

const DEFAULT_USAGE: ModelUsage = { inputTokens: 100, outputTokens: 20 };

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * An in-process LanguageModel that replays scripted steps, one per `stream` call. After the script runs
 * out it answers with a short final text, so a test that miscounts steps fails on assertions, not hangs.
 */
export function createFakeModel(steps: ScriptedStep[]): FakeModel {
  const queue = steps.slice();
  const requests: ModelRequest[] = [];
  let callCounter = 0;
  return {
    requests,
    remaining: () => queue.length,
    stream(request: ModelRequest): AsyncIterable<ModelEvent> {
      requests.push({ ...request, messages: structuredClone(request.messages) });
      const step = queue.shift() ?? [{ type: 'text', text: '(script ended)' }];
      return (async function* () {
        const omitFinish = !Array.isArray(step) && typeof step !== 'function';
        const events = typeof step === 'function' ? step(request) : Array.isArray(step) ? step : step.events;
        let finished = false;
        let calledTools = false;
        for (const event of events) {
          switch (event.type) {
            case 'text':
              yield { type: 'text-delta', text: event.text };
              break;
            case 'tool-call':
              calledTools = true;
              callCounter += 1;
              yield {
                type: 'tool-call',
                call: {
                  id: event.id ?? `call-${callCounter}`,
                  name: event.name,
                  argumentsText: event.rawArguments ?? JSON.stringify(event.args ?? {}),
                },
              };
              break;
            case 'delay':
              await sleep(event.ms, request.signal);
              break;
            case 'hang':
              await sleep(2 ** 30, request.signal);
              break;
            case 'error':
              throw event.error;
            case 'finish':
              finished = true;
              yield {
                type: 'finish',
                reason: event.reason ?? (calledTools ? 'tool-calls' : 'stop'),
                usage: event.usage ?? DEFAULT_USAGE,
              };
              break;
          }
        }
        if (!finished && !omitFinish)
          yield { type: 'finish', reason: calledTools ? 'tool-calls' : 'stop', usage: DEFAULT_USAGE };
      })();
    },
  };
}
