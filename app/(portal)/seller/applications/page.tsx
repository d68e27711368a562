import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listApplicationsForOrganisation, listGrantsForOrganisation } from '@/lib/data/applications';
import { APPLICATION_STATUS_TONE, GRANT_STANDING_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('applications.seller.listTitle') };
}

/** The seller's applications to sell protected brands and the grants they produced. */
export default async function SellerApplicationsPage() {
  const user = await requirePermission('application.file', '/seller/applications');
  const now = new Date();
  const [t, locale, applications, grants] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    listApplicationsForOrganisation(user.organisationId),
    listGrantsForOrganisation(user.organisationId, now),
  ]);
  const format = makeFormat(locale, now);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t('applications.seller.listTitle')}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">{t('applications.seller.listIntro')}</p>
        </div>
        <Button asChild>
          <Link href="/seller/applications/new">{t('applications.seller.newButton')}</Link>
        </Button>
      </div>
      <Card aria-labelledby="grants-title">
        <CardHeader title={<span id="grants-title">{t('applications.seller.grantsTitle')}</span>} />
        <CardBody>
          {grants.length ? (
            <Table>
              <caption className="sr-only">{t('applications.seller.grantsTitle')}</caption>
              <thead>
                <tr>
                  <Th>{t('applications.seller.grantColumns.brand')}</Th>
                  <Th>{t('applications.seller.grantColumns.store')}</Th>
                  <Th>{t('applications.seller.grantColumns.productLines')}</Th>
                  <Th>{t('applications.seller.grantColumns.expiresAt')}</Th>
                  <Th>{t('applications.seller.grantColumns.standing')}</Th>
                  <Th>{t('applications.seller.grantColumns.actions')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {grants.map((g) => (
                  <tr key={g.id}>
                    <Td className="font-medium text-slate-900">{g.brand.name}</Td>
                    <Td>{g.store.name}</Td>
                    <Td>{g.productLines.join(', ') || '—'}</Td>
                    <Td>{format.date(g.expiresAt)}</Td>
                    <Td>
                      <Badge tone={GRANT_STANDING_TONE[g.standing]}>{t(`applications.grantStatus.${g.standing}`)}</Badge>
                    </Td>
                    <Td>
                      {g.renewable ? (
                        <Link href={`/seller/applications/new?renew=${g.id}`} className="font-medium text-brand-700 underline">
                          {t('applications.seller.renew')}
                        </Link>
                      ) : null}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('applications.seller.grantsEmpty')} />
          )}
        </CardBody>
      </Card>
      <Card aria-labelledby="applications-title">
        <CardHeader title={<span id="applications-title">{t('applications.seller.listTitle')}</span>} />
        <CardBody>
          {applications.length ? (
            <Table>
              <caption className="sr-only">{t('applications.seller.listTitle')}</caption>
              <thead>
                <tr>
                  <Th>{t('applications.seller.columns.brand')}</Th>
                  <Th>{t('applications.seller.columns.store')}</Th>
                  <Th>{t('applications.seller.columns.status')}</Th>
                  <Th>{t('applications.seller.columns.created')}</Th>
                  <Th>{t('applications.seller.columns.expires')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {applications.map((a) => (
                  <tr key={a.id}>
                    <Td>
                      <Link href={`/seller/applications/${a.id}`} className="font-medium text-brand-700 underline">
                        {a.brand.name}
                      </Link>
                    </Td>
                    <Td>{a.store.name}</Td>
                    <Td>
                      <Badge tone={APPLICATION_STATUS_TONE[a.status]}>{t(`applications.status.${a.status}`)}</Badge>
                    </Td>
                    <Td>{format.date(a.createdAt)}</Td>
                    <Td>{a.grant ? format.date(a.grant.expiresAt) : '—'}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('applications.seller.empty')} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
