'use server';

import { defineAction } from '@/lib/actions/action';
import {
  rejectClaimItem,
  releaseClaimItem,
  removeClaimItem,
  requestClaimItemInfo,
  takeClaimItem,
} from '@/lib/data/claim-items';
import {
  ReleaseClaimItemSchema,
  RejectClaimItemSchema,
  RemoveClaimItemSchema,
  RequestClaimItemInfoSchema,
  TakeClaimItemSchema,
} from '@/lib/validations/claim-items';
import { settle } from '../../claim-item-outcome';

export const takeClaimItemAction = defineAction({
  permission: 'claimItem.decide',
  schema: TakeClaimItemSchema,
  revalidate: ['/review'],
  run: async ({ itemId, version }, { user, meta }) => settle(itemId, await takeClaimItem(user, itemId, version, meta)),
});

export const releaseClaimItemAction = defineAction({
  permission: 'claimItem.decide',
  schema: ReleaseClaimItemSchema,
  revalidate: ['/review'],
  run: async ({ itemId, version }, { user, meta }) => settle(itemId, await releaseClaimItem(user, itemId, version, meta)),
});

export const removeClaimItemAction = defineAction({
  permission: 'claimItem.decide',
  schema: RemoveClaimItemSchema,
  revalidate: ['/review', '/seller'],
  run: async ({ removalNote, ...input }, { user, meta }) =>
    settle(input.itemId, await removeClaimItem(user, { ...input, note: removalNote }, meta), { note: 'removalNote' }),
});

export const rejectClaimItemAction = defineAction({
  permission: 'claimItem.decide',
  schema: RejectClaimItemSchema,
  revalidate: ['/review', '/seller'],
  run: async ({ rejectionNote, ...input }, { user, meta }) =>
    settle(input.itemId, await rejectClaimItem(user, { ...input, note: rejectionNote }, meta), { note: 'rejectionNote' }),
});

export const requestClaimItemInfoAction = defineAction({
  permission: 'claimItem.decide',
  schema: RequestClaimItemInfoSchema,
  revalidate: ['/review'],
  run: async (input, { user, meta }) => settle(input.itemId, await requestClaimItemInfo(user, input, meta)),
});
