/**
 * The ribbon presets. Each ribbon button opens the task pane at `taskpane.html?preset=<id>`; the pane reads the
 * id with `presetFromUrl` and starts that preset. manifest.xml declares one button per preset, and the manifest
 * structure check (scripts/manifest/structure.ts) holds the two in step.
 *
 * The prompts are short defaults; the UI owns their final wording.
 */

/** The Outlook item modes a ribbon button can appear in. */
export type PresetMode = 'read' | 'compose';

export const presetIds = [
  'ask',
  'summarize',
  'draft-reply',
  'extract-tasks',
  'add-to-calendar',
  'improve-draft',
] as const;

export type PresetId = (typeof presetIds)[number];

export type Preset = {
  id: PresetId;
  /** The ribbon button's label, as in manifest.xml. */
  label: string;
  /** The modes whose ribbon shows this preset's button. */
  modes: readonly PresetMode[];
  /**
   * What the pane sends to the agent when the preset starts; empty for `ask`, which only opens the pane and
   * waits for the user's own words.
   */
  prompt: string;
};

export const presets: Readonly<Record<PresetId, Preset>> = {
  ask: { id: 'ask', label: 'Ask agent', modes: ['read', 'compose'], prompt: '' },
  summarize: {
    id: 'summarize',
    label: 'Summarize',
    modes: ['read'],
    prompt:
      'Summarize this email in a few bullet points: who wants what, by when, and any decision asked of me. Keep it short.',
  },
  'draft-reply': {
    id: 'draft-reply',
    label: 'Draft reply',
    modes: ['read'],
    prompt:
      'Draft a reply to this email in my usual tone. Answer every question it asks; leave placeholders where you need facts from me. Do not send it.',
  },
  'extract-tasks': {
    id: 'extract-tasks',
    label: 'Extract tasks',
    modes: ['read'],
    prompt:
      'List the action items in this email that are mine, with due dates where stated, and offer to add them to my To Do.',
  },
  'add-to-calendar': {
    id: 'add-to-calendar',
    label: 'Add to calendar',
    modes: ['read'],
    prompt:
      'Find the meeting, appointment or deadline in this email and propose a calendar event for it (title, time, location, attendees), checking my calendar for conflicts first.',
  },
  'improve-draft': {
    id: 'improve-draft',
    label: 'Improve draft',
    modes: ['compose'],
    prompt:
      'Improve the draft I am writing: clearer, more concise, same meaning and tone. Show me the changes before applying them.',
  },
};

/** The query parameter that carries the preset id on the task pane URL. */
export const presetParameter = 'preset';

// Any absolute base works here: it only lets relative URLs such as `taskpane.html?preset=x` parse.
const relativeUrlBase = 'https://relative.invalid/';

function isPresetId(value: string): value is PresetId {
  return (presetIds as readonly string[]).includes(value);
}

/**
 * The preset named by a task pane URL's `?preset=` parameter, or null when there is none, it is unknown, or the
 * URL does not parse. Never throws: the URL comes from the host and may be anything.
 */
export function presetFromUrl(url: string | URL): Preset | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url, relativeUrlBase) : url;
  } catch (_error) {
    return null;
  }
  const value = parsed.searchParams.get(presetParameter);
  if (value === null || !isPresetId(value)) return null;
  return presets[value];
}

/** The presets whose buttons the ribbon shows in a mode, in ribbon order. */
export function presetsForMode(mode: PresetMode): Preset[] {
  return presetIds.map((id) => presets[id]).filter((preset) => preset.modes.includes(mode));
}
