import { DEFAULT_TURN_CAPS, type TurnCaps } from '../permissions/turn-caps';
import type { Settings } from '../settings/schema';

/** Bounds on one turn. The first three come from `settings.agent`; the rest are engineering defaults. */
export interface AgentLimits {
  maxSteps: number;
  /** Active time (waiting for approval does not count). */
  maxTurnMs: number;
  /** Input + output tokens reported by the model over the turn. */
  maxTurnTokens: number;
  toolTimeoutMs: number;
  /** Characters of one serialised tool result the model receives. */
  maxResultChars: number;
  /** History budget in (estimated) tokens before old tool results are trimmed. */
  historyTokenBudget: number;
  /** Read calls of one step in flight at once. */
  maxParallelReads: number;
  caps: TurnCaps;
}

export function limitsFrom(settings: Settings, overrides: Partial<AgentLimits> = {}): AgentLimits {
  return {
    maxSteps: settings.agent.maxSteps,
    maxTurnMs: settings.agent.maxTurnSeconds * 1000,
    maxTurnTokens: settings.agent.maxTurnTokens,
    toolTimeoutMs: 60_000,
    maxResultChars: 20_000,
    historyTokenBudget: 60_000,
    maxParallelReads: 8,
    ...overrides,
    caps: { ...DEFAULT_TURN_CAPS, ...overrides.caps },
  };
}
