/**
 * Late binding of `{{result:tool:key}}` placeholders: a scripted model cannot know the id of a draft the tool just
 * saved, so when a tool result arrives the runner re-installs the turns not yet answered with the placeholders
 * bound. Turns of such scripts must have unique labels and answer once.
 */
import type { LlmSimulator } from '../../src/simulators/llm/server';
import type { LlmScriptInput, ScriptTurnInput } from '../../src/simulators/llm/script';
import { bindResults, hasResultPlaceholders } from './scenario-tenant';

export interface LateBinder {
  /** Records a tool result (its serialised content) and re-installs the remaining turns. */
  onToolResult(toolName: string, content: string): void;
}

export function installScript(
  llm: LlmSimulator,
  turns: ScriptTurnInput[],
  options: Omit<LlmScriptInput, 'turns'> = {},
): LateBinder {
  const script = { fallback: 'error' as const, ...options };
  llm.setScript({ ...script, turns });
  if (!hasResultPlaceholders(turns)) return { onToolResult: () => undefined };
  const results = new Map<string, unknown[]>();
  const answered: string[] = [];
  return {
    onToolResult(toolName, content) {
      let parsed: unknown = content;
      try {
        parsed = JSON.parse(content);
      } catch {
        // Not JSON (an error text): kept as a string, binds nothing.
      }
      results.set(toolName, [...(results.get(toolName) ?? []), parsed]);
      answered.push(...llm.requests().flatMap((request) => (request.answeredBy ? [request.answeredBy] : [])));
      const remaining = turns.filter((turn) => turn.label === undefined || !answered.includes(turn.label));
      llm.setScript({ ...script, turns: bindResults(remaining, results) });
    },
  };
}
