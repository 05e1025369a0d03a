import type { Citation } from '../tools/define-tool';
import type { PermissionCategory } from '../permissions/categories';
import type { ModelFinishReason } from '../llm/model';
import type { UntrustedFindings } from '../security/untrusted-marker';
import type { PendingApproval } from './approvals';
import type { ToolCallErrorCode } from './errors';

/** Why a turn ended. Only `completed` is the model finishing on its own. */
export type TurnEndReason = 'completed' | 'step-limit' | 'time-limit' | 'token-limit' | 'cancelled' | 'error';

export interface TurnUsage {
  inputTokens: number;
  outputTokens: number;
}

interface EventBase {
  turnId: string;
}

/** What the agent tells its subscribers (the pane), noun-verb, in order. */
export type AgentEvent =
  | (EventBase & { type: 'turn-start'; userText: string })
  | (EventBase & { type: 'text-delta'; step: number; text: string })
  | (EventBase & {
      type: 'tool-call';
      step: number;
      toolCallId: string;
      toolName: string;
      args: unknown;
      category?: PermissionCategory;
    })
  | (EventBase & { type: 'tool-approval-request'; step: number; approval: PendingApproval })
  | (EventBase & {
      type: 'tool-result';
      step: number;
      toolCallId: string;
      toolName: string;
      summary?: string;
      citations: Citation[];
      undo?: { tool: string; args: Record<string, unknown>; label: string };
      /** The serialised content the model received (capped). */
      content: string;
      truncated: boolean;
      durationMs: number;
      /** Hidden characters and forged delimiters removed from untrusted text, when any. */
      sanitized?: UntrustedFindings;
    })
  | (EventBase & {
      type: 'tool-error';
      step: number;
      toolCallId: string;
      toolName: string;
      code: ToolCallErrorCode;
      message: string;
    })
  | (EventBase & { type: 'step-end'; step: number; finishReason: ModelFinishReason; usage: TurnUsage })
  | (EventBase & { type: 'turn-error'; code: string; message: string })
  | (EventBase & {
      type: 'turn-end';
      reason: TurnEndReason;
      message?: string;
      usage: TurnUsage;
      steps: number;
    });

export type AgentEventType = AgentEvent['type'];
export type AgentEventListener = (event: AgentEvent) => void;
