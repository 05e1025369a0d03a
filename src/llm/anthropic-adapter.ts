import { createAnthropic } from '@ai-sdk/anthropic';
import type { LlmSettings } from '../settings/schema';
import { trimBaseUrl, type LanguageModelOptions } from './adapter-options';
import type { LanguageModel } from './model';
import { createStepModel } from './sdk-step-model';

export const DEFAULT_ANTHROPIC_BASE_URL = 'https://api.anthropic.com/v1';

/** Anthropic Messages API. */
export function createAnthropicModel(
  settings: LlmSettings,
  apiKey: string,
  options: LanguageModelOptions = {},
): LanguageModel {
  const baseURL = trimBaseUrl(settings.baseUrl) || DEFAULT_ANTHROPIC_BASE_URL;
  const provider = createAnthropic({
    baseURL,
    apiKey,
    // The pane calls Anthropic straight from the browser; without this header the API refuses CORS requests.
    headers: { 'anthropic-dangerous-direct-browser-access': 'true', ...settings.headers },
    fetch: options.fetch,
  });
  return createStepModel(provider.messages(settings.model), {
    endpoint: baseURL,
    model: settings.model,
    retry: options.retry,
  });
}
