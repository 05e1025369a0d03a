import { presetIds, type PresetId } from '../../commands/presets';
import { llmProviderKinds, type LlmProviderKind } from '../../settings/schema';
import type { WorkbenchMode } from '../shared/bridge';

/** The workbench's state as its URL describes it, so a link reproduces a session (bug reports, automated runs). */
export interface WorkbenchConfig {
  /** Graph base URL the pane gets as `account.graphBaseUrl`. @default `<origin>/graph/v1.0` (the built-in simulator) */
  graphBaseUrl: string;
  /** LLM base URL (`llm.baseUrl`); absent → the pane keeps what is stored (initially none). */
  llmBaseUrl?: string;
  provider?: LlmProviderKind;
  model?: string;
  /** Graph id of the message to open; absent → the first Inbox message. */
  itemId?: string;
  /** @default 'read' */
  mode: WorkbenchMode;
  /** Decoded `settings` parameter: JSON merged over the pane's stored settings. */
  settingsOverride?: Record<string, unknown>;
  /** `reset=1`: forget stored roaming settings before seeding. */
  reset: boolean;
  /** @default 'light' */
  theme: 'light' | 'dark';
  /** `preset=`: the ribbon button pressed, so the pane opens as `pane.html?preset=<id>` (the manifest's SourceLocation). */
  preset?: PresetId;
}

export class WorkbenchConfigError extends Error {
  override readonly name = 'WorkbenchConfigError';
  readonly code = 'invalid-workbench-url';
}

export function parseWorkbenchConfig(search: string, origin: string): WorkbenchConfig {
  const parameters = new URLSearchParams(search);
  const text = (name: string) => parameters.get(name)?.trim() || undefined;

  const provider = text('provider');
  if (provider !== undefined && !(llmProviderKinds as readonly string[]).includes(provider)) {
    throw new WorkbenchConfigError(
      `Unknown provider "${provider}". Use one of: ${llmProviderKinds.join(', ')}.`,
    );
  }
  const mode = text('mode') ?? 'read';
  if (mode !== 'read' && mode !== 'compose') {
    throw new WorkbenchConfigError(`Unknown mode "${mode}". Use read or compose.`);
  }
  const preset = text('preset');
  if (preset !== undefined && !(presetIds as readonly string[]).includes(preset)) {
    throw new WorkbenchConfigError(`Unknown preset "${preset}". Use one of: ${presetIds.join(', ')}.`);
  }
  const settings = text('settings');
  return {
    graphBaseUrl: (text('graph') ?? `${origin}/graph/v1.0`).replace(/\/+$/, ''),
    llmBaseUrl: text('llm'),
    provider: provider as LlmProviderKind | undefined,
    model: text('model'),
    itemId: text('item'),
    mode,
    settingsOverride: settings === undefined ? undefined : decodeSettings(settings),
    reset: ['1', 'true'].includes(text('reset') ?? ''),
    theme: text('theme') === 'dark' ? 'dark' : 'light',
    preset: preset as PresetId | undefined,
  };
}

/** `settings=` carries base64url-encoded JSON (so it survives in a URL unescaped). */
export function encodeSettingsParameter(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeSettings(encoded: string): Record<string, unknown> {
  try {
    const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new WorkbenchConfigError(
      `The settings parameter must be base64url-encoded JSON of an object (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}
