'use server';

import { ActionError, defineAction } from '@/lib/actions/action';
import { removeReferencePrice, saveDistributor, saveReferencePrice, setBrandProtection, setDistributorActive } from '@/lib/data/brand-protection';
import {
  DistributorActiveSchema,
  DistributorSchema,
  ReferencePriceSchema,
  RemoveReferencePriceSchema,
  SetProtectionSchema,
} from '@/lib/validations/protection';

const page = (brandId: string) => `/brand/brands/${brandId}/protection`;

export const setProtectionAction = defineAction({
  permission: 'brand.manageProtection',
  schema: SetProtectionSchema,
  revalidate: ['/brand'],
  run: async (input, { user, meta }) => {
    const result = await setBrandProtection(user, input, meta);
    if (!result.ok) {
      if (result.violation === 'required') throw new ActionError('protection.errors.protectionRequired');
      throw new ActionError(result.violation === 'stale' ? 'staleRecord' : 'notFound');
    }
    return { redirectTo: `${page(input.brandId)}?saved=protection` };
  },
});

export const saveReferencePriceAction = defineAction({
  permission: 'brand.manageProtection',
  schema: ReferencePriceSchema,
  revalidate: ['/brand'],
  run: async (input, { user, meta }) => {
    const result = await saveReferencePrice(user, input, meta);
    if (!result.ok) {
      if (result.violation === 'duplicate') throw new ActionError('protection.errors.priceDuplicate', 'productLine');
      throw new ActionError('notFound');
    }
    return { redirectTo: `${page(input.brandId)}?saved=price#prices` };
  },
});

export const removeReferencePriceAction = defineAction({
  permission: 'brand.manageProtection',
  schema: RemoveReferencePriceSchema,
  revalidate: ['/brand'],
  run: async (input, { user, meta }) => {
    const result = await removeReferencePrice(user, input, meta);
    if (!result.ok) throw new ActionError('notFound');
    return { redirectTo: `${page(input.brandId)}?saved=price#prices` };
  },
});

export const saveDistributorAction = defineAction({
  permission: 'brand.manageProtection',
  schema: DistributorSchema,
  revalidate: ['/brand'],
  run: async (input, { user, meta }) => {
    const result = await saveDistributor(user, input, meta);
    if (!result.ok) {
      if (result.violation === 'organisationUnknown') throw new ActionError('protection.errors.organisationUnknown', 'organisationName');
      if (result.violation === 'unknownLine') throw new ActionError('protection.errors.unknownLine', 'productLines');
      throw new ActionError('notFound');
    }
    // A fresh token remounts the form, so the ticked lines of the saved distributor clear.
    return { redirectTo: `${page(input.brandId)}?saved=distributor&n=${Date.now().toString(36)}#distributors` };
  },
});

export const setDistributorActiveAction = defineAction({
  permission: 'brand.manageProtection',
  schema: DistributorActiveSchema,
  revalidate: ['/brand'],
  run: async (input, { user, meta }) => {
    const result = await setDistributorActive(user, input, meta);
    if (!result.ok) throw new ActionError('notFound');
    return { redirectTo: `${page(input.brandId)}?saved=distributor#distributors` };
  },
});
