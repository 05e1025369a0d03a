import { categoriesOf, type ToolDefinition } from '../tools/define-tool';
import type { ItemMode } from '../office/types';
import type { Settings } from '../settings/schema';
import { effectivePolicy, type ToolArea } from './categories';

/** Why a tool is not offered to the model, or `offered`. */
export type Availability = 'offered' | 'area-off' | 'all-categories-disabled' | 'wrong-mode';

export function isAreaOn(area: ToolArea, settings: Settings): boolean {
  // The current item is always reachable: it is what the pane is open on.
  if (area === 'item') return true;
  return settings.permissions.areas[area];
}

export function availabilityOf(tool: ToolDefinition, settings: Settings, mode?: ItemMode): Availability {
  if (!isAreaOn(tool.area, settings)) return 'area-off';
  const usable = categoriesOf(tool).some(
    (category) => effectivePolicy(category, settings.permissions.policies[category]) !== 'disabled',
  );
  if (!usable) return 'all-categories-disabled';
  if (mode !== undefined && tool.modes && !tool.modes.includes(mode)) return 'wrong-mode';
  return 'offered';
}

/** The catalog as the model sees it for this mode and these settings. */
export function offeredTools(
  catalog: readonly ToolDefinition[],
  settings: Settings,
  mode?: ItemMode,
): ToolDefinition[] {
  return catalog.filter((tool) => availabilityOf(tool, settings, mode) === 'offered');
}
