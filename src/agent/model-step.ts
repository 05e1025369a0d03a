import type { ModelEvent, ModelToolCall } from '../llm/model';
import { offeredTools } from '../permissions/availability';
import { abortable } from './abortable-stream';
import type { ControlState } from './control-state';
import { describeModelError } from './errors';
import { trimHistory } from './history-budget';
import { buildSystemPrompt } from './system-prompt';
import { toModelToolSpec } from './tool-schema';
import type { ActiveTurn, SessionCore } from './turn-driver';

export interface StreamedStep {
  text: string;
  calls: ModelToolCall[];
  finish?: Extract<ModelEvent, { type: 'finish' }>;
}

/** Streams one model step; a broken stream fails the turn and nothing from it is kept. */
export async function streamModelStep(
  core: SessionCore,
  turn: ActiveTurn,
  step: number,
): Promise<StreamedStep | ControlState> {
  const settings = core.settings();
  const currentItem = core.currentItem();
  const offered = offeredTools(core.catalog, settings, currentItem?.mode ?? 'none');
  const limits = core.limits();
  const request = {
    system: buildSystemPrompt({
      user: core.user,
      now: core.now(),
      currentItem,
      untrustedOpen: core.marker.open,
      untrustedClose: core.marker.close,
    }),
    messages: trimHistory(core.messages, limits.historyTokenBudget, core.countTokens).messages,
    tools: offered.map(toModelToolSpec),
    signal: turn.controller.signal,
    temperature: settings.llm.temperature,
    maxOutputTokens: settings.llm.maxOutputTokens,
  };
  let text = '';
  const calls: ModelToolCall[] = [];
  let finish: Extract<ModelEvent, { type: 'finish' }> | undefined;
  try {
    for await (const event of abortable(core.model.stream(request), turn.controller.signal)) {
      switch (event.type) {
        case 'text-delta':
          text += event.text;
          core.emit({ type: 'text-delta', turnId: turn.state.turnId, step, text: event.text });
          break;
        case 'tool-call':
          calls.push(event.call);
          break;
        case 'finish':
          finish = event;
          break;
      }
    }
  } catch (error) {
    if (turn.controller.signal.aborted) throw turn.controller.signal.reason;
    // Nothing from a broken step runs: its tool calls are dropped with it.
    return { kind: 'failed', ...describeModelError(error) };
  }
  if (turn.controller.signal.aborted) throw turn.controller.signal.reason;
  return { text, calls, finish };
}
