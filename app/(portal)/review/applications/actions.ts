'use server';

import { defineAction } from '@/lib/actions/action';
import { throwIfRefused } from '@/lib/actions/application-refusal';
import { approveApplication, askBrandToConfirmLetter, rejectApplication, requestApplicationInfo, takeApplication } from '@/lib/data/application-review';
import { ApproveApplicationSchema, AskBrandSchema, RejectApplicationSchema, RequestInfoSchema, TakeApplicationSchema } from '@/lib/validations/applications';

const page = (id: string, notice: string) => `/review/applications/${encodeURIComponent(id)}?notice=${notice}`;
const revalidate = ['/review/applications', '/seller/applications', '/brand/letters'];

export const takeApplicationAction = defineAction({
  permission: 'application.review',
  schema: TakeApplicationSchema,
  revalidate,
  run: async (input, { user, meta }) => {
    const change = await takeApplication(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'taken') };
  },
});

export const approveApplicationAction = defineAction({
  permission: 'application.review',
  schema: ApproveApplicationSchema,
  revalidate,
  run: async (input, { user, meta }) => {
    const change = await approveApplication(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'approved') };
  },
});

export const rejectApplicationAction = defineAction({
  permission: 'application.review',
  schema: RejectApplicationSchema,
  revalidate,
  run: async (input, { user, meta }) => {
    const change = await rejectApplication(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'rejected') };
  },
});

export const requestInfoAction = defineAction({
  permission: 'application.review',
  schema: RequestInfoSchema,
  revalidate,
  run: async (input, { user, meta }) => {
    const change = await requestApplicationInfo(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'infoRequested') };
  },
});

export const askBrandAction = defineAction({
  permission: 'application.review',
  schema: AskBrandSchema,
  revalidate,
  run: async (input, { user, meta }) => {
    const change = await askBrandToConfirmLetter(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'askedBrand') };
  },
});
