import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LlmSettings } from '../settings/schema';
import type { LanguageModelOptions } from './adapter-options';
import { resolveAzureEndpoint } from './azure-endpoint';
import type { LanguageModel } from './model';
import { createStepModel } from './sdk-step-model';

/**
 * Azure OpenAI through the OpenAI-compatible provider: Azure's Chat Completions wire format is OpenAI's; only the
 * URL, the `api-key` header and the `api-version` query differ. `@ai-sdk/azure` would pull `@ai-sdk/openai` (the
 * Responses API schemas, several hundred KB) for no gain here.
 */
export function createAzureOpenAiModel(
  settings: LlmSettings,
  apiKey: string,
  options: LanguageModelOptions = {},
): LanguageModel {
  const endpoint = resolveAzureEndpoint(settings);
  const provider = createOpenAICompatible({
    name: 'azure-openai',
    baseURL: endpoint.baseURL,
    headers: { 'api-key': apiKey, ...settings.headers },
    queryParams: endpoint.queryParams,
    includeUsage: true,
    fetch: options.fetch,
  });
  return createStepModel(provider.chatModel(endpoint.modelId), {
    endpoint: endpoint.baseURL,
    model: settings.azureDeployment || endpoint.modelId,
    retry: options.retry,
  });
}
