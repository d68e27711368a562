import type { CheckResult } from '@/lib/domain/rights';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getServerTranslator } from '@/lib/i18n/server';
import { cn } from '@/lib/cn';

const MARK: Record<CheckResult, { symbol: string; className: string }> = {
  pass: { symbol: '✓', className: 'bg-emerald-100 text-emerald-800' },
  fail: { symbol: '✗', className: 'bg-red-100 text-red-800' },
  unknown: { symbol: '?', className: 'bg-slate-100 text-slate-600' },
};

/**
 * What the system could check before the reviewer compares the document by eye. Each item
 * says its result in words too (the mark alone would be colour and a glyph).
 */
export function Checklist({ items, resultLabels }: { items: { key: string; label: string; result: CheckResult }[]; resultLabels: Record<CheckResult, string> }) {
  return (
    <ul className="space-y-2 text-sm">
      {items.map((item) => (
        <li key={item.key} className="flex items-start gap-2">
          <span aria-hidden="true" className={cn('mt-0.5 inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-bold', MARK[item.result].className)}>
            {MARK[item.result].symbol}
          </span>
          <span className="text-slate-800">
            {item.label}
            {item.result === 'pass' ? <span className="sr-only"> ({resultLabels.pass})</span> : null}
            {item.result === 'fail' ? <span className="ml-1 text-xs font-medium text-red-700">{resultLabels.fail}</span> : null}
            {item.result === 'unknown' ? <span className="ml-1 text-xs text-slate-500">{resultLabels.unknown}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The checklist in its card, as every verification page shows it beside the document. */
export async function ChecklistCard({ items }: { items: { key: string; label: string; result: CheckResult }[] }) {
  const t = await getServerTranslator();
  return (
    <Card aria-labelledby="checklist-title">
      <CardHeader title={<span id="checklist-title">{t('review.checklist.title')}</span>} description={t('review.checklist.description')} />
      <CardBody>
        <Checklist items={items} resultLabels={{ pass: t('review.checklist.pass'), fail: t('review.checklist.fail'), unknown: t('review.checklist.unknown') }} />
      </CardBody>
    </Card>
  );
}
