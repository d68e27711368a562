// A brand's protection settings against a real database: the protected flag (forced by the
// policy's protected categories, version-guarded, audited), reference prices (validation,
// one per line and currency), distributors (add, edit, deactivate, reactivate), and who may
// do each: the owner's agent, an agency with a verified power of attorney (not one without),
// another brand's agent, a seller, a reviewer. Every row is this file's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import { createAgencyAuthorization, createBrand, createOrganisation, createStore, createListings, createUser, uniqueToken } from '@/lib/factories';
import {
  getProtectionPage,
  removeReferencePrice,
  saveDistributor,
  saveReferencePrice,
  setBrandProtection,
  setDistributorActive,
  type BrandActor,
} from '@/lib/data/brand-protection';
import { can } from '@/lib/authz/policy';
import { ReferencePriceSchema } from '@/lib/validations/protection';
import type { Role } from '@/lib/generated/prisma/enums';

let prisma: Db;
const forcedCategory = `Forced category ${uniqueToken()}`;
let previousCategories: unknown = null;

async function actor(role: Role, organisationId?: string): Promise<BrandActor> {
  const made = await createUser(prisma, { role, ...(organisationId ? { organisationId } : {}) });
  return { id: made.user.id, role, organisationId: made.organisationId };
}

async function auditActions(objectId: string) {
  const rows = await prisma.auditEvent.findMany({ where: { objectId }, orderBy: { id: 'asc' }, select: { action: true } });
  return rows.map((r) => r.action);
}

/** A brand with its owner's agent, an agency acting under a verified power, and outsiders. */
async function scenario(category = 'Apparel') {
  const owner = await createOrganisation(prisma, { kind: 'BRAND_OWNER' });
  const brand = await createBrand(prisma, { ownerOrganisationId: owner.id, category, referencePrices: [{ productLine: 'Jacket', amountCents: 32_000 }] });
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
  return { brand, ownerAgent, agencyAgent, pendingAgent, foreignAgent, seller, reviewer };
}

beforeAll(async () => {
  prisma = await testDb();
  const row = await prisma.policySetting.findUnique({ where: { key: 'protectedCategories' } });
  previousCategories = row?.value ?? null;
  const current = Array.isArray(row?.value) ? (row.value as string[]) : [];
  await prisma.policySetting.upsert({
    where: { key: 'protectedCategories' },
    create: { key: 'protectedCategories', value: [...current, forcedCategory] },
    update: { value: [...current, forcedCategory] },
  });
});

afterAll(async () => {
  if (previousCategories === null) await prisma.policySetting.deleteMany({ where: { key: 'protectedCategories' } });
  else await prisma.policySetting.update({ where: { key: 'protectedCategories' }, data: { value: previousCategories as string[] } });
});

describe('the policy table', () => {
  it('gives protection to brand agents only', () => {
    expect(can('BRAND_AGENT', 'brand.manageProtection')).toBe(true);
    for (const role of ['SELLER', 'REVIEWER', 'ADMIN'] as const) expect(can(role, 'brand.manageProtection')).toBe(false);
  });
});

