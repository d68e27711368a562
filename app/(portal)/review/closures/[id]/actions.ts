'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/action';
import { decideClosure, proposeClosure, withdrawClosure } from '@/lib/data/closures';
import { DecideClosureSchema, ProposeClosureSchema, WithdrawClosureSchema } from '@/lib/validations/closures';
import { closureError } from '../../../closure-outcome';

const REVALIDATE = ['/review/closures', '/review/stores', '/seller'];

export const proposeClosureAction = defineAction({
  permission: 'closure.propose',
  schema: ProposeClosureSchema,
  revalidate: REVALIDATE,
  run: async (input, { user, meta }) => {
    const result = await proposeClosure(user, input, meta);
    revalidatePath(`/review/closures/${input.proposalId}`);
    if (!result.ok) throw await closureError(result);
  },
});

export const withdrawClosureAction = defineAction({
  permission: 'closure.propose',
  schema: WithdrawClosureSchema,
  revalidate: REVALIDATE,
  run: async (input, { user, meta }) => {
    const result = await withdrawClosure(user, input, meta);
    revalidatePath(`/review/closures/${input.proposalId}`);
    if (!result.ok) throw await closureError(result);
  },
});

export const decideClosureAction = defineAction({
  permission: 'closure.decide',
  schema: DecideClosureSchema,
  revalidate: REVALIDATE,
  run: async (input, { user, meta }) => {
    const result = await decideClosure(user, input, meta);
    revalidatePath(`/review/closures/${input.proposalId}`);
    if (!result.ok) throw await closureError(result);
  },
});
