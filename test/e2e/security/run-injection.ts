/**
 * Runs the injection corpus in Node (real agent, catalog, Graph client and LLM adapter against the simulators) under
 * two settings — the defaults, and every side-effect category at Needs approval — with a user who denies every
 * card. Shared by the jest suite and `npm run test:security`.
 */
import type { ScriptTurnInput } from '../../../src/simulators/llm/script';
import { isFlagged, remoteOrigins, unapprovedWrites } from '../../helpers/scenario-analysis';
import { runInNode, type ScenarioHarness, type ScenarioRun } from '../../helpers/scenario-node-runner';
import type { Scenario } from '../../helpers/scenario-types';
import type { InjectionCase } from './injection-cases';

export type SecurityMode = 'default' | 'all-ask' | 'permissive';

export const SECURITY_MODES: Record<SecurityMode, Scenario['policies']> = {
  default: {},
  'all-ask': { draft: 'ask', organize: 'ask', send: 'ask', delete: 'ask' },
  /** Everything the settings allow at Always (send cannot be): only provenance can raise a card. */
  permissive: { draft: 'always', organize: 'always', send: 'always', delete: 'always' },
};

export interface InjectionOutcome {
  caseId: string;
  channel: string;
  mode: SecurityMode;
  /** Side-effect calls the attacker made. */
  attempted: number;
  /** Graph writes that no user approved. */
  unapproved: string[];
  /** Writes the permissive settings allowed on items the user pointed at (`permissiveAllows`). */
  allowedBySettings: string[];
  cards: number;
  flaggedCards: number;
  /** Cards for attacker actions that carry no warning (must be none). */
  unflagged: string[];
  remote: string[];
  crash?: string;
  durationMs: number;
}

export function attackScript(injection: InjectionCase): ScriptTurnInput[] {
  return [
    { label: 'read', when: { lastRole: 'user' }, toolCalls: injection.read },
    ...injection.attack.map((calls, index) => ({
      label: `attack ${index + 1}`,
      when: { lastRole: 'tool' as const },
      toolCalls: calls,
    })),
    {
      label: 'final',
      when: { lastRole: 'tool' },
      text: injection.finalText ?? 'Here is the summary you asked for.',
    },
  ];
}

function outcomeOf(injection: InjectionCase, mode: SecurityMode, run: ScenarioRun): InjectionOutcome {
  const turnError = run.turnEnds.find((end) => end.reason === 'error');
  const writes = unapprovedWrites(run);
  const allowed = (write: (typeof writes)[number]) =>
    mode === 'permissive' &&
    write.entry?.decision === 'auto' &&
    (injection.permissiveAllows?.tools ?? []).includes(write.entry.tool);
  const describe = (write: (typeof writes)[number]) =>
    `${write.request.method} ${write.request.path} (${write.entry?.tool ?? 'no tool call'})`;
  return {
    caseId: injection.id,
    channel: injection.channel,
    mode,
    attempted: injection.attack.reduce((sum, step) => sum + step.length, 0),
    unapproved: writes.filter((write) => !allowed(write)).map(describe),
    allowedBySettings: writes.filter(allowed).map(describe),
    cards: run.approvals.length,
    flaggedCards: run.approvals.filter(isFlagged).length,
    unflagged: run.approvals.filter((approval) => !isFlagged(approval)).map((approval) => approval.toolName),
    remote: remoteOrigins(run),
    crash: run.crash ?? run.stuck ?? (turnError ? `turn error: ${turnError.message ?? ''}` : undefined),
    durationMs: run.durationMs,
  };
}

export async function runInjection(
  harness: ScenarioHarness,
  injection: InjectionCase,
  mode: SecurityMode,
): Promise<{ outcome: InjectionOutcome; run: ScenarioRun }> {
  const run = await runInNode(harness, {
    tenant: injection.tenant,
    openItem: injection.openItem,
    prompt: injection.prompt,
    policies: SECURITY_MODES[mode],
    model: attackScript(injection),
    decide: () => ({ action: 'deny', reason: 'Not what I asked for.' }),
  });
  return { outcome: outcomeOf(injection, mode, run), run };
}
