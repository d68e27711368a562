import Link from 'next/link';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import type { BrandDetail } from '@/lib/data/brands';
import { isExpired, rightStanding } from '@/lib/domain/rights';
import { agencyMayAct } from '@/lib/domain/standing';
import { CLAIM_STATUS_TONE, RIGHT_STANDING_TONE, VERIFICATION_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';
import { ClaimItemCounts } from './claim-item-counts';

interface SectionProps {
  brand: BrandDetail;
  t: Translator;
  format: Format;
}

export function RightsSection({ brand, t, format, action }: SectionProps & { action?: ReactNode }) {
  return (
    <Card id="rights" aria-labelledby="rights-title">
      <CardHeader
        action={action}
        title={<span id="rights-title">{t('brand.detail.rights.title')}</span>}
        description={t('brand.detail.rights.description', {
          verified: brand.rightCounts.VERIFIED,
          pending: brand.rightCounts.PENDING,
          expired: brand.rightCounts.EXPIRED,
          rejected: brand.rightCounts.REJECTED,
        })}
      />
      <CardBody>
        {brand.rights.length === 0 ? (
          <EmptyState title={t('brand.detail.rights.empty.title')}>{t('brand.detail.rights.empty.body')}</EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('brand.detail.rights.columns.registration')}</Th>
                <Th>{t('brand.detail.rights.columns.office')}</Th>
                <Th>{t('brand.detail.rights.columns.classes')}</Th>
                <Th>{t('brand.detail.rights.columns.owner')}</Th>
                <Th>{t('brand.detail.rights.columns.expires')}</Th>
                <Th>{t('brand.detail.rights.columns.certificate')}</Th>
                <Th>{t('brand.detail.rights.columns.status')}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {brand.rights.map((right) => {
                const standing = rightStanding(right, format.now);
                return (
                  <tr key={right.id}>
                    <Td>
                      <Link
                        href={`/brand/brands/${brand.id}/rights/${right.id}`}
                        className="font-mono text-xs text-brand-700 hover:underline"
                        aria-label={t('brand.detail.rights.open', { office: right.office, number: right.registrationNumber })}
                      >
                        {right.registrationNumber}
                      </Link>
                      <div className="text-xs text-slate-500">{t(`brand.rightType.${right.type}`)}</div>
                    </Td>
                    <Td className="whitespace-nowrap">
                      {right.office} · {right.jurisdiction}
                    </Td>
                    <Td>{right.classes.length ? right.classes.join(', ') : '—'}</Td>
                    <Td>{right.ownerName}</Td>
                    <Td className="whitespace-nowrap">
                      {right.expiresAt ? format.date(right.expiresAt) : t('brand.detail.rights.noExpiry')}
                      {isExpired(right.expiresAt, format.now) ? (
                        <div className="mt-1">
                          <Badge tone="bad">{t('brand.rightFacts.expired')}</Badge>
                        </div>
                      ) : null}
                    </Td>
                    <Td className="max-w-48 truncate text-xs">{right.certificateDocument ? right.certificateDocument.fileName : t('brand.detail.rights.noCertificate')}</Td>
                    <Td>
                      <Badge tone={RIGHT_STANDING_TONE[standing]}>{t(`brand.rightStanding.${standing}`)}</Badge>
                      {right.statusReason ? (
                        <p className="mt-1 max-w-64 text-xs text-slate-600">
                          {t(right.status === 'REJECTED' ? 'brand.detail.rights.reason' : 'brand.detail.rights.note', { text: right.statusReason })}
                        </p>
                      ) : null}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </CardBody>
    </Card>
  );
}

export function AgenciesSection({ brand, t, format }: SectionProps) {
  return (
    <Card aria-labelledby="agencies-title">
      <CardHeader
        title={<span id="agencies-title">{t('brand.detail.agencies.title')}</span>}
        description={t(brand.actingAs.kind === 'OWNER' ? 'brand.detail.agencies.descriptionOwner' : 'brand.detail.agencies.descriptionAgent')}
      />
      <CardBody>
        {brand.agencyAuthorizations.length === 0 ? (
          <EmptyState title={t('brand.detail.agencies.empty.title')}>{t('brand.detail.agencies.empty.body')}</EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('brand.detail.agencies.columns.agency')}</Th>
                <Th>{t('brand.detail.agencies.columns.status')}</Th>
                <Th>{t('brand.detail.agencies.columns.validUntil')}</Th>
                <Th>{t('brand.detail.agencies.columns.mayAct')}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {brand.agencyAuthorizations.map((auth) => {
                const active = agencyMayAct(auth, format.now);
                return (
                  <tr key={auth.id}>
                    <Td>
                      {auth.agency.name}
                      {auth.powerOfAttorneyDocument ? <div className="text-xs text-slate-500">{auth.powerOfAttorneyDocument.fileName}</div> : null}
                    </Td>
                    <Td>
                      <Badge tone={VERIFICATION_TONE[auth.status]}>{t(`brand.verification.${auth.status}`)}</Badge>
                      {auth.statusReason ? <p className="mt-1 text-xs text-slate-600">{auth.statusReason}</p> : null}
                    </Td>
                    <Td className="whitespace-nowrap">{auth.validUntil ? format.date(auth.validUntil) : t('brand.detail.agencies.noEnd')}</Td>
                    <Td>
                      <Badge tone={active ? 'good' : 'neutral'}>{t(active ? 'brand.detail.agencies.active' : 'brand.detail.agencies.inactive')}</Badge>
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </CardBody>
    </Card>
  );
}

export function ReferencePricesSection({ brand, t, format }: SectionProps) {
  return (
    <Card aria-labelledby="prices-title">
      <CardHeader title={<span id="prices-title">{t('brand.detail.prices.title')}</span>} description={t('brand.detail.prices.description')} />
      <CardBody>
        {brand.referencePrices.length === 0 ? (
          <EmptyState title={t('brand.detail.prices.empty.title')}>{t('brand.detail.prices.empty.body')}</EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('brand.detail.prices.columns.productLine')}</Th>
                <Th className="text-right">{t('brand.detail.prices.columns.price')}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {brand.referencePrices.map((price) => (
                <tr key={price.id}>
                  <Td>{price.productLine}</Td>
                  <Td className="text-right tabular-nums">{format.money(price.amountCents, price.currency)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </CardBody>
    </Card>
  );
}

export function DistributorsSection({ brand, t }: Omit<SectionProps, 'format'>) {
  return (
    <Card aria-labelledby="distributors-title">
      <CardHeader
        title={<span id="distributors-title">{t('brand.detail.distributors.title')}</span>}
        description={t('brand.detail.distributors.description')}
      />
      <CardBody>
        {brand.distributors.length === 0 ? (
          <EmptyState title={t('brand.detail.distributors.empty.title')}>{t('brand.detail.distributors.empty.body')}</EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('brand.detail.distributors.columns.name')}</Th>
                <Th>{t('brand.detail.distributors.columns.country')}</Th>
                <Th>{t('brand.detail.distributors.columns.productLines')}</Th>
                <Th>{t('brand.detail.distributors.columns.status')}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {brand.distributors.map((distributor) => (
                <tr key={distributor.id}>
                  <Td>{distributor.name}</Td>
                  <Td>{distributor.country ?? '—'}</Td>
                  <Td>{distributor.productLines.length ? distributor.productLines.join(', ') : t('brand.detail.distributors.allLines')}</Td>
                  <Td>
                    <Badge tone={distributor.active ? 'good' : 'neutral'}>
                      {t(distributor.active ? 'brand.detail.distributors.active' : 'brand.detail.distributors.inactive')}
                    </Badge>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </CardBody>
    </Card>
  );
}

export function RecentClaimsSection({ brand, t, format }: SectionProps) {
  return (
    <Card aria-labelledby="recent-claims-title">
      <CardHeader
        title={<span id="recent-claims-title">{t('brand.detail.claims.title')}</span>}
        description={t('brand.detail.claims.description')}
      />
      <CardBody>
        {brand.recentClaims.length === 0 ? (
          <EmptyState title={t('brand.detail.claims.empty.title')}>{t('brand.detail.claims.empty.body')}</EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('brand.claims.columns.reference')}</Th>
                <Th>{t('brand.claims.columns.status')}</Th>
                <Th>{t('brand.claims.columns.listings')}</Th>
                <Th>{t('brand.claims.columns.submitted')}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {brand.recentClaims.map((claim) => (
                <tr key={claim.id}>
                  <Td className="font-mono text-xs whitespace-nowrap">
                    {claim.reference}
                    {claim.filedBySelf ? null : (
                      <div className="mt-1 font-sans text-xs text-slate-500">
                        {t('brand.claims.filedBy', { organisation: claim.filerOrganisation.name })}
                      </div>
                    )}
                  </Td>
                  <Td>
                    <Badge tone={CLAIM_STATUS_TONE[claim.status]}>{t(`brand.claimStatus.${claim.status}`)}</Badge>
                  </Td>
                  <Td>
                    <ClaimItemCounts
                      total={Object.values(claim.items).reduce((sum, n) => sum + n, 0)}
                      items={claim.status === 'DRAFT' ? {} : claim.items}
                      t={t}
                    />
                  </Td>
                  <Td className="whitespace-nowrap">{claim.submittedAt ? format.date(claim.submittedAt) : t('brand.claims.notSubmitted')}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </CardBody>
    </Card>
  );
}
