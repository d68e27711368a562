import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';
import { isExpired } from '@/lib/domain/rights';
import { Badge } from '@/components/ui/badge';

/** A right's registration facts, as both the brand agent and the reviewer read them. */
export function RightFacts({
  right,
  t,
  format,
}: {
  right: {
    type: string;
    registrationNumber: string;
    office: string;
    jurisdiction: string;
    classes: number[];
    ownerName: string;
    registeredAt: Date | null;
    expiresAt: Date | null;
    createdAt: Date;
  };
  t: Translator;
  format: Format;
}) {
  const expired = isExpired(right.expiresAt, format.now);
  return (
    <dl className="grid gap-x-8 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="text-slate-500">{t('brand.rightFacts.type')}</dt>
      <dd className="text-slate-800">{t(`brand.rightType.${right.type as 'TRADEMARK'}`)}</dd>
      <dt className="text-slate-500">{t('brand.rightFacts.registrationNumber')}</dt>
      <dd className="font-mono text-slate-800">{right.registrationNumber}</dd>
      <dt className="text-slate-500">{t('brand.rightFacts.office')}</dt>
      <dd className="text-slate-800">
        {right.office} · {right.jurisdiction}
      </dd>
      <dt className="text-slate-500">{t('brand.rightFacts.classes')}</dt>
      <dd className="text-slate-800">{right.classes.length ? right.classes.join(', ') : '—'}</dd>
      <dt className="text-slate-500">{t('brand.rightFacts.owner')}</dt>
      <dd className="text-slate-800">{right.ownerName}</dd>
      <dt className="text-slate-500">{t('brand.rightFacts.registeredAt')}</dt>
      <dd className="text-slate-800">{right.registeredAt ? format.date(right.registeredAt) : '—'}</dd>
      <dt className="text-slate-500">{t('brand.rightFacts.expiresAt')}</dt>
      <dd className="flex flex-wrap items-center gap-2 text-slate-800">
        {right.expiresAt ? format.date(right.expiresAt) : t('brand.detail.rights.noExpiry')}
        {expired ? <Badge tone="bad">{t('brand.rightFacts.expired')}</Badge> : null}
        {right.expiresAt && !expired ? <span className="text-xs text-slate-500">({format.relative(right.expiresAt)})</span> : null}
      </dd>
      <dt className="text-slate-500">{t('brand.rightFacts.submitted')}</dt>
      <dd className="text-slate-800">{format.dateTime(right.createdAt)}</dd>
    </dl>
  );
}
