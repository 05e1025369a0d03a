import type { Metric } from './metric';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return String(value);
}

function verdict(metric: Metric): string {
  if (metric.met === true) return 'met';
  if (metric.met === false) return 'MISSED';
  return metric.value === null ? 'not measured' : 'info';
}

/** A Markdown table (readable in a terminal, pasteable into docs/performance.md), notes below it. */
export function formatTable(machine: string, date: string, metrics: readonly Metric[]): string {
  const rows = metrics.map((metric) => [
    metric.name,
    cell(metric.value),
    metric.unit,
    cell(metric.baseline),
    metric.target,
    verdict(metric),
  ]);
  const header = ['metric', 'value', 'unit', 'baseline', 'target', 'met'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (row: string[]) => `| ${row.map((text, column) => text.padEnd(widths[column])).join(' | ')} |`;
  const notes = metrics.filter((metric) => metric.note).map((metric) => `- ${metric.name}: ${metric.note}`);
  return [
    `Machine: ${machine}`,
    `Date: ${date}`,
    '',
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
    '',
    ...notes,
  ].join('\n');
}
