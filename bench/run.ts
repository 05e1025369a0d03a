/**
 * `npm run bench` (after `npm run build`): every performance metric of issue 11 in one process and one headless
 * Chromium, printed as a table and written to bench/results.json. Ratios are against baselines measured in the same
 * run, so they hold on a noisy shared machine.
 *
 * Flags: --quick (fewer runs, shorter streams; for development), --only=a,b (groups: pane, tokens, round-trips,
 * overhead, streaming, definitions, memory), --out=FILE (default bench/results.json).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBenchBrowser } from './lib/browser';
import { describeMachine } from './lib/machine';
import { guarded, type Metric } from './lib/metric';
import { formatTable } from './lib/table';
import { measureAgentOverhead } from './metrics/agent-overhead';
import { measureMemory } from './metrics/memory';
import { measurePaneStart } from './metrics/pane-start';
import { measureRoundTrips } from './metrics/round-trips';
import { measureStreaming } from './metrics/streaming';
import { measureTokenEconomy } from './metrics/token-economy';
import { measureToolDefinitions } from './metrics/tool-definitions';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

interface RunOptions {
  quick: boolean;
  only?: Set<string>;
  out: string;
}

function parseArguments(argv: readonly string[]): RunOptions {
  const value = (name: string) => argv.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1];
  const only = value('only');
  return {
    quick: argv.includes('--quick'),
    only: only ? new Set(only.split(',')) : undefined,
    out: path.resolve(value('out') ?? path.join(__dirname, 'results.json')),
  };
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const wanted = (group: string) => !options.only || options.only.has(group);
  const started = performance.now();
  if (!existsSync(path.join(DIST, 'taskpane.html')))
    throw new Error('dist/ is missing: run "npm run build" first.');

  const browser: Browser = await launchBenchBrowser();
  const metrics: Metric[] = [];
  try {
    const groups: [string, () => Promise<Metric[]>][] = [
      ['definitions', async () => measureToolDefinitions()],
      ['tokens', () => measureTokenEconomy({ log })],
      ['round-trips', async () => measureRoundTrips(ROOT)],
      ['overhead', () => measureAgentOverhead({ quick: options.quick, log })],
      ['memory', () => measureMemory({ quick: options.quick, log })],
      ['pane', () => measurePaneStart(browser, { distDir: DIST, runs: options.quick ? 5 : 15, log })],
      ['streaming', () => measureStreaming(browser, { distDir: DIST, quick: options.quick, log })],
    ];
    for (const [group, body] of groups) {
      if (!wanted(group)) continue;
      log(`${group}: start`);
      metrics.push(...(await guarded(group, body, log)));
    }
  } finally {
    const chromiumVersion = browser.version();
    await browser.close();
    const results = {
      machine: describeMachine(chromiumVersion),
      date: new Date().toISOString(),
      quick: options.quick || undefined,
      durationSeconds: Math.round((performance.now() - started) / 1000),
      metrics,
    };
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${formatTable(results.machine, results.date, metrics)}\n`);
    log(`wrote ${path.relative(ROOT, options.out)} in ${results.durationSeconds} s`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
