import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Flags from the team rules: nothing leaves the machine, no background work that would skew timings. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The bench's one browser; every measurement run gets a fresh context (empty cache and storage). */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A fresh context that answers the Office.js CDN with an empty script and aborts every other non-loopback request. */
export async function freshContext(
  browser: Browser,
  viewport = { width: 350, height: 700 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'appsforoffice.microsoft.com') {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    }
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOOPBACK.has(url.hostname)) {
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return context;
}
