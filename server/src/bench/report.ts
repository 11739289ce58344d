// The benchmark's figures as markdown: one column per bundle size, growth ratios, and each
// target at 1,000 seeds marked PASS or FAIL.

export function median(values: number[]): number | undefined {
  return quantile(values, 0.5);
}

export function p95(values: number[]): number | undefined {
  return quantile(values, 0.95);
}

/** The q-quantile by linear interpolation between closest ranks; undefined for no values. */
export function quantile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** A figure for a size, or undefined where it was not measured. */
export type Figure = number | undefined;

export interface Target {
  /** How the target reads in the table, e.g. `≤ 30 ms`. */
  text: string;
  /** Whether a figure meets it. */
  met(value: number): boolean;
  /** Judge the growth from 250 to 1,000 seeds instead of the figure at 1,000. */
  onGrowth?: boolean;
}

export interface Row {
  label: string;
  /** The figure per bundle size (seed count). */
  values: Map<number, Figure>;
  /** Digits after the point. */
  digits?: number;
  /** Show growth ratios between consecutive sizes (only for times and other costs). */
  growth?: boolean;
  targets?: Target[];
}

export const TARGET_SIZE = 1000;
export const GROWTH_FROM = 250;

export const atMost = (limit: number, unit: string): Target => ({ text: `≤ ${limit}${unit}`, met: (v) => v <= limit });
export const growthAtMost = (limit: number): Target => ({ text: `≤ ${limit}× 250 → 1,000`, met: (v) => v <= limit, onGrowth: true });

/**
 * A row's verdict: each target judged at 1,000 seeds (or on the growth from 250 to 1,000);
 * PASS when all are met, FAIL naming the ones that are not, '—' when a figure is missing.
 */
export function verdict(row: Row): string {
  const targets = row.targets ?? [];
  const judged = targets.map((target) => {
    const value = target.onGrowth ? ratio(row.values.get(GROWTH_FROM), row.values.get(TARGET_SIZE)) : row.values.get(TARGET_SIZE);
    return { target, met: value === undefined ? undefined : target.met(value) };
  });
  if (judged.length === 0 || judged.some((j) => j.met === undefined)) return '—';
  const failed = judged.filter((j) => !j.met);
  if (failed.length === 0) return 'PASS';
  return failed.length === judged.length ? 'FAIL' : `FAIL (${failed.map((j) => j.target.text).join('; ')})`;
}

export function ratio(from: Figure, to: Figure): Figure {
  return from === undefined || to === undefined || from <= 0 ? undefined : to / from;
}

export function formatFigure(value: Figure, digits = 1): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The growth columns: each size against the one before, e.g. `250 → 1,000`. */
function growthSteps(sizes: number[]): [number, number][] {
  const steps: [number, number][] = [];
  for (let i = 1; i < sizes.length; i++) steps.push([sizes[i - 1], sizes[i]]);
  return steps;
}

/** A markdown table: a column per size, growth ratios, the target at 1,000 seeds and its verdict. */
export function table(rows: Row[], sizes: number[]): string {
  const steps = growthSteps(sizes);
  const header = ['measure', ...sizes.map((s) => `${s.toLocaleString('en-US')} seeds`), ...steps.map(([a, b]) => `× ${a.toLocaleString('en-US')} → ${b.toLocaleString('en-US')}`), 'target at 1,000', 'result'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const row of rows) {
    const cells = [
      row.label,
      ...sizes.map((s) => formatFigure(row.values.get(s), row.digits)),
      ...steps.map(([a, b]) => (row.growth ? `${formatFigure(ratio(row.values.get(a), row.values.get(b)), 2)}` : '')),
      (row.targets ?? []).map((t) => t.text).join('; '),
      verdict(row),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
