/**
 * `npx tsx scripts/screenshot.ts [--out docs/images/workbench.png]`: the README's picture of the workbench,
 * taken in headless Chromium against the built dist/ (run `npm run build` first) and the Graph simulator.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, openGuardedPage } from '../test/helpers/browser';
import { startTestWorkbench, workbenchUrl } from '../test/helpers/workbench-server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'docs/images/workbench.png' },
      item: { type: 'string', default: '1' },
    },
  });
  const output = path.resolve(values.out as string);
  mkdirSync(path.dirname(output), { recursive: true });
  const [browser, server] = await Promise.all([launchChromium(), startTestWorkbench()]);
  try {
    const { page, offHostRequests } = await openGuardedPage(browser, {
      viewport: { width: 1400, height: 800 },
    });
    await page.goto(workbenchUrl(server, { reset: true }));
    const option = page.getByRole('option').nth(Number(values.item));
    const subject = (await option.locator('.subject').innerText()).trim();
    await option.click();
    await page.frameLocator('#pane-frame').getByRole('heading', { name: subject, exact: true }).waitFor();
    await page.screenshot({ path: output });
    if (offHostRequests.length > 0) throw new Error(`Requests left loopback: ${offHostRequests.join(', ')}`);
    console.log(`Saved ${path.relative(process.cwd(), output)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
