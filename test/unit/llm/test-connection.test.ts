import { testConnection } from '../../../src/llm/test-connection';
import { llmSettingsSchema } from '../../../src/settings/schema';
import { startLlmSimulator, type LlmSimulator } from '../../../src/simulators/llm/server';
import { providerSetups, settingsFor } from './llm-fixtures';

let simulator: LlmSimulator;
beforeAll(async () => {
  simulator = await startLlmSimulator();
});
afterAll(() => simulator.close());

describe.each(providerSetups)('%s: testConnection', (setup) => {
  it('all green when the model answers a request that offers a tool', async () => {
    simulator.setScript({ turns: [{ text: 'OK' }] });
    const verdict = await testConnection(settingsFor(setup, simulator));
    expect(verdict).toMatchObject({
      ok: true,
      reachable: true,
      authOk: true,
      modelFound: true,
      toolCalling: true,
    });
    expect(verdict.message).toMatch(/Connected.*"sim-model".*"OK".*accepts tools/);
    const [received] = simulator.requests();
    expect(received.tools.map((tool) => tool.name)).toEqual(['connection_check']);
    expect((received.body as Record<string, unknown>).tool_choice).toBeUndefined();
  });

  it('a wrong key: reachable, auth not ok', async () => {
    simulator.setScript({ turns: [], requireApiKey: 'another-key' });
    const verdict = await testConnection(settingsFor(setup, simulator));
    expect(verdict).toMatchObject({
      ok: false,
      reachable: true,
      authOk: false,
      modelFound: null,
      errorCode: 'auth',
    });
    expect(verdict.message).toMatch(/API key/);
  });

  it('an unknown model: auth ok, model not found (named)', async () => {
    simulator.setScript({ turns: [], models: ['gpt-4o'] });
    const verdict = await testConnection(settingsFor(setup, simulator));
    expect(verdict).toMatchObject({
      ok: false,
      reachable: true,
      authOk: true,
      modelFound: false,
      toolCalling: null,
    });
    expect(verdict.message).toContain('"sim-model"');
  });

  it('a model without tools: everything but tool calling', async () => {
    simulator.setScript({ turns: [], rejectTools: true });
    const verdict = await testConnection(settingsFor(setup, simulator));
    expect(verdict).toMatchObject({
      ok: false,
      reachable: true,
      authOk: true,
      modelFound: true,
      toolCalling: false,
      errorCode: 'no-tool-support',
    });
  });

  it('one attempt only, even on a 503', async () => {
    simulator.setScript({ turns: [{ error: { status: 503 }, times: 0 }] });
    const verdict = await testConnection(settingsFor(setup, simulator));
    expect(verdict).toMatchObject({ ok: false, reachable: true, errorCode: 'server' });
    expect(simulator.requests()).toHaveLength(1);
  });

  it('a server that never answers times out with a clear message', async () => {
    simulator.setScript({ turns: [{ hang: true }] });
    const verdict = await testConnection(settingsFor(setup, simulator), undefined, { timeoutMs: 300 });
    expect(verdict).toMatchObject({ ok: false, reachable: null });
    expect(verdict.message).toMatch(/No answer from http:\/\/127\.0\.0\.1:\d+.* within 0\.3 s/);
  });
});

it('an unreachable Ollama URL: not reachable, with the OLLAMA_ORIGINS hint', async () => {
  const verdict = await testConnection(
    llmSettingsSchema.parse({
      kind: 'openai-compatible',
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'llama3.1',
    }),
  );
  expect(verdict).toMatchObject({ ok: false, reachable: false, authOk: null, errorCode: 'network' });
  expect(verdict.message).toContain('OLLAMA_ORIGINS');
  expect(verdict.message).toContain('http://127.0.0.1:11434/v1');
});

it('missing settings: says what to fill in, sends nothing', async () => {
  const verdict = await testConnection(
    llmSettingsSchema.parse({ kind: 'anthropic', model: 'claude-sonnet-4-5' }),
  );
  expect(verdict).toMatchObject({ ok: false, errorCode: 'not-configured', reachable: null });
  expect(verdict.message).toMatch(/no API key/);
});
