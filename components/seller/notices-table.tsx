import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { NoticeRow } from '@/lib/data/notices';
import { CLAIM_ITEM_STATUS_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

function Reason({ notice, t }: { notice: NoticeRow; t: Translator }) {
  if (notice.status === 'REMOVED' && notice.removalReason) return <>{t(`review.removalReason.${notice.removalReason}`)}</>;
  if (notice.status === 'REJECTED' && notice.rejectionReason) return <>{t(`review.rejectionReason.${notice.rejectionReason}`)}</>;
  if (notice.status === 'RESTORED') return <>{t('seller.notices.restoredReason')}</>;
  return <>—</>;
}

export function NoticesTable({ rows, t, format }: { rows: NoticeRow[]; t: Translator; format: Format }) {
  return (
    <Table>
      <caption className="sr-only">{t('seller.notices.title')}</caption>
      <thead>
        <tr>
          <Th>{t('seller.notices.columns.claim')}</Th>
          <Th>{t('seller.notices.columns.listing')}</Th>
          <Th>{t('seller.notices.columns.brand')}</Th>
          <Th>{t('seller.notices.columns.type')}</Th>
          <Th>{t('seller.notices.columns.outcome')}</Th>
          <Th>{t('seller.notices.columns.decided')}</Th>
          <Th>{t('seller.notices.columns.counterNotice')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((notice) => (
          <tr key={notice.id}>
            <Td className="font-mono text-xs whitespace-nowrap">{notice.claim.reference}</Td>
            <Td className="max-w-xs">
              <Link
                href={`/seller/notices/${notice.id}`}
                aria-label={t('counterNotices.noticeLink', { title: notice.listing.title })}
                className="font-medium text-brand-700 underline"
              >
                {notice.listing.title}
              </Link>
              <div className="text-xs text-slate-500">
                {notice.listing.store.name} · <span className="font-mono">{notice.listing.externalId}</span>
              </div>
            </Td>
            <Td>{notice.claim.brand.name}</Td>
            <Td>{t(`review.infringementType.${notice.infringementType}`)}</Td>
            <Td>
              <div className="flex flex-wrap gap-1">
                <Badge tone={CLAIM_ITEM_STATUS_TONE[notice.status]}>{t(`seller.noticeStatus.${notice.status}`)}</Badge>
                {notice.expedited ? <Badge tone="warn">{t('seller.notices.expedited')}</Badge> : null}
              </div>
              <p className="mt-1 text-xs text-slate-600">
                <Reason notice={notice} t={t} />
              </p>
              {notice.statementId ? (
                <p className="mt-1 text-xs">
                  <Link
                    href={`/seller/statements/${notice.statementId}`}
                    aria-label={t('seller.notices.statementFor', { title: notice.listing.title })}
                    className="font-medium text-brand-700 underline"
                  >
                    {t('seller.notices.statement')}
                  </Link>
                </p>
              ) : null}
            </Td>
            <Td className="whitespace-nowrap">{notice.decidedAt ? format.date(notice.decidedAt) : '—'}</Td>
            <Td>{notice.counterNotice ? t(`seller.counterNoticeStatus.${notice.counterNotice.status}`) : t('seller.notices.noCounterNotice')}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
