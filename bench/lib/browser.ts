import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../test/helpers/browser';

/** The bench's one browser, launched as the e2e suites launch theirs (Debian's Chromium, nothing leaves the machine,
 * no background work that would skew timings); every measurement run gets a fresh context (empty cache and storage). */
export const launchBenchBrowser: () => Promise<Browser> = launchChromium;

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
