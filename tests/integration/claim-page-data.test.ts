// The brand's claim page and claims list against a real database: which organisation sees
// which claim (filer, brand owner when an agency filed, nobody else — existence never
// leaks), the items a page at a time with a status filter and counts, the brand filter of
// the list, and the brand's answer to a request for information as the page's form sends it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import { createBrand, createClaim, createListings, createOrganisation, createRight, createStore, createUser, uniqueToken } from '@/lib/factories';
import { provideClaimItemInfo, removeClaimItem, requestClaimItemInfo, type ItemActor } from '@/lib/data/claim-items';
import { getClaimForBrand, listClaimItemsForBrand } from '@/lib/data/claim-page';
import { listClaimsForOrganisation } from '@/lib/data/claims';
import { listObjectHistory } from '@/lib/data/audit';
import { withdrawClaimItem } from '@/lib/data/claim-withdrawal';
import type { Role } from '@/lib/generated/prisma/enums';

let prisma: Db;
let reviewer: ItemActor;
const others = {} as Record<'SELLER' | 'BRAND_AGENT' | 'ADMIN' | 'REVIEWER', ItemActor>;

async function actor(role: Role, organisationId?: string): Promise<ItemActor> {
  const made = await createUser(prisma, { role, ...(organisationId ? { organisationId } : {}) });
  return { id: made.user.id, role, organisationId: made.organisationId, name: made.user.name };
}

async function scenario(count: number) {
  const owner = await createOrganisation(prisma, { kind: 'BRAND_OWNER' });
  const ownerAgent = await actor('BRAND_AGENT', owner.id);
  const agency = await createOrganisation(prisma, { kind: 'AGENCY' });
  const agencyAgent = await actor('BRAND_AGENT', agency.id);
  const brand = await createBrand(prisma, { ownerOrganisationId: owner.id, name: `Page Brand ${uniqueToken()}` });
  const otherBrand = await createBrand(prisma, { ownerOrganisationId: owner.id, name: `Other Brand ${uniqueToken()}` });
  const right = await createRight(prisma, { brandId: brand.id });
  const otherRight = await createRight(prisma, { brandId: otherBrand.id });
  const sellerOrg = await createOrganisation(prisma, { kind: 'SELLER' });
  const store = await createStore(prisma, { sellerOrganisationId: sellerOrg.id });
  const listings = await createListings(prisma, {
    storeId: store.id,
    listings: Array.from({ length: count + 1 }, (_, i) => ({ title: `Listing ${i} ${uniqueToken()}`, priceCents: 1_000, brandId: brand.id })),
  });
  // Filed by the agency for the owner's brand.
  const claim = await createClaim(prisma, {
    brandId: brand.id,
    filerOrganisationId: agency.id,
    filedById: agencyAgent.id,
    rightIds: [right.id],
    items: listings.slice(0, count).map((l) => ({ listingId: l.id })),
  });
  // The owner's own claim on its other brand.
  const ownClaim = await createClaim(prisma, {
    brandId: otherBrand.id,
    filerOrganisationId: owner.id,
    filedById: ownerAgent.id,
    rightIds: [otherRight.id],
    items: [{ listingId: listings[count]!.id }],
  });
  // The agency's draft: the agency sees it, the owner does not until it is filed.
  const draft = await createClaim(prisma, { brandId: brand.id, filerOrganisationId: agency.id, filedById: agencyAgent.id, status: 'DRAFT', rightIds: [right.id], items: [] });
  return { owner, ownerAgent, agency, agencyAgent, brand, otherBrand, right, claim, ownClaim, draft, listings };
}

beforeAll(async () => {
  prisma = await testDb();
  const marketplace = await createOrganisation(prisma, { kind: 'MARKETPLACE', name: `Page Marketplace ${uniqueToken()}` });
  reviewer = await actor('REVIEWER', marketplace.id);
  others.REVIEWER = reviewer;
  others.SELLER = await actor('SELLER');
  others.BRAND_AGENT = await actor('BRAND_AGENT');
  others.ADMIN = await actor('ADMIN', marketplace.id);
});

