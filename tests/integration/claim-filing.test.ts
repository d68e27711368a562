// Journey 1, the brand's side, against a real database: every filing data function, the
// authorization of each for every role and for a foreign organisation, idempotent draft
// creation (50 concurrent posts, one draft) and a submission that happens exactly once
// (50 concurrent submits, one reference, one audit event), then the item in the queue.
// Rows are this file's own (found by id), so it runs beside other files.
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';
import type { DocumentKind, Role } from '@/lib/generated/prisma/enums';
import { createAgencyAuthorization, createBrand, createListings, createRight, createStore, uniqueToken } from '@/lib/factories';
import {
  FilingRefusal,
  addListings,
  applyTypeToAll,
  attachEvidence,
  brandsForFiling,
  createDraft,
  deleteDraft,
  draftProblems,
  finishEvidence,
  finishListings,
  getDraft,
  listDraftEvidence,
  listDraftItems,
  listDrafts,
  pasteListings,
  removeEvidence,
  removeItem,
  saveDeclarations,
  saveRights,
  saveTypes,
  searchCatalogue,
  submitClaim,
} from '@/lib/data/claim-filing';
import { getReviewQueue } from '@/lib/data/queue';
import { CLAIM_REFERENCE_PATTERN, parsePastedLines } from '@/lib/domain/claim-filing';
import { POLICY_DEFAULTS, REVIEW_PRIORITY_BY_TIER } from '@/lib/domain/policy';
import { testDb } from '@/tests/helpers/db';
import { makeSessionUser } from '@/tests/helpers/session-user';

const HOUR = 3_600_000;
const meta = { ip: '203.0.113.9', userAgent: 'vitest' };
let prisma: Db;

const sessionUser = (role: Role, organisationId?: string) => makeSessionUser(prisma, role, organisationId);

