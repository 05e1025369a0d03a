import type { LanguageModel, ModelFinishReason, ModelMessage } from '../llm/model';
import type { CurrentItemSnapshot, UserProfile } from '../office/types';
import { offeredTools } from '../permissions/availability';
import type { Settings } from '../settings/schema';
import type { ProvenanceTracker } from '../security/provenance';
import type { UntrustedMarker } from '../security/untrusted-marker';
import type { ToolContext, ToolDefinition } from '../tools/define-tool';
import { buildPendingApproval, type PendingApproval } from './approvals';
import { settlePending, type SettlementDecision } from './approval-settlement';
import type { AuditLog } from './audit-log';
import type { ControlState, TurnState } from './control-state';
import { isTurnStop, TurnStop } from './errors';
import type { AgentEvent, TurnEndReason } from './events';
import { closeOpenToolCalls } from './history-budget';
import { streamModelStep } from './model-step';
import { createCallRecorder, toolContext } from './call-recorder';
import type { AgentLimits } from './limits';
import { prepareCall, runLimited, type PlannedCall, type PreparedCall } from './tool-calls';

/** The services a tool needs besides what the session supplies (signal, user, clock, untrusted marking). */
export interface ToolServices {
  graph: ToolContext['graph'];
  office: ToolContext['office'];
}

/** Builds a call's services; `recordGraphRequestId` lets a Graph wrapper report ids to the audit log. */
export type ToolContextFactory = (call: {
  toolName: string;
  signal: AbortSignal;
  recordGraphRequestId: (id: string) => void;
}) => ToolServices;

