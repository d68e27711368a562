'use server';

import { revalidatePath } from 'next/cache';
import { ActionError, defineAction } from '@/lib/actions/action';
import { updateBrand } from '@/lib/data/brands';
import { UpdateBrandSchema } from '@/lib/validations/brands';

export const updateBrandAction = defineAction({
  permission: 'brand.update',
  schema: UpdateBrandSchema,
  revalidate: ['/brand'],
  run: async (input, { user, meta }) => {
    const result = await updateBrand(user, input, meta);
    if (!result.ok) throw new ActionError(result.violation === 'stale' ? 'staleRecord' : 'notFound');
    revalidatePath(`/brand/brands/${input.brandId}`);
    return { redirectTo: `/brand/brands/${input.brandId}?saved=${result.changed ? 'brand' : 'unchanged'}` };
  },
});
