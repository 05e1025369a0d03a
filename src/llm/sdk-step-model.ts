import type {
  LanguageModelV3,
  LanguageModelV3FinishReason,
  LanguageModelV3StreamPart,
} from '@ai-sdk/provider';
import { classifyFailure, classifyStreamErrorPart, type ClassifiedFailure } from './classify-error';
import { LlmStreamBrokenError } from './errors';
import type { LanguageModel, ModelEvent, ModelFinishReason, ModelRequest, ModelToolCall } from './model';
import { toProviderPrompt, toProviderTools } from './provider-prompt';
import { abortableSleep, defaultRetryPolicy, retryDelay, type RetryPolicy } from './retry';

export interface StepModelContext {
  /** Shown in error messages: the base URL the user configured. */
  endpoint: string;
  /** The model (or Azure deployment) name, for not-found messages. */
  model: string;
  retry?: RetryPolicy;
}

/** Thrown inside the attempt loop to carry an already-classified failure out of the reader. */
class ClassifiedStreamFailure extends Error {
  constructor(readonly failure: ClassifiedFailure) {
    super(failure.error.message);
  }
}

function toFinishReason(reason: LanguageModelV3FinishReason): ModelFinishReason {
  return reason.unified;
}

/**
 * Drives one AI SDK provider model exactly one step at a time through `doStream`, with tools declared but never
 * executed, and turns its stream parts into our ModelEvents.
 *
 * Tool calls are held back until the provider reports a clean finish: a stream that breaks after a call's first
 * half must never yield that call (the SDK's OpenAI-compatible parser flushes unfinished calls when a body ends).
 */
export function createStepModel(providerModel: LanguageModelV3, context: StepModelContext): LanguageModel {
  const policy = context.retry ?? defaultRetryPolicy;
  return {
    async *stream(request: ModelRequest): AsyncIterable<ModelEvent> {
      const prompt = toProviderPrompt(request);
      const tools = toProviderTools(request.tools);
      for (let attempt = 1; ; attempt++) {
        let yielded = false;
        let phase: 'connect' | 'stream' = 'connect';
        const failureContext = () => ({
          endpoint: context.endpoint,
          model: context.model,
          toolsOffered: tools !== undefined,
          phase,
          attempts: attempt,
          signal: request.signal,
          yielded,
        });
        try {
          request.signal.throwIfAborted();
          const { stream } = await providerModel.doStream({
            prompt,
            tools,
            temperature: request.temperature,
            maxOutputTokens: request.maxOutputTokens,
            abortSignal: request.signal,
          });
          phase = 'stream';
          const heldCalls: ModelToolCall[] = [];
          let finish: Extract<LanguageModelV3StreamPart, { type: 'finish' }> | undefined;
          const reader = stream.getReader();
          try {
            for (;;) {
              const { done, value: part } = await reader.read();
              if (done) break;
              if (part.type === 'text-delta' && part.delta.length > 0) {
                yielded = true;
                yield { type: 'text-delta', text: part.delta };
              } else if (part.type === 'tool-call' && !part.providerExecuted) {
                heldCalls.push({ id: part.toolCallId, name: part.toolName, argumentsText: part.input });
              } else if (part.type === 'error') {
                throw new ClassifiedStreamFailure(classifyStreamErrorPart(part.error, failureContext()));
              } else if (part.type === 'finish') {
                finish = part;
              }
            }
          } finally {
            reader.releaseLock();
            // Stop the body download if we leave early (error, consumer stopped iterating).
            if (!finish) await stream.cancel().catch(() => undefined);
          }
          request.signal.throwIfAborted();
          if (!finish) {
            throw new LlmStreamBrokenError({
              endpoint: context.endpoint,
              serverMessage: 'the stream ended without a finish',
            });
          }
          for (const call of heldCalls) {
            yielded = true;
            yield { type: 'tool-call', call };
          }
          yield {
            type: 'finish',
            reason: toFinishReason(finish.finishReason),
            usage: {
              inputTokens: finish.usage.inputTokens.total,
              outputTokens: finish.usage.outputTokens.total,
            },
          };
          return;
        } catch (error) {
          const failure =
            error instanceof ClassifiedStreamFailure
              ? error.failure
              : classifyFailure(error, failureContext());
          const delay =
            failure.retryable && !yielded ? retryDelay(policy, attempt, failure.retryAfterMs) : undefined;
          if (delay === undefined) throw failure.error;
          await abortableSleep(delay, request.signal);
        }
      }
    },
  };
}
