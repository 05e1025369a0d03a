import type { ItemMode } from '../../office/types';
import type { Strings } from '../i18n';

type PromptKey = keyof Strings['prompts'];

const BY_MODE: Readonly<Record<ItemMode, readonly PromptKey[]>> = {
  read: ['summarize', 'draftReply', 'extractTasks', 'addToCalendar', 'findRelated'],
  compose: ['improve', 'shorten', 'changeTone', 'translate'],
  none: ['nextWeek', 'recentMail'],
};

/** The suggestions that fit what the user is doing: reading an email, writing one, or neither. */
export function suggestedPrompts(mode: ItemMode, strings: Strings): { label: string; prompt: string }[] {
  return BY_MODE[mode].map((key) => strings.prompts[key]);
}
