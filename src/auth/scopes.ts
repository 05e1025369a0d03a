import {
  PERMISSION_CATEGORIES,
  effectivePolicy,
  type PermissionCategory,
  type ToolArea,
} from '../permissions/categories';
import type { Settings } from '../settings/schema';

/** Always asked at sign-in: who the user is (`GET /me`). */
export const SIGN_IN_SCOPES: readonly string[] = ['User.Read'];

/** Sign-in asks for mail reading too when the mail area is on: the pane's first job is mail. */
export function signInScopes(settings: Pick<Settings, 'permissions'>): string[] {
  return settings.permissions.areas.mail ? [...SIGN_IN_SCOPES, 'Mail.Read'] : [...SIGN_IN_SCOPES];
}

type GraphArea = Exclude<ToolArea, 'item'>;

/**
 * Least privilege per area and category: read-only scopes for reads, read-write only when a draft, organize or
 * delete tool first runs, `Mail.Send` only when a send is approved. Each row's reason is in docs/auth-and-graph.md.
 */
const SCOPES: Readonly<Record<GraphArea, Readonly<Record<PermissionCategory, readonly string[]>>>> = {
  // Outlook's master category list lives in mailbox settings: listing it is a read, creating or deleting one
  // is an organize or delete of mailbox settings.
  mail: {
    read: ['Mail.Read', 'MailboxSettings.Read'],
    draft: ['Mail.ReadWrite'],
    organize: ['Mail.ReadWrite', 'MailboxSettings.ReadWrite'],
    // Sends go draft-then-send (the approval shows the final draft; an ambiguous failure is checked against Sent
    // Items by the draft's internetMessageId), so they write a draft before Mail.Send is used.
    send: ['Mail.ReadWrite', 'Mail.Send'],
    delete: ['Mail.ReadWrite', 'MailboxSettings.ReadWrite'],
  },
  calendar: {
    // Time zone and working hours come from mailbox settings; shared read covers finding meeting times.
    read: ['Calendars.Read', 'Calendars.Read.Shared', 'MailboxSettings.Read'],
    draft: ['Calendars.ReadWrite'],
    organize: ['Calendars.ReadWrite'],
    send: ['Calendars.ReadWrite'],
    delete: ['Calendars.ReadWrite'],
  },
  onedrive: {
    read: ['Files.Read'],
    draft: ['Files.ReadWrite'],
    organize: ['Files.ReadWrite'],
    send: ['Files.ReadWrite'],
    delete: ['Files.ReadWrite'],
  },
  onenote: {
    read: ['Notes.Read'],
    // Creating a page needs only Notes.Create (least privilege); appending to or copying a page needs ReadWrite.
    draft: ['Notes.Create', 'Notes.ReadWrite'],
    organize: ['Notes.ReadWrite'],
    send: ['Notes.ReadWrite'],
    delete: ['Notes.ReadWrite'],
  },
  todo: {
    read: ['Tasks.Read'],
    draft: ['Tasks.ReadWrite'],
    organize: ['Tasks.ReadWrite'],
    send: ['Tasks.ReadWrite'],
    delete: ['Tasks.ReadWrite'],
  },
};

/** Minimum delegated scopes a tool of this area and category needs. The current item (Office.js) needs none. */
export function scopesFor(area: ToolArea, category: PermissionCategory): readonly string[] {
  if (area === 'item') return [];
  return SCOPES[area][category];
}

/**
 * Every scope the settings allow the pane to ask for: the sign-in scopes plus those of areas switched on and
 * categories not disabled. A scope outside this set is never requested (the guard in scope-guard.ts refuses it).
 */
export function allowedScopes(settings: Pick<Settings, 'permissions'>): Set<string> {
  const allowed = new Set(SIGN_IN_SCOPES);
  const { areas, policies } = settings.permissions;
  for (const area of Object.keys(SCOPES) as GraphArea[]) {
    if (!areas[area]) continue;
    for (const category of PERMISSION_CATEGORIES) {
      if (effectivePolicy(category, policies[category]) === 'disabled') continue;
      for (const scope of SCOPES[area][category]) allowed.add(scope);
    }
  }
  return allowed;
}

/** Every scope any configuration can ask for: what the app registration should list. */
export function allKnownScopes(): string[] {
  const all = new Set(SIGN_IN_SCOPES);
  for (const area of Object.values(SCOPES))
    for (const scopes of Object.values(area)) scopes.forEach((scope) => all.add(scope));
  return [...all].sort();
}
