import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listLetterRequestsForBrand } from '@/lib/data/application-letters';
import type { BrandConfirmation } from '@/lib/generated/prisma/enums';
import type { Tone } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('applications.letters.listTitle') };
}

const CONFIRMATION_TONE: Record<BrandConfirmation, Tone> = { NOT_REQUESTED: 'neutral', REQUESTED: 'warn', CONFIRMED: 'good', DENIED: 'bad' };

/** Letters of authorization stores relied on for the organisation's brands, that the brand is asked to confirm. */
export default async function BrandLettersPage() {
  const user = await requirePermission('authorizationLetter.confirm', '/brand/letters');
  const now = new Date();
  const [t, locale, letters] = await Promise.all([getServerTranslator(), getLocale(), listLetterRequestsForBrand(user.organisationId, now)]);
  const format = makeFormat(locale, now);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('applications.letters.listTitle')}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t('applications.letters.listIntro')}</p>
      </div>
      <Card>
        <CardHeader title={t('applications.letters.listTitle')} />
        <CardBody>
          {letters.length ? (
            <Table>
              <caption className="sr-only">{t('applications.letters.listTitle')}</caption>
              <thead>
                <tr>
                  <Th>{t('applications.letters.columns.store')}</Th>
                  <Th>{t('applications.letters.columns.brand')}</Th>
                  <Th>{t('applications.letters.columns.issuer')}</Th>
                  <Th>{t('applications.letters.columns.due')}</Th>
                  <Th>{t('applications.letters.columns.status')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {letters.map((l) => (
                  <tr key={l.id}>
                    <Td>
                      <Link href={`/brand/letters/${l.id}`} className="font-medium text-brand-700 underline">
                        {l.storeName}
                      </Link>
                    </Td>
                    <Td>{l.brandName}</Td>
                    <Td>{l.issuerName ?? '—'}</Td>
                    <Td>{l.confirmationDueAt && l.brandConfirmation === 'REQUESTED' ? format.dateTime(l.confirmationDueAt) : '—'}</Td>
                    <Td>
                      <Badge tone={CONFIRMATION_TONE[l.brandConfirmation]}>{t(`applications.confirmation.${l.brandConfirmation}`)}</Badge>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('applications.letters.empty')} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
