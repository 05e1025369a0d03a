import type { ApiKind } from './script';

/** One message of a received request, the same shape whichever API it came through. */
export type ReceivedMessage =
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: { id: string; name: string; argumentsText: string }[] }
  | { role: 'tool'; toolCallId: string; content: string; isError?: boolean };

export interface ReceivedTool {
  name: string;
  description?: string;
  /** JSON Schema of the arguments (OpenAI `parameters` / Anthropic `input_schema`). */
  parameters: unknown;
}

/** A request as logged by `GET /_requests`: the raw body plus a normalised view tests can assert on. */
export interface ReceivedRequest {
  index: number;
  receivedAt: string;
  api: ApiKind;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  model: string;
  /** Azure deployment-URL requests: the deployment from the path. */
  deployment?: string;
  stream: boolean;
  includeUsage: boolean;
  system: string;
  messages: ReceivedMessage[];
  tools: ReceivedTool[];
  /** Which script turn answered (label or index), or the fallback used. */
  answeredBy?: string;
}

type Json = Record<string, unknown>;

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .filter(
        (part): part is Json => typeof part === 'object' && part !== null && (part as Json).type === 'text',
      )
      .map((part) => String(part.text ?? ''))
      .join('');
  }
  return '';
}

function normaliseOpenAi(body: Json): Pick<ReceivedRequest, 'system' | 'messages' | 'tools'> {
  const system: string[] = [];
  const messages: ReceivedMessage[] = [];
  for (const raw of (body.messages as Json[] | undefined) ?? []) {
    const role = raw.role;
    if (role === 'system' || role === 'developer') system.push(textOf(raw.content));
    else if (role === 'user') messages.push({ role: 'user', content: textOf(raw.content) });
    else if (role === 'assistant') {
      const calls = (raw.tool_calls as Json[] | undefined)?.map((call) => {
        const fn = (call.function ?? {}) as Json;
        return { id: String(call.id), name: String(fn.name), argumentsText: String(fn.arguments ?? '') };
      });
      messages.push({
        role: 'assistant',
        content: textOf(raw.content),
        ...(calls?.length ? { toolCalls: calls } : {}),
      });
    } else if (role === 'tool')
      messages.push({ role: 'tool', toolCallId: String(raw.tool_call_id), content: textOf(raw.content) });
  }
  const tools = ((body.tools as Json[] | undefined) ?? []).map((tool) => {
    const fn = (tool.function ?? {}) as Json;
    return {
      name: String(fn.name),
      description: fn.description as string | undefined,
      parameters: fn.parameters,
    };
  });
  return { system: system.join('\n'), messages, tools };
}

function normaliseAnthropic(body: Json): Pick<ReceivedRequest, 'system' | 'messages' | 'tools'> {
  const messages: ReceivedMessage[] = [];
  for (const raw of (body.messages as Json[] | undefined) ?? []) {
    const blocks: Json[] =
      typeof raw.content === 'string'
        ? [{ type: 'text', text: raw.content }]
        : ((raw.content as Json[]) ?? []);
    if (raw.role === 'user') {
      const text = textOf(blocks);
      for (const block of blocks.filter((candidate) => candidate.type === 'tool_result')) {
        messages.push({
          role: 'tool',
          toolCallId: String(block.tool_use_id),
          content: textOf(block.content),
          ...(block.is_error ? { isError: true } : {}),
        });
      }
      if (text) messages.push({ role: 'user', content: text });
    } else if (raw.role === 'assistant') {
      const calls = blocks
        .filter((block) => block.type === 'tool_use')
        .map((block) => ({
          id: String(block.id),
          name: String(block.name),
          argumentsText: JSON.stringify(block.input ?? {}),
        }));
      messages.push({
        role: 'assistant',
        content: textOf(blocks),
        ...(calls.length ? { toolCalls: calls } : {}),
      });
    }
  }
  const tools = ((body.tools as Json[] | undefined) ?? []).map((tool) => ({
    name: String(tool.name),
    description: tool.description as string | undefined,
    parameters: tool.input_schema,
  }));
  return { system: textOf(body.system), messages, tools };
}

export function normaliseRequest(
  api: ApiKind,
  body: Json,
): Pick<ReceivedRequest, 'system' | 'messages' | 'tools' | 'model' | 'stream' | 'includeUsage'> {
  const view = api === 'anthropic' ? normaliseAnthropic(body) : normaliseOpenAi(body);
  const streamOptions = body.stream_options as Json | undefined;
  return {
    ...view,
    model: String(body.model ?? ''),
    stream: body.stream === true,
    includeUsage: streamOptions?.include_usage === true,
  };
}

/** The last message's role and text, for turn predicates and the demo. */
export function lastMessage(request: Pick<ReceivedRequest, 'messages'>): ReceivedMessage | undefined {
  return request.messages[request.messages.length - 1];
}

export function lastUserText(request: Pick<ReceivedRequest, 'messages'>): string {
  for (let index = request.messages.length - 1; index >= 0; index--) {
    const message = request.messages[index];
    if (message.role === 'user') return message.content;
  }
  return '';
}
