import { countTokens } from 'gpt-tokenizer';
import type { ItemMode } from '../office/types';
import { offeredTools } from '../permissions/availability';
import type { Settings } from '../settings/schema';
import type { ToolDefinition } from '../tools/define-tool';
import { toModelToolSpec } from './tool-schema';

/**
 * Token size of the tool definitions one request carries, measured with the o200k tokenizer (GPT-4o family)
 * on the JSON the adapters send (`{name, description, parameters}` per tool). Providers wrap it slightly
 * differently, so treat it as a close estimate. Kept out of the pane bundle: only scripts and docs import it.
 */
export interface ToolDefinitionSize {
  mode: ItemMode;
  tools: number;
  tokens: number;
  perTool: { name: string; tokens: number }[];
}

export function measureToolDefinitions(
  catalog: readonly ToolDefinition[],
  settings: Settings,
  mode: ItemMode,
): ToolDefinitionSize {
  const perTool = offeredTools(catalog, settings, mode).map((tool) => {
    const spec = toModelToolSpec(tool);
    const wire = JSON.stringify({
      type: 'function',
      function: { name: spec.name, description: spec.description, parameters: spec.inputSchema },
    });
    return { name: tool.name, tokens: countTokens(wire) };
  });
  return {
    mode,
    tools: perTool.length,
    tokens: perTool.reduce((sum, entry) => sum + entry.tokens, 0),
    perTool,
  };
}
