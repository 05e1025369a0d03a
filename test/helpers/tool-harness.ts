/**
 * Runs catalog tools against the Graph simulator over real HTTP on loopback, with the production Graph client,
 * the simulator's dev tokens and the agent's untrusted-content marker — so a test sees what Graph received
 * (`requests()`) and what the tenant holds afterwards (`state()`).
 */
import type { z } from 'zod';
import {
  startGraphSimulator,
  type RunningGraphSimulator,
  type GraphSimulatorOptions,
} from '../../src/simulators/graph';
import { createGraphClient } from '../../src/graph';
import { createSimulatorTokenProvider } from '../../src/auth/simulator-provider';
import { createUntrustedMarker } from '../../src/security/untrusted-marker';
import type { ToolContext, ToolDefinition, ToolPreview, ToolResult } from '../../src/tools/define-tool';
import type { OfficeHost, UserProfile } from '../../src/office/types';
import type { GraphClient } from '../../src/graph/types';

export interface ToolHarness {
  simulator: RunningGraphSimulator;
  graph: GraphClient;
  user: UserProfile;
  marker: ReturnType<typeof createUntrustedMarker>;
  /** A fresh context per call (new AbortSignal). */
  context(overrides?: Partial<ToolContext>): ToolContext;
  /** Validates the arguments with the tool's zod schema (as the agent does), then runs it. */
  run<I extends z.ZodType>(
    tool: ToolDefinition<I>,
    args: unknown,
    overrides?: Partial<ToolContext>,
  ): Promise<ToolResult>;
  preview<I extends z.ZodType>(
    tool: ToolDefinition<I>,
    args: unknown,
    overrides?: Partial<ToolContext>,
  ): Promise<ToolPreview>;
  /** Requests the simulator received since the last `clearRequests()`, Graph paths only. */
  requests(): ReturnType<RunningGraphSimulator['requests']>;
  clearRequests(): void;
  /** The simulator's whole store as JSON. */
  state(): Record<string, unknown>;
  close(): Promise<void>;
}

export interface ToolHarnessOptions extends GraphSimulatorOptions {
  /** Scopes granted to the dev token provider; @default everything the simulator knows. */
  office?: OfficeHost | null;
  user?: Partial<UserProfile>;
}

export async function startToolHarness(options: ToolHarnessOptions = {}): Promise<ToolHarness> {
  const simulator = await startGraphSimulator({ ...options, port: 0 });
  const graphBaseUrl = `${simulator.origin}/v1.0`;
  const tokenProvider = createSimulatorTokenProvider({ graphBaseUrl, signInScopes: ['User.Read'] });
  const graph = createGraphClient({
    baseUrl: graphBaseUrl,
    tokenProvider,
    retry: { baseDelaySeconds: 0.05 },
  });
  const me = (await graph.get<{ displayName: string; mail: string }>('/me', { scopes: ['User.Read'] })) ?? {};
  const user: UserProfile = {
    displayName: me.displayName,
    emailAddress: me.mail,
    timeZone: 'Europe/Berlin',
    ...options.user,
  };
  const marker = createUntrustedMarker();
  // Sequence numbers keep counting across `reset()` (which empties the log), so mark by sequence, not by length.
  const lastSequence = (): number => simulator.requests().at(-1)?.sequence ?? 0;
  let since = lastSequence();

  const context = (overrides: Partial<ToolContext> = {}): ToolContext => ({
    graph,
    office: options.office ?? null,
    signal: new AbortController().signal,
    user,
    now: () => new Date(options.now ?? '2026-11-20T09:00:00Z'),
    untrusted: (text: string) => marker.wrap(text),
    ...overrides,
  });

  return {
    simulator,
    graph,
    user,
    marker,
    context,
    async run(tool, args, overrides) {
      const parsed = tool.input.parse(args);
      return tool.run(parsed, context(overrides));
    },
    async preview(tool, args, overrides) {
      if (!tool.preview) throw new Error(`${tool.name} has no preview`);
      const parsed = tool.input.parse(args);
      return tool.preview(parsed, context(overrides));
    },
    requests: () => simulator.requests(since),
    clearRequests: () => {
      since = lastSequence();
    },
    state: () => simulator.state() as Record<string, unknown>,
    close: () => simulator.close(),
  };
}
