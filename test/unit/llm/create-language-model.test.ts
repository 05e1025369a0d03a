import { createLanguageModel, isNotConfiguredError, LlmNetworkError } from '../../../src/llm';
import { resolveAzureEndpoint } from '../../../src/llm/azure-endpoint';
import { parseRetryAfter } from '../../../src/llm/classify-error';
import { retryDelay } from '../../../src/llm/retry';
import { llmSettingsSchema } from '../../../src/settings/schema';

const settings = (input: Record<string, unknown>) => llmSettingsSchema.parse(input);

describe('createLanguageModel', () => {
  it.each([
    [{ kind: 'openai-compatible', model: 'gpt-4o' }, /no base URL/],
    [{ kind: 'openai-compatible', baseUrl: 'https://api.openai.com/v1' }, /no model name/],
    [{ kind: 'azure-openai', baseUrl: 'https://r.openai.azure.com/openai/v1', model: 'dep' }, /no API key/],
    [
      { kind: 'azure-openai', baseUrl: 'https://r.openai.azure.com/openai/v1', apiKey: 'k' },
      /no deployment name/,
    ],
    [{ kind: 'anthropic', apiKey: 'k' }, /no model name/],
  ])('refuses incomplete settings %j with a not-configured error', async (input, message) => {
    const failure = await createLanguageModel(settings(input)).catch((error: unknown) => error);
    expect(isNotConfiguredError(failure)).toBe(true);
    expect((failure as Error).message).toMatch(message);
  });

  it('prefers the device key over a roaming one', async () => {
    const seen: Headers[] = [];
    const fetchSpy: typeof fetch = async (_input, init) => {
      seen.push(new Headers(init?.headers));
      throw new TypeError('fetch failed');
    };
    const model = await createLanguageModel(
      settings({
        kind: 'openai-compatible',
        baseUrl: 'http://127.0.0.1:9/v1',
        model: 'm',
        apiKey: 'roaming-key',
      }),
      'device-key',
      { fetch: fetchSpy },
    );
    const failure = await (async () => {
      for await (const _event of model.stream({
        system: '',
        messages: [{ role: 'user', content: 'hi' }],
        tools: [],
        signal: new AbortController().signal,
      })) {
        // nothing arrives
      }
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LlmNetworkError);
    expect(seen[0].get('authorization')).toBe('Bearer device-key');
  });
});

describe('resolveAzureEndpoint', () => {
  it('v1 from a resource root', () => {
    expect(
      resolveAzureEndpoint(
        settings({ kind: 'azure-openai', baseUrl: 'https://res.openai.azure.com/', model: 'gpt4o-prod' }),
      ),
    ).toEqual({
      shape: 'v1',
      baseURL: 'https://res.openai.azure.com/openai/v1',
      queryParams: undefined,
      modelId: 'gpt4o-prod',
    });
  });

  it('v1 from the v1 URL itself', () => {
    expect(
      resolveAzureEndpoint(
        settings({ kind: 'azure-openai', baseUrl: 'https://res.openai.azure.com/openai/v1', model: 'x' }),
      ).baseURL,
    ).toBe('https://res.openai.azure.com/openai/v1');
  });

  it('deployment shape with the default GA api-version when none is given', () => {
    expect(
      resolveAzureEndpoint(
        settings({ kind: 'azure-openai', baseUrl: 'https://res.openai.azure.com', azureDeployment: 'dep1' }),
      ),
    ).toEqual({
      shape: 'deployment',
      baseURL: 'https://res.openai.azure.com/openai/deployments/dep1',
      queryParams: { 'api-version': '2024-10-21' },
      modelId: 'dep1',
    });
  });
});

describe('retry timing', () => {
  it('reads Retry-After in seconds, as a date, and retry-after-ms', () => {
    expect(parseRetryAfter({ 'retry-after': '2' })).toBe(2000);
    expect(parseRetryAfter({ 'retry-after-ms': '150', 'retry-after': '2' })).toBe(150);
    expect(parseRetryAfter({ 'Retry-After': new Date(10_000).toUTCString() }, 4_000)).toBe(6000);
    expect(parseRetryAfter({})).toBeUndefined();
  });

  it('backs off exponentially, honours Retry-After, and stops at the attempt limit or an over-long wait', () => {
    const policy = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 20_000 };
    expect(retryDelay(policy, 1, undefined)).toBeGreaterThanOrEqual(750);
    expect(retryDelay(policy, 2, undefined)).toBeGreaterThanOrEqual(1500);
    expect(retryDelay(policy, 1, 5000)).toBe(5000);
    expect(retryDelay(policy, 1, 60_000)).toBeUndefined();
    expect(retryDelay(policy, 3, 10)).toBeUndefined();
  });
});
