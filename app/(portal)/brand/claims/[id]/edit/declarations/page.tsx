import { DeclarationsForm } from '@/components/filing/declarations-form';
import { Card, CardBody } from '@/components/ui/card';
import { getServerTranslator } from '@/lib/i18n/server';
import { saveDeclarationsAction } from '../actions';
import { loadDraftAtStep } from '../load-draft';
import { StepHeading, stepMetadata } from '../step-heading';

export const generateMetadata = () => stepMetadata('declarations');

export default async function DeclarationsStepPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, draft } = await loadDraftAtStep(id, 'declarations');
  const t = await getServerTranslator();
  return (
    <Card>
      <CardBody className="space-y-6 py-6">
        <StepHeading title={t('filing.declarations.heading')} intro={t('filing.declarations.intro')} />
        <DeclarationsForm
          action={saveDeclarationsAction}
          claimId={draft.id}
          organisation={user.organisationName}
          initial={{ goodFaith: draft.goodFaithDeclared, accuracy: draft.accuracyDeclared, signatureName: draft.signatureName ?? '' }}
        />
      </CardBody>
    </Card>
  );
}
