import { categoryOf, type PreviewWarning, type ToolDefinition } from '../tools/define-tool';
import type { Settings } from '../settings/schema';
import type { ProvenanceView } from '../security/provenance';
import { checkArgumentLinks, checkTargets } from '../security/target-checks';
import { isAreaOn } from './availability';
import { effectivePolicy, type PermissionCategory } from './categories';
import { capExceeded, capUsageOf, type TurnCapUsage, type TurnCaps } from './turn-caps';

/** Why a call needs the user's approval. */
export type AskReason = { kind: 'setting'; message: string } | { kind: 'provenance'; message: string };

export type DenyCode = 'area-off' | 'category-disabled' | 'turn-cap';

/** The gate's verdict on one call. */
export type GateDecision =
  | { kind: 'allow'; category: PermissionCategory; warnings: PreviewWarning[] }
  | { kind: 'ask'; category: PermissionCategory; reasons: AskReason[]; warnings: PreviewWarning[] }
  | { kind: 'deny'; category: PermissionCategory; code: DenyCode; message: string };

export interface DecideOptions {
  /** Per-turn caps and what the turn has used so far (including calls already planned in this step). */
  caps?: { limits: TurnCaps; used: TurnCapUsage };
}

const CATEGORY_WORDS: Readonly<Record<PermissionCategory, string>> = {
  read: 'Reading',
  draft: 'Drafting',
  organize: 'Organizing',
  send: 'Sending',
  delete: 'Deleting',
};

/**
 * allow | ask | deny for one validated call. Settings give the baseline; provenance can only raise
 * (allow → ask), never lower; caps can only deny.
 */
export function decide(
  tool: ToolDefinition,
  args: unknown,
  settings: Settings,
  provenance?: ProvenanceView,
  options: DecideOptions = {},
): GateDecision {
  const category = categoryOf(tool, args);
  if (!isAreaOn(tool.area, settings)) {
    return {
      kind: 'deny',
      category,
      code: 'area-off',
      message: `Tool '${tool.name}' is not available: the ${tool.area} area is switched off in settings.`,
    };
  }
  const policy = effectivePolicy(category, settings.permissions.policies[category]);
  if (policy === 'disabled') {
    return {
      kind: 'deny',
      category,
      code: 'category-disabled',
      message: `Tool '${tool.name}' is not available for this call: ${CATEGORY_WORDS[category].toLowerCase()} (${category}) is disabled in settings.`,
    };
  }
  if (category === 'read') return { kind: 'allow', category, warnings: [] };

  const targets = tool.targets?.(args) ?? {};
  if (options.caps) {
    const exceeded = capExceeded(
      options.caps.used,
      capUsageOf(tool.area, category, targets),
      options.caps.limits,
    );
    if (exceeded) return { kind: 'deny', category, code: 'turn-cap', message: exceeded };
  }

  const targetCheck = provenance ? checkTargets(targets, provenance) : { raise: false, warnings: [] };
  const linkCheck = provenance
    ? checkArgumentLinks(args, provenance, targetCheck.warnings)
    : { raise: false, warnings: [] };
  const check = {
    raise: targetCheck.raise || linkCheck.raise,
    warnings: [...targetCheck.warnings, ...linkCheck.warnings],
  };
  const reasons: AskReason[] = [];
  if (policy === 'ask')
    reasons.push({
      kind: 'setting',
      message: `${CATEGORY_WORDS[category]} needs your approval (your settings).`,
    });
  if (check.raise) {
    reasons.push({
      kind: 'provenance',
      message:
        'Some values in this action come from outside your request; approval is required whatever your settings.',
    });
  }
  if (reasons.length === 0) return { kind: 'allow', category, warnings: check.warnings };
  return { kind: 'ask', category, reasons, warnings: check.warnings };
}
