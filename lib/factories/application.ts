import type { Prisma } from '../generated/prisma/client';
import type { FactoryDb } from './types';

export type ApplicationDocumentInput = Partial<Omit<Prisma.ApplicationDocumentUncheckedCreateWithoutApplicationInput, 'kind'>> & {
  kind: Prisma.ApplicationDocumentUncheckedCreateWithoutApplicationInput['kind'];
};

export interface CreateApplicationInput
  extends Partial<Omit<Prisma.AuthorizationApplicationUncheckedCreateInput, 'documents' | 'grant'>> {
  storeId: string;
  brandId: string;
  filedById: string;
  /** Invoices and letters with the facts the checklist compares; the file itself is optional. */
  documents?: ApplicationDocumentInput[];
  /** For an approved application: the grant it produced. */
  grant?: { validFrom: Date; expiresAt: Date; productLines?: string[] };
}

/** A store's application to sell a protected brand, submitted now unless overridden. */
export function createAuthorizationApplication(db: FactoryDb, input: CreateApplicationInput) {
  const { documents = [], grant, ...fields } = input;
  const status = fields.status ?? 'SUBMITTED';
  const productLines = fields.productLines ?? ['Handbags'];
  return db.authorizationApplication.create({
    data: {
      ...(status === 'DRAFT' ? {} : { submittedAt: new Date() }),
      ...fields,
      status,
      productLines,
      documents: { create: documents.map((d) => ({ productLines, ...d })) },
      ...(grant
        ? {
            grant: {
              create: {
                storeId: input.storeId,
                brandId: input.brandId,
                productLines: grant.productLines ?? productLines,
                validFrom: grant.validFrom,
                expiresAt: grant.expiresAt,
              },
            },
          }
        : {}),
    },
    include: { documents: true, grant: true },
  });
}
