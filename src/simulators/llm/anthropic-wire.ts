import type { ReceivedRequest } from './inbound';
import type { AnswerPlan, Piece, PlannedFinish } from './plan';

/**
 * Anthropic Messages streaming: named SSE events `message_start`, per content block `content_block_start` /
 * `content_block_delta` (text_delta, input_json_delta) / `content_block_stop`, then `message_delta` (stop_reason,
 * usage) and `message_stop`. Errors: `{"type":"error","error":{"type","message"}}`, as a body or an `error` event.
 */
const STOP: Record<PlannedFinish, string> = {
  stop: 'end_turn',
  'tool-calls': 'tool_use',
  length: 'max_tokens',
  'content-filter': 'refusal',
};

export function anthropicErrorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 413) return 'request_too_large';
  if (status === 429) return 'rate_limit_error';
  if (status === 529) return 'overloaded_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

export function anthropicErrorBody(status: number, message: string, type?: string): unknown {
  return { type: 'error', error: { type: type ?? anthropicErrorType(status), message } };
}

function event(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

export class AnthropicStreamWriter {
  /** Index of the open content block, and what kind it is. */
  private openBlock: { index: number; kind: 'text' | 'tool'; toolIndex?: number } | undefined;
  private nextBlockIndex = 0;

  constructor(
    private readonly request: ReceivedRequest,
    private readonly plan: AnswerPlan,
  ) {}

  opening(): string[] {
    return [
      event('message_start', {
        type: 'message_start',
        message: {
          id: `msg_sim_${this.request.index}`,
          type: 'message',
          role: 'assistant',
          model: this.request.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: this.plan.usage.inputTokens, output_tokens: 1 },
        },
      }),
      event('ping', { type: 'ping' }),
    ];
  }

  private closeBlock(): string {
    if (!this.openBlock) return '';
    const frame = event('content_block_stop', { type: 'content_block_stop', index: this.openBlock.index });
    this.openBlock = undefined;
    return frame;
  }

  /** One piece may close the previous block and open a new one: all in one write, as real servers flush them. */
  piece(piece: Piece): string {
    switch (piece.kind) {
      case 'text': {
        let frames = '';
        if (this.openBlock?.kind !== 'text') {
          frames += this.closeBlock();
          this.openBlock = { index: this.nextBlockIndex++, kind: 'text' };
          frames += event('content_block_start', {
            type: 'content_block_start',
            index: this.openBlock.index,
            content_block: { type: 'text', text: '' },
          });
        }
        return (
          frames +
          event('content_block_delta', {
            type: 'content_block_delta',
            index: this.openBlock.index,
            delta: { type: 'text_delta', text: piece.text },
          })
        );
      }
      case 'tool-start': {
        let frames = this.closeBlock();
        this.openBlock = { index: this.nextBlockIndex++, kind: 'tool', toolIndex: piece.index };
        frames += event('content_block_start', {
          type: 'content_block_start',
          index: this.openBlock.index,
          content_block: { type: 'tool_use', id: piece.id, name: piece.name, input: {} },
        });
        return frames;
      }
      case 'tool-args':
        return event('content_block_delta', {
          type: 'content_block_delta',
          index: this.openBlock?.index ?? 0,
          delta: { type: 'input_json_delta', partial_json: piece.text },
        });
    }
  }

  closing(): string[] {
    return [
      this.closeBlock(),
      event('message_delta', {
        type: 'message_delta',
        delta: { stop_reason: STOP[this.plan.finish], stop_sequence: null },
        usage: { output_tokens: this.plan.usage.outputTokens },
      }),
      event('message_stop', { type: 'message_stop' }),
    ].filter((frame) => frame.length > 0);
  }

  streamError(message: string, type: string): string {
    return event('error', { type: 'error', error: { type, message } });
  }
}

export function anthropicMessage(request: ReceivedRequest, plan: AnswerPlan): unknown {
  const input = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      return {};
    }
  };
  return {
    id: `msg_sim_${request.index}`,
    type: 'message',
    role: 'assistant',
    model: request.model,
    content: [
      ...(plan.text ? [{ type: 'text', text: plan.text }] : []),
      ...plan.toolCalls.map((call) => ({
        type: 'tool_use',
        id: call.id,
        name: call.name,
        input: input(call.argumentsText),
      })),
    ],
    stop_reason: STOP[plan.finish],
    stop_sequence: null,
    usage: { input_tokens: plan.usage.inputTokens, output_tokens: plan.usage.outputTokens },
  };
}
