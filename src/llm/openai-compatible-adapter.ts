import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LlmSettings } from '../settings/schema';
import { trimBaseUrl, type LanguageModelOptions } from './adapter-options';
import type { LanguageModel } from './model';
import { createStepModel } from './sdk-step-model';

/** OpenAI Chat Completions and the servers that copy it (Ollama, vLLM, LM Studio, llama.cpp, OpenRouter, Groq, …). */
export function createOpenAiCompatibleModel(
  settings: LlmSettings,
  apiKey: string | undefined,
  options: LanguageModelOptions = {},
): LanguageModel {
  const baseURL = trimBaseUrl(settings.baseUrl);
  const provider = createOpenAICompatible({
    name: 'openai-compatible',
    baseURL,
    // Local servers take no key; sending an empty Bearer header makes some of them answer 401.
    apiKey: apiKey || undefined,
    headers: settings.headers,
    includeUsage: true,
    fetch: options.fetch,
  });
  return createStepModel(provider.chatModel(settings.model), {
    endpoint: baseURL,
    model: settings.model,
    retry: options.retry,
  });
}
