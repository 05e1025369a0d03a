import { z } from 'zod';
import type { ModelToolSpec } from '../llm/model';
import type { ToolDefinition } from '../tools/define-tool';

/** Bounds at or above this are limits of the implementation, not something the model should plan around. */
const LARGE_BOUND = 1000;

/**
 * Keywords that cost tokens and change nothing the model does: the arguments are validated with the tool's zod
 * schema before anything runs, and a violation comes back to the model as an error naming the field. Lengths,
 * item counts and regex patterns are such constraints; types, enums, required fields, descriptions, defaults and
 * small numeric ranges (a limit of 1–50) stay because they steer the model.
 */
const DROPPED_KEYWORDS = new Set([
  '$schema',
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'additionalProperties',
]);

function trim(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(trim);
  if (!node || typeof node !== 'object') return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (DROPPED_KEYWORDS.has(key)) continue;
    if (
      (key === 'minimum' || key === 'maximum') &&
      typeof value === 'number' &&
      Math.abs(value) >= LARGE_BOUND
    )
      continue;
    if (key === 'minimum' && value === 0) continue;
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
