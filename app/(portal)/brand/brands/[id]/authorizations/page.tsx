import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevokeAuthorizationForm } from '@/components/protection/protection-forms';
import { StandingBadge } from '@/components/protection/standing-badge';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getAuthorizationsPage } from '@/lib/data/brand-authorizations';
import { normalizeAuthorizationCode } from '@/lib/domain/brand-authorization';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, type SearchParams } from '@/lib/validations/list-filters';
import { revokeAuthorizationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('protection.nav.authorizations') };
}

export default async function BrandAuthorizationsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const user = await requirePermission('brandAuthorization.view', `/brand/brands/${encodeURIComponent(id)}/authorizations`);
  const now = new Date();
  const view = await getAuthorizationsPage(user, id, now);
  if (!view) notFound();
  const [t, locale, query] = await Promise.all([getServerTranslator(), getLocale(), searchParams]);
  const format = makeFormat(locale, now);
  const issued = normalizeAuthorizationCode(firstParam(query, 'issued') ?? '');
  const revokedCount = Number(firstParam(query, 'revoked') ?? 0);
  const grantsEnded = Number(firstParam(query, 'grants') ?? 0);
  const mayRevoke = can(user.role, 'brandAuthorization.revoke');

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/brand/brands/${view.brand.id}`} className="text-sm text-brand-700 hover:underline">
          ← {t('protection.protection.back', { brand: view.brand.name })}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{t('protection.authorizations.title', { brand: view.brand.name })}</h1>
          {can(user.role, 'brandAuthorization.issue') ? (
            <Button asChild size="sm" className="ml-auto">
              <Link href={`/brand/brands/${view.brand.id}/authorizations/new`}>{t('protection.authorizations.issue')}</Link>
            </Button>
          ) : null}
        </div>
        <p className="mt-1 text-sm text-slate-600">{t('protection.authorizations.description')}</p>
      </div>
      {issued ? (
        <Alert tone="success">
          {t('protection.authorizations.issued', { code: issued })}
        </Alert>
      ) : null}
      {revokedCount > 0 ? (
        <Alert tone="success">
          {revokedCount > 1 ? t('protection.authorizations.revokedCascade', { count: revokedCount - 1 }) : t('protection.authorizations.revoked')}
          {grantsEnded > 0 ? ` ${t('protection.authorizations.grantsEnded', { count: grantsEnded })}` : null}
        </Alert>
      ) : null}

      <Card>
        <CardHeader title={t('protection.nav.authorizations')} />
        <CardBody>
          {view.authorizations.length === 0 ? (
            <EmptyState title={t('protection.authorizations.empty')} />
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>{t('protection.authorizations.code')}</Th>
                  <Th>{t('protection.authorizations.holder')}</Th>
                  <Th>{t('protection.authorizations.scope')}</Th>
                  <Th>{t('protection.authorizations.validity')}</Th>
                  <Th>{t('protection.authorizations.status')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {view.authorizations.map((a) => (
                  <tr key={a.id} className="align-top">
                    <Td className="font-mono text-sm whitespace-nowrap">
                      {a.code}
                      <div>
                        <Link href={`/verify/${a.code}`} className="font-sans text-xs text-brand-700 hover:underline">
                          {t('protection.authorizations.verifyLink')}
                        </Link>
                      </div>
                    </Td>
                    <Td>
                      <span className="font-medium text-slate-900">{a.holderName}</span>
                      {a.toStore ? <span className="ml-1 text-xs text-slate-500">({t('protection.authorizations.toStore')})</span> : null}
                      {a.parentCode ? <div className="text-xs text-slate-500">{t('protection.authorizations.through', { code: a.parentCode })}</div> : null}
                    </Td>
                    <Td>{a.productLines.join(', ')}</Td>
                    <Td className="whitespace-nowrap">{t('protection.authorizations.validRange', { from: format.date(a.validFrom), until: format.date(a.validUntil) })}</Td>
                    <Td>
                      <StandingBadge standing={a.standing} label={t(`protection.authorizations.standing.${a.standing}`)} />
                      {a.revokedAt ? (
                        <p className="mt-1 text-xs text-slate-600">
                          {t('protection.authorizations.revokedOn', { date: format.date(a.revokedAt), reason: a.revocationReason ?? '' })}
                        </p>
                      ) : null}
                      {mayRevoke && a.status === 'ACTIVE' ? (
                        <details className="mt-2">
                          <summary className="cursor-pointer text-sm text-red-700">{t('protection.authorizations.revoke')}</summary>
                          <RevokeAuthorizationForm action={revokeAuthorizationAction} brandId={view.brand.id} authorizationId={a.id} />
                        </details>
                      ) : null}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
