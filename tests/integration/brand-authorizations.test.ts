// Authorizations a brand issues inside Assay, against a real database: issuing to a
// distributor, a store or a holder named only, through a parent (scope and validity
// inside it), the code lookup with its chain, the public verification, revocation of a whole
// subtree that ends the grants relying on it and flags the store's listings, and who may do
// each (owner, agency with and without a verified power, another brand, seller, reviewer).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import {
  createAgencyAuthorization,
  createAuthorizationApplication,
  createBrand,
  createListings,
  createOrganisation,
  createStore,
  createUser,
  uniqueToken,
} from '@/lib/factories';
import { createBrandAuthorization } from '@/lib/factories/brand-authorization';
import {
  findAuthorizationByCode,
  getAuthorizationsPage,
  issueAuthorization,
  revokeAuthorization,
  verifyAuthorizationCode,
} from '@/lib/data/brand-authorizations';
import type { BrandActor } from '@/lib/data/brand-protection';
import { authorizationStanding } from '@/lib/domain/brand-authorization';
import { can } from '@/lib/authz/policy';
import type { IssueAuthorizationInput } from '@/lib/validations/protection';
import type { Role } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;
let prisma: Db;

async function actor(role: Role, organisationId?: string): Promise<BrandActor> {
  const made = await createUser(prisma, { role, ...(organisationId ? { organisationId } : {}) });
  return { id: made.user.id, role, organisationId: made.organisationId };
}

async function scenario() {
  const owner = await createOrganisation(prisma, { kind: 'BRAND_OWNER' });
  const distributorOrg = await createOrganisation(prisma, { kind: 'SELLER' });
  await createUser(prisma, { role: 'SELLER', organisationId: distributorOrg.id });
  const brand = await createBrand(prisma, {
    ownerOrganisationId: owner.id,
    isProtected: true,
    referencePrices: [
      { productLine: 'Jacket', amountCents: 32_000 },
      { productLine: 'Scarf', amountCents: 9_000 },
    ],
    distributors: [{ name: `Distributor ${uniqueToken()}`, productLines: ['Jacket', 'Scarf'], organisationId: distributorOrg.id }],
  });
  const distributor = await prisma.authorizedDistributor.findFirstOrThrow({ where: { brandId: brand.id } });
  const ownerAgent = await actor('BRAND_AGENT', owner.id);
  const agency = await createOrganisation(prisma, { kind: 'AGENCY' });
  await createAgencyAuthorization(prisma, { agencyOrganisationId: agency.id, brandId: brand.id });
  const agencyAgent = await actor('BRAND_AGENT', agency.id);
  const pendingAgency = await createOrganisation(prisma, { kind: 'AGENCY' });
  await createAgencyAuthorization(prisma, { agencyOrganisationId: pendingAgency.id, brandId: brand.id, status: 'PENDING' });
  const pendingAgent = await actor('BRAND_AGENT', pendingAgency.id);
  const foreignAgent = await actor('BRAND_AGENT');
  const seller = await actor('SELLER');
  const reviewer = await actor('REVIEWER');
  return { brand, distributor, distributorOrg, ownerAgent, agencyAgent, pendingAgent, foreignAgent, seller, reviewer };
}

const today = () => new Date(Math.floor(Date.now() / DAY) * DAY);

function input(brandId: string, over: Partial<IssueAuthorizationInput> = {}): IssueAuthorizationInput {
  return {
    brandId,
    distributorId: null,
    storeSlug: null,
    holderName: null,
    parentId: null,
    productLines: ['Jacket'],
    validFrom: today(),
    validUntil: new Date(today().getTime() + 365 * DAY),
    ...over,
  };
}

beforeAll(async () => {
  prisma = await testDb();
});

describe('the policy table', () => {
  it('lets brand agents issue and revoke, no one else', () => {
    for (const action of ['brandAuthorization.issue', 'brandAuthorization.revoke', 'brandAuthorization.view'] as const) {
      expect(can('BRAND_AGENT', action)).toBe(true);
      for (const role of ['SELLER', 'REVIEWER', 'ADMIN'] as const) expect(can(role, action)).toBe(false);
    }
  });
});

