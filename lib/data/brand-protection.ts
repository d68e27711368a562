// A brand's protection settings as its agents keep them: the protected flag (which the
// admin's policy may force for a category), reference prices, and the list of authorized
// distributors. Every call is scoped to brands the agent's organisation may act for
// (brandsActableBy): any other brand reads as absent. Each change is audited in its own
// transaction. Marking a brand protected flags nothing here: the enforcement job does.
import 'server-only';
import { db, type Tx } from '../db';
import { recordAudit, type Actor } from '../audit';
import type { SessionUser } from '../auth/session';
import type { RequestMeta } from '../request-meta';
import { Prisma } from '../generated/prisma/client';
import { brandProductLines, protectionRequiredFor } from '../domain/brand-protection';
import type { DistributorActiveInput, DistributorInput, ReferencePriceInput, RemoveReferencePriceInput, SetProtectionInput } from '../validations/protection';
import { readPolicy } from './policy';
import { brandsActableBy } from './brands';

export type BrandActor = Pick<SessionUser, 'id' | 'role' | 'organisationId'>;

const actorOf = (user: BrandActor): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

/** The brand if the actor's organisation may act for it, else null (the caller says "not found"). */
async function actableBrand(tx: Tx, actor: BrandActor, brandId: string, now: Date) {
  return tx.brand.findFirst({
    where: { AND: [{ id: brandId }, brandsActableBy(actor.organisationId, now)] },
    select: { id: true, name: true, category: true, isProtected: true, version: true },
  });
}

export interface ProtectionPage {
  brand: { id: string; name: string; category: string | null; isProtected: boolean; version: number };
  protectionRequired: boolean;
  productLines: string[];
  referencePrices: { id: string; productLine: string; currency: string; amountCents: number }[];
  distributors: { id: string; name: string; country: string | null; productLines: string[]; active: boolean; organisationName: string | null }[];
}

export async function getProtectionPage(actor: BrandActor, brandId: string, now = new Date()): Promise<ProtectionPage | null> {
  const prisma = await db();
  const brand = await prisma.brand.findFirst({
    where: { AND: [{ id: brandId }, brandsActableBy(actor.organisationId, now)] },
    select: {
      id: true,
      name: true,
      category: true,
      isProtected: true,
      version: true,
      referencePrices: { orderBy: [{ productLine: 'asc' }, { currency: 'asc' }], select: { id: true, productLine: true, currency: true, amountCents: true } },
      distributors: {
        orderBy: [{ active: 'desc' }, { name: 'asc' }, { id: 'asc' }],
        select: { id: true, name: true, country: true, productLines: true, active: true, organisation: { select: { name: true } } },
      },
    },
  });
  if (!brand) return null;
  const policy = await readPolicy(prisma);
  const { referencePrices, distributors, ...facts } = brand;
  return {
    brand: facts,
    protectionRequired: protectionRequiredFor(brand.category, policy.protectedCategories),
    productLines: brandProductLines(referencePrices),
    referencePrices,
    distributors: distributors.map(({ organisation, ...d }) => ({ ...d, organisationName: organisation?.name ?? null })),
  };
}

export type ProtectionResult = { ok: true; changed: boolean } | { ok: false; violation: 'notFound' | 'stale' | 'required' };

/**
 * Marks the brand protected or not. A brand whose category the policy lists stays
 * protected ('required'). Guarded on the version the form was rendered from.
 */
export async function setBrandProtection(actor: BrandActor, input: SetProtectionInput, meta?: RequestMeta, now = new Date()): Promise<ProtectionResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<ProtectionResult> => {
    const brand = await actableBrand(tx, actor, input.brandId, now);
    if (!brand) return { ok: false, violation: 'notFound' };
    if (brand.version !== input.version) return { ok: false, violation: 'stale' };
    if (brand.isProtected === input.protect) return { ok: true, changed: false };
    if (!input.protect) {
      const policy = await readPolicy(tx);
      if (protectionRequiredFor(brand.category, policy.protectedCategories)) return { ok: false, violation: 'required' };
    }
    const { count } = await tx.brand.updateMany({
      where: { id: brand.id, version: input.version },
      data: { isProtected: input.protect, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, violation: 'stale' };
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: input.protect ? 'brand.protect' : 'brand.unprotect',
      objectType: 'brand',
      objectId: brand.id,
      before: { isProtected: brand.isProtected },
      after: { isProtected: input.protect },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, changed: true };
  });
}

