'use server';

import { defineAction } from '@/lib/actions/action';
import { throwIfRefused } from '@/lib/actions/application-refusal';
import {
  addAuthorizationCode,
  addInvoice,
  addLetter,
  createApplication,
  removeApplicationDocument,
  submitApplication,
  withdrawApplication,
} from '@/lib/data/applications';
import {
  AddCodeSchema,
  AddInvoiceSchema,
  AddLetterSchema,
  CreateApplicationSchema,
  RemoveDocumentSchema,
  SubmitApplicationSchema,
  WithdrawApplicationSchema,
} from '@/lib/validations/applications';

const page = (id: string, notice: string) => `/seller/applications/${encodeURIComponent(id)}?notice=${notice}`;

export const createApplicationAction = defineAction({
  permission: 'application.file',
  schema: CreateApplicationSchema,
  revalidate: ['/seller/applications'],
  run: async (input, { user, meta }) => {
    const change = await createApplication(user, { storeId: input.storeId, brandId: input.brandId, productLines: input.productLines, renewsGrantId: input.renewsGrantId }, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'created') };
  },
});

export const addInvoiceAction = defineAction({
  permission: 'application.file',
  schema: AddInvoiceSchema,
  revalidate: ['/seller/applications'],
  run: async (input, { user, meta }) => {
    const change = await addInvoice(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'documentAdded') };
  },
});

export const addLetterAction = defineAction({
  permission: 'application.file',
  schema: AddLetterSchema,
  revalidate: ['/seller/applications'],
  run: async (input, { user, meta }) => {
    const change = await addLetter(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'documentAdded') };
  },
});

export const addCodeAction = defineAction({
  permission: 'application.file',
  schema: AddCodeSchema,
  revalidate: ['/seller/applications'],
  run: async (input, { user, meta }) => {
    const change = await addAuthorizationCode(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'documentAdded') };
  },
});

export const removeDocumentAction = defineAction({
  permission: 'application.file',
  schema: RemoveDocumentSchema,
  revalidate: ['/seller/applications'],
  run: async (input, { user, meta }) => {
    const change = await removeApplicationDocument(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'documentRemoved') };
  },
});

export const submitApplicationAction = defineAction({
  permission: 'application.file',
  schema: SubmitApplicationSchema,
  revalidate: ['/seller/applications', '/review/applications'],
  run: async (input, { user, meta }) => {
    const change = await submitApplication(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'submitted') };
  },
});

export const withdrawApplicationAction = defineAction({
  permission: 'application.file',
  schema: WithdrawApplicationSchema,
  revalidate: ['/seller/applications', '/review/applications'],
  run: async (input, { user, meta }) => {
    const change = await withdrawApplication(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: page(change.applicationId, 'withdrawn') };
  },
});
