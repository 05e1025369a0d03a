/**
 * What every tool test file sets up: one Graph simulator for the file, closed at the end; before each test a
 * fresh tenant (unless the file only reads) and an empty request log. Also the helpers the files all wrote again.
 */
import { startToolHarness, type ToolHarness } from '../../helpers/tool-harness';

export interface ToolHarnessSetup {
  /** Put the demo tenant back before each test; files that only read can keep one tenant. @default true */
  resetTenant?: boolean;
}

/**
 * Registers the hooks and returns the harness. The harness starts in `beforeAll`, after this returns, so the
 * handle forwards to it: use it inside tests and hooks only.
 */
export function setUpToolHarness(
  start: () => Promise<ToolHarness> = () => startToolHarness(),
  { resetTenant = true }: ToolHarnessSetup = {},
): ToolHarness {
  let running: ToolHarness | undefined;
  beforeAll(async () => {
    running = await start();
  });
  afterAll(() => running?.close());
  beforeEach(() => {
    if (resetTenant) running?.simulator.reset();
    running?.clearRequests();
  });
  return new Proxy({} as ToolHarness, {
    get(_target, key) {
      if (!running) throw new Error('The tool harness starts in beforeAll; use it inside tests or hooks.');
      return Reflect.get(running, key);
    },
  });
}

/** The error a call rejected with; fails the test when it resolved. */
export async function failure(
  promise: Promise<unknown>,
): Promise<Error & { code?: string; userMessage?: string; kind?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected the call to fail');
}

/** Tool results are loose JSON for the model; the tests read them field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