describe('who sees a claim', () => {
  it('shows the claim to the filing agency and the brand owner, and to nobody else', async () => {
    const s = await scenario(2);
    for (const organisationId of [s.agency.id, s.owner.id]) {
      const claim = await getClaimForBrand(organisationId, s.claim.id);
      expect(claim).toMatchObject({ id: s.claim.id, reference: s.claim.reference, brand: { id: s.brand.id }, itemTotal: 2, itemCounts: { PENDING: 2 } });
      expect(claim!.filedBySelf).toBe(organisationId === s.agency.id);
      expect(claim!.rights.map((r) => r.id)).toEqual([s.right.id]);
      expect(await listClaimItemsForBrand(organisationId, s.claim.id, { page: 1 })).toMatchObject({ total: 2 });
    }
    // Another brand agent's organisation, a seller's, the marketplace's: as if it did not exist.
    for (const who of Object.values(others)) {
      expect(await getClaimForBrand(who.organisationId, s.claim.id)).toBeNull();
      expect(await listClaimItemsForBrand(who.organisationId, s.claim.id, { page: 1 })).toBeNull();
    }
    // Not an id at all, or an unknown one.
    expect(await getClaimForBrand(s.agency.id, 'not-a-uuid')).toBeNull();
    expect(await getClaimForBrand(s.agency.id, '01900000-0000-7000-8000-000000000000')).toBeNull();
  });

  it("shows a draft to its filer only (the page sends it on to the filing form), never to the brand's owner", async () => {
    const s = await scenario(1);
    expect(await getClaimForBrand(s.agency.id, s.draft.id)).toMatchObject({ status: 'DRAFT' });
    expect(await getClaimForBrand(s.owner.id, s.draft.id)).toBeNull();
  });
});

describe('the items of a claim', () => {
  it('pages through many items, filters by status and counts each status', async () => {
    const s = await scenario(60);
    const [removed, asked] = s.claim.items;
    await removeClaimItem(reviewer, { itemId: removed!.id, version: 0, removalReason: 'COUNTERFEIT', rightId: s.right.id, note: 'Fake <b>stamp</b>' });
    await requestClaimItemInfo(reviewer, { itemId: asked!.id, version: 0, message: 'Which line?' });

    const claim = await getClaimForBrand(s.owner.id, s.claim.id);
    expect(claim).toMatchObject({ itemTotal: 60, itemCounts: { PENDING: 58, REMOVED: 1, INFO_REQUESTED: 1 }, status: 'INFO_REQUESTED' });

    const first = await listClaimItemsForBrand(s.owner.id, s.claim.id, { page: 1, pageSize: 25 });
    expect(first).toMatchObject({ total: 60, page: 1, pageCount: 3 });
    expect(first!.rows).toHaveLength(25);
    const last = await listClaimItemsForBrand(s.owner.id, s.claim.id, { page: 99, pageSize: 25 });
    expect(last).toMatchObject({ page: 3 });
    expect(last!.rows).toHaveLength(10);
    const all = new Set([...first!.rows, ...(await listClaimItemsForBrand(s.owner.id, s.claim.id, { page: 2, pageSize: 25 }))!.rows, ...last!.rows].map((r) => r.id));
    expect(all.size).toBe(60);

    const removedPage = await listClaimItemsForBrand(s.owner.id, s.claim.id, { status: 'REMOVED', page: 1 });
    expect(removedPage!.rows).toHaveLength(1);
    expect(removedPage!.rows[0]).toMatchObject({
      id: removed!.id,
      status: 'REMOVED',
      removalReason: 'COUNTERFEIT',
      removalRight: { id: s.right.id },
      decisionNote: 'Fake <b>stamp</b>',
      decidedBy: { name: reviewer.name },
      listing: { status: 'REMOVED', externalId: s.listings[0]!.externalId },
      counterNotices: [],
    });
    expect(removedPage!.rows[0]!.decidedAt).toBeInstanceOf(Date);
    const askedPage = await listClaimItemsForBrand(s.owner.id, s.claim.id, { status: 'INFO_REQUESTED', page: 1 });
    expect(askedPage!.rows.map((r) => ({ id: r.id, infoRequest: r.infoRequest }))).toEqual([{ id: asked!.id, infoRequest: 'Which line?' }]);
  });

  it('shows a counter-notice on its item', async () => {
    const s = await scenario(1);
    const item = s.claim.items[0]!;
    await removeClaimItem(reviewer, { itemId: item.id, version: 0, removalReason: 'COUNTERFEIT', rightId: s.right.id, note: null });
    const store = await prisma.listing.findUniqueOrThrow({ where: { id: s.listings[0]!.id }, select: { storeId: true } });
    const seller = await actor('SELLER');
    const notice = await prisma.counterNotice.create({
      data: { claimItemId: item.id, storeId: store.storeId, filedById: seller.id, ground: 'GENUINE_GOODS', statement: 'Bought from the distributor.', signatureName: 'S', signedAt: new Date(), status: 'AWAITING_BRAND' },
    });
    const page = await listClaimItemsForBrand(s.agency.id, s.claim.id, { page: 1 });
    expect(page!.rows[0]!.counterNotices).toMatchObject([{ id: notice.id, status: 'AWAITING_BRAND' }]);
  });
});

