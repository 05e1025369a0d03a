/**
 * `npm start`: build the production bundle (with the workbench) when dist/ is missing or older than the sources,
 * then serve the workbench with the Graph simulator and print its URL. Opens a browser only on a desktop.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startWorkbenchServer } from '../src/workbench/server/server';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const BUILD_INPUTS = [
  'src',
  'assets',
  'manifest.xml',
  'webpack.config.js',
  'package.json',
  'package-lock.json',
];
// Served from source by the Node server, not bundled: editing them needs no rebuild.
const NOT_BUNDLED = [path.join('src', 'simulators'), path.join('src', 'workbench', 'server')];

function newestModification(target: string): number {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  if (NOT_BUNDLED.some((skipped) => target === path.join(root, skipped))) return 0;
  return readdirSync(target).reduce(
    (newest, name) => Math.max(newest, newestModification(path.join(target, name))),
    info.mtimeMs,
  );
}

function buildIsStale(): boolean {
  const builtPage = path.join(dist, 'workbench', 'index.html');
  if (!existsSync(builtPage)) return true;
  const builtAt = statSync(builtPage).mtimeMs;
  return BUILD_INPUTS.some((input) => newestModification(path.join(root, input)) > builtAt);
}

function openBrowser(url: string): void {
  const hasDesktop =
    process.platform === 'darwin' ||
    process.platform === 'win32' ||
    Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (process.env.CI || !hasDesktop) return;
  const [command, ...args] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '', url]
        : ['xdg-open', url];
  const opener = spawn(command as string, args, { detached: true, stdio: 'ignore' });
  opener.on('error', () => undefined);
  opener.unref();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      rebuild: { type: 'boolean', default: false },
      'no-open': { type: 'boolean', default: false },
    },
  });
  if (values.rebuild || buildIsStale()) {
    console.log('Building the add-in and the workbench (webpack, production)…');
    const build = spawnSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (build.status !== 0) process.exit(build.status ?? 1);
  } else {
    console.log('dist/ is up to date (use --rebuild to force a build).');
  }
  const server = await startWorkbenchServer({ port: Number(values.port), distDir: dist });
  console.log(`\nWorkbench:  ${server.workbenchUrl}`);
  console.log(`Graph API:  ${server.graphBaseUrl} (simulator)`);
  console.log('Press Ctrl+C to stop.');
  if (!values['no-open']) openBrowser(server.workbenchUrl);
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
