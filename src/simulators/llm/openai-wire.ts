import type { ReceivedRequest } from './inbound';
import type { AnswerPlan, Piece, PlannedFinish } from './plan';

/**
 * OpenAI Chat Completions wire format (also Azure OpenAI's and every OpenAI-compatible server's): SSE `data:` lines
 * of `chat.completion.chunk` objects, `[DONE]` at the end; errors as `{"error":{message,type,param,code}}`.
 */
const FINISH: Record<PlannedFinish, string> = {
  stop: 'stop',
  'tool-calls': 'tool_calls',
  length: 'length',
  'content-filter': 'content_filter',
};

export function openAiErrorType(status: number): { type: string; code: string | null } {
  if (status === 401) return { type: 'invalid_request_error', code: 'invalid_api_key' };
  if (status === 403) return { type: 'permission_error', code: null };
  if (status === 404) return { type: 'invalid_request_error', code: 'model_not_found' };
  if (status === 429) return { type: 'rate_limit_error', code: 'rate_limit_exceeded' };
  if (status >= 500) return { type: 'server_error', code: null };
  return { type: 'invalid_request_error', code: null };
}

export function openAiErrorBody(status: number, message: string, type?: string): unknown {
  const defaults = openAiErrorType(status);
  return { error: { message, type: type ?? defaults.type, param: null, code: defaults.code } };
}

export class OpenAiStreamWriter {
  private readonly id: string;
  private readonly created = Math.floor(Date.now() / 1000);

  constructor(
    private readonly request: ReceivedRequest,
    private readonly plan: AnswerPlan,
  ) {
    this.id = `chatcmpl-sim-${request.index}`;
  }

  private chunk(delta: Record<string, unknown>, finishReason: string | null = null): string {
    const body = {
      id: this.id,
      object: 'chat.completion.chunk',
      created: this.created,
      model: this.request.model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    };
    return `data: ${JSON.stringify(body)}\n\n`;
  }

  opening(): string[] {
    return [this.chunk({ role: 'assistant', content: '' })];
  }

  piece(piece: Piece): string {
    switch (piece.kind) {
      case 'text':
        return this.chunk({ content: piece.text });
      case 'tool-start':
        return this.chunk({
          tool_calls: [
            {
              index: piece.index,
              id: piece.id,
              type: 'function',
              function: { name: piece.name, arguments: '' },
            },
          ],
        });
      case 'tool-args':
        return this.chunk({ tool_calls: [{ index: piece.index, function: { arguments: piece.text } }] });
    }
  }

  closing(): string[] {
    const frames = [this.chunk({}, FINISH[this.plan.finish])];
    if (this.request.includeUsage) {
      const usage = {
        prompt_tokens: this.plan.usage.inputTokens,
        completion_tokens: this.plan.usage.outputTokens,
        total_tokens: this.plan.usage.inputTokens + this.plan.usage.outputTokens,
      };
      frames.push(
        `data: ${JSON.stringify({ id: this.id, object: 'chat.completion.chunk', created: this.created, model: this.request.model, choices: [], usage })}\n\n`,
      );
    }
    frames.push('data: [DONE]\n\n');
    return frames;
  }

  streamError(message: string, type: string): string {
    return `data: ${JSON.stringify({ error: { message, type, param: null, code: null } })}\n\n`;
  }
}

export function openAiCompletion(request: ReceivedRequest, plan: AnswerPlan): unknown {
  return {
    id: `chatcmpl-sim-${request.index}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: plan.toolCalls.length > 0 && plan.text === '' ? null : plan.text,
          ...(plan.toolCalls.length > 0
            ? {
                tool_calls: plan.toolCalls.map((call) => ({
                  id: call.id,
                  type: 'function',
                  function: { name: call.name, arguments: call.argumentsText },
                })),
              }
            : {}),
        },
        logprobs: null,
        finish_reason: FINISH[plan.finish],
      },
    ],
    usage: {
      prompt_tokens: plan.usage.inputTokens,
      completion_tokens: plan.usage.outputTokens,
      total_tokens: plan.usage.inputTokens + plan.usage.outputTokens,
    },
  };
}
