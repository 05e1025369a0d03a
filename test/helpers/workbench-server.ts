import { existsSync } from 'node:fs';
import path from 'node:path';
import { startWorkbenchServer, type RunningWorkbenchServer } from '../../src/workbench/server/server';
import { encodeSettingsParameter } from '../../src/workbench/page/config';

export const DIST_DIR = path.resolve(__dirname, '../../dist');

/** The built workbench on an ephemeral loopback port (run `npm run build` first; `npm run test:e2e` does). */
export async function startTestWorkbench(): Promise<RunningWorkbenchServer> {
  if (!existsSync(path.join(DIST_DIR, 'workbench', 'pane.html'))) {
    throw new Error('dist/workbench is missing: run "npm run build" (npm run test:e2e builds first).');
  }
  return startWorkbenchServer({ port: 0, distDir: DIST_DIR });
}

/** The workbench URL with its documented query parameters. */
export function workbenchUrl(
  server: RunningWorkbenchServer,
  parameters: {
    graph?: string;
    llm?: string;
    provider?: string;
    model?: string;
    item?: string;
    mode?: 'read' | 'compose';
    settings?: unknown;
    reset?: boolean;
    theme?: 'light' | 'dark';
  } = {},
): string {
  const url = new URL(server.workbenchUrl);
  for (const [name, value] of Object.entries(parameters)) {
    if (value === undefined) continue;
    if (name === 'settings') url.searchParams.set(name, encodeSettingsParameter(value));
    else if (name === 'reset') url.searchParams.set(name, value ? '1' : '0');
    else url.searchParams.set(name, String(value));
  }
  return url.href;
}
