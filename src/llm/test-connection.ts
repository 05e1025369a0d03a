import type { LlmSettings } from '../settings/schema';
import type { LanguageModelOptions } from './adapter-options';
import { isLlmError, type LlmErrorCode } from './errors';
import { createLanguageModel } from './index';

/** `null` means the check could not tell (an earlier step failed first). */
export interface ConnectionVerdict {
  ok: boolean;
  reachable: boolean | null;
  authOk: boolean | null;
  modelFound: boolean | null;
  toolCalling: boolean | null;
  message: string;
  errorCode?: LlmErrorCode;
  latencyMs: number;
}

const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(milliseconds < 10_000 ? 1 : 0);

const PROBE_TOOL = {
  name: 'connection_check',
  description: 'Reports that the connection works. Only call it if asked to.',
  inputSchema: { type: 'object', properties: {}, additionalProperties: false },
};

function verdictFor(
  code: LlmErrorCode | undefined,
): Pick<ConnectionVerdict, 'reachable' | 'authOk' | 'modelFound' | 'toolCalling'> {
  switch (code) {
    case undefined:
      return { reachable: true, authOk: true, modelFound: true, toolCalling: true };
    case 'network':
      return { reachable: false, authOk: null, modelFound: null, toolCalling: null };
    case 'auth':
      return { reachable: true, authOk: false, modelFound: null, toolCalling: null };
    case 'not-found':
      return { reachable: true, authOk: true, modelFound: false, toolCalling: null };
    case 'no-tool-support':
      return { reachable: true, authOk: true, modelFound: true, toolCalling: false };
    case 'not-configured':
    case 'cancelled':
      return { reachable: null, authOk: null, modelFound: null, toolCalling: null };
    default:
      // The server answered but the request failed (rate limit, 5xx, bad request, broken stream).
      return { reachable: true, authOk: null, modelFound: null, toolCalling: null };
  }
}

/**
 * Sends one tiny request offering one trivial tool (no tool_choice), reads the whole answer, and says what works.
 * One attempt only: the user is waiting for a verdict, not for retries.
 */
export async function testConnection(
  settings: LlmSettings,
  deviceApiKey?: string,
  options: LanguageModelOptions & { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<ConnectionVerdict> {
  const started = Date.now();
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const model = await createLanguageModel(settings, deviceApiKey, {
      ...options,
      retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    });
    let text = '';
    for await (const event of model.stream({
      system: 'You are checking a connection. Answer with the single word OK.',
      messages: [{ role: 'user', content: 'Say OK.' }],
      tools: [PROBE_TOOL],
      maxOutputTokens: 64,
      signal,
    })) {
      if (event.type === 'text-delta') text += event.text;
    }
    const sample = text.trim().slice(0, 40);
    return {
      ok: true,
      ...verdictFor(undefined),
      message: `Connected: the model "${settings.azureDeployment || settings.model}" answered${sample ? ` ("${sample}")` : ''} and accepts tools.`,
      latencyMs: Date.now() - started,
    };
  } catch (error) {
    const timedOut = timeout.aborted && !options.signal?.aborted;
    if (timedOut) {
      return {
        ok: false,
        reachable: null,
        authOk: null,
        modelFound: null,
        toolCalling: null,
        message: `No answer from ${settings.baseUrl} within ${seconds(options.timeoutMs ?? 20_000)} s. Check the base URL, or whether a local model is still loading.`,
        errorCode: 'network',
        latencyMs: Date.now() - started,
      };
    }
    const code = isLlmError(error) ? error.code : undefined;
    return {
      ok: false,
      ...verdictFor(code ?? 'bad-response'),
      message: error instanceof Error ? error.message : String(error),
      errorCode: code ?? 'bad-response',
      latencyMs: Date.now() - started,
    };
  }
}
