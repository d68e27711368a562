// Authorizations a brand issues inside Assay (brand → distributor → store): lookup by code
// for the public verification page and the application checklist, and the brand side
// (issue, list, revoke with cascade). Brand-side calls are scoped to brands the agent's
// organisation may act for (brandsActableBy); the lookup by code is public by design: the
// code is the secret, and it returns no internal detail beyond what the caller needs.
import 'server-only';
import { db, type Db, type Tx } from '../db';
import { recordAudit, type Actor } from '../audit';
import type { RequestMeta } from '../request-meta';
import { Prisma } from '../generated/prisma/client';
import { notify } from '../notifications';
import {
  authorizationStanding,
  generateAuthorizationCode,
  issueProblems,
  normalizeAuthorizationCode,
  type AuthorizationStanding,
  type ChainLink,
  type IssueProblem,
} from '../domain/brand-authorization';
import { brandProductLines } from '../domain/brand-protection';
import type { IssueAuthorizationInput, RevokeAuthorizationInput } from '../validations/protection';
import { brandsActableBy } from './brands';
import type { BrandActor } from './brand-protection';
import { flagListingsOfBrand } from './listing-flags';
import { readPolicy } from './policy';

type Client = Db | Tx;

/** How deep a chain may go before we stop walking (brand → distributor → sub-distributor → store). */
const MAX_CHAIN_DEPTH = 8;

export interface AuthorizationChainEntry extends ChainLink {
  id: string;
  code: string;
  holderName: string;
  productLines: string[];
  parentId: string | null;
}

export interface AuthorizationByCode {
  id: string;
  code: string;
  brandId: string;
  brandName: string;
  holderName: string;
  holderOrganisationId: string | null;
  holderStoreId: string | null;
  productLines: string[];
  validFrom: Date;
  validUntil: Date;
  status: 'ACTIVE' | 'REVOKED';
  revokedAt: Date | null;
  /** The authorization first, then its ancestors up to the one the brand issued directly. */
  chain: AuthorizationChainEntry[];
}

const chainSelect = {
  id: true,
  code: true,
  holderName: true,
  productLines: true,
  parentId: true,
  status: true,
  validFrom: true,
  validUntil: true,
  revokedAt: true,
} as const;

/** Walks up from an authorization to the brand's root, parent by parent. */
export async function loadChain(client: Client, first: AuthorizationChainEntry): Promise<AuthorizationChainEntry[]> {
  const chain = [first];
  let parentId = first.parentId;
  while (parentId && chain.length < MAX_CHAIN_DEPTH) {
    const parent = await client.brandAuthorization.findUnique({ where: { id: parentId }, select: chainSelect });
    if (!parent) break;
    chain.push(parent);
    parentId = parent.parentId;
  }
  return chain;
}

/**
 * The authorization a typed code names (case, spaces and dashes do not matter), with its
 * chain, brand and holder; null for a malformed or unknown code. Decide its standing with
 * authorizationStanding(result.chain, now).
 */
export async function findAuthorizationByCode(client: Client, code: string): Promise<AuthorizationByCode | null> {
  const normalized = normalizeAuthorizationCode(code);
  if (!normalized) return null;
  const found = await client.brandAuthorization.findUnique({
    where: { code: normalized },
    select: {
      ...chainSelect,
      brandId: true,
      holderOrganisationId: true,
      holderStoreId: true,
      brand: { select: { name: true } },
    },
  });
  if (!found) return null;
  const { brand, holderOrganisationId, holderStoreId, brandId, ...link } = found;
  const chain = await loadChain(client, link);
  return {
    id: found.id,
    code: found.code,
    brandId,
    brandName: brand.name,
    holderName: found.holderName,
    holderOrganisationId,
    holderStoreId,
    productLines: found.productLines,
    validFrom: found.validFrom,
    validUntil: found.validUntil,
    status: found.status,
    revokedAt: found.revokedAt,
    chain,
  };
}

// ───────────────────────────── Public verification ─────────────────────────────

export interface PublicChainLink {
  holderName: string;
  /** This link read with everything above it: a child of a revoked parent is not valid. */
  standing: AuthorizationStanding;
  validFrom: Date;
  validUntil: Date;
  revokedAt: Date | null;
}

export interface PublicVerification {
  code: string;
  standing: AuthorizationStanding;
  brandName: string;
  holderName: string;
  productLines: string[];
  validFrom: Date;
  validUntil: Date;
  /** When the authorization, or the ancestor that ended it, was revoked. */
  revokedAt: Date | null;
  /** From the brand's own authorization down to this one. */
  chain: PublicChainLink[];
}

