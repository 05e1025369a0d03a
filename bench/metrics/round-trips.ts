/**
 * Metric 3, Graph round trips: the e2e scenario suite records, per scenario, how many Graph requests the agent made
 * and the minimum the scenario needs. The bench reads that file; it does not run the scenarios itself.
 *
 * Expected file (first found of ROUND_TRIP_FILES): `{ "scenarios": { "<name>": { "minimum": 2, "measured": 3 } } }`
 * as the scenario suite writes it, or a list (`[...]` or `{ "scenarios": [...] }`) of
 * `{ "scenario": "…", "requests": 3, "minimum": 2 }` (`name`/`measured`/`actual` accepted as aliases).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { info, notMeasured, type Metric } from '../lib/metric';

export const ROUND_TRIP_FILES = ['test/e2e/scenarios/round-trips.json', 'test/e2e/round-trips.json'];

interface ScenarioCount {
  scenario: string;
  requests: number;
  minimum: number;
}

function parseScenarios(json: unknown): ScenarioCount[] {
  const container = Array.isArray(json) ? json : (json as { scenarios?: unknown } | null)?.scenarios;
  // The suite writes { "scenarios": { "<name>": { "minimum", "measured", … } } }; a list works too.
  const list = Array.isArray(container)
    ? container
    : container && typeof container === 'object'
      ? Object.entries(container).map(([scenario, entry]) => ({ scenario, ...(entry as object) }))
      : undefined;
  if (!list) throw new Error('expected an array, { "scenarios": [...] } or { "scenarios": { name: {...} } }');
  return list.map((entry, index) => {
    const record = entry as Record<string, unknown>;
    const scenario = String(record.scenario ?? record.name ?? `scenario ${index + 1}`);
    const requests = Number(record.requests ?? record.measured ?? record.actual);
    const minimum = Number(record.minimum);
    if (!Number.isFinite(requests) || !Number.isFinite(minimum))
      throw new Error(`${scenario}: "requests" and "minimum" must be numbers`);
    return { scenario, requests, minimum };
  });
}

export function measureRoundTrips(root: string): Metric[] {
  const name = 'Graph round trips: scenarios at their minimum';
  const file = ROUND_TRIP_FILES.map((relative) => path.join(root, relative)).find((candidate) =>
    existsSync(candidate),
  );
  if (!file) {
    return [
      notMeasured(
        name,
        'scenarios',
        'all',
        `no ${ROUND_TRIP_FILES[0]} (the e2e scenario suite writes it with per-scenario request counts)`,
      ),
    ];
  }
  const scenarios = parseScenarios(JSON.parse(readFileSync(file, 'utf8')));
  const over = scenarios.filter((scenario) => scenario.requests > scenario.minimum);
  const written = statSync(file).mtime.toISOString();
  return [
    {
      name,
      value: `${scenarios.length - over.length}/${scenarios.length}`,
      unit: 'scenarios',
      baseline: null,
      target: 'all',
      met: scenarios.length > 0 && over.length === 0,
      note:
        `from ${path.relative(root, file)} (written ${written})` +
        (over.length
          ? `; above the minimum: ${over.map((s) => `${s.scenario} ${s.requests}/${s.minimum}`).join(', ')}`
          : ''),
    },
    info(
      'Graph round trips: requests made / minimum, all scenarios',
      `${scenarios.reduce((sum, s) => sum + s.requests, 0)}/${scenarios.reduce((sum, s) => sum + s.minimum, 0)}`,
      'requests',
    ),
  ];
}
