/** One row of the bench table and of bench/results.json. */
export interface Metric {
  name: string;
  /** null when the metric could not be measured yet (see `note`). */
  value: number | string | null;
  unit: string;
  /** What the value is compared with, measured in the same run where possible (or a fixed reference). */
  baseline: number | string | null;
  /** The target as text, e.g. "≤ 167 KB" or "≤ 1.2 × baseline". */
  target: string;
  /** true/false when judged; null when not measured or informational. */
  met: boolean | null;
  /** Why it is not measured, or what the figure means. */
  note?: string;
}

export function notMeasured(name: string, unit: string, target: string, note: string): Metric {
  return { name, value: null, unit, baseline: null, target, met: null, note: `not measured yet: ${note}` };
}

/** A figure shown for context, without a target of its own. */
export function info(name: string, value: number | string, unit: string, note?: string): Metric {
  return { name, value, unit, baseline: null, target: '—', met: null, note };
}

export function atMost(
  name: string,
  value: number,
  unit: string,
  limit: number,
  extra: { baseline?: number | string | null; target?: string; note?: string } = {},
): Metric {
  return {
    name,
    value,
    unit,
    baseline: extra.baseline ?? null,
    target: extra.target ?? `≤ ${limit}`,
    met: value <= limit,
    note: extra.note,
  };
}

/** Runs one metric group; an exception becomes a "not measured" row instead of ending the bench. */
export async function guarded(
  group: string,
  body: () => Promise<Metric[]>,
  log: (line: string) => void,
): Promise<Metric[]> {
  const started = performance.now();
  try {
    const metrics = await body();
    log(`${group}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return metrics;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${group}: failed: ${message}`);
    return [notMeasured(group, '—', '—', `the measurement failed: ${message.split('\n')[0]}`)];
  }
}