/** A turn in flight: the serialisable state plus its abort controller and active-time clock. */
export interface ActiveTurn {
  state: TurnState;
  control: ControlState;
  controller: AbortController;
  segmentStartedAt?: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** The session's internals the driver works on. */
export interface SessionCore {
  model: LanguageModel;
  catalog: readonly ToolDefinition[];
  catalogByName: ReadonlyMap<string, ToolDefinition>;
  settings: () => Settings;
  currentItem: () => CurrentItemSnapshot | null | undefined;
  user: UserProfile;
  now: () => Date;
  clock: () => number;
  limits: () => AgentLimits;
  audit: AuditLog;
  provenance: ProvenanceTracker;
  marker: UntrustedMarker;
  messages: ModelMessage[];
  toolContextFactory: ToolContextFactory;
  countTokens?: (text: string) => number;
  emit: (event: AgentEvent) => void;
  turn?: ActiveTurn;
}

const DECLINED_WITHOUT_REASON = 'The user declined this action.';

function stepLimitMessage(steps: number): string {
  return `I stopped after ${steps} steps, the limit for one request. Say "continue" to let me go on, or narrow the request.`;
}

export function createTurnDriver(core: SessionCore) {
  const calls = createCallRecorder(core);
  const { reportToolError, auditRejected, runPlanned, plannedAudit } = calls;

  function active(): ActiveTurn {
    if (!core.turn) throw new Error('No turn in progress.');
    return core.turn;
  }

  function startClock(turn: ActiveTurn): void {
    turn.segmentStartedAt = core.clock();
    const remaining = Math.max(0, core.limits().maxTurnMs - turn.state.activeMs);
    turn.timer = setTimeout(() => turn.controller.abort(new TurnStop('time-limit')), remaining);
  }

  function stopClock(turn: ActiveTurn): void {
    if (turn.segmentStartedAt !== undefined) turn.state.activeMs += core.clock() - turn.segmentStartedAt;
    turn.segmentStartedAt = undefined;
    if (turn.timer) clearTimeout(turn.timer);
    turn.timer = undefined;
  }

  function throwIfStopped(): void {
    const signal = active().controller.signal;
    if (signal.aborted) throw signal.reason;
  }

  /** Side effects run one at a time in the model's order, after every approval of the step is settled. */
  async function runSideEffects(step: number, plan: readonly PlannedCall[]): Promise<ControlState> {
    for (const call of plan) {
      throwIfStopped();
      const tool = core.catalogByName.get(call.toolName);
      switch (call.status.kind) {
        case 'auto':
        case 'approved':
        case 'edited':
          if (!tool) {
            reportToolError(step, call, 'not-available', `Tool '${call.toolName}' is no longer available.`);
            break;
          }
          await runPlanned(step, call, tool, call.status.kind === 'auto' ? 'auto' : call.status.kind);
          break;
        case 'declined': {
          const message = call.status.reason
            ? `The user declined: ${call.status.reason}`
            : DECLINED_WITHOUT_REASON;
          core.audit.record(plannedAudit(call, 'denied'));
          reportToolError(step, call, 'declined', message);
          break;
        }
        case 'blocked':
          core.audit.record(plannedAudit(call, 'disabled'));
          reportToolError(step, call, 'not-available', call.status.message);
          break;
        case 'pending':
          throw new Error(`Call ${call.toolCallId} is still pending.`);
      }
    }
    throwIfStopped();
    return { kind: 'run-again' };
  }

  async function runStep(): Promise<ControlState> {
    const turn = active();
    const limits = core.limits();
    if (turn.state.step >= limits.maxSteps)
      return { kind: 'final', reason: 'step-limit', message: stepLimitMessage(turn.state.step) };
    if (turn.state.usage.inputTokens + turn.state.usage.outputTokens >= limits.maxTurnTokens) {
      return {
        kind: 'final',
        reason: 'token-limit',
        message: `I stopped: this request used its budget of ${limits.maxTurnTokens} tokens. Start a new request to go on.`,
      };
    }
    turn.state.step += 1;
    const step = turn.state.step;
    const streamed = await streamModelStep(core, active(), step);
    if ('kind' in streamed) return streamed;
    const { text, calls, finish } = streamed;
    if (!finish) {
      return {
        kind: 'failed',
        code: 'incomplete-stream',
        message: "The model's answer stopped before it was complete; nothing from it was run. Try again.",
      };
    }
    turn.state.usage.inputTokens += finish.usage.inputTokens ?? 0;
    turn.state.usage.outputTokens += finish.usage.outputTokens ?? 0;
    core.messages.push(
      calls.length
        ? { role: 'assistant', content: text, toolCalls: calls }
        : { role: 'assistant', content: text },
    );
    if (calls.length === 0) {
      emitStepEnd(step, finish.reason);
      return { kind: 'final', reason: 'completed', message: finishMessage(finish.reason) };
    }

    const settings = core.settings();
    const offered = offeredTools(core.catalog, settings, core.currentItem()?.mode ?? 'none');
    const receivedAt = core.now();
    const prepared = calls.map((call) =>
      prepareCall(call, {
        offered: new Map(offered.map((tool) => [tool.name, tool])),
        catalog: core.catalogByName,
        settings,
        provenance: core.provenance,
        caps: { limits: limits.caps, used: turn.state.capsUsed },
        receivedAt,
      }),
    );
    const reads: Extract<PreparedCall, { kind: 'planned' }>[] = [];
    const sideEffects: Extract<PreparedCall, { kind: 'planned' }>[] = [];
    for (const entry of prepared) {
      core.emit({
        type: 'tool-call',
        turnId: turn.state.turnId,
        step,
        toolCallId: entry.kind === 'planned' ? entry.call.toolCallId : entry.toolCallId,
        toolName: entry.kind === 'planned' ? entry.call.toolName : entry.toolName,
        args: entry.kind === 'planned' ? entry.call.args : entry.args,
        category: entry.kind === 'planned' ? entry.call.category : entry.category,
      });
      if (entry.kind === 'rejected') {
        auditRejected(entry, receivedAt);
        reportToolError(step, entry, entry.code, entry.message);
      } else if (entry.call.category === 'read') reads.push(entry);
      else sideEffects.push(entry);
    }

    await runLimited(
      reads.map((entry) => () => runPlanned(step, entry.call, entry.tool, 'auto')),
      limits.maxParallelReads,
    );
    throwIfStopped();

    const plan = sideEffects.map((entry) => entry.call);
    const approvals: PendingApproval[] = [];
    for (const entry of sideEffects) {
      if (entry.decision.kind !== 'ask') continue;
      const approval = await buildPendingApproval({
        toolCallId: entry.call.toolCallId,
        tool: entry.tool,
        args: entry.call.args,
        category: entry.call.category,
        reasons: entry.decision.reasons,
        warnings: entry.decision.warnings,
        requestedAt: core.now(),
        context: toolContext(core, {
          toolName: entry.tool.name,
          signal: turn.controller.signal,
          untrusted: (value) => core.marker.wrap(value),
          recordGraphRequestId: () => undefined,
        }),
      });
      approvals.push(approval);
    }
    throwIfStopped();
    if (approvals.length > 0) {
      for (const approval of approvals)
        core.emit({ type: 'tool-approval-request', turnId: turn.state.turnId, step, approval });
      return { kind: 'awaiting-approval', step, plan, approvals };
    }
    const next = await runSideEffects(step, plan);
    emitStepEnd(step, finish.reason);
    return next;
  }

  function emitStepEnd(step: number, finishReason: ModelFinishReason): void {
    const turn = active();
    core.emit({
      type: 'step-end',
      turnId: turn.state.turnId,
      step,
      finishReason,
      usage: { ...turn.state.usage },
    });
  }

  function finishMessage(reason: ModelFinishReason): string | undefined {
    if (reason === 'length')
      return 'The answer was cut off at the output token limit. Ask me to continue, or raise "Max output tokens" in settings.';
    if (reason === 'content-filter') return "The model's provider filtered the answer.";
    return undefined;
  }

  function endTurn(reason: TurnEndReason, message?: string): void {
    const turn = active();
    stopClock(turn);
    if (turn.control.kind === 'awaiting-approval') {
      for (const call of turn.control.plan)
        if (call.status.kind === 'pending') core.audit.record(plannedAudit(call, 'cancelled'));
    }
    closeOpenToolCalls(
      core.messages,
      reason === 'cancelled'
        ? 'The user cancelled the request before this ran.'
        : 'The request stopped before this ran.',
    );
    core.turn = undefined;
    core.emit({
      type: 'turn-end',
      turnId: turn.state.turnId,
      reason,
      message,
      usage: { ...turn.state.usage },
      steps: turn.state.step,
    });
  }

  /** The driver: switches on the control state until the turn ends or waits for the user. */
  async function drive(initial: ControlState): Promise<ControlState> {
    const turn = active();
    let current = initial;
    startClock(turn);
    for (;;) {
      turn.control = current;
      try {
        switch (current.kind) {
          case 'run-again':
            current = await runStep();
            break;
          case 'awaiting-approval':
            if (current.plan.some((call) => call.status.kind === 'pending')) {
              stopClock(turn);
              return current;
            }
            current = await runSideEffects(current.step, current.plan);
            emitStepEnd(
              turn.control.kind === 'awaiting-approval' ? turn.control.step : turn.state.step,
              'tool-calls',
            );
            break;
          case 'final':
            endTurn(current.reason, current.message);
            return current;
          case 'failed':
            core.emit({
              type: 'turn-error',
              turnId: turn.state.turnId,
              code: current.code,
              message: current.message,
            });
            endTurn('error', current.message);
            return current;
        }
      } catch (error) {
        if (isTurnStop(error)) {
          current =
            error.reason === 'cancelled'
              ? { kind: 'final', reason: 'cancelled', message: 'Cancelled. Nothing further was run.' }
              : {
                  kind: 'final',
                  reason: 'time-limit',
                  message: `I stopped: this request reached its time limit of ${Math.round(core.limits().maxTurnMs / 1000)} s.`,
                };
        } else {
          current = {
            kind: 'failed',
            code: 'internal-error',
            message: `Something went wrong in the agent: ${error instanceof Error ? error.message : String(error)}`,
          };
        }
      }
    }
  }

  function settle(id: string, decision: SettlementDecision): void {
    settlePending(core, id, decision);
  }

  return { drive, settle, endTurn, stopClock };
}

export type TurnDriver = ReturnType<typeof createTurnDriver>;
