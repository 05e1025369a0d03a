/**
 * Metric 6, tool definitions: tokens (o200k) of the tool list one model request carries, per item mode with every
 * area on, beside the whole catalog offered naively (every tool, zod's full JSON Schema, no mode or policy filter).
 */
import { countTokens } from 'gpt-tokenizer';
import { z } from 'zod';
import { measureToolDefinitions as measureOffered } from '../../src/agent/tool-definition-size';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import { catalog } from '../../src/tools/catalog';
import { atMost, info, type Metric } from '../lib/metric';

const READ_MODE_TARGET = 6000;

/** What a straightforward integration sends: each tool with its untrimmed schema, whatever the settings say. */
export function naiveCatalogTokens(): number {
  return catalog.reduce((sum, tool) => {
    const wire = JSON.stringify({
      type: 'function',
      function: {
        name: tool.name,
        description: tool.description,
        parameters: z.toJSONSchema(tool.input, { io: 'input', unrepresentable: 'any' }),
      },
    });
    return sum + countTokens(wire);
  }, 0);
}

function everyCategoryOn(): Settings {
  const settings = defaultSettings();
  settings.permissions.policies = {
    read: 'always',
    draft: 'ask',
    organize: 'ask',
    send: 'ask',
    delete: 'ask',
  };
  return settings;
}

export async function measureToolDefinitions(): Promise<Metric[]> {
  const naive = naiveCatalogTokens();
  const defaults = defaultSettings();
  const read = measureOffered(catalog, defaults, 'read');
  const compose = measureOffered(catalog, defaults, 'compose');
  const readAll = measureOffered(catalog, everyCategoryOn(), 'read');
  const biggest = [...read.perTool]
    .sort((a, b) => b.tokens - a.tokens)
    .slice(0, 3)
    .map((entry) => `${entry.name} ${entry.tokens}`)
    .join(', ');
  return [
    atMost('tool definitions: read mode, every area on', read.tokens, 'tokens', READ_MODE_TARGET, {
      baseline: naive,
      target: `≤ ${READ_MODE_TARGET}`,
      note: `${read.tools} tools offered (default policies: delete disabled); largest: ${biggest}; baseline = naive full catalog (${catalog.length} tools)`,
    }),
    info('tool definitions: compose mode, every area on', compose.tokens, 'tokens', `${compose.tools} tools`),
    info(
      'tool definitions: read mode, every area and category on',
      readAll.tokens,
      'tokens',
      `${readAll.tools} tools (delete set to Needs approval)`,
    ),
    info(
      'tool definitions: naive full catalog',
      naive,
      'tokens',
      `${catalog.length} tools, untrimmed schemas`,
    ),
  ];
}
