'use server';

import { defineAction } from '@/lib/actions/action';
import { createDraft } from '@/lib/data/claim-filing';
import { editorPath } from '@/lib/domain/claim-filing';
import { CreateDraftSchema } from '@/lib/validations/claim-filing';
import { refusingAsActionError } from '../refusal';

/** Starts a draft (one per idempotency key: a double click or a retry lands on the same draft). */
export const createDraftAction = defineAction({
  permission: 'claim.file',
  schema: CreateDraftSchema,
  revalidate: ['/brand', '/brand/claims/new'],
  run: async (input, { user, meta }) => {
    const { claimId } = await refusingAsActionError(() => createDraft(user, input, meta));
    return { redirectTo: editorPath(claimId, 'rights') };
  },
});
