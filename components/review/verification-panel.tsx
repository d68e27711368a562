import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { VerificationBacklog } from '@/lib/data/queue';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';
import { verificationHref } from './verification-href';

/** What waits for verification before claims may rest on it (journey 6). */
export function VerificationPanel({ backlog, t, format }: { backlog: VerificationBacklog; t: Translator; format: Format }) {
  const counts = [
    { key: 'brand', label: t('review.toVerify.brands'), count: backlog.pendingBrands, href: '/review/verifications?kind=brand' },
    { key: 'right', label: t('review.toVerify.rights'), count: backlog.pendingRights, href: '/review/verifications?kind=right' },
    { key: 'agency', label: t('review.toVerify.agencies'), count: backlog.pendingAgencyAuthorizations, href: '/review/verifications?kind=agency' },
    { key: 'store', label: t('storeVerification.review.backlogLabel'), count: backlog.pendingStoreVerifications, href: '/review/verifications#stores' },
  ];
  const nothing = counts.every((c) => c.count === 0);
  return (
    <Card aria-labelledby="to-verify-title">
      <CardHeader
        title={<span id="to-verify-title">{t('review.toVerify.title')}</span>}
        description={t('review.toVerify.description')}
        action={
          <Button asChild variant="secondary" size="sm">
            <Link href="/review/verifications">{t('review.toVerify.openList')}</Link>
          </Button>
        }
      />
      <CardBody className="grid gap-6 md:grid-cols-2">
        <dl className="grid grid-cols-2 content-start gap-2 text-center sm:grid-cols-4">
          {counts.map((c) => (
            <div key={c.key} className="rounded-md bg-slate-50 px-2 py-2">
              <dt className="text-xs text-slate-600">
                <Link href={c.href} className="hover:underline">
                  {c.label}
                </Link>
              </dt>
              <dd className={c.count > 0 ? 'text-xl font-semibold text-amber-800' : 'text-xl font-semibold text-slate-400'}>{format.number(c.count)}</dd>
            </div>
          ))}
        </dl>
        {nothing ? (
          <p className="text-sm text-slate-600">{t('review.toVerify.empty')}</p>
        ) : backlog.oldestBrands.length > 0 ? (
          <div>
            <h3 className="text-sm font-medium text-slate-800">{t('review.toVerify.waitingLongest')}</h3>
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {backlog.oldestBrands.map((brand) => (
                <li key={brand.id} className="py-2">
                  <Link href={verificationHref('brand', brand.id)} className="font-medium text-brand-700 hover:underline">
                    {brand.name}
                  </Link>
                  <div className="text-xs text-slate-500">
                    {t('review.toVerify.brandLine', {
                      owner: brand.ownerName,
                      since: format.relative(brand.createdAt),
                      rights: brand.pendingRights,
                    })}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}
