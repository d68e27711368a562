import Link from 'next/link';
import { RightsStepForm } from '@/components/filing/rights-step-form';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { rightsUsableForClaims } from '@/lib/data/rights';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { saveRightsAction } from '../actions';
import { loadDraftAtStep } from '../load-draft';
import { StepHeading, stepMetadata } from '../step-heading';

export const generateMetadata = () => stepMetadata('rights');

export default async function RightsStepPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, draft } = await loadDraftAtStep(id, 'rights');
  const [t, format, rights] = await Promise.all([getServerTranslator(), getServerFormatter(), rightsUsableForClaims(user.organisationId, draft.brand.id)]);
  const options = rights.map((right) => ({
    id: right.id,
    label: t('filing.rights.label', { type: t(`filing.rights.types.${right.type}`), office: right.office, number: right.registrationNumber }),
    facts: t('filing.rights.facts', {
      jurisdiction: right.jurisdiction,
      classes: right.classes.length ? right.classes.join(', ') : t('filing.rights.noClasses'),
      expiry: right.expiresAt ? t('filing.rights.expires', { date: format.date(right.expiresAt) }) : t('filing.rights.noExpiry'),
    }),
  }));
  return (
    <Card>
      <CardBody className="space-y-6 py-6">
        <StepHeading title={t('filing.rights.heading')} intro={t('filing.rights.intro', { brand: draft.brand.name })} />
        {options.length === 0 ? (
          <EmptyState title={t('filing.rights.none.title')}>
            <p>{t('filing.rights.none.body', { brand: draft.brand.name })}</p>
            <Link href={`/brand/brands/${draft.brand.id}`} className="mt-2 inline-block text-brand-700 hover:underline">
              {t('filing.rights.brandPage')}
            </Link>
          </EmptyState>
        ) : null}
        <RightsStepForm action={saveRightsAction} claimId={draft.id} rights={options} chosen={draft.rightIds} summary={draft.summary ?? ''} />
      </CardBody>
    </Card>
  );
}