describe('answering a request for information (the page’s form)', () => {
  it.each([
    ['the filing agency', 'agencyAgent'],
    ['the brand owner', 'ownerAgent'],
  ] as const)('lets %s answer; the item is back in the queue', async (_label, key) => {
    const s = await scenario(1);
    const item = s.claim.items[0]!;
    await requestClaimItemInfo(reviewer, { itemId: item.id, version: 0, message: 'Invoice?' });
    expect(await provideClaimItemInfo(s[key], item.id, 'Attached to the claim <script>x</script>')).toMatchObject({ ok: true, status: 'PENDING' });
    const page = await listClaimItemsForBrand(s.owner.id, s.claim.id, { page: 1 });
    expect(page!.rows[0]).toMatchObject({ status: 'PENDING', infoResponse: 'Attached to the claim <script>x</script>' });
  });

  it('refuses a reviewer, a seller and an admin (forbidden) and another brand (not found)', async () => {
    const s = await scenario(1);
    const item = s.claim.items[0]!;
    await requestClaimItemInfo(reviewer, { itemId: item.id, version: 0, message: 'Invoice?' });
    for (const who of [others.REVIEWER, others.SELLER, others.ADMIN]) expect(await provideClaimItemInfo(who, item.id, 'x')).toEqual({ ok: false, violation: 'forbidden' });
    expect(await provideClaimItemInfo(others.BRAND_AGENT, item.id, 'x')).toEqual({ ok: false, violation: 'notFound' });
    expect((await prisma.claimItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe('INFO_REQUESTED');
  });
});

describe('the claims list', () => {
  it('filters by brand and status, with counts for each', async () => {
    const s = await scenario(1);
    const all = await listClaimsForOrganisation(s.owner.id, { page: 1 });
    expect(all.rows.map((r) => r.id).sort()).toEqual([s.claim.id, s.ownClaim.id].sort());
    expect(all.brandCounts).toEqual(
      [
        { id: s.brand.id, name: s.brand.name, count: 1 },
        { id: s.otherBrand.id, name: s.otherBrand.name, count: 1 },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
    const ofBrand = await listClaimsForOrganisation(s.owner.id, { brandId: s.brand.id, page: 1 });
    expect(ofBrand.rows.map((r) => r.id)).toEqual([s.claim.id]);
    expect(ofBrand.rows[0]!.filer).toMatchObject({ id: s.agency.id, isSelf: false });
    expect(ofBrand.statusCounts).toEqual({ SUBMITTED: 1 });
    // The agency sees its draft too, counted under its status.
    const agency = await listClaimsForOrganisation(s.agency.id, { brandId: s.brand.id, page: 1 });
    expect(agency.statusCounts).toEqual({ SUBMITTED: 1, DRAFT: 1 });
    await withdrawClaimItem(s.agencyAgent, { itemId: s.claim.items[0]!.id, version: 0, reason: 'Wrong listing.' });
    const withdrawn = await listClaimsForOrganisation(s.owner.id, { status: 'WITHDRAWN', page: 1 });
    expect(withdrawn.rows.map((r) => r.id)).toEqual([s.claim.id]);
    expect(withdrawn.brandCounts).toEqual([{ id: s.brand.id, name: s.brand.name, count: 1 }]);
    // Another organisation's list holds none of them.
    expect((await listClaimsForOrganisation(others.BRAND_AGENT.organisationId, { page: 1 })).rows.map((r) => r.id)).not.toContain(s.claim.id);
  });
});

describe('the history on the page', () => {
  it('reads the events of several items at once, newest first', async () => {
    const s = await scenario(2);
    const [a, b] = s.claim.items;
    await removeClaimItem(reviewer, { itemId: a!.id, version: 0, removalReason: 'COUNTERFEIT', rightId: s.right.id, note: null });
    await withdrawClaimItem(s.ownerAgent, { itemId: b!.id, version: 0, reason: 'Settled.' });
    const { events } = await listObjectHistory('claimItem', [a!.id, b!.id]);
    expect(events.map((e) => [e.objectId, e.action])).toEqual([
      [b!.id, 'claimItem.withdraw'],
      [a!.id, 'claimItem.remove'],
    ]);
  });
});
