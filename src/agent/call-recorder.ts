import type { AuditDecision } from './audit-log';
import type { ToolCallErrorCode } from './errors';
import { executeCall, type PlannedCall, type PreparedCall } from './tool-calls';
import type { ToolDefinition } from '../tools/define-tool';
import type { ActiveTurn, SessionCore, ToolContextFactory } from './turn-driver';
import type { ToolContext } from '../tools/define-tool';

/** A tool's full context: the app's services plus what the session supplies. */
export function toolContext(
  core: SessionCore,
  call: Parameters<ToolContextFactory>[0] & { untrusted: (text: string) => string },
): ToolContext {
  const services = core.toolContextFactory(call);
  return { ...services, signal: call.signal, user: core.user, now: core.now, untrusted: call.untrusted };
}

/** Runs planned calls and records each outcome for the model (history), the pane (events), provenance and the audit log. */
export function createCallRecorder(core: SessionCore) {
  function active(): ActiveTurn {
    if (!core.turn) throw new Error('No turn in progress.');
    return core.turn;
  }

  function appendToolMessage(toolCallId: string, toolName: string, content: string, isError: boolean): void {
    core.messages.push(
      isError
        ? { role: 'tool', toolCallId, toolName, content, isError }
        : { role: 'tool', toolCallId, toolName, content },
    );
  }

  function reportToolError(
    step: number,
    call: { toolCallId: string; toolName: string },
    code: ToolCallErrorCode,
    message: string,
  ): void {
    appendToolMessage(call.toolCallId, call.toolName, `Error (${code}): ${message}`, true);
    core.emit({
      type: 'tool-error',
      turnId: active().state.turnId,
      step,
      toolCallId: call.toolCallId,
      toolName: call.toolName,
      code,
      message,
    });
  }

  function auditRejected(prepared: Extract<PreparedCall, { kind: 'rejected' }>, receivedAt: Date): void {
    core.audit.record({
      time: receivedAt.toISOString(),
      turnId: active().state.turnId,
      toolCallId: prepared.toolCallId,
      tool: prepared.toolName,
      category: prepared.category,
      arguments: prepared.args,
      decision: prepared.auditDecision,
      outcome: { status: 'not-run' },
      durationMs: 0,
      graphRequestIds: [],
    });
  }

  /** Runs one planned call and records its result for the model, the pane, provenance and the audit log. */
  async function runPlanned(
    step: number,
    call: PlannedCall,
    tool: ToolDefinition,
    decision: AuditDecision,
  ): Promise<void> {
    const turn = active();
    const tainted = call.category === 'read' && core.provenance.isCallTainted(call.args);
    const limits = core.limits();
    const outcome = await executeCall(tool, call.args, {
      turnSignal: turn.controller.signal,
      timeoutMs: limits.toolTimeoutMs,
      maxResultChars: limits.maxResultChars,
      marker: core.marker,
      clock: core.clock,
      contextFor: (details) => toolContext(core, details),
    });
    const base = {
      time: call.receivedAt,
      turnId: turn.state.turnId,
      toolCallId: call.toolCallId,
      tool: call.toolName,
      category: call.category,
      arguments: call.args,
      decision,
      reasons: call.reasons.length ? call.reasons : undefined,
      durationMs: Math.round(outcome.durationMs),
      graphRequestIds: outcome.graphRequestIds,
    };
    if (outcome.kind === 'error') {
      core.audit.record({ ...base, outcome: { status: 'error', code: outcome.errorCode } });
      reportToolError(step, call, outcome.code, outcome.message);
      return;
    }
    core.provenance.recordToolResult({ toolName: call.toolName, content: outcome.result.content, tainted });
    core.audit.record({ ...base, outcome: { status: 'ok' } });
    appendToolMessage(call.toolCallId, call.toolName, outcome.content, false);
    core.emit({
      type: 'tool-result',
      turnId: turn.state.turnId,
      step,
      toolCallId: call.toolCallId,
      toolName: call.toolName,
      summary: outcome.result.summary,
      citations: outcome.result.citations ?? [],
      undo: outcome.result.undo,
      content: outcome.content,
      truncated: outcome.truncated,
      durationMs: outcome.durationMs,
      sanitized: outcome.findings,
    });
  }

  function plannedAudit(call: PlannedCall, decision: AuditDecision) {
    return {
      time: call.receivedAt,
      turnId: active().state.turnId,
      toolCallId: call.toolCallId,
      tool: call.toolName,
      category: call.category,
      arguments: call.args,
      decision,
      reasons: call.reasons.length ? call.reasons : undefined,
      outcome: { status: 'not-run' as const },
      durationMs: 0,
      graphRequestIds: [],
    };
  }

  return { appendToolMessage, reportToolError, auditRejected, runPlanned, plannedAudit };
}
