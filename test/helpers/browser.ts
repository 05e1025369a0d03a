/**
 * Headless Chromium for end-to-end tests (Debian's /usr/bin/chromium driven by playwright-core), with a
 * per-context guard that records and blocks every request to a host other than loopback.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** One browser per test file; `launch` gives each run a fresh temporary profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  /** Every request URL the pages made, loopback or not. */
  requests: string[];
  /** Requests to any other host: recorded, then aborted so nothing leaves the machine. */
  offHostRequests: string[];
  /** Uncaught exceptions in the page or its frames. */
  pageErrors: string[];
}

export async function openGuardedPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 860 } });
  const requests: string[] = [];
  const offHostRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOOPBACK_HOSTS.has(url.hostname)) {
      offHostRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, requests, offHostRequests, pageErrors };
}
