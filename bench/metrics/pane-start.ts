/**
 * Metric 1, pane start: what dist/taskpane.html loads before its first render, and how long that render takes in
 * headless Chromium beside a minimal React 19 + Fluent v9 page built and measured in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildBaselinePage } from '../baseline-page/build';
import { freshContext } from '../lib/browser';
import { atMost, info, type Metric } from '../lib/metric';
import { installOfficeStubAndMarks, pageScript } from '../lib/office-stub';
import { median, round } from '../lib/stats';
import { serveDirectory } from '../lib/static-server';

/** Microsoft's React task-pane template on this machine kind (3 chunks, gzip-9): the size budget. */
const TEMPLATE_GZIP_BYTES = 167_250;
const SIZE_TARGET_BYTES = 167 * 1024;
const TIME_RATIO_TARGET = 1.2;

/** Libraries that must load only when first needed, by the node_modules paths in the chunks' source maps. */
const LAZY_LIBRARIES: { label: string; sources: RegExp; markers: RegExp }[] = [
  { label: 'MSAL', sources: /node_modules\/@azure\/msal-/, markers: /nestedAppAuthBridge|msal\.js\.browser/ },
  {
    label: 'Graph client',
    sources: /node_modules\/@microsoft\/microsoft-graph-client\//,
    markers: /GraphClientError|graph-js\//,
  },
  { label: 'LLM SDK', sources: /node_modules\/(ai|@ai-sdk\/[^/]+)\//, markers: /AI_APICallError|@ai-sdk\// },
  {
    label: 'Markdown',
    sources: /node_modules\/(marked|dompurify)\//,
    markers: /marked\(\): input|DOMPurify/,
  },
  {
    label: 'extractors',
    sources: /node_modules\/(pdfjs-dist|mammoth|xlsx|jszip|html-to-text)\//,
    markers: /GlobalWorkerOptions|mammoth|SheetJS/,
  },
];

interface Asset {
  file: string;
  raw: number;
  gzip: number;
}

function assetOf(directory: string, file: string): Asset {
  const bytes = readFileSync(path.join(directory, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * The JS and CSS a page loads before any of its code runs: the script and stylesheet tags html-webpack-plugin wrote
 * (webpack's initial chunks of the entry). The Office.js CDN script is not ours and is left out.
 */
export function initialAssets(directory: string, page: string): Asset[] {
  const html = readFileSync(path.join(directory, page), 'utf8');
  const references = [
    ...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g),
    ...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*\bhref=["']?([^"' >]+)/g),
  ].map((match) => match[1]);
  return references
    .filter((reference) => !/^https?:/.test(reference))
    .map((reference) => assetOf(directory, path.join(path.dirname(page), reference)));
}

/** Which lazy-only libraries an initial chunk contains: source map paths when a map exists, else code markers. */
function librariesIn(directory: string, assets: Asset[]): { found: string[]; packages: string[] } {
  const found = new Set<string>();
  const packages = new Set<string>();
  for (const asset of assets) {
    const mapPath = path.join(directory, `${asset.file}.map`);
    if (existsSync(mapPath)) {
      const sources = (JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[] }).sources;
      for (const source of sources) {
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
        if (pkg) packages.add(pkg);
        for (const library of LAZY_LIBRARIES) if (library.sources.test(source)) found.add(library.label);
      }
    } else {
      const code = readFileSync(path.join(directory, asset.file), 'utf8');
      for (const library of LAZY_LIBRARIES) if (library.markers.test(code)) found.add(library.label);
    }
  }
  return { found: [...found], packages: [...packages].sort() };
}

interface StartTimes {
  root?: number;
  chat?: number;
  fcp?: number;
  /** Bytes (uncompressed; the server does not compress) of JS/CSS responses that started before the chat showed. */
  bytesBeforeChat: number;
  filesBeforeChat: string[];
  errors: string[];
}

async function measureOnce(browser: Browser, url: string): Promise<StartTimes> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(pageScript(installOfficeStubAndMarks));
    await page.goto(url, { waitUntil: 'load' });
    await page
      .waitForFunction(
        () => {
          const marks = (window as unknown as { __benchMarks: { root?: number; chat?: number } })
            .__benchMarks;
          return marks.root !== undefined && marks.chat !== undefined;
        },
        null,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    return await page
      .evaluate(() => {
        const marks = (window as unknown as { __benchMarks: { root?: number; chat?: number; fcp?: number } })
          .__benchMarks;
        const limit = marks.chat ?? marks.root ?? Number.POSITIVE_INFINITY;
        const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
          (entry) =>
            /\.(js|css)(\?|$)/.test(entry.name) && entry.startTime <= limit && entry.decodedBodySize > 0,
        );
        return {
          root: marks.root,
          chat: marks.chat,
          fcp: marks.fcp,
          bytesBeforeChat: resources.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
          filesBeforeChat: resources.map((entry) => new URL(entry.name).pathname.replace(/^\//, '')),
          errors: [] as string[],
        };
      })
      .then((times) => ({ ...times, errors }));
  } finally {
    await context.close();
  }
}

export async function measurePaneStart(
  browser: Browser,
  options: { distDir: string; runs: number; log: (line: string) => void },
): Promise<Metric[]> {
  const { distDir, runs, log } = options;
  const baselineDir = await buildBaselinePage();
  const paneAssets = initialAssets(distDir, 'taskpane.html');
  const baselineAssets = initialAssets(baselineDir, 'index.html');
  const sum = (assets: Asset[], key: 'raw' | 'gzip') =>
    assets.reduce((total, asset) => total + asset[key], 0);
  const paneGzip = sum(paneAssets, 'gzip');
  const { found, packages } = librariesIn(distDir, paneAssets);
  log(`pane initial chunks: ${paneAssets.map((asset) => `${asset.file} ${asset.gzip} B gz`).join(', ')}`);
  log(`packages in the initial chunks: ${packages.join(', ')}`);

  const [paneServer, baselineServer] = await Promise.all([
    serveDirectory(distDir),
    serveDirectory(baselineDir),
  ]);
  const pane: StartTimes[] = [];
  const baseline: StartTimes[] = [];
  try {
    // Run 0 of each is a warm-up (disk cache of the server, Chromium's code cache for the renderer); then alternate,
    // so drift on a shared machine hits both pages alike.
    for (let run = 0; run <= runs; run += 1) {
      const paneTimes = await measureOnce(browser, `${paneServer.origin}/taskpane.html`);
      const baselineTimes = await measureOnce(browser, `${baselineServer.origin}/index.html`);
      if (run === 0) continue;
      pane.push(paneTimes);
      baseline.push(baselineTimes);
    }
  } finally {
    await Promise.all([paneServer.close(), baselineServer.close()]);
  }
  const errors = [...new Set(pane.flatMap((times) => times.errors))];
  if (errors.length > 0) log(`pane page errors: ${errors.join(' | ')}`);

  const medianOf = (samples: StartTimes[], key: 'root' | 'chat' | 'fcp') => {
    const values = samples.map((times) => times[key]).filter((value): value is number => value !== undefined);
    return values.length === samples.length ? round(median(values)) : undefined;
  };
  const baselineRender = medianOf(baseline, 'chat') ?? medianOf(baseline, 'root');
  const paneRoot = medianOf(pane, 'root');
  const paneChat = medianOf(pane, 'chat');
  const lastPane = pane[pane.length - 1];
  log(`pane files loaded before the chat showed: ${(lastPane?.filesBeforeChat ?? []).join(', ')}`);
  const gzipOfLoaded = (lastPane?.filesBeforeChat ?? [])
    .filter((file) => existsSync(path.join(distDir, file)))
    .reduce((total, file) => total + assetOf(distDir, file).gzip, 0);

  const metrics: Metric[] = [
    atMost('pane start: initial JS+CSS (gzip-9)', round(paneGzip / 1024), 'KB', SIZE_TARGET_BYTES / 1024, {
      baseline: `${round(TEMPLATE_GZIP_BYTES / 1024)} (MS template); ${round(sum(baselineAssets, 'gzip') / 1024)} (baseline page)`,
      target: '≤ 167 KB',
      note: `${paneAssets.length} file(s), ${round(sum(paneAssets, 'raw') / 1024)} KB raw`,
    }),
    info(
      'pane start: JS+CSS loaded until the chat shows (gzip-9)',
      round(gzipOfLoaded / 1024),
      'KB',
      `${lastPane?.filesBeforeChat.length ?? 0} files, ${round((lastPane?.bytesBeforeChat ?? 0) / 1024)} KB raw (lazy chunks fetched in parallel with the runtime)`,
    ),
    {
      name: 'pane start: MSAL, Graph client, LLM SDK, Markdown, extractors not in initial chunks',
      value: found.length === 0 ? 'none found' : found.join(', '),
      unit: '',
      baseline: null,
      target: 'none',
      met: found.length === 0,
    },
  ];
  const timeTarget = baselineRender === undefined ? Number.NaN : round(baselineRender * TIME_RATIO_TARGET);
  const addTime = (name: string, value: number | undefined, note: string) =>
    metrics.push(
      value === undefined || baselineRender === undefined
        ? {
            name,
            value: null,
            unit: 'ms',
            baseline: baselineRender ?? null,
            target: `≤ ${TIME_RATIO_TARGET} × baseline`,
            met: false,
            note: `did not render within 15 s in every run${errors.length ? `: ${errors[0]}` : ''}`,
          }
        : atMost(name, value, 'ms', timeTarget, {
            baseline: baselineRender,
            target: `≤ ${TIME_RATIO_TARGET} × baseline (${timeTarget})`,
            note,
          }),
    );
  addTime('pane start: first render (React root has children), median', paneRoot, `median of ${runs}`);
  addTime('pane start: chat composer shown, median', paneChat, `median of ${runs}; baseline = its button`);
  metrics.push(info('pane start: first contentful paint, median', medianOf(pane, 'fcp') ?? 'n/a', 'ms'));
  return metrics;
}
