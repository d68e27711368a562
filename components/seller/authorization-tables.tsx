import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { ApplicationRow, GrantRow } from '@/lib/data/applications';
import { APPLICATION_STATUS_TONE, GRANT_STANDING_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

export function ApplicationsTable({ rows, t, format }: { rows: ApplicationRow[]; t: Translator; format: Format }) {
  return (
    <Table>
      <caption className="sr-only">{t('seller.applications.title')}</caption>
      <thead>
        <tr>
          <Th>{t('seller.applications.columns.brand')}</Th>
          <Th>{t('seller.applications.columns.store')}</Th>
          <Th>{t('seller.applications.columns.status')}</Th>
          <Th>{t('seller.applications.columns.submitted')}</Th>
          <Th>{t('seller.applications.columns.decided')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((application) => (
          <tr key={application.id}>
            <Td>
              <div>{application.brand.name}</div>
              {application.productLines.length ? <div className="text-xs text-slate-500">{application.productLines.join(', ')}</div> : null}
            </Td>
            <Td>{application.store.name}</Td>
            <Td className="max-w-xs">
              <Badge tone={APPLICATION_STATUS_TONE[application.status]}>{t(`seller.applicationStatus.${application.status}`)}</Badge>
              {application.status === 'INFO_REQUESTED' && application.infoRequest ? (
                <p className="mt-1 text-xs text-slate-700">{t('seller.applications.infoRequest', { request: application.infoRequest })}</p>
              ) : null}
              {application.decisionReason && (application.status === 'APPROVED' || application.status === 'REJECTED') ? (
                <p className="mt-1 text-xs text-slate-700">{t('seller.applications.reason', { reason: application.decisionReason })}</p>
              ) : null}
            </Td>
            <Td className="whitespace-nowrap">{application.submittedAt ? format.date(application.submittedAt) : t('seller.applications.notSubmitted')}</Td>
            <Td className="whitespace-nowrap">{application.decidedAt ? format.date(application.decidedAt) : '—'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function GrantsTable({ rows, t, format }: { rows: GrantRow[]; t: Translator; format: Format }) {
  return (
    <Table>
      <caption className="sr-only">{t('seller.grants.title')}</caption>
      <thead>
        <tr>
          <Th>{t('seller.grants.columns.brand')}</Th>
          <Th>{t('seller.grants.columns.store')}</Th>
          <Th>{t('seller.grants.columns.productLines')}</Th>
          <Th>{t('seller.grants.columns.validity')}</Th>
          <Th>{t('seller.grants.columns.status')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((grant) => (
          <tr key={grant.id}>
            <Td>{grant.brand.name}</Td>
            <Td>{grant.store.name}</Td>
            <Td>{grant.productLines.length ? grant.productLines.join(', ') : t('seller.grants.allLines')}</Td>
            <Td className="whitespace-nowrap">{t('seller.grants.validRange', { from: format.date(grant.validFrom), until: format.date(grant.expiresAt) })}</Td>
            <Td>
              <Badge tone={GRANT_STANDING_TONE[grant.standing]}>{t(`seller.grantStanding.${grant.standing}`)}</Badge>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
