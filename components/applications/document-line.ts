// One line describing an invoice, an uploaded letter or an Assay code of an application,
// the same on the seller's and the reviewer's pages.
import type { ApplicationDocumentRow } from '@/lib/data/applications';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

export function documentLine(d: ApplicationDocumentRow, t: Translator, format: Format): string {
  const day = (date: Date | null) => (date ? format.date(date) : '—');
  if (d.kind === 'INVOICE') return t('applications.detail.invoiceRow', { issuer: d.issuerName ?? '—', date: day(d.issuedAt), quantity: d.quantity ?? 0 });
  if (d.code) return t('applications.detail.codeRow', { code: d.code, issuer: d.issuerName ?? '—' });
  return t('applications.detail.letterRow', { issuer: d.issuerName ?? '—', date: day(d.validUntil) });
}

