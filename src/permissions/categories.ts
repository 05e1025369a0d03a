/** What a tool does to the world; the user sets a policy per category. */
export const PERMISSION_CATEGORIES = ['read', 'draft', 'organize', 'send', 'delete'] as const;
export type PermissionCategory = (typeof PERMISSION_CATEGORIES)[number];

/** The user's choice for a category. */
export const PERMISSION_POLICIES = ['always', 'ask', 'disabled'] as const;
export type PermissionPolicy = (typeof PERMISSION_POLICIES)[number];

/** The areas of Microsoft 365 a tool works in; each (but the current item) can be switched off as a whole. */
export const TOOL_AREAS = ['item', 'mail', 'calendar', 'onedrive', 'onenote', 'todo'] as const;
export type ToolArea = (typeof TOOL_AREAS)[number];

/** Defaults from ARCHITECTURE.md's permission table. */
export const DEFAULT_POLICIES: Readonly<Record<PermissionCategory, PermissionPolicy>> = {
  read: 'always',
  draft: 'ask',
  organize: 'ask',
  send: 'ask',
  delete: 'disabled',
};

/** Categories whose side effects reach or remove things; `send` can never be set to Always allow. */
export const NEVER_ALWAYS: ReadonlySet<PermissionCategory> = new Set(['send']);

/** Clamp a stored policy to what the category allows (a hand-edited roaming setting cannot unlock send). */
export function effectivePolicy(category: PermissionCategory, policy: PermissionPolicy): PermissionPolicy {
  if (policy === 'always' && NEVER_ALWAYS.has(category)) return 'ask';
  return policy;
}
