import { SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { periodChoices, periodFromToken, type ReportPeriod } from '@/lib/domain/transparency';
import type { Translator } from '@/lib/i18n/server';
import { periodLabel } from './transparency-report';

/**
 * A plain GET form (works without JavaScript; the period lives in the URL, so a report can be
 * linked). A bad period in the URL is reported beside the field.
 */
export function PeriodChooser({ action, period, error, now, t }: { action: string; period: ReportPeriod; error: string | null; now: Date; t: Translator }) {
  const tokens = periodChoices(now);
  // A period chosen from an older link (e.g. 2019-Q2) stays selectable.
  if (period.kind !== 'custom' && !tokens.includes(period.token)) tokens.push(period.token);
  const options = tokens.flatMap((token) => {
    const p = periodFromToken(token, now);
    return p ? [{ value: token, label: periodLabel(t, p) }] : [];
  });
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      <SelectField
        name="period"
        label={t('transparency.period.label')}
        options={options}
        defaultValue={period.token}
        errors={error ? [error] : []}
        className="min-w-56"
      />
      <Button type="submit" variant="secondary">
        {t('transparency.period.show')}
      </Button>
    </form>
  );
}
