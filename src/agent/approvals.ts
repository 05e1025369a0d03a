import type { z } from 'zod';
import type { AskReason } from '../permissions/decide';
import type { PermissionCategory } from '../permissions/categories';
import type { PreviewWarning, ToolContext, ToolDefinition, ToolPreview } from '../tools/define-tool';
import { ApprovalError } from './errors';

/** A call waiting for the user. Plain data: it survives a reload of the pane with the session snapshot. */
export interface PendingApproval {
  /** Equal to the model's tool call id. */
  id: string;
  toolName: string;
  category: PermissionCategory;
  /** Validated arguments. */
  args: Record<string, unknown>;
  preview: ToolPreview;
  /** Why the gate asked: the category's setting, provenance, or both. */
  reasons: AskReason[];
  /** Argument names the card lets the user edit (from `PreviewField.editableArg` and `ToolPreview.bodyArg`). */
  editableArgs: string[];
  requestedAt: string;
}

const BODY_EXCERPT_LENGTH = 600;

function display(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value.join(', ');
  return JSON.stringify(value);
}

/** For tools without a `preview`: every argument as a read-only field. */
export function genericPreview(toolName: string, args: Record<string, unknown>): ToolPreview {
  return {
    title: toolName.replace(/_/gu, ' '),
    fields: Object.entries(args).map(([label, value]) => ({
      label,
      value: display(value).slice(0, BODY_EXCERPT_LENGTH),
      kind: 'text' as const,
    })),
    warnings: [],
  };
}

/** Gate warnings first (they are why the card exists), then the tool's own, without duplicates. */
function mergeWarnings(gate: readonly PreviewWarning[], tool: readonly PreviewWarning[]): PreviewWarning[] {
  const seen = new Set<string>();
  return [...gate, ...tool].filter((warning) => {
    const key = `${warning.code}:${warning.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function buildPendingApproval(options: {
  toolCallId: string;
  tool: ToolDefinition;
  args: Record<string, unknown>;
  category: PermissionCategory;
  reasons: AskReason[];
  warnings: PreviewWarning[];
  context: ToolContext;
  requestedAt: Date;
}): Promise<PendingApproval> {
  const { tool, args } = options;
  let toolPreview: ToolPreview;
  try {
    toolPreview = tool.preview ? await tool.preview(args, options.context) : genericPreview(tool.name, args);
  } catch (_error) {
    // A preview that fails must not hide the action: fall back to showing the raw arguments.
    toolPreview = genericPreview(tool.name, args);
  }
  const editableArgs = [
    ...new Set([
      ...toolPreview.fields.flatMap((field) => (field.editableArg ? [field.editableArg] : [])),
      ...(toolPreview.bodyArg ? [toolPreview.bodyArg] : []),
    ]),
  ];
  return {
    id: options.toolCallId,
    toolName: tool.name,
    category: options.category,
    args,
    preview: { ...toolPreview, warnings: mergeWarnings(options.warnings, toolPreview.warnings) },
    reasons: options.reasons,
    editableArgs,
    requestedAt: options.requestedAt.toISOString(),
  };
}

/**
 * Applies the user's edits to a pending call: only editable arguments may change, and the result is
 * validated again with the tool's schema.
 */
export function applyEdits(
  approval: PendingApproval,
  tool: ToolDefinition,
  editedArgs: Record<string, unknown>,
): Record<string, unknown> {
  const notEditable = Object.keys(editedArgs).filter((key) => !approval.editableArgs.includes(key));
  if (notEditable.length > 0) {
    throw new ApprovalError(
      'not-editable',
      `These fields cannot be edited on this card: ${notEditable.join(', ')}.`,
    );
  }
  const parsed = (tool.input as z.ZodType).safeParse({ ...approval.args, ...editedArgs });
  if (!parsed.success) {
    throw new ApprovalError(
      'invalid-edit',
      `The edited values are not valid: ${describeIssues(parsed.error.issues)}`,
    );
  }
  return parsed.data as Record<string, unknown>;
}

/** `to.0: Invalid email address; subject: Required` — names the fields, for the model and the card. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 8)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(arguments)'}: ${issue.message}`)
    .join('; ');
}
