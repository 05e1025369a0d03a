import { z } from 'zod';
import type { ModelToolSpec } from '../llm/model';
import type { ToolDefinition } from '../tools/define-tool';

const SAFE_INTEGER_BOUND = Number.MAX_SAFE_INTEGER;

/**
 * Removes what costs tokens and tells the model nothing: `$schema`, zod's safe-integer bounds, and the long
 * regex zod adds next to `format: email`.
 */
function trim(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(trim);
  if (!node || typeof node !== 'object') return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === '$schema') continue;
    if (
      (key === 'minimum' || key === 'maximum') &&
      typeof value === 'number' &&
      Math.abs(value) >= SAFE_INTEGER_BOUND
    )
      continue;
    if (key === 'pattern' && typeof (node as Record<string, unknown>).format === 'string') continue;
    result[key] = trim(value);
  }
  return result;
}

/** The JSON Schema of a tool's input as offered to the model. */
export function toolInputSchema(tool: ToolDefinition): Record<string, unknown> {
  return trim(z.toJSONSchema(tool.input, { io: 'input', unrepresentable: 'any' })) as Record<string, unknown>;
}

export function toModelToolSpec(tool: ToolDefinition): ModelToolSpec {
  return { name: tool.name, description: tool.description, inputSchema: toolInputSchema(tool) };
}
