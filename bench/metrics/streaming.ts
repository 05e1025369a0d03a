/**
 * Metric 5, streaming: the built pane in the workbench (Chromium) against the scripted LLM server, which answers
 * after a 300 ms first-token delay with one token every 20 ms. Measured in the pane's frame: the time from sending the
 * model request to the first painted character of the answer, minus the model's own delay; and long tasks
 * (PerformanceObserver `longtask`) while a 2,000-token answer streams in.
 */
import type { Browser, Frame } from 'playwright-core';
import { startLlmSimulator } from '../../src/simulators/llm/server';
import { startTestWorkbench, workbenchUrl } from '../../test/helpers/workbench-server';
import { freshContext } from '../lib/browser';
import { atMost, info, notMeasured, type Metric } from '../lib/metric';
import { pageScript } from '../lib/office-stub';
import { round } from '../lib/stats';

const FIRST_TOKEN_DELAY_MS = 300;
const TOKEN_INTERVAL_MS = 20;
const FIRST_PAINT_TARGET_MS = 50;
const LONG_TASK_LIMIT_MS = 50;
/** The answer starts with a word nothing else on the page contains, so its first paint can be spotted. */
const FIRST_WORD = 'Quokka';
const LAST_WORD = 'Fennec';

/** A Markdown answer of `tokens` chunks (a word and its space each): paragraphs, a list and a table, as answers are. */
export function answerChunks(tokens: number): string[] {
  const words = 'the pilot kept its temperature drift within half a degree across every site this week'.split(
    ' ',
  );
  const chunks: string[] = [`${FIRST_WORD} `];
  while (chunks.length < tokens - 1) {
    const index = chunks.length;
    if (index % 240 === 0)
      chunks.push('\n\n| Site | Drift | Status |\n|---|---|---|\n| Oslo | 0.4 | ok |\n\n');
    else if (index % 60 === 0) chunks.push('\n\n- ');
    else if (index % 120 === 0) chunks.push('\n\n');
    else chunks.push(`${words[index % words.length]} `);
  }
  chunks.push(LAST_WORD);
  return chunks;
}

/** Runs in every frame before its scripts; only the pane records. */
function installStreamProbe(words: { first: string }): void {
  if (!location.pathname.endsWith('/pane.html')) return;
  type Probe = { firstPaint?: number; longTasks: { start: number; duration: number }[] };
  const probe: Probe = { longTasks: [] };
  (window as unknown as { __streamProbe: Probe }).__streamProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const seen = (node: Node | null) => !!node && (node.textContent ?? '').includes(words.first);
  const observer = new MutationObserver((records) => {
    if (probe.firstPaint !== undefined) return;
    for (const record of records) {
      const hit =
        (record.type === 'characterData' && seen(record.target)) ||
        [...record.addedNodes].some(
          (node) => seen(node) && !(node.parentElement?.closest('textarea') ?? false),
        );
      if (!hit) continue;
      observer.disconnect();
      // The frame that paints it: rAF runs just before the paint.
      requestAnimationFrame((time) => (probe.firstPaint = time));
      return;
    }
  });
  const start = () =>
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}

async function paneFrame(page: import('playwright-core').Page): Promise<Frame> {
  const handle = await page.waitForSelector('#pane-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the workbench has no pane frame');
  return frame;
}

