import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { AgencyRequest } from '@/lib/data/agency-authorizations';
import { isExpired } from '@/lib/domain/rights';
import { VERIFICATION_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

/** An agency's powers of attorney: each brand it asked to act for, and where that stands. */
export function AgencyRequestsTable({ requests, t, format }: { requests: AgencyRequest[]; t: Translator; format: Format }) {
  return (
    <Table>
      <caption className="sr-only">{t('brand.agencyRequests.title')}</caption>
      <thead>
        <tr>
          <Th>{t('brand.agencyRequests.columns.brand')}</Th>
          <Th>{t('brand.agencyRequests.columns.owner')}</Th>
          <Th>{t('brand.agencyRequests.columns.status')}</Th>
          <Th>{t('brand.agencyRequests.columns.validUntil')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {requests.map((request) => {
          const lapsed = request.status === 'VERIFIED' && isExpired(request.validUntil, format.now);
          return (
            <tr key={request.id}>
              <Td>
                <Link href={`/brand/agency-requests/${request.id}`} className="font-medium text-brand-700 hover:underline">
                  {request.brand.name}
                </Link>
              </Td>
              <Td>{request.brand.ownerOrganisation.name}</Td>
              <Td>
                {lapsed ? (
                  <Badge tone="neutral">{t('brand.agencyRequest.expired')}</Badge>
                ) : (
                  <Badge tone={VERIFICATION_TONE[request.status]}>{t(`brand.verification.${request.status}`)}</Badge>
                )}
                {request.status === 'REJECTED' && request.statusReason ? <p className="mt-1 max-w-64 text-xs text-slate-600">{request.statusReason}</p> : null}
              </Td>
              <Td className="whitespace-nowrap">{request.validUntil ? format.date(request.validUntil) : t('brand.detail.agencies.noEnd')}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
