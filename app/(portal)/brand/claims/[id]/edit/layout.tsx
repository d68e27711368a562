import type { ReactNode } from 'react';
import Link from 'next/link';
import { DeleteDraftButton } from '@/components/filing/delete-draft-button';
import { StepIndicator } from '@/components/filing/step-indicator';
import { FilingSanctionBanner } from '@/components/sanctions/filing-sanction-banner';
import { Alert } from '@/components/ui/alert';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { deleteDraftAction } from './actions';
import { loadDraft } from './load-draft';

export default async function DraftEditorLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, draft } = await loadDraft(id);
  const [t, format] = await Promise.all([getServerTranslator(), getServerFormatter()]);
  return (
    <div className="max-w-5xl space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <Link href="/brand/claims/new" className="text-sm text-brand-700 hover:underline">
            ← {t('filing.editor.backToDrafts')}
          </Link>
          <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('filing.editor.title', { brand: draft.brand.name })}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('filing.editor.meta', { date: format.dateTime(draft.createdAt), name: draft.filedBy.name })}</p>
        </div>
        <DeleteDraftButton action={deleteDraftAction} claimId={draft.id} brandName={draft.brand.name} />
      </div>
      <FilingSanctionBanner organisationId={user.organisationId} />
      <StepIndicator claimId={draft.id} draftStep={draft.draftStep} />
      {draft.mayActForBrand ? null : <Alert tone="error">{t('filing.editor.mayNotAct')}</Alert>}
      {children}
    </div>
  );
}