/**
 * What anyone may learn from a code: standing, brand, holder's name, scope, validity and
 * the chain up to the brand. No ids, no organisation details. Null for an unknown or
 * malformed code.
 */
export async function verifyAuthorizationCode(code: string, now = new Date()): Promise<PublicVerification | null> {
  const prisma = await db();
  const found = await findAuthorizationByCode(prisma, code);
  if (!found) return null;
  const links = found.chain.map((link, i) => ({
    holderName: link.holderName,
    standing: authorizationStanding(found.chain.slice(i), now),
    validFrom: link.validFrom,
    validUntil: link.validUntil,
    revokedAt: link.revokedAt,
  }));
  const standing = authorizationStanding(found.chain, now);
  const revokedAt = standing === 'REVOKED' ? (found.chain.find((l) => l.status === 'REVOKED')?.revokedAt ?? null) : null;
  return {
    code: found.code,
    standing,
    brandName: found.brandName,
    holderName: found.holderName,
    productLines: found.productLines,
    validFrom: found.validFrom,
    validUntil: found.validUntil,
    revokedAt,
    chain: links.reverse(),
  };
}

// ───────────────────────────── The brand's side ─────────────────────────────

const actorOf = (user: BrandActor): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

export interface BrandAuthorizationRow {
  id: string;
  code: string;
  holderName: string;
  /** Issued to a store of the catalogue (not a distributor or a holder named only). */
  toStore: boolean;
  productLines: string[];
  validFrom: Date;
  validUntil: Date;
  status: 'ACTIVE' | 'REVOKED';
  revokedAt: Date | null;
  revocationReason: string | null;
  parentId: string | null;
  parentCode: string | null;
  standing: AuthorizationStanding;
  createdAt: Date;
}

export interface AuthorizationsPage {
  brand: { id: string; name: string };
  productLines: string[];
  distributors: { id: string; name: string }[];
  authorizations: BrandAuthorizationRow[];
}

/** The brand's authorizations with their standing now, newest first; null if the brand is not the actor's to see. */
export async function getAuthorizationsPage(actor: BrandActor, brandId: string, now = new Date()): Promise<AuthorizationsPage | null> {
  const prisma = await db();
  const brand = await prisma.brand.findFirst({
    where: { AND: [{ id: brandId }, brandsActableBy(actor.organisationId, now)] },
    select: {
      id: true,
      name: true,
      referencePrices: { select: { productLine: true } },
      distributors: { where: { active: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } },
      authorizationsIssued: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: {
          ...chainSelect,
          revocationReason: true,
          holderOrganisationId: true,
          holderStoreId: true,
          createdAt: true,
        },
      },
    },
  });
  if (!brand) return null;
  const byId = new Map(brand.authorizationsIssued.map((a) => [a.id, a]));
  const chainOf = (first: (typeof brand.authorizationsIssued)[number]) => {
    const chain: ChainLink[] = [first];
    let parent = first.parentId ? byId.get(first.parentId) : undefined;
    while (parent && chain.length < MAX_CHAIN_DEPTH) {
      chain.push(parent);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    return chain;
  };
  return {
    brand: { id: brand.id, name: brand.name },
    productLines: brandProductLines(brand.referencePrices),
    distributors: brand.distributors,
    authorizations: brand.authorizationsIssued.map((a) => ({
      id: a.id,
      code: a.code,
      holderName: a.holderName,
      toStore: a.holderStoreId !== null,
      productLines: a.productLines,
      validFrom: a.validFrom,
      validUntil: a.validUntil,
      status: a.status,
      revokedAt: a.revokedAt,
      revocationReason: a.revocationReason,
      parentId: a.parentId,
      parentCode: a.parentId ? (byId.get(a.parentId)?.code ?? null) : null,
      standing: authorizationStanding(chainOf(a), now),
      createdAt: a.createdAt,
    })),
  };
}

export type IssueViolation =
  | { field: 'distributorId' | 'storeSlug' | 'holderName' | 'parentId'; code: 'distributorUnknown' | 'storeUnknown' | 'holderMissing' | 'holderTwice' | 'parentUnknown' }
  | IssueProblem;

export type IssueResult = { ok: true; authorizationId: string; code: string } | { ok: false; violation: 'notFound' } | { ok: false; violation: 'invalid'; problems: IssueViolation[] };

const CODE_ATTEMPTS = 5;

/**
 * Issues an authorization for the brand: to one of its distributors, to a store of the
 * catalogue, or to a holder named only. Through a parent (one of the brand's authorizations
 * valid now) the scope and validity must lie within the parent's. The code is random and
 * unique (a collision, however unlikely, draws again). The holder's organisation is told.
 */
