// Listings as a seller organisation sees them: the listings of its own stores.
import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { ListingStatus } from '../generated/prisma/enums';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';
import { storesOwnedBy } from './stores';

export function listingsOwnedBy(organisationId: string): Prisma.ListingWhereInput {
  return { store: storesOwnedBy(organisationId) };
}

export const LISTINGS_PAGE_SIZE = 20;

export interface ListingFilterValues {
  status?: ListingStatus | undefined;
  brand?: string | undefined;
}

export interface SellerListingRow {
  id: string;
  externalId: string;
  title: string;
  priceCents: number;
  currency: string;
  stockQuantity: number;
  status: ListingStatus;
  flaggedAt: Date | null;
  graceEndsAt: Date | null;
  removedAt: Date | null;
  createdAt: Date;
  store: { id: string; name: string };
  brand: { id: string; name: string; isProtected: boolean } | null;
}

export interface SellerListings extends Paged<SellerListingRow> {
  /** Listings per status under the brand filter, for the status filter's options. */
  statusCounts: Partial<Record<ListingStatus, number>>;
  /** Brands the organisation lists, for the brand filter. */
  brandOptions: { id: string; name: string }[];
}

export async function listListingsForOrganisation(
  organisationId: string,
  filters: ListingFilterValues,
  page: number,
  pageSize = LISTINGS_PAGE_SIZE,
): Promise<SellerListings> {
  const prisma = await db();
  const own = listingsOwnedBy(organisationId);
  const byBrand: Prisma.ListingWhereInput = filters.brand ? { ...own, brandId: filters.brand } : own;
  const where: Prisma.ListingWhereInput = filters.status ? { ...byBrand, status: filters.status } : byBrand;
  const [total, statusGroups, brandGroups] = await Promise.all([
    prisma.listing.count({ where }),
    prisma.listing.groupBy({ by: ['status'], where: byBrand, _count: { _all: true } }),
    prisma.listing.groupBy({ by: ['brandId'], where: { ...own, brandId: { not: null } } }),
  ]);
  const pageCount = pageCountOf(total, pageSize);
  const current = clampPage(page, pageCount);
  const brandIds = brandGroups.map((g) => g.brandId).filter((id): id is string => id !== null);
  const [rows, brandOptions] = await Promise.all([
    prisma.listing.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      ...pageSlice(current, pageSize),
      select: {
        id: true,
        externalId: true,
        title: true,
        priceCents: true,
        currency: true,
        stockQuantity: true,
        status: true,
        flaggedAt: true,
        graceEndsAt: true,
        removedAt: true,
        createdAt: true,
        store: { select: { id: true, name: true } },
        brand: { select: { id: true, name: true, isProtected: true } },
      },
    }),
    brandIds.length
      ? prisma.brand.findMany({ where: { id: { in: brandIds } }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } })
      : Promise.resolve([]),
  ]);
  return {
    rows,
    total,
    page: current,
    pageSize,
    pageCount,
    statusCounts: Object.fromEntries(statusGroups.map((g) => [g.status, g._count._all])),
    brandOptions,
  };
}