async function uploaded(user: SessionUser, kind: DocumentKind): Promise<string> {
  const document = await prisma.document.create({
    data: {
      kind,
      fileName: `${kind.toLowerCase()}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 1234,
      sha256: randomBytes(32).toString('hex'),
      storageKey: `test/${uniqueToken()}`,
      uploadedById: user.id,
      organisationId: user.organisationId,
    },
  });
  return document.id;
}

/** A brand owner's agent with a verified brand, a usable right, and a store with listings. */
async function world(tier: 'STANDARD' | 'TRUSTED' = 'STANDARD') {
  const agent = await sessionUser('BRAND_AGENT');
  const brand = await createBrand(prisma, { ownerOrganisationId: agent.organisationId, tier });
  const right = await createRight(prisma, { brandId: brand.id });
  const pendingRight = await createRight(prisma, { brandId: brand.id, status: 'PENDING' });
  const expiredRight = await createRight(prisma, { brandId: brand.id, expiresAt: new Date(Date.now() - HOUR) });
  const store = await createStore(prisma);
  const listings = await createListings(prisma, { storeId: store.id, count: 4 });
  const removed = await createListings(prisma, { storeId: store.id, listings: [{ status: 'REMOVED' }] });
  return { agent, brand, right, pendingRight, expiredRight, store, listings, removedListing: removed[0]! };
}

async function refusal(promise: Promise<unknown>): Promise<FilingRefusal> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FilingRefusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** A draft carried to the review step: rights, listings, types, declarations. */
async function completeDraft(w: Awaited<ReturnType<typeof world>>) {
  const { claimId } = await createDraft(w.agent, { brandId: w.brand.id, idempotencyKey: randomUUID() }, meta);
  await saveRights(w.agent, { claimId, rightIds: [w.right.id], summary: 'Counterfeit jackets.' });
  await addListings(w.agent, claimId, w.listings.slice(0, 3).map((l) => l.id));
  await finishListings(w.agent, claimId);
  await saveDeclarations(w.agent, { claimId, goodFaith: true, accuracy: true, signatureName: 'Ada Lovelace' });
  return claimId;
}

beforeAll(async () => {
  prisma = await testDb();
});

describe('starting a draft', () => {
  it('offers the brands the organisation may act for, with their usable rights', async () => {
    const w = await world();
    const brands = await brandsForFiling(w.agent);
    expect(brands).toEqual([{ id: w.brand.id, name: w.brand.name, verificationStatus: 'VERIFIED', usableRights: 1 }]);
  });

  it('creates one DRAFT claim for the brand, at the first step, with a placeholder reference', async () => {
    const w = await world();
    const key = randomUUID();
    const first = await createDraft(w.agent, { brandId: w.brand.id, idempotencyKey: key }, meta);
    expect(first.created).toBe(true);
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: first.claimId } });
    expect(claim).toMatchObject({ status: 'DRAFT', brandId: w.brand.id, filerOrganisationId: w.agent.organisationId, filedById: w.agent.id, draftStep: 0 });
    expect(claim.reference).toMatch(/^DRAFT-/);
    const audit = await prisma.auditEvent.findMany({ where: { objectId: first.claimId } });
    expect(audit.map((a) => a.action)).toEqual(['claim.createDraft']);
    // The same key again (a double click, a retry) is the same draft.
    expect(await createDraft(w.agent, { brandId: w.brand.id, idempotencyKey: key }, meta)).toEqual({ claimId: first.claimId, created: false });
    expect((await listDrafts(w.agent)).map((d) => d.id)).toEqual([first.claimId]);
  });

  it('50 concurrent posts with one key make exactly one draft', async () => {
    const w = await world();
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 50 }, () => createDraft(w.agent, { brandId: w.brand.id, idempotencyKey: key }, meta)));
    const ids = new Set(results.map((r) => r.claimId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await prisma.claim.count({ where: { idempotencyKey: key } })).toBe(1);
    expect(await prisma.claim.count({ where: { brandId: w.brand.id } })).toBe(1);
  });

  it('refuses a key another organisation already used, without handing out its draft', async () => {
    const w = await world();
    const other = await world();
    const key = randomUUID();
    await createDraft(w.agent, { brandId: w.brand.id, idempotencyKey: key }, meta);
    expect((await refusal(createDraft(other.agent, { brandId: other.brand.id, idempotencyKey: key }, meta))).code).toBe('keyInUse');
  });

  it('refuses a brand the organisation may not act for', async () => {
    const w = await world();
    const other = await world();
    const refused = await refusal(createDraft(w.agent, { brandId: other.brand.id, idempotencyKey: randomUUID() }, meta));
    expect(refused).toMatchObject({ code: 'brandNotActable', field: 'brandId' });
  });

  it('lets an agency file under a verified, unexpired power of attorney, and only then', async () => {
    const w = await world();
    const agency = await sessionUser('BRAND_AGENT');
    await prisma.organisation.update({ where: { id: agency.organisationId }, data: { kind: 'AGENCY' } });
    expect((await refusal(createDraft(agency, { brandId: w.brand.id, idempotencyKey: randomUUID() }, meta))).code).toBe('brandNotActable');
    const poa = await createAgencyAuthorization(prisma, { agencyOrganisationId: agency.organisationId, brandId: w.brand.id });
    const { claimId } = await createDraft(agency, { brandId: w.brand.id, idempotencyKey: randomUUID() }, meta);
    expect((await getDraft(agency, claimId))?.mayActForBrand).toBe(true);
    // The brand owner does not see the agency's draft (drafts are the filer's own business).
    expect(await getDraft(w.agent, claimId)).toBeNull();
    // The power of attorney lapses: the draft stays the agency's, but cannot be submitted.
    await prisma.agencyAuthorization.update({ where: { id: poa.id }, data: { validUntil: new Date(Date.now() - HOUR) } });
    expect((await getDraft(agency, claimId))?.mayActForBrand).toBe(false);
    expect((await refusal(createDraft(agency, { brandId: w.brand.id, idempotencyKey: randomUUID() }, meta))).code).toBe('brandNotActable');
  });
});

describe('authorization of every action', () => {
  it('only a brand agent of the filing organisation may read or change the draft', async () => {
    const w = await world();
    const claimId = await completeDraft(w);
    const item = (await listDraftItems(w.agent, claimId, 1)).rows[0]!;
    const otherBrandAgent = (await world()).agent;
    const reviewer = await sessionUser('REVIEWER');
    const seller = await sessionUser('SELLER');
    const admin = await sessionUser('ADMIN');
    const docOfOther = await uploaded(otherBrandAgent, 'SCREENSHOT');

    for (const [who, expected] of [
      [otherBrandAgent, 'draftNotFound'],
      [reviewer, 'forbidden'],
      [seller, 'forbidden'],
      [admin, 'forbidden'],
    ] as const) {
      expect(await getDraft(who, claimId)).toBeNull();
      expect((await listDraftItems(who, claimId, 1)).rows).toEqual([]);
      expect(await listDraftEvidence(who, claimId)).toEqual([]);
      expect(await draftProblems(who, claimId)).toBeNull();
      expect((await searchCatalogue(who, claimId, w.listings[3]!.externalId, 1)).rows).toEqual([]);
      expect(await listDrafts(who)).not.toContainEqual(expect.objectContaining({ id: claimId }));
      // Thunks, run one after another: promises made all at once could reject before the loop
      // awaits them, which Node reports as unhandled rejections (seen on PostgreSQL).
      const attempts: (() => Promise<unknown>)[] = [
        () => saveRights(who, { claimId, rightIds: [w.right.id], summary: 'x' }),
        () => addListings(who, claimId, [w.listings[3]!.id]),
        () => pasteListings(who, claimId, parsePastedLines(w.listings[3]!.externalId)),
        () => removeItem(who, claimId, item.id),
        () => finishListings(who, claimId),
        () => saveTypes(who, { claimId, items: [{ id: item.id, infringementType: 'DESIGN', note: null }], page: 1, pageCount: 1 }),
        () => applyTypeToAll(who, claimId, 'DESIGN'),
        () => attachEvidence(who, { claimId, kind: 'SCREENSHOT', documentIds: [docOfOther], target: null, description: null }),
        () => finishEvidence(who, claimId),
        () => saveDeclarations(who, { claimId, goodFaith: true, accuracy: true, signatureName: 'Mallory' }),
        () => submitClaim(who, claimId, meta),
        () => deleteDraft(who, claimId, meta),
      ];
      for (const attempt of attempts) expect((await refusal(attempt())).code).toBe(expected);
      if (who.role !== 'BRAND_AGENT') {
        expect((await refusal(createDraft(who, { brandId: w.brand.id, idempotencyKey: randomUUID() }, meta))).code).toBe('forbidden');
        expect(await brandsForFiling(who)).toEqual([]);
      }
    }
    // Nothing changed.
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId }, include: { items: true, evidence: true } });
    expect(claim.status).toBe('DRAFT');
    expect(claim.signatureName).toBe('Ada Lovelace');
    expect(claim.items.map((i) => i.infringementType)).toEqual(['COUNTERFEIT', 'COUNTERFEIT', 'COUNTERFEIT']);
    expect(claim.evidence).toEqual([]);
  });
});

describe('the steps', () => {
  it('(a) takes only verified, unexpired rights of the brand, with a summary', async () => {
    const w = await world();
    const other = await world();
    const { claimId } = await createDraft(w.agent, { brandId: w.brand.id, idempotencyKey: randomUUID() }, meta);
    for (const rightId of [w.pendingRight.id, w.expiredRight.id, other.right.id]) {
      expect(await refusal(saveRights(w.agent, { claimId, rightIds: [w.right.id, rightId], summary: 'S' }))).toMatchObject({ code: 'rightNotUsable', field: 'rightIds' });
    }
    expect(await prisma.claimRight.count({ where: { claimId } })).toBe(0);
    await saveRights(w.agent, { claimId, rightIds: [w.right.id], summary: 'Fake jackets <script>alert(1)</script>' });
    const draft = (await getDraft(w.agent, claimId))!;
    expect(draft).toMatchObject({ rightIds: [w.right.id], summary: 'Fake jackets <script>alert(1)</script>', draftStep: 1 });
  });

  it('(b) adds catalogue listings and pasted ids or URLs; unknown lines are reported and nothing is added', async () => {
    const w = await world();
    const { claimId } = await createDraft(w.agent, { brandId: w.brand.id, idempotencyKey: randomUUID() }, meta);
    const [a, b, c, d] = w.listings as [(typeof w.listings)[0], (typeof w.listings)[0], (typeof w.listings)[0], (typeof w.listings)[0]];

    const search = await searchCatalogue(w.agent, claimId, a.externalId, 1);
    expect(search.rows.map((r) => r.id)).toEqual([a.id]);
    expect(search.rows[0]!.alreadyAdded).toBe(false);
    expect((await searchCatalogue(w.agent, claimId, w.removedListing.externalId, 1)).rows).toEqual([]);

    expect(await addListings(w.agent, claimId, [a.id])).toEqual({ added: 1 });
    expect((await searchCatalogue(w.agent, claimId, a.externalId, 1)).rows[0]!.alreadyAdded).toBe(true);
    expect(await refusal(addListings(w.agent, claimId, [w.removedListing.id]))).toMatchObject({ code: 'listingNotActive', field: 'listingIds' });

    const bad = await refusal(pasteListings(w.agent, claimId, parsePastedLines(`${b.externalId}\nNO-SUCH-LISTING\n\n${c.url}\nhttps://nowhere.example/1`)));
    expect(bad).toMatchObject({ code: 'listingsUnknown', field: 'references', params: { lines: '2, 5', count: 2 } });
    const inactive = await refusal(pasteListings(w.agent, claimId, parsePastedLines(`${b.externalId}\n${w.removedListing.externalId}`)));
    expect(inactive).toMatchObject({ code: 'listingsInactiveLines', params: { lines: '2' } });
    expect((await listDraftItems(w.agent, claimId, 1)).total).toBe(1);

    // By id and by URL; a listing already on the claim (and one named twice) is added once.
    expect(await pasteListings(w.agent, claimId, parsePastedLines(`${a.externalId}\n${b.externalId}\n${c.url}\n${c.externalId}`))).toEqual({ added: 2 });
    const items = await listDraftItems(w.agent, claimId, 1);
    expect(items.rows.map((i) => i.listing.id).sort()).toEqual([a.id, b.id, c.id].sort());

    await removeItem(w.agent, claimId, items.rows[0]!.id);
    expect((await listDraftItems(w.agent, claimId, 1)).total).toBe(2);
    expect((await refusal(removeItem(w.agent, claimId, items.rows[0]!.id))).code).toBe('itemNotFound');
    expect(d.status).toBe('ACTIVE');
  });

  it('(b) moving on needs at least one listing', async () => {
    const w = await world();
    const { claimId } = await createDraft(w.agent, { brandId: w.brand.id, idempotencyKey: randomUUID() }, meta);
    expect(await refusal(finishListings(w.agent, claimId))).toMatchObject({ code: 'itemsRequired', field: 'listings' });
  });

  it('(c) sets each item’s type and note, or one type for all in one statement', async () => {
    const w = await world();
    const claimId = await completeDraft(w);
    const items = (await listDraftItems(w.agent, claimId, 1)).rows;
    await saveTypes(w.agent, {
      claimId,
      page: 1,
      pageCount: 1,
      items: [
        { id: items[0]!.id, infringementType: 'DESIGN', note: 'Copied pattern' },
        { id: items[1]!.id, infringementType: 'IMAGE_THEFT', note: null },
      ],
    });
    const after = await prisma.claimItem.findMany({ where: { claimId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    expect(after.map((i) => [i.infringementType, i.note])).toEqual([
      ['DESIGN', 'Copied pattern'],
      ['IMAGE_THEFT', null],
      ['COUNTERFEIT', null],
    ]);
    // An item of another claim is not this claim's.
    const other = await completeDraft(await world());
    const foreignItem = (await prisma.claimItem.findFirstOrThrow({ where: { claimId: other } })).id;
    expect((await refusal(saveTypes(w.agent, { claimId, page: 1, pageCount: 1, items: [{ id: foreignItem, infringementType: 'OTHER', note: null }] }))).code).toBe('itemNotFound');
    expect(await applyTypeToAll(w.agent, claimId, 'UNAUTHORIZED_SALE')).toEqual({ updated: 3 });
    expect(new Set((await prisma.claimItem.findMany({ where: { claimId } })).map((i) => i.infringementType))).toEqual(new Set(['UNAUTHORIZED_SALE']));
  });

  it('(d) attaches own uploads to the claim or one item; refuses other documents', async () => {
    const w = await world();
    const claimId = await completeDraft(w);
    const item = (await listDraftItems(w.agent, claimId, 1)).rows[0]!;
    const photo = await uploaded(w.agent, 'TEST_PURCHASE');
    const shot = await uploaded(w.agent, 'SCREENSHOT');
    await attachEvidence(w.agent, { claimId, kind: 'TEST_PURCHASE', documentIds: [photo], target: null, description: 'Bought 3 Nov' });
    await attachEvidence(w.agent, { claimId, kind: 'SCREENSHOT', documentIds: [shot], target: item.id, description: null });
    const evidence = await listDraftEvidence(w.agent, claimId);
    expect(evidence.map((e) => [e.kind, e.claimItem?.id ?? null, e.description])).toEqual([
      ['TEST_PURCHASE', null, 'Bought 3 Nov'],
      ['SCREENSHOT', item.id, null],
    ]);

    const foreignDoc = await uploaded((await world()).agent, 'SCREENSHOT');
    const wrongKind = await uploaded(w.agent, 'INVOICE');
    for (const documentId of [foreignDoc, wrongKind, randomUUID()]) {
      expect(await refusal(attachEvidence(w.agent, { claimId, kind: 'SCREENSHOT', documentIds: [documentId], target: null, description: null }))).toMatchObject({
        code: 'documentInvalid',
        field: 'documentIds',
      });
    }
    expect(await refusal(attachEvidence(w.agent, { claimId, kind: 'SCREENSHOT', documentIds: [shot], target: randomUUID(), description: null }))).toMatchObject({
      code: 'itemNotFound',
      field: 'target',
    });
    await removeEvidence(w.agent, claimId, evidence[1]!.id);
    expect((await listDraftEvidence(w.agent, claimId)).map((e) => e.id)).toEqual([evidence[0]!.id]);
    // Leaving the step never moves the furthest step reached back (this draft reached review).
    await finishEvidence(w.agent, claimId);
    expect((await getDraft(w.agent, claimId))!.draftStep).toBe(5);
    const fresh = await world();
    const early = (await createDraft(fresh.agent, { brandId: fresh.brand.id, idempotencyKey: randomUUID() }, meta)).claimId;
    await finishEvidence(fresh.agent, early);
    expect((await getDraft(fresh.agent, early))!.draftStep).toBe(4);
  });

  it('(e) keeps both declarations and the signature on the draft', async () => {
    const w = await world();
    const claimId = await completeDraft(w);
    const draft = (await getDraft(w.agent, claimId))!;
    expect(draft).toMatchObject({ goodFaithDeclared: true, accuracyDeclared: true, signatureName: 'Ada Lovelace', draftStep: 5 });
  });

  it('deletes a draft of the organisation, with its items and evidence links', async () => {
    const w = await world();
    const claimId = await completeDraft(w);
    await attachEvidence(w.agent, { claimId, kind: 'OTHER', documentIds: [await uploaded(w.agent, 'OTHER')], target: null, description: null });
    await deleteDraft(w.agent, claimId, meta);
    expect(await prisma.claim.findUnique({ where: { id: claimId } })).toBeNull();
    expect(await prisma.claimItem.count({ where: { claimId } })).toBe(0);
    expect((await prisma.auditEvent.findMany({ where: { objectId: claimId }, orderBy: { id: 'asc' } })).map((a) => a.action)).toEqual([
      'claim.createDraft',
      'claim.deleteDraft',
    ]);
    expect((await refusal(deleteDraft(w.agent, claimId, meta))).code).toBe('draftNotFound');
  });
});

describe('submitting', () => {
  it('lists what is missing and refuses until the draft is complete', async () => {
    const w = await world();
    const { claimId } = await createDraft(w.agent, { brandId: w.brand.id, idempotencyKey: randomUUID() }, meta);
    const expected = ['rightsRequired', 'itemsRequired', 'goodFaithRequired', 'accuracyRequired', 'signatureRequired'];
    expect((await draftProblems(w.agent, claimId))!.map((p) => p.code)).toEqual(expected);
    const result = await submitClaim(w.agent, claimId, meta);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(expected);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe('DRAFT');
  });

  it('re-checks at submission: a listing taken down or a right lapsed since it was added', async () => {
    const w = await world();
    const claimId = await completeDraft(w);
    await prisma.listing.update({ where: { id: w.listings[0]!.id }, data: { status: 'REMOVED' } });
    await prisma.right.update({ where: { id: w.right.id }, data: { expiresAt: new Date(Date.now() - HOUR) } });
    const result = await submitClaim(w.agent, claimId, meta);
    expect(result.ok ? [] : result.problems).toEqual([
      { code: 'rightsUnusable', rights: [`${w.right.office} ${w.right.registrationNumber}`] },
      { code: 'listingsInactive', listings: [w.listings[0]!.externalId] },
    ]);
  });

  it('numbers the claim, signs it, sets due times and priority for every item in the queue', async () => {
    const w = await world('TRUSTED');
    const claimId = await completeDraft(w);
    const now = new Date();
    const result = await submitClaim(w.agent, claimId, meta, now);
    expect(result).toMatchObject({ ok: true, claimId, alreadySubmitted: false });
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId }, include: { items: true } });
    const due = new Date(now.getTime() + POLICY_DEFAULTS.reviewSlaHoursTrusted * HOUR);
    expect(claim).toMatchObject({ status: 'SUBMITTED', submittedAt: now, signedAt: now, signedFromIp: '203.0.113.9', dueAt: due, signatureName: 'Ada Lovelace' });
    expect(claim.reference).toMatch(CLAIM_REFERENCE_PATTERN);
    expect(claim.reference.startsWith(`CLM-${now.getUTCFullYear()}-`)).toBe(true);
    expect(result.ok && result.reference).toBe(claim.reference);
    expect(claim.items).toHaveLength(3);
    for (const item of claim.items) expect(item).toMatchObject({ status: 'PENDING', priority: REVIEW_PRIORITY_BY_TIER.TRUSTED, dueAt: due });
    const audit = await prisma.auditEvent.findMany({ where: { objectId: claimId, action: 'claim.submit' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: w.agent.id, ipAddress: '203.0.113.9', after: expect.objectContaining({ reference: claim.reference, items: 3 }) });

    // The reviewer queue now holds the items.
    const reviewer = await sessionUser('REVIEWER');
    const queue = await getReviewQueue(reviewer, { brand: w.brand.id }, 1);
    expect(queue.rows.map((r) => r.claim.id)).toEqual([claimId, claimId, claimId]);

    // A submitted claim is no longer a draft: nothing may change it, and submitting again returns it.
    expect(await getDraft(w.agent, claimId)).toBeNull();
    expect((await refusal(addListings(w.agent, claimId, [w.listings[3]!.id]))).code).toBe('alreadySubmitted');
    expect((await refusal(deleteDraft(w.agent, claimId, meta))).code).toBe('alreadySubmitted');
    expect(await submitClaim(w.agent, claimId, meta)).toEqual({ ok: true, claimId, reference: claim.reference, alreadySubmitted: true });
  });

  it('two drafts get different references, from the sequence', async () => {
    const w = await world();
    const [a, b] = [await completeDraft(w), await completeDraft(w)];
    const [ra, rb] = [await submitClaim(w.agent, a, meta), await submitClaim(w.agent, b, meta)];
    expect(ra.ok && rb.ok && ra.reference !== rb.reference).toBe(true);
  });

  it('50 concurrent submits make one submission and one audit event', async () => {
    const w = await world();
    const claimId = await completeDraft(w);
    const results = await Promise.all(Array.from({ length: 50 }, () => submitClaim(w.agent, claimId, meta)));
    expect(results.every((r) => r.ok)).toBe(true);
    const references = new Set(results.map((r) => (r.ok ? r.reference : null)));
    expect(references.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.alreadySubmitted)).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { objectId: claimId, action: 'claim.submit' } })).toBe(1);
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim.status).toBe('SUBMITTED');
    expect([...references][0]).toBe(claim.reference);
  });

  it('submits a claim of 1,000 listings with one statement for all items', async () => {
    const w = await world();
    const claimId = await completeDraft(w);
    const many = await createListings(prisma, { storeId: w.store.id, count: 1000 });
    await prisma.claimItem.createMany({ data: many.map((l) => ({ claimId, listingId: l.id, infringementType: 'COUNTERFEIT' as const })) });
    const now = new Date();
    const result = await submitClaim(w.agent, claimId, meta, now);
    expect(result).toMatchObject({ ok: true, alreadySubmitted: false });
    const due = new Date(now.getTime() + POLICY_DEFAULTS.reviewSlaHoursStandard * HOUR);
    expect(await prisma.claimItem.count({ where: { claimId, dueAt: due, priority: REVIEW_PRIORITY_BY_TIER.STANDARD, status: 'PENDING' } })).toBe(1003);
  });
});
