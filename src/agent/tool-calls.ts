import type { z } from 'zod';
import type { ModelToolCall } from '../llm/model';
import type { PermissionCategory } from '../permissions/categories';
import { decide, type GateDecision } from '../permissions/decide';
import { addCapUsage, capUsageOf, type TurnCapUsage, type TurnCaps } from '../permissions/turn-caps';
import type { Settings } from '../settings/schema';
import type { ProvenanceView } from '../security/provenance';
import {
  emptyFindings,
  findingsTotal,
  type UntrustedFindings,
  type UntrustedMarker,
} from '../security/untrusted-marker';
import type { ToolContext, ToolDefinition, ToolResult } from '../tools/define-tool';
import type { AuditDecision } from './audit-log';
import { describeIssues } from './approvals';
import { errorCodeOf, errorMessageOf, isTurnStop, type ToolCallErrorCode } from './errors';
import { capResult, serialiseResult } from './result-cap';

/** Where a planned call stands. Plain data, so a paused step can be persisted and resumed. */
export type PlannedStatus =
  | { kind: 'auto' }
  | { kind: 'pending' }
  | { kind: 'approved' }
  | { kind: 'edited' }
  | { kind: 'declined'; reason?: string }
  | { kind: 'blocked'; message: string };

/** A validated call the gate let through or sent for approval. */
export interface PlannedCall {
  toolCallId: string;
  toolName: string;
  category: PermissionCategory;
  args: Record<string, unknown>;
  status: PlannedStatus;
  reasons: string[];
  receivedAt: string;
}

export type PreparedCall =
  | {
      kind: 'rejected';
      toolCallId: string;
      toolName: string;
      args: unknown;
      category?: PermissionCategory;
      code: ToolCallErrorCode;
      message: string;
      auditDecision: AuditDecision;
    }
  | {
      kind: 'planned';
      call: PlannedCall;
      tool: ToolDefinition;
      decision: Extract<GateDecision, { kind: 'allow' | 'ask' }>;
    };

export interface PrepareEnvironment {
  offered: ReadonlyMap<string, ToolDefinition>;
  catalog: ReadonlyMap<string, ToolDefinition>;
  settings: Settings;
  provenance: ProvenanceView;
  caps: { limits: TurnCaps; used: TurnCapUsage };
  receivedAt: Date;
}

function availableList(offered: ReadonlyMap<string, ToolDefinition>): string {
  const names = [...offered.keys()];
  return names.length ? names.join(', ') : '(none)';
}

/** Look up, parse, validate and gate one call. Every failure becomes data the model reads. */
export function prepareCall(call: ModelToolCall, environment: PrepareEnvironment): PreparedCall {
  const base = { toolCallId: call.id, toolName: call.name };
  const tool = environment.offered.get(call.name);
  if (!tool) {
    const known = environment.catalog.has(call.name);
    return {
      ...base,
      kind: 'rejected',
      args: call.argumentsText,
      code: known ? 'not-available' : 'unknown-tool',
      message: known
        ? `Tool '${call.name}' is not available (switched off in the user's settings or not usable here). Available tools: ${availableList(environment.offered)}.`
        : `Model tried to call unavailable tool '${call.name}'. Available tools: ${availableList(environment.offered)}.`,
      auditDecision: known ? 'disabled' : 'unknown',
    };
  }
  let raw: unknown;
  try {
    raw = call.argumentsText.trim() === '' ? {} : JSON.parse(call.argumentsText);
  } catch (_error) {
    return {
      ...base,
      kind: 'rejected',
      args: call.argumentsText,
      code: 'malformed-arguments',
      message: `The arguments for '${call.name}' are not valid JSON. Send one JSON object matching the tool's schema.`,
      auditDecision: 'invalid',
    };
  }
  const parsed = (tool.input as z.ZodType).safeParse(raw);
  if (!parsed.success) {
    return {
      ...base,
      kind: 'rejected',
      args: raw,
      code: 'invalid-arguments',
      message: `Invalid arguments for '${call.name}': ${describeIssues(parsed.error.issues)}. Fix these fields and call again.`,
      auditDecision: 'invalid',
    };
  }
  const args = parsed.data as Record<string, unknown>;
  const decision = decide(tool, args, environment.settings, environment.provenance, {
    caps: environment.caps,
  });
  if (decision.kind === 'deny') {
    return {
      ...base,
      kind: 'rejected',
      args,
      category: decision.category,
      code: 'not-available',
      message: decision.message,
      auditDecision: 'disabled',
    };
  }
  if (decision.category !== 'read') {
    // Reserve this call's share of the per-turn caps so later calls in the same step see it.
    addCapUsage(environment.caps.used, capUsageOf(tool.area, decision.category, tool.targets?.(args) ?? {}));
  }
  return {
    kind: 'planned',
    tool,
    decision,
    call: {
      ...base,
      category: decision.category,
      args,
      status: decision.kind === 'ask' ? { kind: 'pending' } : { kind: 'auto' },
      reasons: decision.kind === 'ask' ? decision.reasons.map((reason) => reason.message) : [],
      receivedAt: environment.receivedAt.toISOString(),
    },
  };
}

