/**
 * The ribbon presets. Each ribbon button opens the task pane at `taskpane.html?preset=<id>`; the pane reads the
 * id with `presetFromUrl` and starts that preset. manifest.xml declares one button per preset, and the manifest
 * structure check (scripts/manifest/structure.ts) holds the two in step.
 *
 * Each prompt names the tools that do its job, so the model reads the item first and ends in an approval card
 * (reply draft, To Do tasks, calendar event, inserted text) rather than in a chat answer to copy by hand.
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
      'Summarize the email open in Outlook. Read it first with item_get_current, then answer in a few bullet points: who wants what, by when, and any decision asked of me. Keep it short and change nothing.',
  },
  'draft-reply': {
    id: 'draft-reply',
    label: 'Draft reply',
    modes: ['read'],
    prompt:
      'Draft a reply to the email open in Outlook. Read it with item_get_current, then write the reply in my usual tone: answer every question it asks and leave [placeholders] where you need facts from me. Save it as a reply draft with mail_create_reply_draft (mode "reply", the email\'s id, your text as the comment); if that tool is not available, open the reply form with item_open_reply_form instead. Do not send it.',
  },
  'extract-tasks': {
    id: 'extract-tasks',
    label: 'Extract tasks',
    modes: ['read'],
    prompt:
      "Find the action items in the email open in Outlook that are mine. Read it with item_get_current, then create one To Do task per action item with todo_create_task: a short title, the due date where the email states one, and sourceEmail set to the email's id, webLink and subject so each task links back to it. Then list the tasks you created.",
  },
  'add-to-calendar': {
    id: 'add-to-calendar',
    label: 'Add to calendar',
    modes: ['read'],
    prompt:
      'Add the meeting, appointment or deadline in the email open in Outlook to my calendar. Read it with item_get_current, check my calendar at that time for conflicts with calendar_list_events, then create the event with calendar_create_event using the dates, times, time zone and location the email states (invite no one unless I ask). Tell me about any conflict.',
  },
  'improve-draft': {
    id: 'improve-draft',
    label: 'Improve draft',
    modes: ['compose'],
    prompt:
      'Improve the draft I am writing: clearer, more concise, same meaning and tone. Read it with item_get_current. If I selected text, rewrite only the selection and put it back with item_insert_text at position "selection"; otherwise rewrite the text I wrote above the quoted thread and insert it with item_insert_text at position "start". Keep the quoted thread as it is.',
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