export async function measureStreaming(
  browser: Browser,
  options: { distDir: string; quick: boolean; log: (line: string) => void },
): Promise<Metric[]> {
  const tokens = options.quick ? 300 : 2000;
  const chunks = answerChunks(tokens);
  const llm = await startLlmSimulator({
    script: {
      turns: [
        {
          label: 'streamed answer',
          times: 0,
          textChunks: chunks,
          chunkDelayMs: TOKEN_INTERVAL_MS,
          firstTokenDelayMs: FIRST_TOKEN_DELAY_MS,
        },
      ],
      fallback: 'error',
    },
  });
  const server = await startTestWorkbench();
  const context = await freshContext(browser, { width: 1400, height: 860 });
  try {
    await context.addInitScript(pageScript(installStreamProbe, { first: FIRST_WORD }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(
      workbenchUrl(server, {
        reset: true,
        llm: llm.openAiBaseUrl,
        provider: 'openai-compatible',
        model: 'scripted',
      }),
    );
    const pane = await paneFrame(page);
    const composer = pane.getByRole('textbox', { name: 'Message the agent' });
    try {
      await composer.waitFor({ timeout: 20_000 });
    } catch {
      return [
        notMeasured(
          'streaming: first painted character',
          'ms',
          `≤ ${FIRST_PAINT_TARGET_MS} ms over the model's delay`,
          `the pane shows no chat composer${errors.length ? ` (${errors[0]})` : ''}`,
        ),
      ];
    }
    // Long tasks of loading the pane are not the stream's.
    await pane.evaluate(() => {
      (window as unknown as { __streamProbe: { longTasks: unknown[] } }).__streamProbe.longTasks.length = 0;
    });
    await composer.fill('Summarise the pilot results in detail');
    await composer.press('Enter');
    const answerTimeoutMs = FIRST_TOKEN_DELAY_MS + tokens * TOKEN_INTERVAL_MS * 2 + 30_000;
    try {
      await pane.getByText(LAST_WORD).first().waitFor({ timeout: answerTimeoutMs });
    } catch {
      return [
        notMeasured(
          'streaming: first painted character',
          'ms',
          `≤ ${FIRST_PAINT_TARGET_MS} ms over the model's delay`,
          `the streamed answer did not appear in the pane${errors.length ? ` (${errors[0]})` : ''}`,
        ),
      ];
    }
    const measured = await pane.evaluate(() => {
      const probe = (
        window as unknown as {
          __streamProbe: { firstPaint?: number; longTasks: { start: number; duration: number }[] };
        }
      ).__streamProbe;
      const request = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
        (entry) => entry.name.includes('/chat/completions'),
      );
      return {
        firstPaint: probe.firstPaint,
        requestStart: request?.startTime,
        responseStart: request?.responseStart,
        longTasks: probe.longTasks,
      };
    });
    const requests = llm.requests().length;
    if (measured.firstPaint === undefined || measured.requestStart === undefined)
      throw new Error(
        `no first paint or no model request in the pane's timing (${JSON.stringify(measured)})`,
      );
    const overModelDelay = round(measured.firstPaint - measured.requestStart - FIRST_TOKEN_DELAY_MS);
    const longest = round(
      Math.max(
        0,
        ...measured.longTasks
          .filter((task) => task.start >= measured.requestStart!)
          .map((task) => task.duration),
      ),
    );
    const requestStart = measured.requestStart;
    // From the model request on: the keystroke that sends it is the composer's, not the stream's.
    const duringAnswer = measured.longTasks.filter((task) => task.start >= requestStart);
    const overLimit = duringAnswer.filter((task) => task.duration >= LONG_TASK_LIMIT_MS).length;
    const when = duringAnswer
      .filter((task) => task.duration >= LONG_TASK_LIMIT_MS)
      .map((task) => `${round(task.duration)} ms at +${round(task.start - requestStart)} ms`)
      .join(', ');
    options.log(
      `streaming: first paint ${round(measured.firstPaint - measured.requestStart)} ms after the request (${requests} model request(s)); ${measured.longTasks.length} long tasks, longest ${longest} ms`,
    );
    return [
      atMost(
        "streaming: first painted character, over the model's delay",
        overModelDelay,
        'ms',
        FIRST_PAINT_TARGET_MS,
        {
          baseline: FIRST_TOKEN_DELAY_MS,
          target: `≤ ${FIRST_PAINT_TARGET_MS} ms`,
          note: `from the pane's fetch of /chat/completions to the frame that paints "${FIRST_WORD}", minus the ${FIRST_TOKEN_DELAY_MS} ms first-token delay (baseline column)`,
        },
      ),
      atMost(
        `streaming: long tasks ≥ ${LONG_TASK_LIMIT_MS} ms during a ${tokens}-token answer`,
        overLimit,
        'tasks',
        0,
        {
          target: 'none',
          note: `${duringAnswer.length} long task(s) after the request${when ? ` (${when} after the request)` : ''}; a token every ${TOKEN_INTERVAL_MS} ms`,
        },
      ),
      info('streaming: longest task during the answer', longest, 'ms'),
    ];
  } finally {
    await context.close();
    await Promise.all([server.close(), llm.close()]);
  }
}
