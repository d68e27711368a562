// The draft every page of the editor works on, read once per request (the layout and the
// step page both ask). Another organisation's claim, or none, is a 404; the caller's own
// claim that is no longer a draft opens on its claim page.
import 'server-only';
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { requirePermission } from '@/lib/authz/guards';
import { claimStatusFor, getDraft } from '@/lib/data/claim-filing';
import { canOpenStep, editorPath, stepAt, type FilingStep } from '@/lib/domain/claim-filing';

export const loadDraft = cache(async (claimId: string) => {
  const user = await requirePermission('claim.file', editorPath(claimId));
  const draft = await getDraft(user, claimId);
  if (!draft) {
    const claim = await claimStatusFor(user, claimId);
    if (claim && claim.status !== 'DRAFT') redirect(`/brand/claims/${claim.id}`);
    notFound();
  }
  return { user, draft };
});

/** The draft, for a step that must have been reached; otherwise the furthest step reached. */
export async function loadDraftAtStep(claimId: string, step: FilingStep) {
  const loaded = await loadDraft(claimId);
  if (!canOpenStep(loaded.draft.draftStep, step)) redirect(editorPath(claimId, stepAt(loaded.draft.draftStep)));
  return loaded;
}
