/**
 * `npm run llm-sim -- --port 4200 [--script FILE.json] [--require-key KEY]`
 * Without --script the server plays the demo model (echoes; "summarize" calls the current-item tool).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startLlmSimulator } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4200' },
    script: { type: 'string' },
    'require-key': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run llm-sim -- [--port 4200] [--script FILE.json] [--require-key KEY]');
  process.exit(0);
}

const script = values.script
  ? (JSON.parse(readFileSync(values.script, 'utf8')) as Record<string, unknown>)
  : { fallback: 'demo' };
if (values['require-key']) script.requireApiKey = values['require-key'];

async function main(): Promise<void> {
  const simulator = await startLlmSimulator({ port: Number(values.port), script });
  console.log(
    `llm-sim listening on ${simulator.url} (${values.script ? `script ${values.script}` : 'demo model'})`,
  );
  console.log(`  openai-compatible base URL: ${simulator.openAiBaseUrl}`);
  console.log(`  anthropic base URL:         ${simulator.anthropicBaseUrl}`);
  console.log(
    `  azure-openai base URL:      ${simulator.azureResourceUrl}/openai/v1  (or set a deployment + api-version)`,
  );
  console.log(`  control: POST ${simulator.url}/_script, GET ${simulator.url}/_requests`);
  const stop = () => {
    simulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
