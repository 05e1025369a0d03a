/**
 * `npm run graph-sim -- --port 4100 [--seed FILE.json] [--now 2026-11-20T09:00:00Z] [--random-seed 1]`
 * Serves the demo tenant (or the seed file's tenant) at http://127.0.0.1:PORT/v1.0 with controls at /_sim.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startGraphSimulator } from './index';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4100' },
      seed: { type: 'string' },
      now: { type: 'string' },
      'random-seed': { type: 'string', default: '1' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const host = values.host === 'localhost' ? 'localhost' : '127.0.0.1';
  const tenant = values.seed ? (JSON.parse(readFileSync(values.seed, 'utf8')) as unknown) : undefined;
  const simulator = await startGraphSimulator({
    port: Number(values.port),
    host,
    now: values.now,
    tenant,
    seed: Number(values['random-seed']),
  });
  const token = simulator.issueToken(
    [
      'User.Read',
      'Mail.ReadWrite',
      'Mail.Send',
      'MailboxSettings.ReadWrite',
      'Calendars.ReadWrite',
      'Files.ReadWrite.All',
      'Notes.ReadWrite.All',
      'Tasks.ReadWrite',
    ],
    86_400,
  );
  console.log(`Graph simulator: ${simulator.origin}/v1.0  (controls: ${simulator.origin}/_sim)`);
  console.log(`All-scopes dev token (24 h): ${token}`);
  const stop = (): void => {
    void simulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
