/** `npm run workbench [-- --port 3000 --dist dist --seed 1]`: serve the built workbench with the Graph simulator. */
import { parseArgs } from 'node:util';
import { startWorkbenchServer } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      dist: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, got "${values.port}".`);
  const server = await startWorkbenchServer({
    port,
    distDir: values.dist,
    simulatorOptions: values.seed === undefined ? {} : { seed: Number(values.seed) },
  });
  console.log(`Workbench:  ${server.workbenchUrl}`);
  console.log(`Graph API:  ${server.graphBaseUrl} (simulator; controls at ${server.origin}/graph/_sim/)`);
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