describe('issuing', () => {
  it('issues to a distributor, tells its organisation, audits, and the code finds it', async () => {
    const s = await scenario();
    const result = await issueAuthorization(s.ownerAgent, input(s.brand.id, { distributorId: s.distributor.id, productLines: ['Jacket', 'Scarf'] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).toMatch(/^AUR-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const row = await prisma.brandAuthorization.findUniqueOrThrow({ where: { id: result.authorizationId } });
    expect(row).toMatchObject({ holderName: s.distributor.name, holderOrganisationId: s.distributorOrg.id, status: 'ACTIVE' });
    expect(await prisma.notification.count({ where: { organisationId: s.distributorOrg.id, type: 'authorizationIssued' } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { objectId: result.authorizationId, action: 'brandAuthorization.issue' } })).toBe(1);

    const typed = ` ${result.code.toLowerCase().replace(/-/g, ' ')} `;
    const found = await findAuthorizationByCode(prisma, typed);
    expect(found).toMatchObject({ id: result.authorizationId, brandId: s.brand.id, brandName: s.brand.name, holderName: s.distributor.name, productLines: ['Jacket', 'Scarf'] });
    expect(found!.chain).toHaveLength(1);
    expect(authorizationStanding(found!.chain, new Date())).toBe('VALID');
  });

  it('issues to a store of the catalogue by slug or name, or to a holder named only', async () => {
    const s = await scenario();
    const store = await createStore(prisma);
    const bySlug = await issueAuthorization(s.agencyAgent, input(s.brand.id, { storeSlug: store.slug }));
    expect(bySlug.ok).toBe(true);
    const byName = await issueAuthorization(s.ownerAgent, input(s.brand.id, { storeSlug: store.name.toLowerCase() }));
    expect(byName.ok).toBe(true);
    if (bySlug.ok) expect(await prisma.brandAuthorization.findUniqueOrThrow({ where: { id: bySlug.authorizationId } })).toMatchObject({ holderStoreId: store.id, holderName: store.name });
    const named = await issueAuthorization(s.ownerAgent, input(s.brand.id, { holderName: 'Offline Boutique SARL' }));
    expect(named.ok).toBe(true);
  });

  it('refuses bad inputs with the field at fault', async () => {
    const s = await scenario();
    const problems = async (over: Partial<IssueAuthorizationInput>) => {
      const result = await issueAuthorization(s.ownerAgent, input(s.brand.id, { holderName: 'H', ...over }));
      return result.ok ? [] : result.violation === 'invalid' ? result.problems : [result.violation];
    };
    expect(await problems({ validUntil: new Date(today().getTime() - DAY) })).toEqual([{ field: 'validUntil', code: 'notAfterFrom' }]);
    expect(await problems({ productLines: [] })).toEqual([{ field: 'productLines', code: 'empty' }]);
    expect(await problems({ productLines: ['Shoes'] })).toEqual([{ field: 'productLines', code: 'unknownLine' }]);
    expect(await problems({ validUntil: new Date(today().getTime() + 6 * 365 * DAY) })).toEqual([{ field: 'validUntil', code: 'tooLong' }]);
    expect(await problems({ holderName: null })).toEqual([{ field: 'holderName', code: 'holderMissing' }]);
    expect(await problems({ storeSlug: `no-such-store-${uniqueToken()}` })).toEqual([{ field: 'storeSlug', code: 'storeUnknown' }]);
    expect(await problems({ distributorId: s.distributor.id, storeSlug: 'x' })).toEqual([{ field: 'storeSlug', code: 'holderTwice' }]);
    const other = await scenario();
    expect(await problems({ distributorId: other.distributor.id })).toEqual([{ field: 'distributorId', code: 'distributorUnknown' }]);
    const foreignParent = await createBrandAuthorization(prisma, { brandId: other.brand.id });
    expect(await problems({ parentId: foreignParent.id })).toEqual([{ field: 'parentId', code: 'parentUnknown' }]);
  });

  it('keeps a child within its parent, and refuses a parent that is not valid', async () => {
    const s = await scenario();
    const parent = await createBrandAuthorization(prisma, { brandId: s.brand.id, productLines: ['Jacket'], validFrom: new Date(today().getTime() - 10 * DAY), validUntil: new Date(today().getTime() + 100 * DAY) });
    const child = (over: Partial<IssueAuthorizationInput>) => issueAuthorization(s.ownerAgent, input(s.brand.id, { holderName: 'Store', parentId: parent.id, validUntil: new Date(today().getTime() + 50 * DAY), ...over }));
    expect((await child({})).ok).toBe(true);
    expect(await child({ productLines: ['Scarf'] })).toEqual({ ok: false, violation: 'invalid', problems: [{ field: 'productLines', code: 'outsideParent' }] });
    expect(await child({ validUntil: new Date(today().getTime() + 200 * DAY) })).toEqual({ ok: false, violation: 'invalid', problems: [{ field: 'validUntil', code: 'outsideParent' }] });
    expect(await child({ validFrom: new Date(today().getTime() - 20 * DAY) })).toEqual({ ok: false, violation: 'invalid', problems: [{ field: 'validFrom', code: 'outsideParent' }] });
    const revoked = await createBrandAuthorization(prisma, { brandId: s.brand.id, status: 'REVOKED', revokedAt: new Date() });
    expect(await child({ parentId: revoked.id })).toEqual({ ok: false, violation: 'invalid', problems: [{ field: 'parentId', code: 'parentNotActive' }] });
  });

  it('refuses an agency without a verified power, another brand, a seller and a reviewer', async () => {
    const s = await scenario();
    for (const outsider of [s.pendingAgent, s.foreignAgent, s.seller, s.reviewer]) {
      expect(await issueAuthorization(outsider, input(s.brand.id, { holderName: 'H' }))).toEqual({ ok: false, violation: 'notFound' });
      expect(await getAuthorizationsPage(outsider, s.brand.id)).toBeNull();
    }
    expect(await prisma.brandAuthorization.count({ where: { brandId: s.brand.id } })).toBe(0);
  });
});

describe('the list and the public verification', () => {
  it('computes each standing from the clock, and a child of a revoked parent reads as revoked', async () => {
    const s = await scenario();
    const now = new Date();
    const valid = await createBrandAuthorization(prisma, { brandId: s.brand.id });
    const future = await createBrandAuthorization(prisma, { brandId: s.brand.id, validFrom: new Date(now.getTime() + 10 * DAY) });
    const expired = await createBrandAuthorization(prisma, { brandId: s.brand.id, validFrom: new Date(now.getTime() - 100 * DAY), validUntil: new Date(now.getTime() - DAY) });
    const revokedAt = new Date(now.getTime() - 2 * DAY);
    const revoked = await createBrandAuthorization(prisma, { brandId: s.brand.id, holderName: 'Parent Distribution', status: 'REVOKED', revokedAt });
    const orphan = await createBrandAuthorization(prisma, { brandId: s.brand.id, parentId: revoked.id, holderName: 'Child Store' });
    const page = await getAuthorizationsPage(s.ownerAgent, s.brand.id, now);
    const standing = (id: string) => page!.authorizations.find((a) => a.id === id)!.standing;
    expect(standing(valid.id)).toBe('VALID');
    expect(standing(future.id)).toBe('NOT_YET_VALID');
    expect(standing(expired.id)).toBe('EXPIRED');
    expect(standing(revoked.id)).toBe('REVOKED');
    expect(standing(orphan.id)).toBe('REVOKED');

    const publicView = await verifyAuthorizationCode(orphan.code.toLowerCase(), now);
    expect(publicView).toMatchObject({ standing: 'REVOKED', brandName: s.brand.name, holderName: 'Child Store', revokedAt });
    expect(publicView!.chain.map((l) => [l.holderName, l.standing])).toEqual([
      ['Parent Distribution', 'REVOKED'],
      ['Child Store', 'REVOKED'],
    ]);
    // Nothing internal leaks to the public.
    expect(JSON.stringify(publicView)).not.toContain(orphan.id);
    expect(JSON.stringify(publicView)).not.toContain(s.brand.id);
    expect(await verifyAuthorizationCode('AUR-ZZZZ-ZZZZ-ZZZZ', now)).toBeNull();
    expect(await verifyAuthorizationCode('not a code', now)).toBeNull();
  });
});

describe('revoking', () => {
  it('revokes the subtree at once, ends the grants relying on it, flags listings and tells everyone', async () => {
    const s = await scenario();
    const store = await createStore(prisma);
    const storeUser = await createUser(prisma, { role: 'SELLER', organisationId: store.sellerOrganisationId! });
    const [listing] = await createListings(prisma, { storeId: store.id, listings: [{ brandId: s.brand.id, title: `Jacket ${uniqueToken()}` }] });
    const parent = await createBrandAuthorization(prisma, { brandId: s.brand.id, holderName: s.distributor.name, holderOrganisationId: s.distributorOrg.id });
    const child = await createBrandAuthorization(prisma, { brandId: s.brand.id, parentId: parent.id, holderName: store.name, holderStoreId: store.id });
    const grandchild = await createBrandAuthorization(prisma, { brandId: s.brand.id, parentId: child.id, holderName: 'Sub-store' });
    const unrelated = await createBrandAuthorization(prisma, { brandId: s.brand.id });
    const now = new Date();
    const application = await createAuthorizationApplication(prisma, {
      storeId: store.id,
      brandId: s.brand.id,
      filedById: storeUser.user.id,
      status: 'APPROVED',
      productLines: ['Jacket'],
      documents: [{ kind: 'AUTHORIZATION_LETTER', brandAuthorizationId: child.id, issuerName: s.distributor.name }],
      grant: { validFrom: new Date(now.getTime() - DAY), expiresAt: new Date(now.getTime() + 300 * DAY) },
    });

    // Another brand's agent, and an agency without a verified power, cannot revoke.
    for (const outsider of [s.pendingAgent, s.foreignAgent, s.seller, s.reviewer]) {
      expect(await revokeAuthorization(outsider, { brandId: s.brand.id, authorizationId: parent.id, reason: 'x' })).toEqual({ ok: false, violation: 'notFound' });
    }
    const other = await scenario();
    expect(await revokeAuthorization(other.ownerAgent, { brandId: other.brand.id, authorizationId: parent.id, reason: 'x' })).toEqual({ ok: false, violation: 'notFound' });

    const result = await revokeAuthorization(s.agencyAgent, { brandId: s.brand.id, authorizationId: parent.id, reason: 'Agreement terminated.' }, undefined, now);
    expect(result).toEqual({ ok: true, revokedIds: [parent.id, child.id, grandchild.id], grantsEnded: 1 });
    const rows = await prisma.brandAuthorization.findMany({ where: { id: { in: [parent.id, child.id, grandchild.id, unrelated.id] } } });
    for (const row of rows) {
      if (row.id === unrelated.id) expect(row.status).toBe('ACTIVE');
      else expect(row).toMatchObject({ status: 'REVOKED', revokedAt: now, revocationReason: 'Agreement terminated.' });
    }
    expect(await prisma.sellingGrant.findUniqueOrThrow({ where: { applicationId: application.id } })).toMatchObject({ status: 'REVOKED', revokedAt: now, revocationReason: 'Agreement terminated.' });
    expect(await prisma.listing.findUniqueOrThrow({ where: { id: listing!.id } })).toMatchObject({ flagReason: 'AUTHORIZATION_REVOKED', flaggedAt: now });
    expect(await prisma.notification.count({ where: { organisationId: store.sellerOrganisationId!, type: 'grantEnded' } })).toBe(1);
    expect(await prisma.notification.count({ where: { organisationId: store.sellerOrganisationId!, type: 'listingFlagged' } })).toBe(1);
    expect(await prisma.notification.count({ where: { organisationId: s.distributorOrg.id, type: 'authorizationRevoked' } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { objectId: { in: [parent.id, child.id, grandchild.id] }, action: 'brandAuthorization.revoke' } })).toBe(3);
    expect(await prisma.auditEvent.count({ where: { objectId: store.id, action: { in: ['sellingGrant.revoke', 'listing.flag'] } } })).toBe(2);

    // A second revoke finds nothing active.
    expect(await revokeAuthorization(s.ownerAgent, { brandId: s.brand.id, authorizationId: parent.id, reason: 'again' })).toEqual({ ok: false, violation: 'alreadyRevoked' });
    expect((await verifyAuthorizationCode(child.code))?.standing).toBe('REVOKED');
  });

  it('does not flag a store that still holds another active grant for the brand', async () => {
    const s = await scenario();
    const store = await createStore(prisma);
    const storeUser = await createUser(prisma, { role: 'SELLER', organisationId: store.sellerOrganisationId! });
    const [listing] = await createListings(prisma, { storeId: store.id, listings: [{ brandId: s.brand.id }] });
    const authorization = await createBrandAuthorization(prisma, { brandId: s.brand.id, holderStoreId: store.id });
    const now = new Date();
    const grant = { validFrom: new Date(now.getTime() - DAY), expiresAt: new Date(now.getTime() + 300 * DAY) };
    await createAuthorizationApplication(prisma, {
      storeId: store.id, brandId: s.brand.id, filedById: storeUser.user.id, status: 'APPROVED',
      documents: [{ kind: 'AUTHORIZATION_LETTER', brandAuthorizationId: authorization.id }], grant,
    });
    await createAuthorizationApplication(prisma, {
      storeId: store.id, brandId: s.brand.id, filedById: storeUser.user.id, status: 'APPROVED',
      documents: [{ kind: 'INVOICE', issuerName: 'Brand itself', quantity: 10 }], grant,
    });
    expect(await revokeAuthorization(s.ownerAgent, { brandId: s.brand.id, authorizationId: authorization.id, reason: 'Ended.' }, undefined, now)).toMatchObject({ ok: true, grantsEnded: 1 });
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing!.id } })).flaggedAt).toBeNull();
  });
});
