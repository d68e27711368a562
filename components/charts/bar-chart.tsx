// A bar chart drawn on the server as SVG: no client JavaScript, no chart library. One series
// gives plain bars; several are stacked. It is an image to assistive technology (role="img",
// aria-label and <title>); its numbers are in the table the caller puts beside it
// (components/charts/data-table.tsx): every chart has its table.
import { CHART_COLOURS } from './colours';

export interface BarSeries {
  label: string;
  values: readonly number[];
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 40 };

/** A round axis maximum at or above `max`: 1, 2, 5 × 10ⁿ. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((m) => m * power >= max) ?? 10;
  return step * power;
}

export function BarChart({
  title,
  summary,
  categories,
  series,
  formatNumber = String,
}: {
  /** The chart's name: its aria-label and <title>. */
  title: string;
  /** One sentence of what it shows, for the <desc> (e.g. "7 bars, by day; the figures are in the table below"). */
  summary: string;
  /** The x axis: one label per bar. */
  categories: readonly string[];
  /** Stacked bottom to top in this order. */
  series: readonly BarSeries[];
  formatNumber?: (n: number) => string;
}) {
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, categories.length);
  const barWidth = Math.max(1, slot * 0.7);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  // At most ~8 labels on the x axis, so they never overlap.
  const labelEvery = Math.max(1, Math.ceil(categories.length / 8));
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} className="h-auto w-full max-w-3xl" preserveAspectRatio="xMinYMin meet">
        <title>{title}</title>
        <desc>{summary}</desc>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max * f)} y2={y(max * f)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" fontSize="11" fill="#64748b">
              {formatNumber(max * f)}
            </text>
          </g>
        ))}
        {categories.map((category, i) => {
          let base = 0;
          const x = PAD.left + i * slot + (slot - barWidth) / 2;
          return (
            <g key={category}>
              {series.map((s, k) => {
                const value = Math.max(0, s.values[i] ?? 0);
                const top = y(base + value);
                const height = y(base) - top;
                base += value;
                return value > 0 ? <rect key={s.label} x={x} y={top} width={barWidth} height={height} fill={CHART_COLOURS[k % CHART_COLOURS.length]} /> : null;
              })}
              {i % labelEvery === 0 ? (
                <text x={x + barWidth / 2} y={HEIGHT - 10} textAnchor="middle" fontSize="11" fill="#64748b">
                  {category.length === 10 ? category.slice(5) : category}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#94a3b8" />
      </svg>
      {series.length > 1 ? (
        <figcaption>
          <ul className="flex flex-wrap gap-4 text-xs text-slate-600">
            {series.map((s, k) => (
              <li key={s.label} className="flex items-center gap-1.5">
                <svg width="10" height="10" aria-hidden="true">
                  <rect width="10" height="10" fill={CHART_COLOURS[k % CHART_COLOURS.length]} />
                </svg>
                {s.label}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}
