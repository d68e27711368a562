// Statements of reasons as the restricted seller sees them: only those addressed to its
// own stores. Another store's statement reads as not found (null), never as forbidden.
import 'server-only';
import { db } from '../db';
import type { ClaimItemStatus, InfringementType, RemovalReason, RestrictionKind } from '../generated/prisma/enums';
import { storesOwnedBy } from './stores';

export interface SellerStatement {
  id: string;
  restriction: RestrictionKind;
  scope: string;
  facts: string;
  evidenceSummary: string | null;
  legalGround: string | null;
  contractualGround: string | null;
  automated: boolean;
  redress: string;
  contestUntil: Date | null;
  createdAt: Date;
  store: { id: string; name: string };
  listing: { id: string; externalId: string; title: string } | null;
  claimItem: {
    id: string;
    status: ClaimItemStatus;
    infringementType: InfringementType;
    removalReason: RemovalReason | null;
    claim: { reference: string; brand: { name: string } };
  } | null;
}

export async function getStatementForSeller(organisationId: string, statementId: string): Promise<SellerStatement | null> {
  const prisma = await db();
  return prisma.statementOfReasons.findFirst({
    where: { id: statementId, store: storesOwnedBy(organisationId) },
    select: {
      id: true,
      restriction: true,
      scope: true,
      facts: true,
      evidenceSummary: true,
      legalGround: true,
      contractualGround: true,
      automated: true,
      redress: true,
      contestUntil: true,
      createdAt: true,
      store: { select: { id: true, name: true } },
      listing: { select: { id: true, externalId: true, title: true } },
      claimItem: {
        select: {
          id: true,
          status: true,
          infringementType: true,
          removalReason: true,
          claim: { select: { reference: true, brand: { select: { name: true } } } },
        },
      },
    },
  });
}
