/** The agent's public surface for the pane. */
export { createAgentSession, type AgentSession, type AgentSessionOptions, type AgentInput } from './session';
export type { AgentEvent, AgentEventListener, AgentEventType, TurnEndReason, TurnUsage } from './events';
export type { PendingApproval } from './approvals';
export type { AgentSessionSnapshot, SessionStatus, TurnProgress } from './control-state';
export type { ToolContextFactory, ToolServices } from './turn-driver';
export { AuditLog, type AuditEntry, type AuditDecision, type AuditOutcome } from './audit-log';
export { ApprovalError, isApprovalError, SessionBusyError, isSessionBusyError } from './errors';
export { limitsFrom, type AgentLimits } from './limits';
export { buildSystemPrompt } from './system-prompt';
export { toModelToolSpec, toolInputSchema } from './tool-schema';
