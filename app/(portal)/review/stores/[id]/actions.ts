'use server';

import { defineAction } from '@/lib/actions/action';
import { proposeStoreClosure } from '@/lib/data/closures';
import { ProposeStoreClosureSchema } from '@/lib/validations/closures';
import { closureError } from '../../../closure-outcome';

/** A reviewer proposes closing the store from its standing page; the proposal page opens next. */
export const proposeStoreClosureAction = defineAction({
  permission: 'closure.propose',
  schema: ProposeStoreClosureSchema,
  revalidate: ['/review/closures', '/review/stores'],
  run: async (input, { user, meta }) => {
    const result = await proposeStoreClosure(user, input, meta);
    if (!result.ok) throw await closureError(result);
    return { redirectTo: `/review/closures/${result.id}` };
  },
});
