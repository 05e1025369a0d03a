/**
 * axe-core inside the workbench's pane frame: the violations, as `rule: targets` lines, so a failing assertion says
 * what and where.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The frame that hosts the pane (`workbench/pane.html`). */
export function paneFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().includes('pane.html'));
  if (!frame) throw new Error('The pane frame is missing.');
  return frame;
}

export async function paneAxeViolations(page: Page): Promise<string[]> {
  const frame = paneFrame(page);
  await frame.evaluate(AXE_SOURCE);
  const result = await frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document);
  });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