export async function issueAuthorization(actor: BrandActor, input: IssueAuthorizationInput, meta?: RequestMeta, now = new Date()): Promise<IssueResult> {
  const prisma = await db();
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction((tx) => issueIn(tx, actor, input, meta, now, generateAuthorizationCode()));
    } catch (error) {
      const collision = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!collision || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

async function issueIn(tx: Tx, actor: BrandActor, input: IssueAuthorizationInput, meta: RequestMeta | undefined, now: Date, code: string): Promise<IssueResult> {
  const brand = await tx.brand.findFirst({
    where: { AND: [{ id: input.brandId }, brandsActableBy(actor.organisationId, now)] },
    select: { id: true, name: true, referencePrices: { select: { productLine: true } } },
  });
  if (!brand) return { ok: false, violation: 'notFound' };
  const problems: IssueViolation[] = [];

  let holderName = input.holderName;
  let holderOrganisationId: string | null = null;
  let holderStoreId: string | null = null;
  let notifyOrganisationId: string | null = null;
  if (input.distributorId && input.storeSlug) problems.push({ field: 'storeSlug', code: 'holderTwice' });
  else if (input.distributorId) {
    const distributor = await tx.authorizedDistributor.findFirst({
      where: { id: input.distributorId, brandId: brand.id, active: true },
      select: { name: true, organisationId: true },
    });
    if (!distributor) problems.push({ field: 'distributorId', code: 'distributorUnknown' });
    else {
      holderName ??= distributor.name;
      holderOrganisationId = distributor.organisationId;
      notifyOrganisationId = distributor.organisationId;
    }
  } else if (input.storeSlug) {
    const store =
      (await tx.store.findUnique({ where: { slug: input.storeSlug }, select: { id: true, name: true, status: true, sellerOrganisationId: true } })) ??
      (await tx.store.findFirst({ where: { name: { equals: input.storeSlug, mode: 'insensitive' } }, select: { id: true, name: true, status: true, sellerOrganisationId: true } }));
    if (!store || store.status === 'CLOSED') problems.push({ field: 'storeSlug', code: 'storeUnknown' });
    else {
      holderName ??= store.name;
      holderStoreId = store.id;
      notifyOrganisationId = store.sellerOrganisationId;
    }
  } else if (!holderName) problems.push({ field: 'holderName', code: 'holderMissing' });

  let parent: { chain: ChainLink[]; productLines: string[]; validFrom: Date; validUntil: Date } | null = null;
  if (input.parentId) {
    const found = await tx.brandAuthorization.findFirst({ where: { id: input.parentId, brandId: brand.id }, select: chainSelect });
    if (!found) problems.push({ field: 'parentId', code: 'parentUnknown' });
    else parent = { chain: await loadChain(tx, found), productLines: found.productLines, validFrom: found.validFrom, validUntil: found.validUntil };
  }
  problems.push(...issueProblems(input, brandProductLines(brand.referencePrices), parent, now));
  if (problems.length > 0 || !holderName) return { ok: false, violation: 'invalid', problems };

  const created = await tx.brandAuthorization.create({
    data: {
      brandId: brand.id,
      parentId: input.parentId,
      holderName,
      holderOrganisationId,
      holderStoreId,
      productLines: input.productLines,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      code,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor: actorOf(actor),
    action: 'brandAuthorization.issue',
    objectType: 'brandAuthorization',
    objectId: created.id,
    after: {
      brandId: brand.id,
      code,
      holderName,
      holderOrganisationId,
      holderStoreId,
      parentId: input.parentId,
      productLines: input.productLines,
      validFrom: input.validFrom.toISOString(),
      validUntil: input.validUntil.toISOString(),
    },
    ...(meta ? { meta } : {}),
  });
  if (notifyOrganisationId) {
    await notify(tx, {
      type: 'authorizationIssued',
      params: { brandName: brand.name, holderName, code },
      link: `/verify/${code}`,
      recipients: { organisationIds: [notifyOrganisationId] },
    });
  }
  return { ok: true, authorizationId: created.id, code };
}

export type RevokeResult = { ok: true; revokedIds: string[]; grantsEnded: number } | { ok: false; violation: 'notFound' | 'alreadyRevoked' };

/**
 * Revokes an authorization at once, and with it every active authorization issued through
 * it (its subtree), in one transaction. Grants whose application relied on one of them end
 * (REVOKED); the store's listings of the brand are flagged unless another active grant still
 * covers it; the seller and the holders are told. Guarded on status ACTIVE: a second revoke
 * finds nothing to change.
 */
export async function revokeAuthorization(actor: BrandActor, input: RevokeAuthorizationInput, meta?: RequestMeta, now = new Date()): Promise<RevokeResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<RevokeResult> => {
    const brand = await tx.brand.findFirst({
      where: { AND: [{ id: input.brandId }, brandsActableBy(actor.organisationId, now)] },
      select: { id: true, name: true },
    });
    if (!brand) return { ok: false, violation: 'notFound' };
    const root = await tx.brandAuthorization.findFirst({ where: { id: input.authorizationId, brandId: brand.id }, select: { id: true } });
    if (!root) return { ok: false, violation: 'notFound' };
    const revokeData = { status: 'REVOKED' as const, revokedAt: now, revocationReason: input.reason };
    const { count } = await tx.brandAuthorization.updateMany({ where: { id: root.id, status: 'ACTIVE' }, data: revokeData });
    if (count === 0) return { ok: false, violation: 'alreadyRevoked' };

    // The subtree, level by level; only what is still active changes.
    const revokedIds = [root.id];
    let frontier = [root.id];
    while (frontier.length > 0) {
      const children = await tx.brandAuthorization.findMany({ where: { parentId: { in: frontier }, brandId: brand.id }, select: { id: true, status: true } });
      const active = children.filter((c) => c.status === 'ACTIVE').map((c) => c.id);
      if (active.length > 0) {
        await tx.brandAuthorization.updateMany({ where: { id: { in: active }, status: 'ACTIVE' }, data: revokeData });
        revokedIds.push(...active);
      }
      frontier = children.map((c) => c.id);
    }
    const revoked = await tx.brandAuthorization.findMany({
      where: { id: { in: revokedIds } },
      select: { id: true, code: true, holderName: true, holderOrganisationId: true, holderStore: { select: { sellerOrganisationId: true } } },
      orderBy: { id: 'asc' },
    });
    for (const authorization of revoked) {
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: 'brandAuthorization.revoke',
        objectType: 'brandAuthorization',
        objectId: authorization.id,
        before: { status: 'ACTIVE' },
        after: { status: 'REVOKED', reason: input.reason, code: authorization.code, ...(authorization.id !== root.id ? { cascadedFrom: root.id } : {}) },
        ...(meta ? { meta } : {}),
      });
      const holderOrganisationId = authorization.holderOrganisationId ?? authorization.holderStore?.sellerOrganisationId ?? null;
      if (holderOrganisationId) {
        await notify(tx, {
          type: 'authorizationRevoked',
          params: { brandName: brand.name, code: authorization.code, reason: input.reason },
          link: `/verify/${authorization.code}`,
          recipients: { organisationIds: [holderOrganisationId] },
        });
      }
    }

    // Grants that relied on one of these authorizations end now.
    const grants = await tx.sellingGrant.findMany({
      where: { status: 'ACTIVE', application: { documents: { some: { brandAuthorizationId: { in: revokedIds } } } } },
      select: { id: true, storeId: true, brandId: true, store: { select: { name: true, sellerOrganisationId: true } }, brand: { select: { name: true } } },
      orderBy: { id: 'asc' },
    });
    const policy = grants.length > 0 ? await readPolicy(tx) : null;
    for (const grant of grants) {
      const ended = await tx.sellingGrant.updateMany({
        where: { id: grant.id, status: 'ACTIVE' },
        data: { status: 'REVOKED', revokedAt: now, revocationReason: input.reason },
      });
      if (ended.count === 0) continue;
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: 'sellingGrant.revoke',
        objectType: 'store',
        objectId: grant.storeId,
        before: { grantId: grant.id, status: 'ACTIVE' },
        after: { grantId: grant.id, status: 'REVOKED', reason: 'AUTHORIZATION_REVOKED', authorizationId: root.id },
        ...(meta ? { meta } : {}),
      });
      if (grant.store.sellerOrganisationId) {
        await notify(tx, {
          type: 'grantEnded',
          params: { storeName: grant.store.name, brandName: grant.brand.name, reason: input.reason },
          link: `/seller/stores/${grant.storeId}`,
          recipients: { organisationIds: [grant.store.sellerOrganisationId] },
        });
      }
    }
    // Flag once per store and brand, unless another grant still lets the store sell the brand.
    const pairs = [...new Map(grants.map((g) => [`${g.storeId}:${g.brandId}`, g])).values()];
    for (const grant of pairs) {
      const stillCovered = await tx.sellingGrant.count({
        where: { storeId: grant.storeId, brandId: grant.brandId, status: 'ACTIVE', validFrom: { lte: now }, expiresAt: { gt: now } },
      });
      if (stillCovered > 0) continue;
      await flagListingsOfBrand(tx, { storeId: grant.storeId, brandId: grant.brandId, reason: 'AUTHORIZATION_REVOKED', now, policy: policy!, actor: actorOf(actor) });
    }
    return { ok: true, revokedIds, grantsEnded: grants.length };
  });
}
