// One chart or table of a dashboard: its title, a few figures over the whole period, the SVG
// chart (when it has one), the table with the same numbers, and the CSV download of it.
import { BarChart } from '@/components/charts/bar-chart';
import { DataTable } from '@/components/charts/data-table';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { Column, DashboardTable } from '@/lib/data/dashboards';
import { formatShare } from '@/lib/domain/accuracy';
import type { CsvCell } from '@/lib/domain/dashboards';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

export interface Figure {
  label: string;
  value: string;
}

/** A column's heading in the reader's language (dashboards.columns.*). */
export function columnLabel(t: Translator, column: Column): string {
  return t(`dashboards.columns.${column.key}` as never);
}

/** A cell as the table shows it: counts and hours in the locale, shares as "92.0%", labels translated. */
export function cellText(t: Translator, format: Format, column: Column, value: CsvCell): string {
  if (value === null) return '–';
  switch (column.kind) {
    case 'count':
    case 'hours':
      return typeof value === 'number' ? format.number(value) : value;
    case 'share':
      return typeof value === 'number' ? formatShare(value) : value;
    case 'label':
      return t.has(`dashboards.labels.${value}` as never) ? t(`dashboards.labels.${value}` as never) : String(value);
    default:
      return String(value);
  }
}

export function ChartCard({
  id,
  title,
  description,
  table,
  chartKeys,
  figures = [],
  exportHref,
  t,
  format,
  unit,
}: {
  id: string;
  title: string;
  description: string;
  table: DashboardTable;
  /** The count columns drawn as (stacked) bars; none: a table only. */
  chartKeys?: readonly string[];
  figures?: readonly Figure[];
  exportHref: string;
  t: Translator;
  format: Format;
  unit: 'day' | 'week' | 'band';
}) {
  const titleId = `${id}-title`;
  const keyIndex = (key: string) => table.columns.findIndex((c) => c.key === key);
  const series = (chartKeys ?? []).map((key) => {
    const i = keyIndex(key);
    return { label: columnLabel(t, table.columns[i]!), values: table.rows.map((r) => Number(r[i] ?? 0)) };
  });
  const categories = table.rows.map((r) => cellText(t, format, table.columns[0]!, r[0] ?? null));
  return (
    <Card id={id} aria-labelledby={titleId}>
      <CardHeader
        title={<span id={titleId}>{title}</span>}
        description={description}
        action={
          <a href={exportHref} download className="whitespace-nowrap text-sm font-medium text-brand-700 hover:underline" aria-label={t('dashboards.exportLabel', { chart: title })}>
            {t('dashboards.export')}
          </a>
        }
      />
      <CardBody className="space-y-4">
        {figures.length > 0 ? (
          <dl className="flex flex-wrap gap-x-8 gap-y-2">
            {figures.map((f) => (
              <div key={f.label}>
                <dt className="text-xs text-slate-500">{f.label}</dt>
                <dd className="text-lg font-semibold tabular-nums text-slate-900">{f.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {series.length > 0 ? (
          <BarChart
            title={title}
            summary={t('dashboards.chartSummary', { count: categories.length, unit: t(`dashboards.unit.${unit}`) })}
            categories={categories}
            series={series}
            formatNumber={(n) => format.number(n)}
          />
        ) : null}
        {table.rows.length > 0 ? (
          <DataTable
            caption={title}
            columns={table.columns.map((c) => ({ label: columnLabel(t, c), numeric: c.kind === 'count' || c.kind === 'hours' || c.kind === 'share' }))}
            rows={table.rows.map((row) => row.map((cell, i) => cellText(t, format, table.columns[i]!, cell)))}
          />
        ) : (
          <p className="text-sm text-slate-500">{t('dashboards.empty')}</p>
        )}
      </CardBody>
    </Card>
  );
}
