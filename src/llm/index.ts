import type { LlmSettings } from '../settings/schema';
import type { LanguageModelOptions } from './adapter-options';
import { LlmNotConfiguredError } from './errors';
import type { LanguageModel } from './model';

export type { LanguageModelOptions } from './adapter-options';
export type { RetryPolicy } from './retry';
export { defaultRetryPolicy } from './retry';
export * from './errors';
export type * from './model';

/**
 * Builds the model for the configured provider kind. Each adapter (and its SDK package) is loaded with a dynamic
 * `import()` only when that kind is used, so webpack puts each in its own chunk.
 *
 * @param deviceApiKey the key from device storage; falls back to `settings.apiKey` (roaming, opted in).
 */
export async function createLanguageModel(
  settings: LlmSettings,
  deviceApiKey?: string,
  options: LanguageModelOptions = {},
): Promise<LanguageModel> {
  const apiKey = deviceApiKey || settings.apiKey || undefined;
  switch (settings.kind) {
    case 'openai-compatible': {
      if (!settings.baseUrl.trim())
        throw new LlmNotConfiguredError(
          'no base URL (e.g. https://api.openai.com/v1 or http://localhost:11434/v1)',
        );
      if (!settings.model.trim()) throw new LlmNotConfiguredError('no model name');
      const { createOpenAiCompatibleModel } = await import(
        /* webpackChunkName: "llm-openai-compatible" */ './openai-compatible-adapter'
      );
      return createOpenAiCompatibleModel(settings, apiKey, options);
    }
    case 'azure-openai': {
      if (!settings.baseUrl.trim())
        throw new LlmNotConfiguredError(
          'no Azure endpoint (e.g. https://RESOURCE.openai.azure.com/openai/v1)',
        );
      if (
        !settings.model.trim() &&
        !settings.azureDeployment?.trim() &&
        !settings.baseUrl.includes('/deployments/')
      ) {
        throw new LlmNotConfiguredError('no deployment name');
      }
      if (!apiKey) throw new LlmNotConfiguredError('no API key');
      const { createAzureOpenAiModel } = await import(
        /* webpackChunkName: "llm-azure-openai" */ './azure-openai-adapter'
      );
      return createAzureOpenAiModel(settings, apiKey, options);
    }
    case 'anthropic': {
      if (!settings.model.trim()) throw new LlmNotConfiguredError('no model name (e.g. claude-sonnet-4-5)');
      if (!apiKey) throw new LlmNotConfiguredError('no API key');
      const { createAnthropicModel } = await import(
        /* webpackChunkName: "llm-anthropic" */ './anthropic-adapter'
      );
      return createAnthropicModel(settings, apiKey, options);
    }
  }
}