export type PriceResult = { ok: true } | { ok: false; violation: 'notFound' | 'duplicate' };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Adds a reference price, or edits one (priceId). One price per product line and currency. */
export async function saveReferencePrice(actor: BrandActor, input: ReferencePriceInput, meta?: RequestMeta, now = new Date()): Promise<PriceResult> {
  const prisma = await db();
  try {
    return await prisma.$transaction(async (tx): Promise<PriceResult> => {
      const brand = await actableBrand(tx, actor, input.brandId, now);
      if (!brand) return { ok: false, violation: 'notFound' };
      const before = input.priceId
        ? await tx.brandReferencePrice.findFirst({ where: { id: input.priceId, brandId: brand.id }, select: { productLine: true, currency: true, amountCents: true } })
        : null;
      if (input.priceId && !before) return { ok: false, violation: 'notFound' };
      const clash = await tx.brandReferencePrice.findFirst({
        where: {
          brandId: brand.id,
          productLine: { equals: input.productLine, mode: 'insensitive' },
          currency: input.currency,
          ...(input.priceId ? { id: { not: input.priceId } } : {}),
        },
        select: { id: true },
      });
      if (clash) return { ok: false, violation: 'duplicate' };
      const data = { productLine: input.productLine, currency: input.currency, amountCents: input.amountMinor };
      const saved = input.priceId
        ? await tx.brandReferencePrice.update({ where: { id: input.priceId }, data, select: { id: true } })
        : await tx.brandReferencePrice.create({ data: { ...data, brandId: brand.id }, select: { id: true } });
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: input.priceId ? 'brand.updateReferencePrice' : 'brand.addReferencePrice',
        objectType: 'brand',
        objectId: brand.id,
        before: before ? { priceId: saved.id, ...before } : null,
        after: { priceId: saved.id, ...data },
        ...(meta ? { meta } : {}),
      });
      return { ok: true };
    });
  } catch (error) {
    // Two agents adding the same line and currency at once: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, violation: 'duplicate' };
    throw error;
  }
}

export async function removeReferencePrice(actor: BrandActor, input: RemoveReferencePriceInput, meta?: RequestMeta, now = new Date()): Promise<PriceResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<PriceResult> => {
    const brand = await actableBrand(tx, actor, input.brandId, now);
    if (!brand) return { ok: false, violation: 'notFound' };
    const before = await tx.brandReferencePrice.findFirst({ where: { id: input.priceId, brandId: brand.id }, select: { productLine: true, currency: true, amountCents: true } });
    if (!before) return { ok: false, violation: 'notFound' };
    await tx.brandReferencePrice.delete({ where: { id: input.priceId } });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'brand.removeReferencePrice',
      objectType: 'brand',
      objectId: brand.id,
      before: { priceId: input.priceId, ...before },
      ...(meta ? { meta } : {}),
    });
    return { ok: true };
  });
}

export type DistributorResult = { ok: true; distributorId: string } | { ok: false; violation: 'notFound' | 'organisationUnknown' | 'unknownLine' };

/** Adds a distributor, or edits one (distributorId). Its lines are among the brand's. */
export async function saveDistributor(actor: BrandActor, input: DistributorInput, meta?: RequestMeta, now = new Date()): Promise<DistributorResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<DistributorResult> => {
    const brand = await actableBrand(tx, actor, input.brandId, now);
    if (!brand) return { ok: false, violation: 'notFound' };
    const before = input.distributorId
      ? await tx.authorizedDistributor.findFirst({
          where: { id: input.distributorId, brandId: brand.id },
          select: { name: true, country: true, productLines: true, organisationId: true, active: true },
        })
      : null;
    if (input.distributorId && !before) return { ok: false, violation: 'notFound' };
    const lines = brandProductLines(await tx.brandReferencePrice.findMany({ where: { brandId: brand.id }, select: { productLine: true } }));
    if (input.productLines.some((line) => !lines.includes(line))) return { ok: false, violation: 'unknownLine' };
    let organisationId: string | null = null;
    if (input.organisationName) {
      // Only a business organisation, named exactly (case aside), and only when the name is unambiguous.
      const matches = await tx.organisation.findMany({
        where: { name: { equals: input.organisationName, mode: 'insensitive' }, kind: { not: 'MARKETPLACE' } },
        select: { id: true },
        take: 2,
      });
      if (matches.length !== 1) return { ok: false, violation: 'organisationUnknown' };
      organisationId = matches[0]!.id;
    }
    const data = { name: input.name, country: input.country, productLines: input.productLines, organisationId };
    const saved = input.distributorId
      ? await tx.authorizedDistributor.update({ where: { id: input.distributorId }, data, select: { id: true } })
      : await tx.authorizedDistributor.create({ data: { ...data, brandId: brand.id }, select: { id: true } });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: input.distributorId ? 'distributor.update' : 'distributor.create',
      objectType: 'brand',
      objectId: brand.id,
      before: before ? { distributorId: saved.id, ...before } : null,
      after: { distributorId: saved.id, ...data },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, distributorId: saved.id };
  });
}

export type DistributorActiveResult = { ok: true; changed: boolean } | { ok: false; violation: 'notFound' };

/** Deactivates or reactivates a distributor. Its authorizations are the brand's to revoke separately. */
export async function setDistributorActive(actor: BrandActor, input: DistributorActiveInput, meta?: RequestMeta, now = new Date()): Promise<DistributorActiveResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<DistributorActiveResult> => {
    const brand = await actableBrand(tx, actor, input.brandId, now);
    if (!brand) return { ok: false, violation: 'notFound' };
    const { count } = await tx.authorizedDistributor.updateMany({
      where: { id: input.distributorId, brandId: brand.id, active: !input.active },
      data: { active: input.active },
    });
    if (count === 0) {
      const exists = await tx.authorizedDistributor.count({ where: { id: input.distributorId, brandId: brand.id } });
      return exists ? { ok: true, changed: false } : { ok: false, violation: 'notFound' };
    }
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: input.active ? 'distributor.reactivate' : 'distributor.deactivate',
      objectType: 'brand',
      objectId: brand.id,
      before: { distributorId: input.distributorId, active: !input.active },
      after: { distributorId: input.distributorId, active: input.active },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, changed: true };
  });
}
