import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { ClaimRow } from '@/lib/data/claims';
import { editorPath } from '@/lib/domain/claim-filing';
import { CLAIM_STATUS_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';
import { ClaimItemCounts } from './claim-item-counts';

const OPEN = new Set(['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED']);

export function ClaimsTable({ rows, t, format, caption }: { rows: ClaimRow[]; t: Translator; format: Format; caption: string }) {
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{t('brand.claims.columns.reference')}</Th>
          <Th>{t('brand.claims.columns.brand')}</Th>
          <Th>{t('brand.claims.columns.status')}</Th>
          <Th>{t('brand.claims.columns.listings')}</Th>
          <Th>{t('brand.claims.columns.submitted')}</Th>
          <Th>{t('brand.claims.columns.due')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((claim) => (
          <tr key={claim.id}>
            <Td className="font-mono text-xs whitespace-nowrap">
              {claim.status === 'DRAFT' ? (
                // A draft has no reference yet (numbered at submission): it opens in the editor.
                <Link href={editorPath(claim.id)} className="font-sans text-brand-700 hover:underline">
                  {t('filing.drafts.continue')}
                </Link>
              ) : (
                claim.reference
              )}
              {claim.filer.isSelf ? null : (
                <div className="mt-1 font-sans text-xs text-slate-500">{t('brand.claims.filedBy', { organisation: claim.filer.name })}</div>
              )}
            </Td>
            <Td>{claim.brand.name}</Td>
            <Td>
              <Badge tone={CLAIM_STATUS_TONE[claim.status]}>{t(`brand.claimStatus.${claim.status}`)}</Badge>
            </Td>
            <Td>
              <ClaimItemCounts total={claim.itemTotal} items={claim.status === 'DRAFT' ? {} : claim.items} t={t} />
            </Td>
            <Td className="whitespace-nowrap">{claim.submittedAt ? format.date(claim.submittedAt) : t('brand.claims.notSubmitted')}</Td>
            <Td className="whitespace-nowrap">{claim.dueAt && OPEN.has(claim.status) ? format.dateTime(claim.dueAt) : '—'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
