// The "Trusted status" card of a brand's page (journey 5): tier, since when, lockout, the
// figures against the thresholds with the distance to them, and the expedited takedowns.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import type { BrandTrust, ExpeditedTakedown } from '@/lib/data/brand-trust';
import { formatShare } from '@/lib/domain/accuracy';
import { TIER_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

function outcome(item: ExpeditedTakedown, t: Translator): string {
  if (!item.decided && item.status === 'REMOVED') return t('trust.card.expedited.awaiting');
  if (item.status === 'REMOVED') return t('trust.card.expedited.confirmed');
  if (item.status === 'REJECTED') return t('trust.card.expedited.overturned');
  return t('trust.card.expedited.other', { status: t(`review.claimItemStatus.${item.status}`) });
}

export function TrustedStatusCard({ trust, t, format }: { trust: BrandTrust; t: Translator; format: Format }) {
  const { standing, counts, policy } = trust;
  const distance = (['items', 'standingRemovals', 'excessRestorations'] as const).filter((k) => standing.distance[k] > 0);
  return (
    <Card aria-labelledby="trusted-status-title">
      <CardHeader title={<span id="trusted-status-title">{t('trust.card.title')}</span>} description={t('trust.card.description')} />
      <CardBody className="space-y-4">
        <dl className="grid gap-x-8 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('trust.card.tier')}</dt>
          <dd>
            <Badge tone={TIER_TONE[trust.tier]}>{t(`trust.card.tierName.${trust.tier}`)}</Badge>
          </dd>
          <dt className="text-slate-500">{t('trust.card.since')}</dt>
          <dd className="text-slate-800">{trust.tierChangedAt ? format.date(trust.tierChangedAt) : t('trust.card.never')}</dd>
          {trust.tierLockoutUntil && trust.tier !== 'TRUSTED' ? (
            <>
              <dt className="text-slate-500">{t('trust.card.lockoutUntil')}</dt>
              <dd className="text-slate-800">{format.date(trust.tierLockoutUntil)}</dd>
            </>
          ) : null}
        </dl>

        <Table aria-label={t('trust.card.window', { days: policy.accuracyWindowDays })}>
          <caption className="pb-2 text-left text-sm text-slate-600">{t('trust.card.window', { days: policy.accuracyWindowDays })}</caption>
          <thead>
            <tr>
              <Th scope="col">{t('trust.card.figure')}</Th>
              <Th scope="col">{t('trust.card.value')}</Th>
              <Th scope="col">{t('trust.card.threshold')}</Th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <Th scope="row">{t('trust.card.accuracy')}</Th>
              <Td data-testid="trust-accuracy">{formatShare(standing.accuracy)}</Td>
              <Td>{t('trust.card.atLeast', { value: formatShare(policy.trustedMinAccuracy) })}</Td>
            </tr>
            <tr>
              <Th scope="row">{t('trust.card.restoredShare')}</Th>
              <Td>{formatShare(standing.restoredShare)}</Td>
              <Td>{t('trust.card.atMost', { value: formatShare(policy.trustedMaxRestoredShare) })}</Td>
            </tr>
            <tr>
              <Th scope="row">{t('trust.card.decided')}</Th>
              <Td>{counts.decided}</Td>
              <Td>{t('trust.card.atLeast', { value: String(policy.trustedMinDecidedItems) })}</Td>
            </tr>
          </tbody>
        </Table>

        {standing.qualifies ? (
          <p className="text-sm text-emerald-800">{t('trust.card.qualifies')}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            {distance.map((k) => (
              <li key={k}>{t(`trust.card.distance.${k}`, { count: standing.distance[k] })}</li>
            ))}
          </ul>
        )}

        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">{t('trust.card.expedited.title')}</h3>
          {trust.expedited.length === 0 ? (
            <p className="text-sm text-slate-600">{t('trust.card.expedited.empty')}</p>
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th scope="col">{t('trust.card.expedited.listing')}</Th>
                  <Th scope="col">{t('trust.card.expedited.claim')}</Th>
                  <Th scope="col">{t('trust.card.expedited.at')}</Th>
                  <Th scope="col">{t('trust.card.expedited.outcome')}</Th>
                </tr>
              </thead>
              <tbody>
                {trust.expedited.map((item) => (
                  <tr key={item.id}>
                    <Td>{item.listing.title}</Td>
                    <Td>
                      <Link href={`/brand/claims/${item.claim.id}`} className="font-mono text-brand-700 hover:underline">
                        {item.claim.reference}
                      </Link>
                    </Td>
                    <Td>{format.dateTime(item.expeditedAt)}</Td>
                    <Td>{outcome(item, t)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
