import Link from 'next/link';
import { ActionButton } from '@/components/filing/action-button';
import { Card, CardBody } from '@/components/ui/card';
import { draftProblems, listDraftEvidence, listDraftItems } from '@/lib/data/claim-filing';
import { readPolicy } from '@/lib/data/policy';
import { rightsUsableForClaims } from '@/lib/data/rights';
import { PROBLEM_STEP, editorPath, type FilingStep, type SubmissionProblem } from '@/lib/domain/claim-filing';
import { reviewSlaHours } from '@/lib/domain/policy';
import { db } from '@/lib/db';
import { getServerTranslator, type Translator } from '@/lib/i18n/server';
import { submitClaimAction } from '../actions';
import { loadDraftAtStep } from '../load-draft';
import { StepHeading, stepMetadata } from '../step-heading';

export const generateMetadata = () => stepMetadata('review');

const ITEMS_SHOWN = 20;

function problemText(t: Translator, problem: SubmissionProblem): string {
  switch (problem.code) {
    case 'rightsUnusable':
      return t('filing.problems.rightsUnusable', { rights: problem.rights.join(', ') });
    case 'listingsInactive':
      return t('filing.problems.listingsInactive', { listings: problem.listings.join(', ') });
    default:
      return t(`filing.problems.${problem.code}`);
  }
}

function Section({ title, step, claimId, t, children }: { title: string; step: FilingStep; claimId: string; t: Translator; children: React.ReactNode }) {
  return (
    <div className="grid gap-2 border-b border-slate-100 py-4 sm:grid-cols-[12rem_1fr_auto]">
      <dt className="text-sm font-medium text-slate-700">{title}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
      <dd>
        <Link href={editorPath(claimId, step)} className="text-sm text-brand-700 hover:underline" aria-label={t('filing.review.editLabel', { step: t(`filing.steps.${step}`) })}>
          {t('filing.review.edit')}
        </Link>
      </dd>
    </div>
  );
}

export default async function ReviewStepPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, draft } = await loadDraftAtStep(id, 'review');
  const prisma = await db();
  const [t, problems, items, evidence, usable, policy] = await Promise.all([
    getServerTranslator(),
    draftProblems(user, id),
    listDraftItems(user, id, 1, ITEMS_SHOWN),
    listDraftEvidence(user, id),
    rightsUsableForClaims(user.organisationId, draft.brand.id),
    readPolicy(prisma),
  ]);
  const chosenRights = usable.filter((r) => draft.rightIds.includes(r.id));
  const list = problems ?? [];
  return (
    <Card>
      <CardBody className="space-y-6 py-6">
        <StepHeading title={t('filing.review.heading')} intro={t('filing.review.intro')} />

        {list.length > 0 ? (
          <section aria-labelledby="problems-title" className="rounded-md border border-amber-300 bg-amber-50 p-4">
            <h3 id="problems-title" className="text-sm font-semibold text-amber-900">
              {t('filing.review.problemsTitle')}
            </h3>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-amber-900">
              {list.map((problem) => (
                <li key={problem.code}>
                  {problemText(t, problem)}{' '}
                  <Link href={editorPath(id, PROBLEM_STEP[problem.code])} className="font-medium underline">
                    {t('filing.review.fix', { step: t(`filing.steps.${PROBLEM_STEP[problem.code]}`) })}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <dl>
          <Section title={t('filing.review.brand')} step="rights" claimId={id} t={t}>
            {draft.brand.name}
          </Section>
          <Section title={t('filing.review.rights')} step="rights" claimId={id} t={t}>
            <ul>
              {chosenRights.map((right) => (
                <li key={right.id}>
                  {t('filing.rights.label', { type: t(`filing.rights.types.${right.type}`), office: right.office, number: right.registrationNumber })}
                </li>
              ))}
            </ul>
          </Section>
          <Section title={t('filing.review.summary')} step="rights" claimId={id} t={t}>
            <p className="whitespace-pre-line">{draft.summary}</p>
          </Section>
          <Section title={t('filing.review.listings')} step="types" claimId={id} t={t}>
            <p>{t('filing.listings.items.count', { count: items.total })}</p>
            <ul className="mt-1 space-y-1">
              {items.rows.map((item) => (
                <li key={item.id}>
                  <span className="font-mono text-xs">{item.listing.externalId}</span> {item.listing.title} — {t(`filing.infringementTypes.${item.infringementType}`)}
                  {item.note ? <span className="block text-xs text-slate-600">{item.note}</span> : null}
                </li>
              ))}
            </ul>
            {items.total > items.rows.length ? <p className="mt-1 text-xs text-slate-500">{t('filing.review.moreItems', { count: items.total - items.rows.length })}</p> : null}
          </Section>
          <Section title={t('filing.review.evidence')} step="evidence" claimId={id} t={t}>
            <p>{t('filing.review.evidenceCount', { count: evidence.length })}</p>
            <ul className="mt-1">
              {evidence.map((row) => (
                <li key={row.id}>{row.document.fileName}</li>
              ))}
            </ul>
          </Section>
          <Section title={t('filing.review.declarations')} step="declarations" claimId={id} t={t}>
            <p>
              {t('filing.steps.declarations')}: {draft.goodFaithDeclared && draft.accuracyDeclared ? t('filing.review.declared') : t('filing.review.notDeclared')}
            </p>
            <p>
              {t('filing.review.signature')}: {draft.signatureName || t('filing.review.noSignature')}
            </p>
          </Section>
        </dl>

        <p className="text-sm text-slate-600">{t('filing.review.dueNote', { hours: reviewSlaHours(draft.brand.tier, policy) })}</p>
        <ActionButton action={submitClaimAction} hidden={{ claimId: id }} label={t('filing.review.submit')} pendingLabel={t('filing.review.submitting')} />
      </CardBody>
    </Card>
  );
}
