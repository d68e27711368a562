'use server';

// Confirming or overturning an expedited takedown (journey 5), through the one action wrapper.
import { defineAction } from '@/lib/actions/action';
import { confirmExpeditedRemoval, overturnExpeditedRemoval } from '@/lib/data/expedited-review';
import { ConfirmExpeditedSchema, OverturnExpeditedSchema } from '@/lib/validations/expedited-review';
import { settle } from '../../claim-item-outcome';

export const confirmExpeditedAction = defineAction({
  permission: 'expedited.review',
  schema: ConfirmExpeditedSchema,
  revalidate: ['/review', '/seller', '/brand'],
  run: async ({ confirmNote, ...input }, { user, meta }) =>
    settle(input.itemId, await confirmExpeditedRemoval(user, { ...input, note: confirmNote }, meta), { note: 'confirmNote' }),
});

export const overturnExpeditedAction = defineAction({
  permission: 'expedited.review',
  schema: OverturnExpeditedSchema,
  revalidate: ['/review', '/seller', '/brand'],
  run: async ({ overturnNote, ...input }, { user, meta }) =>
    settle(input.itemId, await overturnExpeditedRemoval(user, { ...input, note: overturnNote }, meta), { note: 'overturnNote' }),
});
