// A seller organisation's applications for the right to sell protected brands, and the
// grants it holds. Both belong to its stores only.
import 'server-only';
import { db } from '../db';
import type { ApplicationStatus } from '../generated/prisma/enums';
import { grantStanding, type GrantStanding } from '../domain/standing';
import { storesOwnedBy } from './stores';

export interface ApplicationRow {
  id: string;
  status: ApplicationStatus;
  productLines: string[];
  submittedAt: Date | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  infoRequest: string | null;
  createdAt: Date;
  brand: { id: string; name: string };
  store: { id: string; name: string };
}

export async function listApplicationsForOrganisation(organisationId: string): Promise<ApplicationRow[]> {
  const prisma = await db();
  return prisma.authorizationApplication.findMany({
    where: { store: storesOwnedBy(organisationId) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      status: true,
      productLines: true,
      submittedAt: true,
      decidedAt: true,
      decisionReason: true,
      infoRequest: true,
      createdAt: true,
      brand: { select: { id: true, name: true } },
      store: { select: { id: true, name: true } },
    },
  });
}

export interface GrantRow {
  id: string;
  standing: GrantStanding;
  productLines: string[];
  validFrom: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  brand: { id: string; name: string };
  store: { id: string; name: string };
}

export async function listGrantsForOrganisation(organisationId: string, now = new Date()): Promise<GrantRow[]> {
  const prisma = await db();
  const grants = await prisma.sellingGrant.findMany({
    where: { store: storesOwnedBy(organisationId) },
    orderBy: [{ expiresAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      status: true,
      productLines: true,
      validFrom: true,
      expiresAt: true,
      revokedAt: true,
      brand: { select: { id: true, name: true } },
      store: { select: { id: true, name: true } },
    },
  });
  return grants.map(({ status, ...grant }) => ({ ...grant, standing: grantStanding({ status, expiresAt: grant.expiresAt }, now) }));
}
