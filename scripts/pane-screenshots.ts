/**
 * `npx tsx scripts/pane-screenshots.ts [--out docs/images] [--dist dist]`: the README's pictures of the task pane —
 * chat, an approval card and settings, each in light and dark, and the chat in high contrast — taken in headless
 * Chromium against the built dist/ (run `npm run build` first), the Graph simulator and the scripted LLM server.
 * Nothing leaves loopback.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startLlmSimulator } from '../src/simulators/llm/server';
import { launchChromium, openGuardedPage } from '../test/helpers/browser';
import { startWorkbenchServer } from '../src/workbench/server/server';
import { DIST_DIR, workbenchUrl } from '../test/helpers/workbench-server';

const RECIPIENT = 'maya.okafor@lumenlabs.example';

const SCRIPT = {
  turns: [
    {
      times: 0,
      when: { lastUserIncludes: 'Summarize', lastRole: 'user' as const },
      text: '**In short:** the supplier asks you to confirm the Q1 order by **Friday**.\n\n| Item | Qty | Price |\n|---|---|---|\n| Sensors | 400 | 4,800 € |\n| Cables | 1,000 | 900 € |\n\n- Decision asked of you: approve the order\n- Next step: reply before Friday noon',
    },
    {
      times: 0,
      when: { lastUserIncludes: 'Draft', lastRole: 'user' as const },
      toolCalls: [
        {
          name: 'mail_create_draft',
          arguments: {
            to: [RECIPIENT],
            subject: 'RE: Q1 order',
            body: 'Hi,\n\nthe order is approved. Please go ahead.\n\nBest regards',
          },
        },
      ],
    },
    { times: 0, when: { lastRole: 'tool' as const }, text: 'Saved the draft.' },
  ],
};

async function capture(page: Page, file: string): Promise<void> {
  await page.locator('#pane-frame').screenshot({ path: file });
  console.log(`Saved ${path.relative(process.cwd(), file)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'docs/images' }, dist: { type: 'string', default: DIST_DIR } },
  });
  const directory = path.resolve(values.out as string);
  mkdirSync(directory, { recursive: true });
  const [browser, server, llm] = await Promise.all([
    launchChromium(),
    startWorkbenchServer({ port: 0, distDir: path.resolve(values.dist as string) }),
    startLlmSimulator({ script: SCRIPT }),
  ]);
  try {
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      const { page, context, offHostRequests } = await openGuardedPage(browser, {
        viewport: { width: 1400, height: 900 },
      });
      // High contrast is the system's forced colours; Outlook's own theme stays light underneath.
      if (theme === 'contrast') await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      const open = async () => {
        await page.goto(
          workbenchUrl(server, {
            reset: true,
            llm: llm.openAiBaseUrl,
            provider: 'openai-compatible',
            model: 'scripted',
            theme: theme === 'dark' ? 'dark' : 'light',
          }),
        );
        const pane = page.frameLocator('#pane-frame');
        await pane.getByRole('textbox', { name: 'Message the agent' }).waitFor();
        return pane;
      };
      let pane = await open();
      await pane.getByRole('textbox', { name: 'Message the agent' }).fill('Summarize this email');
      await pane.getByRole('textbox', { name: 'Message the agent' }).press('Enter');
      await pane.getByRole('button', { name: 'Copy answer' }).waitFor();
      await capture(page, path.join(directory, `pane-chat-${theme}.png`));
      if (theme === 'contrast') {
        await context.close();
        continue;
      }

      pane = await open();
      await pane
        .getByRole('textbox', { name: 'Message the agent' })
        .fill(`Draft a reply to ${RECIPIENT} approving the order`);
      await pane.getByRole('textbox', { name: 'Message the agent' }).press('Enter');
      await pane.getByRole('article', { name: 'Save draft' }).waitFor();
      await capture(page, path.join(directory, `pane-approval-${theme}.png`));

      await pane.getByRole('button', { name: 'Settings', exact: true }).click();
      await pane.getByRole('heading', { name: 'Permissions' }).waitFor();
      await capture(page, path.join(directory, `pane-settings-${theme}.png`));
      if (offHostRequests.length > 0)
        throw new Error(`Requests left loopback: ${offHostRequests.join(', ')}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await llm.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
