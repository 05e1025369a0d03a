import { useEffect, useRef } from 'react';
import { presetFromUrl, type Preset } from '../../commands/presets';
import type { Settings } from '../../settings/schema';
import type { Conversation } from '../chat/conversation';

/** Whether the model settings are complete enough to ask anything. */
export function modelConfigured(settings: Settings): boolean {
  const { kind, baseUrl, model, azureDeployment } = settings.llm;
  const named = model.trim() !== '' || (kind === 'azure-openai' && (azureDeployment ?? '').trim() !== '');
  return named && (kind === 'anthropic' || baseUrl.trim() !== '');
}

/**
 * Runs the ribbon preset of the pane's URL exactly once per pane load: not again when a pinned pane moves to
 * another item. Without a usable model it calls `onNeedsModel` and waits; saving settings then runs it.
 */
export function usePreset(options: {
  pageUrl: string;
  conversation: Conversation | undefined;
  settings: Settings;
  onNeedsModel: (preset: Preset) => void;
  onStarted: (preset: Preset) => void;
}): void {
  const pending = useRef<Preset | null | undefined>(undefined);
  if (pending.current === undefined) pending.current = presetFromUrl(options.pageUrl);
  const { conversation, settings, onNeedsModel, onStarted } = options;

  useEffect(() => {
    const preset = pending.current;
    if (!preset || !conversation) return;
    if (preset.prompt === '') {
      pending.current = null;
      onStarted(preset);
      return;
    }
    if (!modelConfigured(settings)) {
      onNeedsModel(preset);
      return;
    }
    pending.current = null;
    onStarted(preset);
    void conversation.send({ preset: preset.id, prompt: preset.prompt });
  }, [conversation, settings, onNeedsModel, onStarted]);
}
