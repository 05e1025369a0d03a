import type { Strings } from '../i18n';

/** Area of a tool, from its name (`mail_search_messages` → `mail`). */
export function areaOf(toolName: string): string {
  return toolName.split('_')[0] ?? '';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function quoted(value: string): string {
  return `'${value.length > 40 ? `${value.slice(0, 39)}…` : value}'`;
}

type Args = Record<string, unknown>;
type Phrase = (args: Args) => string | undefined;

/**
 * Phrases for tools whose arguments say more than their name. Other tools get their name in words; a result's
 * own `summary` ("Read 3 events") always wins once it exists.
 */
const PHRASES: Readonly<Record<string, Phrase>> = {
  mail_search_messages: (args) => {
    const query = text(args.query) ?? text(args.search) ?? text(args.text);
    return query ? `Searched mail for ${quoted(query)}` : undefined;
  },
  mail_list_messages: (args) => (text(args.folder) ? `Listed mail in ${text(args.folder)}` : 'Listed mail'),
  calendar_list_events: () => 'Read your calendar',
  onedrive_search_files: (args) =>
    text(args.query) ? `Searched OneDrive for ${quoted(text(args.query)!)}` : undefined,
  onenote_search_pages: (args) =>
    text(args.query) ? `Searched OneNote for ${quoted(text(args.query)!)}` : undefined,
};

/** `mail_create_reply_draft` → "Create reply draft". */
export function humanizeToolName(toolName: string): string {
  const words = toolName.split('_').slice(1).join(' ') || toolName;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The activity line's words for a call in its current state. */
export function describeToolCall(
  entry: { toolName: string; args: unknown; summary?: string; status: 'running' | 'done' | 'failed' },
  _strings: Strings,
): string {
  if (entry.status === 'done' && entry.summary) return entry.summary;
  const args = entry.args && typeof entry.args === 'object' ? (entry.args as Args) : {};
  return PHRASES[entry.toolName]?.(args) ?? humanizeToolName(entry.toolName);
}

/** A failure in words a user understands; the tool's own message when it gave one. */
export function describeToolError(
  entry: { errorCode?: string; errorMessage?: string },
  strings: Strings,
): string {
  const generic =
    strings.tools.errors[entry.errorCode ?? 'tool-failed'] ?? strings.tools.errors['tool-failed'];
  // Tool and Graph errors carry messages written for users; protocol errors (bad arguments) do not.
  const userFacing = entry.errorCode === 'tool-failed' || entry.errorCode === 'timeout';
  return userFacing && entry.errorMessage ? `${generic} ${entry.errorMessage}` : generic;
}
