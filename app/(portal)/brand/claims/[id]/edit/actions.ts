'use server';

// The draft editor's actions. Each saves to the database at once (a draft is never only
// in the browser), then either moves on to the next step or stays with a message.
import { revalidatePath } from 'next/cache';
import { ActionError, defineAction } from '@/lib/actions/action';
import {
  addListings,
  applyTypeToAll,
  attachEvidence,
  deleteDraft,
  finishEvidence,
  finishListings,
  pasteListings,
  removeEvidence,
  removeItem,
  saveDeclarations,
  saveRights,
  saveTypes,
  submitClaim,
} from '@/lib/data/claim-filing';
import { editorPath } from '@/lib/domain/claim-filing';
import { getServerTranslator } from '@/lib/i18n/server';
import {
  AddListingsSchema,
  ApplyTypeToAllSchema,
  AttachEvidenceSchema,
  ClaimIdSchema,
  DeleteDraftSchema,
  PasteListingsSchema,
  RemoveEvidenceSchema,
  RemoveItemSchema,
  SaveDeclarationsSchema,
  SaveRightsSchema,
  SaveTypesSchema,
  SubmitClaimSchema,
} from '@/lib/validations/claim-filing';
import { refusingAsActionError } from '../../refusal';

function refreshEditor(claimId: string) {
  revalidatePath(editorPath(claimId), 'layout');
}

export const saveRightsAction = defineAction({
  permission: 'claim.file',
  schema: SaveRightsSchema,
  run: async (input, { user }) => {
    await refusingAsActionError(() => saveRights(user, input));
    refreshEditor(input.claimId);
    return { redirectTo: editorPath(input.claimId, 'listings') };
  },
});

export const addListingsAction = defineAction({
  permission: 'claim.file',
  schema: AddListingsSchema,
  run: async ({ claimId, listingIds }, { user }) => {
    const { added } = await refusingAsActionError(() => addListings(user, claimId, listingIds));
    refreshEditor(claimId);
    const t = await getServerTranslator();
    return { success: t('filing.listings.added', { count: added }) };
  },
});

export const pasteListingsAction = defineAction({
  permission: 'claim.file',
  schema: PasteListingsSchema,
  run: async ({ claimId, references }, { user }) => {
    const { added } = await refusingAsActionError(() => pasteListings(user, claimId, references));
    refreshEditor(claimId);
    const t = await getServerTranslator();
    return { success: t('filing.listings.added', { count: added }) };
  },
});

export const removeItemAction = defineAction({
  permission: 'claim.file',
  schema: RemoveItemSchema,
  run: async ({ claimId, itemId }, { user }) => {
    await refusingAsActionError(() => removeItem(user, claimId, itemId));
    refreshEditor(claimId);
  },
});

export const finishListingsAction = defineAction({
  permission: 'claim.file',
  schema: ClaimIdSchema,
  run: async ({ claimId }, { user }) => {
    await refusingAsActionError(() => finishListings(user, claimId));
    refreshEditor(claimId);
    return { redirectTo: editorPath(claimId, 'types') };
  },
});

export const saveTypesAction = defineAction({
  permission: 'claim.file',
  schema: SaveTypesSchema,
  run: async (input, { user }) => {
    await refusingAsActionError(() => saveTypes(user, input));
    refreshEditor(input.claimId);
    if (input.page < input.pageCount) return { redirectTo: `${editorPath(input.claimId, 'types')}?page=${input.page + 1}` };
    return { redirectTo: editorPath(input.claimId, 'evidence') };
  },
});

export const applyTypeToAllAction = defineAction({
  permission: 'claim.file',
  schema: ApplyTypeToAllSchema,
  run: async ({ claimId, infringementType }, { user }) => {
    const { updated } = await refusingAsActionError(() => applyTypeToAll(user, claimId, infringementType));
    refreshEditor(claimId);
    const t = await getServerTranslator();
    return { success: t('filing.types.all.done', { count: updated }) };
  },
});

export const attachEvidenceAction = defineAction({
  permission: 'claim.file',
  schema: AttachEvidenceSchema,
  run: async (input, { user }) => {
    const { attached } = await refusingAsActionError(() => attachEvidence(user, input));
    refreshEditor(input.claimId);
    const t = await getServerTranslator();
    return { success: t('filing.evidence.attached', { count: attached }) };
  },
});

export const removeEvidenceAction = defineAction({
  permission: 'claim.file',
  schema: RemoveEvidenceSchema,
  run: async ({ claimId, evidenceId }, { user }) => {
    await refusingAsActionError(() => removeEvidence(user, claimId, evidenceId));
    refreshEditor(claimId);
  },
});

export const finishEvidenceAction = defineAction({
  permission: 'claim.file',
  schema: ClaimIdSchema,
  run: async ({ claimId }, { user }) => {
    await refusingAsActionError(() => finishEvidence(user, claimId));
    refreshEditor(claimId);
    return { redirectTo: editorPath(claimId, 'declarations') };
  },
});

export const saveDeclarationsAction = defineAction({
  permission: 'claim.file',
  schema: SaveDeclarationsSchema,
  run: async (input, { user }) => {
    await refusingAsActionError(() => saveDeclarations(user, input));
    refreshEditor(input.claimId);
    return { redirectTo: editorPath(input.claimId, 'review') };
  },
});

export const submitClaimAction = defineAction({
  permission: 'claim.file',
  schema: SubmitClaimSchema,
  revalidate: ['/brand', '/review'],
  run: async ({ claimId }, { user, meta }) => {
    const result = await refusingAsActionError(() => submitClaim(user, claimId, meta));
    refreshEditor(claimId);
    if (!result.ok) throw new ActionError('filing.errors.notSubmittable');
    // The claim's own page (built beside this editor) shows it from here on.
    return { redirectTo: `/brand/claims/${result.claimId}` };
  },
});

export const deleteDraftAction = defineAction({
  permission: 'claim.file',
  schema: DeleteDraftSchema,
  revalidate: ['/brand', '/brand/claims/new'],
  run: async ({ claimId }, { user, meta }) => {
    await refusingAsActionError(() => deleteDraft(user, claimId, meta));
    return { redirectTo: '/brand/claims/new?deleted=1' };
  },
});
