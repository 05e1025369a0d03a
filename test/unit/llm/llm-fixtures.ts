import { llmSettingsSchema, type LlmProviderKind, type LlmSettings } from '../../../src/settings/schema';
import { createLanguageModel } from '../../../src/llm';
import type { LanguageModelOptions } from '../../../src/llm';
import type { ModelEvent, ModelRequest } from '../../../src/llm/model';
import type { LlmSimulator } from '../../../src/simulators/llm/server';

/** The provider set-ups every behaviour test runs through: each kind, and both Azure URL shapes. */
export const providerSetups = [
  'openai-compatible',
  'azure-openai v1',
  'azure-openai deployment',
  'anthropic',
] as const;
export type ProviderSetup = (typeof providerSetups)[number];

export const TEST_KEY = 'sk-test-123';

export function settingsFor(
  setup: ProviderSetup,
  simulator: LlmSimulator,
  overrides: Partial<LlmSettings> = {},
): LlmSettings {
  const kind: LlmProviderKind = setup.startsWith('azure') ? 'azure-openai' : (setup as LlmProviderKind);
  const base = {
    kind,
    model: 'sim-model',
    apiKey: TEST_KEY,
    apiKeyStorage: 'roaming' as const,
    baseUrl:
      setup === 'anthropic'
        ? simulator.anthropicBaseUrl
        : setup === 'openai-compatible'
          ? simulator.openAiBaseUrl
          : `${simulator.azureResourceUrl}/openai/v1`,
    ...(setup === 'azure-openai deployment'
      ? { baseUrl: simulator.azureResourceUrl, azureDeployment: 'sim-model', azureApiVersion: '2024-10-21' }
      : {}),
  };
  return llmSettingsSchema.parse({ ...base, ...overrides });
}

/** Retries that keep tests fast but still exercise the backoff path. */
export const fastRetry: LanguageModelOptions = {
  retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 5_000 },
};

export function simpleRequest(overrides: Partial<ModelRequest> = {}): ModelRequest {
  return {
    system: 'You are a test assistant.',
    messages: [{ role: 'user', content: 'Hello there' }],
    tools: [],
    signal: new AbortController().signal,
    ...overrides,
  };
}

export const mailTools = [
  {
    name: 'mail_list_messages',
    description: 'Lists recent messages.',
    inputSchema: {
      type: 'object',
      properties: { top: { type: 'integer' } },
      required: ['top'],
      additionalProperties: false,
    },
  },
  {
    name: 'item_get_current',
    description: 'Reads the current item.',
    inputSchema: { type: 'object', properties: {}, additionalProperties: false },
  },
];

export interface Collected {
  events: ModelEvent[];
  error?: unknown;
}

/** Runs one step to the end and keeps what was yielded before any error. */
export async function collect(
  setup: ProviderSetup,
  simulator: LlmSimulator,
  request: ModelRequest,
  options: LanguageModelOptions = fastRetry,
  overrides: Partial<LlmSettings> = {},
): Promise<Collected> {
  const model = await createLanguageModel(settingsFor(setup, simulator, overrides), undefined, options);
  const events: ModelEvent[] = [];
  try {
    for await (const event of model.stream(request)) events.push(event);
    return { events };
  } catch (error) {
    return { events, error };
  }
}

export function textOf(events: ModelEvent[]): string {
  return events.map((event) => (event.type === 'text-delta' ? event.text : '')).join('');
}