describe('marking a brand protected', () => {
  it('lets the owner mark and unmark, audited and version-guarded, without flagging listings', async () => {
    const { brand, ownerAgent } = await scenario();
    const store = await createStore(prisma);
    const [listing] = await createListings(prisma, { storeId: store.id, listings: [{ brandId: brand.id }] });
    expect(await setBrandProtection(ownerAgent, { brandId: brand.id, version: 0, protect: true })).toEqual({ ok: true, changed: true });
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing!.id } })).flaggedAt).toBeNull();
    // The form rendered at version 0 is stale now.
    expect(await setBrandProtection(ownerAgent, { brandId: brand.id, version: 0, protect: false })).toEqual({ ok: false, violation: 'stale' });
    expect(await setBrandProtection(ownerAgent, { brandId: brand.id, version: 1, protect: false })).toEqual({ ok: true, changed: true });
    const after = await prisma.brand.findUniqueOrThrow({ where: { id: brand.id } });
    expect(after).toMatchObject({ isProtected: false, version: 2 });
    expect(await auditActions(brand.id)).toEqual(['brand.protect', 'brand.unprotect']);
  });

  it('refuses to unmark a brand whose category the policy protects', async () => {
    const { brand, ownerAgent } = await scenario(forcedCategory.toUpperCase());
    await prisma.brand.update({ where: { id: brand.id }, data: { isProtected: true } });
    expect(await setBrandProtection(ownerAgent, { brandId: brand.id, version: 0, protect: false })).toEqual({ ok: false, violation: 'required' });
    expect((await prisma.brand.findUniqueOrThrow({ where: { id: brand.id } })).isProtected).toBe(true);
    expect((await getProtectionPage(ownerAgent, brand.id))?.protectionRequired).toBe(true);
  });

  it('lets an agency with a verified power act, and no one else', async () => {
    const { brand, agencyAgent, pendingAgent, foreignAgent, seller, reviewer } = await scenario();
    for (const outsider of [pendingAgent, foreignAgent, seller, reviewer]) {
      expect(await setBrandProtection(outsider, { brandId: brand.id, version: 0, protect: true })).toEqual({ ok: false, violation: 'notFound' });
      expect(await getProtectionPage(outsider, brand.id)).toBeNull();
    }
    expect(await setBrandProtection(agencyAgent, { brandId: brand.id, version: 0, protect: true })).toEqual({ ok: true, changed: true });
  });
});

describe('reference prices', () => {
  const parse = (input: Record<string, string>) => ReferencePriceSchema.safeParse(input);

  it('validates amounts and currencies', () => {
    const base = { brandId: 'b', productLine: 'Jacket', currency: 'usd', amount: '320.50' };
    expect(parse(base)).toMatchObject({ success: true, data: { currency: 'USD', amountMinor: 32_050 } });
    expect(parse({ ...base, currency: 'JPY', amount: '45000' })).toMatchObject({ success: true, data: { amountMinor: 45_000 } });
    expect(parse({ ...base, currency: 'JPY', amount: '45000.5' }).success).toBe(false);
    expect(parse({ ...base, amount: '0' }).success).toBe(false);
    expect(parse({ ...base, amount: '-5' }).success).toBe(false);
    expect(parse({ ...base, currency: 'XYZ' }).success).toBe(false);
    expect(parse({ ...base, currency: 'US' }).success).toBe(false);
  });

  it('adds, edits and removes, one price per line and currency', async () => {
    const { brand, ownerAgent, agencyAgent } = await scenario();
    const add = (over: Partial<{ productLine: string; currency: string; amountMinor: number; priceId: string | null }> = {}) =>
      saveReferencePrice(ownerAgent, { brandId: brand.id, priceId: null, productLine: 'Coat', currency: 'EUR', amountMinor: 50_000, ...over });
    expect(await add()).toEqual({ ok: true });
    expect(await add({ productLine: 'coat' })).toEqual({ ok: false, violation: 'duplicate' });
    expect(await add({ currency: 'USD' })).toEqual({ ok: true });
    const coat = await prisma.brandReferencePrice.findFirstOrThrow({ where: { brandId: brand.id, productLine: 'Coat', currency: 'USD' } });
    // Editing into an existing line and currency clashes; editing the amount does not.
    expect(await add({ priceId: coat.id, currency: 'EUR' })).toEqual({ ok: false, violation: 'duplicate' });
    expect(await saveReferencePrice(agencyAgent, { brandId: brand.id, priceId: coat.id, productLine: 'Coat', currency: 'USD', amountMinor: 55_000 })).toEqual({ ok: true });
    expect((await prisma.brandReferencePrice.findUniqueOrThrow({ where: { id: coat.id } })).amountCents).toBe(55_000);
    expect(await removeReferencePrice(ownerAgent, { brandId: brand.id, priceId: coat.id })).toEqual({ ok: true });
    expect(await prisma.brandReferencePrice.count({ where: { id: coat.id } })).toBe(0);
    expect(await auditActions(brand.id)).toEqual(['brand.addReferencePrice', 'brand.addReferencePrice', 'brand.updateReferencePrice', 'brand.removeReferencePrice']);
  });

  it('refuses outsiders and another brand’s price', async () => {
    const { brand, pendingAgent, foreignAgent, seller, reviewer } = await scenario();
    const other = await scenario();
    const price = other.brand.referencePrices[0]!;
    for (const outsider of [pendingAgent, foreignAgent, seller, reviewer]) {
      expect(await saveReferencePrice(outsider, { brandId: brand.id, priceId: null, productLine: 'X', currency: 'USD', amountMinor: 1 })).toEqual({ ok: false, violation: 'notFound' });
      expect(await removeReferencePrice(outsider, { brandId: other.brand.id, priceId: price.id })).toEqual({ ok: false, violation: 'notFound' });
    }
    // The owner of one brand cannot reach another brand's price through its own brand id.
    expect(await removeReferencePrice(other.ownerAgent, { brandId: other.brand.id, priceId: brand.referencePrices[0]!.id })).toEqual({ ok: false, violation: 'notFound' });
  });
});

