'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/action';
import { fileCounterNotice } from '@/lib/data/counter-notices';
import { EVIDENCE_FIELDS, FileCounterNoticeSchema } from '@/lib/validations/counter-notices';
import { counterNoticeError } from '../../../counter-notice-outcome';

export const fileCounterNoticeAction = defineAction({
  permission: 'counterNotice.file',
  schema: FileCounterNoticeSchema,
  revalidate: ['/seller'],
  run: async (input, { user, meta }) => {
    const evidence = (Object.keys(EVIDENCE_FIELDS) as (keyof typeof EVIDENCE_FIELDS)[]).flatMap((field) =>
      input[field].map((documentId) => ({ documentId, kind: EVIDENCE_FIELDS[field] })),
    );
    const result = await fileCounterNotice(
      user,
      {
        itemId: input.itemId,
        ground: input.ground,
        statement: input.statement,
        evidence,
        perjuryDeclared: input.perjuryDeclared,
        jurisdictionConsent: input.jurisdictionConsent,
        signatureName: input.signatureName,
      },
      meta,
    );
    revalidatePath(`/seller/notices/${input.itemId}`);
    if (!result.ok) throw await counterNoticeError(result);
    return { redirectTo: `/seller/notices/${input.itemId}?filed=1#counter-notice` };
  },
});
