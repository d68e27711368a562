// The shared data factories (lib/factories): what tests and the seed build on.
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { POLICY_DEFAULTS, REVIEW_PRIORITY_BY_TIER } from '@/lib/domain/policy';
import {
  FACTORY_PASSWORD,
  createAgencyAuthorization,
  createAuthorizationApplication,
  createBrand,
  createClaim,
  createListings,
  createRight,
  createStore,
  createStrike,
  createUser,
  uniqueToken,
} from '@/lib/factories';
import { testDb } from '../helpers/db';

const HOUR = 3_600_000;

describe('factories', () => {
  it('make a user in an organisation of the kind their role belongs in, with a working password', async () => {
    const db = await testDb();
    const { user, organisationId, password } = await createUser(db, { role: 'SELLER' });
    expect(user).not.toHaveProperty('passwordHash');
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, memberships: { include: { organisation: true } } },
    });
    expect(stored.memberships).toHaveLength(1);
    expect(stored.memberships[0]!.organisationId).toBe(organisationId);
    expect(stored.memberships[0]!.organisation.kind).toBe('SELLER');
    expect(password).toBe(FACTORY_PASSWORD);
    expect(await verifyPassword(stored.passwordHash, FACTORY_PASSWORD)).toBe(true);

    const custom = await createUser(db, { role: 'REVIEWER', password: 'another password 123', email: `Mixed.Case+${uniqueToken()}@Example.TEST` });
    const customHash = await db.user.findUniqueOrThrow({ where: { id: custom.user.id }, select: { passwordHash: true, email: true } });
    expect(customHash.email).toBe(customHash.email.toLowerCase());
    expect(await verifyPassword(customHash.passwordHash, 'another password 123')).toBe(true);
  });

  it('never collide on unique columns, even made concurrently', async () => {
    const db = await testDb();
    const users = await Promise.all(Array.from({ length: 12 }, () => createUser(db)));
    expect(new Set(users.map((u) => u.user.email)).size).toBe(12);
    const stores = await Promise.all(Array.from({ length: 6 }, () => createStore(db)));
    expect(new Set(stores.map((s) => s.slug)).size).toBe(6);
    const listings = await createListings(db, { storeId: stores[0]!.id, count: 25 });
    expect(new Set(listings.map((l) => l.externalId)).size).toBe(25);
  });

  it('return bulk listings in input order', async () => {
    const db = await testDb();
    const store = await createStore(db);
    const titles = Array.from({ length: 10 }, (_, i) => `Listing number ${i}`);
    const listings = await createListings(db, { storeId: store.id, listings: titles.map((title) => ({ title })) });
    expect(listings.map((l) => l.title)).toEqual(titles);
    expect(listings.every((l) => l.storeId === store.id && l.status === 'ACTIVE')).toBe(true);
  });

  it('build a claim whose items wait in the queue with the due time of the brand’s tier', async () => {
    const db = await testDb();
    const agent = await createUser(db, { role: 'BRAND_AGENT' });
    const trusted = await createBrand(db, { ownerOrganisationId: agent.organisationId, tier: 'TRUSTED' });
    const standard = await createBrand(db, { ownerOrganisationId: agent.organisationId });
    const store = await createStore(db);
    const listings = await createListings(db, { storeId: store.id, count: 3 });
    const submittedAt = new Date(Date.now() - HOUR);

    const [trustedRight, standardRight] = await Promise.all([createRight(db, { brandId: trusted.id }), createRight(db, { brandId: standard.id })]);
    const fast = await createClaim(db, {
      brandId: trusted.id,
      filerOrganisationId: agent.organisationId,
      filedById: agent.user.id,
      rightIds: [trustedRight.id],
      submittedAt,
      items: listings.slice(0, 2).map((l) => ({ listingId: l.id })),
    });
    const slow = await createClaim(db, {
      brandId: standard.id,
      filerOrganisationId: agent.organisationId,
      filedById: agent.user.id,
      rightIds: [standardRight.id],
      submittedAt,
      items: [{ listingId: listings[2]!.id, infringementType: 'TRADEMARK_MISUSE' }],
    });
    expect(fast.status).toBe('SUBMITTED');
    expect(fast.rights.map((r) => r.rightId)).toEqual([trustedRight.id]);
    expect(fast.items).toHaveLength(2);
    for (const item of fast.items) {
      expect(item.status).toBe('PENDING');
      expect(item.priority).toBe(REVIEW_PRIORITY_BY_TIER.TRUSTED);
      expect(item.dueAt!.getTime() - submittedAt.getTime()).toBe(POLICY_DEFAULTS.reviewSlaHoursTrusted * HOUR);
    }
    expect(slow.items[0]!.dueAt!.getTime() - submittedAt.getTime()).toBe(POLICY_DEFAULTS.reviewSlaHoursStandard * HOUR);
    expect(slow.items[0]!.priority).toBeLessThan(fast.items[0]!.priority);
    expect(fast.goodFaithDeclared && fast.accuracyDeclared).toBe(true);
    expect(fast.reference).not.toBe(slow.reference);
  });

  it('make a draft claim without due times, and enforcement and applications around it', async () => {
    const db = await testDb();
    const agent = await createUser(db, { role: 'BRAND_AGENT' });
    const brand = await createBrand(db, { ownerOrganisationId: agent.organisationId, isProtected: true });
    const seller = await createUser(db, { role: 'SELLER' });
    const store = await createStore(db, { sellerOrganisationId: seller.organisationId });
    const [listing] = await createListings(db, { storeId: store.id, listings: [{ brandId: brand.id }] });
    const draft = await createClaim(db, {
      brandId: brand.id,
      filerOrganisationId: agent.organisationId,
      filedById: agent.user.id,
      rightIds: [],
      status: 'DRAFT',
      items: [{ listingId: listing!.id }],
    });
    expect(draft.submittedAt).toBeNull();
    expect(draft.items[0]!.dueAt).toBeNull();

    const strike = await createStrike(db, { storeId: store.id });
    expect(strike.expiresAt.getTime() - strike.createdAt.getTime()).toBe(POLICY_DEFAULTS.strikeWindowDays * 24 * HOUR);

    const application = await createAuthorizationApplication(db, {
      storeId: store.id,
      brandId: brand.id,
      filedById: seller.user.id,
      documents: [{ kind: 'INVOICE', issuerName: 'Official Distributor Ltd', quantity: 10 }],
    });
    expect(application.status).toBe('SUBMITTED');
    expect(application.documents).toHaveLength(1);
    expect(application.documents[0]!.documentId).toBeNull();

    const agency = await createUser(db, { role: 'BRAND_AGENT' });
    const power = await createAgencyAuthorization(db, { agencyOrganisationId: agency.organisationId, brandId: brand.id });
    expect(power.status).toBe('VERIFIED');
    expect(power.validUntil!.getTime()).toBeGreaterThan(Date.now());
  });
});