describe('authorized distributors', () => {
  it('adds, edits, deactivates and reactivates, audited', async () => {
    const { brand, ownerAgent } = await scenario();
    const onAssay = await createOrganisation(prisma, { kind: 'SELLER', name: `Distribution ${uniqueToken()} Ltd` });
    const added = await saveDistributor(ownerAgent, {
      brandId: brand.id,
      distributorId: null,
      name: 'Far East Distribution',
      country: 'HK',
      productLines: ['Jacket'],
      organisationName: onAssay.name.toUpperCase(),
    });
    expect(added.ok).toBe(true);
    const id = added.ok ? added.distributorId : '';
    expect(await prisma.authorizedDistributor.findUniqueOrThrow({ where: { id } })).toMatchObject({ organisationId: onAssay.id, productLines: ['Jacket'], active: true });
    expect(
      await saveDistributor(ownerAgent, { brandId: brand.id, distributorId: id, name: 'Far East Distribution Ltd', country: null, productLines: [], organisationName: null }),
    ).toEqual({ ok: true, distributorId: id });
    expect(await setDistributorActive(ownerAgent, { brandId: brand.id, distributorId: id, active: false })).toEqual({ ok: true, changed: true });
    expect(await setDistributorActive(ownerAgent, { brandId: brand.id, distributorId: id, active: false })).toEqual({ ok: true, changed: false });
    expect(await setDistributorActive(ownerAgent, { brandId: brand.id, distributorId: id, active: true })).toEqual({ ok: true, changed: true });
    expect(await prisma.authorizedDistributor.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: 'Far East Distribution Ltd', country: null, organisationId: null, active: true });
    expect(await auditActions(brand.id)).toEqual(['distributor.create', 'distributor.update', 'distributor.deactivate', 'distributor.reactivate']);
  });

  it('refuses unknown lines, unknown organisations and outsiders', async () => {
    const { brand, ownerAgent, pendingAgent, foreignAgent, seller, reviewer } = await scenario();
    const input = { brandId: brand.id, distributorId: null, name: 'D', country: null, productLines: ['Jacket'], organisationName: null };
    expect(await saveDistributor(ownerAgent, { ...input, productLines: ['Shoes'] })).toEqual({ ok: false, violation: 'unknownLine' });
    expect(await saveDistributor(ownerAgent, { ...input, organisationName: `Nobody ${uniqueToken()}` })).toEqual({ ok: false, violation: 'organisationUnknown' });
    const added = await saveDistributor(ownerAgent, input);
    const id = added.ok ? added.distributorId : '';
    for (const outsider of [pendingAgent, foreignAgent, seller, reviewer]) {
      expect(await saveDistributor(outsider, input)).toEqual({ ok: false, violation: 'notFound' });
      expect(await setDistributorActive(outsider, { brandId: brand.id, distributorId: id, active: false })).toEqual({ ok: false, violation: 'notFound' });
    }
  });
});
