import type { z } from 'zod';
import type { GraphClient } from '../graph/types';
import type { OfficeHost, UserProfile } from '../office/types';
import type { PermissionCategory, ToolArea } from '../permissions/categories';

/** A recipient as an approval card shows it. */
export interface RecipientView {
  address: string;
  name?: string;
  /** Outside the user's organisation (domain differs from the user's). */
  external: boolean;
}

export interface PreviewField {
  label: string;
  value: string;
  kind?: 'recipients' | 'subject' | 'folder' | 'time' | 'path' | 'count' | 'text' | 'link';
  recipients?: RecipientView[];
  /** The argument this field edits, when the user may change it before approving. */
  editableArg?: string;
}

export interface PreviewWarning {
  code:
    | 'external-recipient'
    | 'recipient-not-named'
    | 'after-untrusted-content'
    | 'value-from-untrusted'
    | 'conflict'
    | 'bulk'
    | 'other';
  message: string;
}

/** What an approval card shows: the exact effect of the call. */
export interface ToolPreview {
  title: string;
  fields: PreviewField[];
  /** Body excerpt (plain text), when the action carries a body. */
  body?: string;
  /** Argument name edited by the body box, when editable. */
  bodyArg?: string;
  warnings: PreviewWarning[];
  /** Number of items affected, for bulk actions. */
  count?: number;
}

/** An item the answer can cite and the pane can open. */
export interface Citation {
  kind: 'message' | 'event' | 'file' | 'page' | 'task';
  id: string;
  title: string;
  webLink?: string;
}

/** What a tool hands back: compact data for the model, plus side information for the pane and the audit log. */
export interface ToolResult {
  /** Token-lean JSON for the model. Free text from Graph/Office goes through `ctx.untrusted()` first. */
  content: unknown;
  citations?: Citation[];
  /** Short human summary for the activity line, e.g. "Read 3 events". */
  summary?: string;
  /** Undo information for organize/delete actions (used by the activity log). */
  undo?: { tool: string; args: Record<string, unknown>; label: string };
}

/** Values a side effect targets; the permission gate checks where each came from (provenance). */
export interface ToolTargets {
  recipients?: string[];
  itemIds?: string[];
  paths?: string[];
  urls?: string[];
  /** Free text going out (body), scanned for URLs and codes taken from untrusted content. */
  outgoingText?: string[];
}

export interface ToolContext {
  graph: GraphClient;
  office: OfficeHost | null;
  signal: AbortSignal;
  user: UserProfile;
  now: () => Date;
  /** Marks free text from mail, events, files, pages or tasks as untrusted data (strips hidden characters, wraps in run delimiters). */
  untrusted: (text: string) => string;
}

export interface ToolDefinition<Input extends z.ZodType = z.ZodType> {
  /** snake_case `area_verb_noun`, unique. */
  name: string;
  area: ToolArea;
  /** A fixed category, or one chosen from the arguments (an event with attendees is `send`). */
  category:
    | PermissionCategory
    | { categories: readonly PermissionCategory[]; of: (args: z.infer<Input>) => PermissionCategory };
  /** Which item modes the tool fits; absent means any. */
  modes?: readonly ('read' | 'compose' | 'none')[];
  /** Written for the model: when to use it, what it returns, its limits. Short and exact. */
  description: string;
  input: Input;
  /** Graph operations it may call, `METHOD /path/{template}` exactly as in the OpenAPI subset. */
  graph: readonly string[];
  /** Minimum delegated scopes. */
  scopes: readonly string[];
  preview?: (args: z.infer<Input>, ctx: ToolContext) => Promise<ToolPreview> | ToolPreview;
  targets?: (args: z.infer<Input>) => ToolTargets;
  run: (args: z.infer<Input>, ctx: ToolContext) => Promise<ToolResult>;
}

/** Identity helper that keeps the input type flowing into preview/run. */
export function defineTool<Input extends z.ZodType>(tool: ToolDefinition<Input>): ToolDefinition<Input> {
  return tool;
}

/** The category of a call with these arguments. */
export function categoryOf<Input extends z.ZodType>(
  tool: ToolDefinition<Input>,
  args: z.infer<Input>,
): PermissionCategory {
  return typeof tool.category === 'string' ? tool.category : tool.category.of(args);
}

/** Every category the tool can have (for listings and settings). */
export function categoriesOf(tool: ToolDefinition): readonly PermissionCategory[] {
  return typeof tool.category === 'string' ? [tool.category] : tool.category.categories;
}