export type ExecutionOutcome =
  | {
      kind: 'ok';
      result: ToolResult;
      content: string;
      truncated: boolean;
      durationMs: number;
      findings?: UntrustedFindings;
      graphRequestIds: string[];
    }
  | {
      kind: 'error';
      code: ToolCallErrorCode;
      errorCode: string;
      message: string;
      durationMs: number;
      graphRequestIds: string[];
    };

export interface ExecuteEnvironment {
  turnSignal: AbortSignal;
  timeoutMs: number;
  maxResultChars: number;
  marker: UntrustedMarker;
  /** Builds the tool's context for this call; `untrusted` and `signal` are supplied here. */
  contextFor: (call: {
    toolName: string;
    signal: AbortSignal;
    untrusted: (text: string) => string;
    recordGraphRequestId: (id: string) => void;
  }) => ToolContext;
  clock: () => number;
}

class ToolTimeout extends Error {}

/** Runs one call with its own abort signal (turn cancel or per-tool timeout) and caps what the model receives. */
export async function executeCall(
  tool: ToolDefinition,
  args: Record<string, unknown>,
  environment: ExecuteEnvironment,
): Promise<ExecutionOutcome> {
  const started = environment.clock();
  const graphRequestIds: string[] = [];
  // Once the turn is stopped, no tool starts.
  if (environment.turnSignal.aborted) {
    const reason = environment.turnSignal.reason;
    const message = isTurnStop(reason) ? reason.message : 'Stopped.';
    return {
      kind: 'error',
      code: 'cancelled',
      errorCode: 'cancelled',
      message: `'${tool.name}' was not started: ${message}`,
      durationMs: 0,
      graphRequestIds,
    };
  }
  const findings = emptyFindings();
  const controller = new AbortController();
  const onTurnAbort = () => controller.abort(environment.turnSignal.reason);
  if (environment.turnSignal.aborted) onTurnAbort();
  else environment.turnSignal.addEventListener('abort', onTurnAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new ToolTimeout()), environment.timeoutMs);
  // A tool that ignores its signal must not hold the turn: the call settles when the signal fires.
  const aborted = new Promise<never>((_resolve, reject) => {
    const fail = () => reject(controller.signal.reason);
    if (controller.signal.aborted) fail();
    else controller.signal.addEventListener('abort', fail, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    const context = environment.contextFor({
      toolName: tool.name,
      signal: controller.signal,
      untrusted: (text) => environment.marker.wrap(text, findings),
      recordGraphRequestId: (id) => graphRequestIds.push(id),
    });
    const result = await Promise.race([tool.run(args, context), aborted]);
    const capped = capResult(serialiseResult(result.content), environment.maxResultChars, environment.marker);
    return {
      kind: 'ok',
      result,
      content: capped.text,
      truncated: capped.truncated,
      durationMs: environment.clock() - started,
      findings: findingsTotal(findings) > 0 ? findings : undefined,
      graphRequestIds,
    };
  } catch (error) {
    const durationMs = environment.clock() - started;
    const reason = controller.signal.aborted ? controller.signal.reason : undefined;
    if (reason instanceof ToolTimeout) {
      return {
        kind: 'error',
        code: 'timeout',
        errorCode: 'timeout',
        message: `'${tool.name}' did not finish within ${Math.round(environment.timeoutMs / 1000)} s and was stopped.`,
        durationMs,
        graphRequestIds,
      };
    }
    if (isTurnStop(reason)) {
      return {
        kind: 'error',
        code: 'cancelled',
        errorCode: 'cancelled',
        message: `'${tool.name}' was stopped: ${reason.message}`,
        durationMs,
        graphRequestIds,
      };
    }
    return {
      kind: 'error',
      code: 'tool-failed',
      errorCode: errorCodeOf(error),
      message: `'${tool.name}' failed: ${errorMessageOf(error)}`,
      durationMs,
      graphRequestIds,
    };
  } finally {
    clearTimeout(timer);
    environment.turnSignal.removeEventListener('abort', onTurnAbort);
  }
}

/** Runs `tasks` with at most `limit` in flight, keeping results in order. */
export async function runLimited<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next;
      next += 1;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
