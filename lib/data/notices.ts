// Notices: the decided claim items against a seller organisation's listings, with the
// reasons. What a seller may see of a claim is a domain rule (lib/domain/notices.ts).
import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type {
  ClaimItemStatus,
  CounterNoticeStatus,
  InfringementType,
  RejectionReason,
  RemovalReason,
} from '../generated/prisma/enums';
import { FILED_CLAIM_STATUSES, SELLER_VISIBLE_ITEM_STATUSES } from '../domain/notices';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';
import { listingsOwnedBy } from './listings';

export function noticesFor(organisationId: string): Prisma.ClaimItemWhereInput {
  return {
    status: { in: [...SELLER_VISIBLE_ITEM_STATUSES] },
    claim: { status: { in: [...FILED_CLAIM_STATUSES] } },
    listing: listingsOwnedBy(organisationId),
  };
}

export const NOTICES_PAGE_SIZE = 10;

export interface NoticeRow {
  id: string;
  status: ClaimItemStatus;
  infringementType: InfringementType;
  removalReason: RemovalReason | null;
  rejectionReason: RejectionReason | null;
  decidedAt: Date | null;
  expedited: boolean;
  claim: { reference: string; brand: { id: string; name: string } };
  listing: { id: string; externalId: string; title: string; store: { id: string; name: string } };
  /** The newest counter-notice filed against this item, if any. */
  counterNotice: { status: CounterNoticeStatus } | null;
  /** The statement of reasons the seller received for this item (a removal), if any. */
  statementId: string | null;
}

export async function listNoticesForOrganisation(
  organisationId: string,
  page: number,
  pageSize = NOTICES_PAGE_SIZE,
  /** Only the notices against this store (its page); the organisation still scopes it. */
  storeId?: string,
): Promise<Paged<NoticeRow>> {
  const prisma = await db();
  const own = noticesFor(organisationId);
  const where: Prisma.ClaimItemWhereInput = storeId === undefined ? own : { AND: [own, { listing: { storeId } }] };
  const total = await prisma.claimItem.count({ where });
  const pageCount = pageCountOf(total, pageSize);
  const current = clampPage(page, pageCount);
  const items = await prisma.claimItem.findMany({
    where,
    orderBy: [{ decidedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    ...pageSlice(current, pageSize),
    select: {
      id: true,
      status: true,
      infringementType: true,
      removalReason: true,
      rejectionReason: true,
      decidedAt: true,
      expedited: true,
      claim: { select: { reference: true, brand: { select: { id: true, name: true } } } },
      listing: { select: { id: true, externalId: true, title: true, store: { select: { id: true, name: true } } } },
      // Only the seller's own counter-notices: a store never sees another store's filings.
      counterNotices: {
        where: { store: { sellerOrganisationId: organisationId } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 1,
        select: { status: true },
      },
      statements: {
        where: { store: { sellerOrganisationId: organisationId } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 1,
        select: { id: true },
      },
    },
  });
  return {
    rows: items.map(({ counterNotices, statements, ...item }) => ({
      ...item,
      counterNotice: counterNotices[0] ?? null,
      statementId: statements[0]?.id ?? null,
    })),
    total,
    page: current,
    pageSize,
    pageCount,
  };
}
