import type {
  LanguageModelV3FunctionTool,
  LanguageModelV3Message,
  LanguageModelV3Prompt,
  LanguageModelV3ToolResultPart,
} from '@ai-sdk/provider';
import type { ModelMessage, ModelRequest, ModelToolSpec } from './model';

/**
 * The provider prompt wants tool-call inputs as values. Malformed arguments (already answered with an error tool
 * result by the agent) are sent back as `{}`: providers reject a tool call whose input is not an object.
 */
function parseArgumentsForHistory(argumentsText: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(argumentsText);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function toToolResultPart(message: Extract<ModelMessage, { role: 'tool' }>): LanguageModelV3ToolResultPart {
  return {
    type: 'tool-result',
    toolCallId: message.toolCallId,
    toolName: message.toolName,
    output: message.isError
      ? { type: 'error-text', value: message.content }
      : { type: 'text', value: message.content },
  };
}

/** Converts our conversation into the AI SDK's provider-level prompt (LanguageModelV3Prompt). */
export function toProviderPrompt(request: Pick<ModelRequest, 'system' | 'messages'>): LanguageModelV3Prompt {
  const prompt: LanguageModelV3Message[] = [];
  if (request.system.length > 0) prompt.push({ role: 'system', content: request.system });
  for (const message of request.messages) {
    switch (message.role) {
      case 'user':
        prompt.push({ role: 'user', content: [{ type: 'text', text: message.content }] });
        break;
      case 'assistant': {
        const calls = message.toolCalls ?? [];
        // An empty assistant turn carries nothing and some providers (Anthropic) reject empty content.
        if (message.content.length === 0 && calls.length === 0) break;
        prompt.push({
          role: 'assistant',
          content: [
            ...(message.content.length > 0 ? [{ type: 'text' as const, text: message.content }] : []),
            ...calls.map((call) => ({
              type: 'tool-call' as const,
              toolCallId: call.id,
              toolName: call.name,
              input: parseArgumentsForHistory(call.argumentsText),
            })),
          ],
        });
        break;
      }
      case 'tool': {
        // Results of one step travel together: Anthropic requires them in the single user turn after the call.
        const previous = prompt[prompt.length - 1];
        if (previous?.role === 'tool') previous.content.push(toToolResultPart(message));
        else prompt.push({ role: 'tool', content: [toToolResultPart(message)] });
        break;
      }
    }
  }
  return prompt;
}

/** Tools are declared without `execute`: the provider only describes them to the model; the agent runs them. */
export function toProviderTools(tools: readonly ModelToolSpec[]): LanguageModelV3FunctionTool[] | undefined {
  if (tools.length === 0) return undefined;
  return tools.map((tool) => ({
    type: 'function',
    name: tool.name,
    description: tool.description,
    inputSchema: tool.inputSchema as LanguageModelV3FunctionTool['inputSchema'],
  }));
}
