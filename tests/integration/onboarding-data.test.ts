// Journey 6 against a real database: every onboarding data function, with the authorization
// of each for every role and for a foreign organisation, optimistic concurrency, and the
// rule that only verified, unexpired rights of a verified brand can carry a claim.
// Rows are this file's own (brand names carry `tag`), so it runs beside other files.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';
import type { DocumentKind, Role } from '@/lib/generated/prisma/enums';
import { createAgencyAuthorization, createBrand, createOrganisation, createRight, uniqueToken } from '@/lib/factories';
import { getBrandForOrganisation, listBrandsForOrganisation, registerBrand, registerBrandForOwner, updateBrand } from '@/lib/data/brands';
import { createRight as addRight, getRightForOrganisation, rightsUsableForClaims, updateRight } from '@/lib/data/rights';
import {
  getAgencyRequest,
  listAgencyRequests,
  requestAgencyAuthorization,
  searchBrandsForAgency,
} from '@/lib/data/agency-authorizations';
import {
  getAgencyAuthorizationForReview,
  getBrandForReview,
  getRightForReview,
  listPendingVerifications,
  recordAgencyDecision,
  recordBrandDecision,
  recordRightDecision,
} from '@/lib/data/verifications';
import type { RightFieldsInput } from '@/lib/validations/rights';
import { testDb } from '@/tests/helpers/db';
import { makeSessionUser } from '@/tests/helpers/session-user';

const DAY = 86_400_000;
const YEAR = 365 * DAY;
const meta = { ip: '203.0.113.7', userAgent: 'vitest' };
const tag = `ob${randomBytes(3).toString('hex')}`;

let prisma: Db;

const sessionUser = (role: Role, organisationId?: string) => makeSessionUser(prisma, role, organisationId);

/** A stored upload as the evidence store leaves it: only the row matters here. */
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

function rightInput(certificateDocumentId: string, overrides: Partial<RightFieldsInput> = {}): RightFieldsInput {
  return {
    type: 'TRADEMARK',
    registrationNumber: String(1_000_000 + Math.floor(Math.random() * 8_999_999)),
    office: 'USPTO',
    jurisdiction: 'US',
    classes: [25],
    ownerName: 'Owner Ltd',
    registeredAt: new Date(Date.now() - 2 * YEAR),
    expiresAt: new Date(Date.now() + 8 * YEAR),
    certificateDocumentId,
    ...overrides,
  };
}

let owner: SessionUser; // agent of a brand owner
let colleague: SessionUser; // another agent of the same owner
let foreign: SessionUser; // agent of another brand owner
let agency: SessionUser; // agent of an agency
let seller: SessionUser;
let reviewer: SessionUser;
let reviewer2: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  prisma = await testDb();
  owner = await sessionUser('BRAND_AGENT', (await createOrganisation(prisma, { kind: 'BRAND_OWNER', name: `Owner ${tag} Ltd` })).id);
  colleague = await sessionUser('BRAND_AGENT', owner.organisationId);
  foreign = await sessionUser('BRAND_AGENT');
  agency = await sessionUser('BRAND_AGENT', (await createOrganisation(prisma, { kind: 'AGENCY' })).id);
  seller = await sessionUser('SELLER');
  const marketplace = await createOrganisation(prisma, { kind: 'MARKETPLACE' });
  reviewer = await sessionUser('REVIEWER', marketplace.id);
  reviewer2 = await sessionUser('REVIEWER', marketplace.id);
  admin = await sessionUser('ADMIN', marketplace.id);
});

describe('registering a brand', () => {
  it('lets a brand owner register a brand it owns, pending verification, with its audit event', async () => {
    const result = await registerBrand(owner, { name: `Aurora ${tag}`, category: 'Apparel', website: 'https://aurora.example/', ownsBrand: true }, meta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const brand = await prisma.brand.findUniqueOrThrow({ where: { id: result.brandId } });
    expect(brand).toMatchObject({ ownerOrganisationId: owner.organisationId, verificationStatus: 'PENDING', website: 'https://aurora.example/' });
    expect(brand.slug).toMatch(/^aurora-ob/);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { objectType: 'brand', objectId: brand.id } });
    expect(audit).toMatchObject({ action: 'brand.create', actorId: owner.id, organisationId: owner.organisationId, ipAddress: meta.ip });
    // Visible to its own organisation, not to another.
    expect(await getBrandForOrganisation(colleague.organisationId, brand.id)).not.toBeNull();
    expect(await getBrandForOrganisation(foreign.organisationId, brand.id)).toBeNull();
  });

  it('gives two brands of one name different slugs, and escapes nothing away from the name', async () => {
    const name = `<script>alert(1)</script> ${tag}`;
    const a = await registerBrand(owner, { name, category: 'Toys', website: null, ownsBrand: true }, meta);
    const b = await registerBrand(owner, { name, category: 'Toys', website: null, ownsBrand: true }, meta);
    if (!a.ok || !b.ok) throw new Error('not registered');
    const brands = await prisma.brand.findMany({ where: { id: { in: [a.brandId, b.brandId] } } });
    expect(new Set(brands.map((x) => x.slug)).size).toBe(2);
    expect(brands.every((x) => x.name === name)).toBe(true);
  });

  it('refuses an agency the owner’s form (it acts under a power of attorney instead)', async () => {
    expect(await registerBrand(agency, { name: `Nope ${tag}`, category: 'X', website: null, ownsBrand: true }, meta)).toEqual({
      ok: false,
      violation: 'brandOwnersOnly',
    });
  });

  it('lets an agent edit its brand: a rename sends a verified brand back to the reviewer, a stale version is refused', async () => {
    const brand = await createBrand(prisma, { ownerOrganisationId: owner.organisationId, name: `Editable ${tag}` });
    const same = await updateBrand(owner, { brandId: brand.id, version: 0, name: brand.name, category: 'Footwear', website: null }, meta);
    expect(same).toEqual({ ok: true, changed: true });
    expect((await prisma.brand.findUniqueOrThrow({ where: { id: brand.id } })).verificationStatus).toBe('VERIFIED');
    expect(await updateBrand(owner, { brandId: brand.id, version: 0, name: 'Other', category: 'X', website: null }, meta)).toEqual({
      ok: false,
      violation: 'stale',
    });
    expect(await updateBrand(foreign, { brandId: brand.id, version: 1, name: 'Other', category: 'X', website: null }, meta)).toEqual({
      ok: false,
      violation: 'notFound',
    });
    await updateBrand(owner, { brandId: brand.id, version: 1, name: `Renamed ${tag}`, category: 'Footwear', website: null }, meta);
    expect((await prisma.brand.findUniqueOrThrow({ where: { id: brand.id } })).verificationStatus).toBe('PENDING');
  });
});

describe('adding and editing rights', () => {
  let brandId: string;
  beforeAll(async () => {
    brandId = (await createBrand(prisma, { ownerOrganisationId: owner.organisationId, name: `Rights ${tag}` })).id;
  });

  it('adds a pending right with its certificate, audited, visible to the organisation only', async () => {
    const certificate = await uploaded(owner, 'TRADEMARK_CERTIFICATE');
    const result = await addRight(owner, brandId, rightInput(certificate), meta);
    expect(result).toMatchObject({ ok: true, status: 'PENDING' });
    if (!result.ok) return;
    const right = await getRightForOrganisation(colleague.organisationId, brandId, result.rightId);
    expect(right).toMatchObject({ status: 'PENDING', certificateDocument: { id: certificate } });
    expect(await getRightForOrganisation(foreign.organisationId, brandId, result.rightId)).toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { objectType: 'right', objectId: result.rightId } });
    expect(audit.action).toBe('right.create');
  });

  it('refuses another organisation’s agent (as if the brand did not exist)', async () => {
    const certificate = await uploaded(foreign, 'TRADEMARK_CERTIFICATE');
    expect(await addRight(foreign, brandId, rightInput(certificate), meta)).toEqual({ ok: false, violation: 'notFound' });
    expect(await prisma.right.count({ where: { certificateDocumentId: certificate } })).toBe(0);
  });

  it('refuses a certificate uploaded by someone else, or of another kind', async () => {
    const theirs = await uploaded(foreign, 'TRADEMARK_CERTIFICATE');
    expect(await addRight(owner, brandId, rightInput(theirs), meta)).toEqual({ ok: false, violation: 'certificateInvalid' });
    const wrongKind = await uploaded(owner, 'INVOICE');
    expect(await addRight(owner, brandId, rightInput(wrongKind), meta)).toEqual({ ok: false, violation: 'certificateInvalid' });
  });

  it('refuses a registration already on Assay (same office and number), even for another brand', async () => {
    const input = rightInput(await uploaded(owner, 'TRADEMARK_CERTIFICATE'));
    expect((await addRight(owner, brandId, input, meta)).ok).toBe(true);
    expect(await addRight(owner, brandId, input, meta)).toEqual({ ok: false, violation: 'duplicateRegistration' });
    const other = await createBrand(prisma, { ownerOrganisationId: foreign.organisationId });
    const again = { ...input, certificateDocumentId: await uploaded(foreign, 'TRADEMARK_CERTIFICATE') };
    expect(await addRight(foreign, other.id, again, meta)).toEqual({ ok: false, violation: 'duplicateRegistration' });
  });

  it('resubmits a rejected right: back to pending, the reason cleared, the version bumped', async () => {
    const right = await createRight(prisma, { brandId, status: 'REJECTED', statusReason: 'Owner differs', certificateDocumentId: await uploaded(owner, 'TRADEMARK_CERTIFICATE') });
    const input = rightInput(right.certificateDocumentId!, {
      registrationNumber: right.registrationNumber,
      office: right.office,
      jurisdiction: right.jurisdiction,
      classes: right.classes,
      ownerName: `Owner ${tag} Ltd`,
      registeredAt: right.registeredAt!,
      expiresAt: right.expiresAt,
    });
    expect(await updateRight(foreign, right.id, 0, input, meta)).toEqual({ ok: false, violation: 'notFound' });
    expect(await updateRight(owner, right.id, 3, input, meta)).toEqual({ ok: false, violation: 'stale' });
    expect(await updateRight(owner, right.id, 0, input, meta)).toMatchObject({ ok: true, status: 'PENDING', changed: true });
    const after = await prisma.right.findUniqueOrThrow({ where: { id: right.id } });
    expect(after).toMatchObject({ status: 'PENDING', statusReason: null, version: 1, ownerName: `Owner ${tag} Ltd` });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { objectType: 'right', objectId: right.id, action: 'right.update' } });
    expect(audit.before).toMatchObject({ status: 'REJECTED', statusReason: 'Owner differs' });
    expect(audit.after).toMatchObject({ status: 'PENDING' });
  });

  it('keeps a verified right verified when nothing changes; a new number sends it back to the reviewer', async () => {
    const certificate = await uploaded(owner, 'TRADEMARK_CERTIFICATE');
    const right = await createRight(prisma, { brandId, certificateDocumentId: certificate, verifiedById: reviewer.id });
    const same = rightInput(certificate, {
      registrationNumber: right.registrationNumber,
      office: right.office,
      jurisdiction: right.jurisdiction,
      classes: right.classes,
      ownerName: right.ownerName,
      registeredAt: right.registeredAt!,
      expiresAt: right.expiresAt,
    });
    expect(await updateRight(owner, right.id, 0, same, meta)).toMatchObject({ ok: true, status: 'VERIFIED', changed: false });
    expect(await updateRight(owner, right.id, 0, { ...same, registrationNumber: `${right.registrationNumber}9` }, meta)).toMatchObject({
      ok: true,
      status: 'PENDING',
    });
    expect(await prisma.right.findUniqueOrThrow({ where: { id: right.id } })).toMatchObject({ status: 'PENDING', verifiedById: null, verifiedAt: null });
  });
});

describe('verifying', () => {
  let brandId: string;
  beforeAll(async () => {
    brandId = (await createBrand(prisma, { ownerOrganisationId: owner.organisationId, name: `Verify ${tag}`, verificationStatus: 'PENDING' })).id;
  });

  async function pendingRight() {
    const result = await addRight(owner, brandId, rightInput(await uploaded(owner, 'TRADEMARK_CERTIFICATE'), { ownerName: `Owner ${tag} Ltd` }), meta);
    if (!result.ok) throw new Error(result.violation);
    return result.rightId;
  }

  it('lists what waits, oldest first, filtered by brand name and office, to reviewers only', async () => {
    const rightId = await pendingRight();
    const list = await listPendingVerifications(reviewer, { q: `Verify ${tag}` }, 1);
    expect(list.rows.map((r) => r.kind).sort()).toEqual(['brand', 'right']);
    expect(list.rows.map((r) => r.submittedAt.getTime())).toEqual([...list.rows.map((r) => r.submittedAt.getTime())].sort((a, b) => a - b));
    expect(list.counts).toMatchObject({ brand: 1, right: 1, agency: 0 });
    expect((await listPendingVerifications(reviewer, { q: `Verify ${tag}`, kind: 'right' }, 1)).rows.map((r) => r.id)).toEqual([rightId]);
    expect((await listPendingVerifications(reviewer, { q: `Verify ${tag}`, office: 'USPTO' }, 1)).rows.map((r) => r.id)).toEqual([rightId]);
    expect((await listPendingVerifications(reviewer, { q: `Verify ${tag}`, office: 'JPO' }, 1)).total).toBe(0);
    for (const viewer of [owner, seller, admin]) {
      await expect(listPendingVerifications(viewer, {}, 1)).rejects.toThrow();
      await expect(getRightForReview(viewer, rightId)).rejects.toThrow();
      await expect(getBrandForReview(viewer, brandId)).rejects.toThrow();
    }
  });

  it('shows the reviewer the facts and a pre-filled checklist', async () => {
    const rightId = await pendingRight();
    const review = await getRightForReview(reviewer, rightId);
    expect(review).toMatchObject({ status: 'PENDING', brand: { id: brandId } });
    expect(review!.checklist).toMatchObject({ numberFormat: 'pass', jurisdiction: 'pass', ownerMatches: 'pass', notExpired: 'pass', classesPresent: 'pass', certificateAttached: 'pass' });
    expect(await getRightForReview(reviewer, '00000000-0000-7000-8000-000000000000')).toBeNull();
  });

  it('refuses a decision from anyone but a reviewer', async () => {
    const rightId = await pendingRight();
    for (const viewer of [owner, agency, seller, admin]) {
      expect(await recordRightDecision(viewer, { id: rightId, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({ ok: false, violation: 'forbidden' });
      expect(await recordBrandDecision(viewer, { id: brandId, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({ ok: false, violation: 'forbidden' });
    }
    expect((await prisma.right.findUniqueOrThrow({ where: { id: rightId } })).status).toBe('PENDING');
  });

  it('verifies a right, audited, and a second decision is "already decided"', async () => {
    const rightId = await pendingRight();
    expect(await recordRightDecision(reviewer, { id: rightId, version: 0, decision: { kind: 'verify', note: 'Checked the register' } }, meta)).toEqual({
      ok: true,
      status: 'VERIFIED',
    });
    expect(await prisma.right.findUniqueOrThrow({ where: { id: rightId } })).toMatchObject({
      status: 'VERIFIED',
      statusReason: 'Checked the register',
      verifiedById: reviewer.id,
      version: 1,
    });
    expect(await recordRightDecision(reviewer2, { id: rightId, version: 0, decision: { kind: 'reject', reason: 'No' } }, meta)).toEqual({
      ok: false,
      violation: 'alreadyDecided',
    });
    const audit = await prisma.auditEvent.findMany({ where: { objectType: 'right', objectId: rightId }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['right.create', 'right.verify']);
  });

  it('lets exactly one of two simultaneous decisions stand', async () => {
    const rightId = await pendingRight();
    const results = await Promise.all([
      recordRightDecision(reviewer, { id: rightId, version: 0, decision: { kind: 'verify', note: null } }, meta),
      recordRightDecision(reviewer2, { id: rightId, version: 0, decision: { kind: 'reject', reason: 'Forged certificate' } }, meta),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, violation: 'alreadyDecided' }]);
    const decisions = await prisma.auditEvent.count({ where: { objectType: 'right', objectId: rightId, action: { in: ['right.verify', 'right.reject'] } } });
    expect(decisions).toBe(1);
  });

  it('needs a reason to reject; the agent then sees it', async () => {
    const rightId = await pendingRight();
    expect(await recordRightDecision(reviewer, { id: rightId, version: 0, decision: { kind: 'reject', reason: '  ' } }, meta)).toEqual({
      ok: false,
      violation: 'reasonRequired',
    });
    expect(await recordRightDecision(reviewer, { id: rightId, version: 0, decision: { kind: 'reject', reason: 'Owner name differs from the register' } }, meta)).toEqual({
      ok: true,
      status: 'REJECTED',
    });
    expect(await getRightForOrganisation(owner.organisationId, brandId, rightId)).toMatchObject({
      status: 'REJECTED',
      statusReason: 'Owner name differs from the register',
    });
  });

  it('tells a reviewer whose page is out of date that the agent changed the right', async () => {
    const rightId = await pendingRight();
    const current = await prisma.right.findUniqueOrThrow({ where: { id: rightId } });
    const edited = await updateRight(
      owner,
      rightId,
      0,
      rightInput(current.certificateDocumentId!, {
        registrationNumber: current.registrationNumber,
        ownerName: 'Changed Owner',
        registeredAt: current.registeredAt!,
        expiresAt: current.expiresAt,
      }),
      meta,
    );
    expect(edited.ok).toBe(true);
    expect(await recordRightDecision(reviewer, { id: rightId, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({ ok: false, violation: 'stale' });
  });

  it('refuses to verify a right that expired while it waited', async () => {
    const right = await createRight(prisma, { brandId, status: 'PENDING', expiresAt: new Date(Date.now() - 1000) });
    expect(await recordRightDecision(reviewer, { id: right.id, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({ ok: false, violation: 'expired' });
  });

  it('verifies and rejects brands with the same guards', async () => {
    const pending = await createBrand(prisma, { ownerOrganisationId: owner.organisationId, name: `Decide ${tag}`, verificationStatus: 'PENDING' });
    const review = await getBrandForReview(reviewer, pending.id);
    expect(review).toMatchObject({ verificationStatus: 'PENDING', ownerOrganisation: { id: owner.organisationId } });
    expect(review!.checklist.rightsSubmitted).toBe('fail');
    expect(await recordBrandDecision(reviewer, { id: pending.id, version: 0, decision: { kind: 'reject', reason: '' } }, meta)).toEqual({
      ok: false,
      violation: 'reasonRequired',
    });
    expect(await recordBrandDecision(reviewer, { id: pending.id, version: 0, decision: { kind: 'reject', reason: 'No proof of ownership' } }, meta)).toEqual({
      ok: true,
      status: 'REJECTED',
    });
    expect(await recordBrandDecision(reviewer2, { id: pending.id, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({
      ok: false,
      violation: 'alreadyDecided',
    });
    expect((await getBrandForOrganisation(owner.organisationId, pending.id))?.verificationNote).toBe('No proof of ownership');
    // Corrected and resubmitted: back in the list.
    expect(await updateBrand(owner, { brandId: pending.id, version: 1, name: pending.name, category: 'Apparel', website: null }, meta)).toEqual({ ok: true, changed: true });
    expect((await listPendingVerifications(reviewer, { q: `Decide ${tag}`, kind: 'brand' }, 1)).rows.map((r) => r.id)).toEqual([pending.id]);
    expect(await recordBrandDecision(reviewer, { id: pending.id, version: 2, decision: { kind: 'verify', note: null } }, meta)).toEqual({ ok: true, status: 'VERIFIED' });
  });
});

describe('agencies and powers of attorney', () => {
  it('registers a new brand on the owner’s behalf; the agency acts only once a reviewer verifies its power', async () => {
    const poa = await uploaded(agency, 'POWER_OF_ATTORNEY');
    const validUntil = new Date(Date.now() + 200 * DAY);
    const result = await registerBrandForOwner(
      agency,
      { name: `Behalf ${tag}`, category: 'Electronics', website: null, ownerName: `Behalf Owner ${tag}`, ownerCountry: 'DE', powerOfAttorneyDocumentId: poa, validUntil },
      meta,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const brand = await prisma.brand.findUniqueOrThrow({ where: { id: result.brandId }, include: { ownerOrganisation: { include: { _count: { select: { memberships: true } } } } } });
    expect(brand.verificationStatus).toBe('PENDING');
    expect(brand.ownerOrganisation).toMatchObject({ name: `Behalf Owner ${tag}`, kind: 'BRAND_OWNER', verificationStatus: 'UNVERIFIED', country: 'DE' });
    expect(brand.ownerOrganisation._count.memberships).toBe(0);
    const [request] = await listAgencyRequests(agency.organisationId).then((all) => all.filter((r) => r.brand.id === brand.id));
    expect(request).toMatchObject({ status: 'PENDING', powerOfAttorneyDocument: { id: poa } });
    expect(await getAgencyRequest(foreign.organisationId, request!.id)).toBeNull();
    const actions = await prisma.auditEvent.findMany({ where: { objectId: { in: [brand.id, brand.ownerOrganisationId, request!.id] } }, orderBy: { id: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['organisation.create', 'brand.create', 'agencyAuthorization.request']);

    // Not yet: the brand is not the agency's to act for, and no right can be added.
    expect(await getBrandForOrganisation(agency.organisationId, brand.id)).toBeNull();
    const certificate = await uploaded(agency, 'TRADEMARK_CERTIFICATE');
    expect(await addRight(agency, brand.id, rightInput(certificate), meta)).toEqual({ ok: false, violation: 'notFound' });

    const review = await getAgencyAuthorizationForReview(reviewer, request!.id);
    expect(review!.checklist).toMatchObject({ documentAttached: 'pass', stillValid: 'pass', ownerNamed: 'pass' });
    await expect(getAgencyAuthorizationForReview(agency, request!.id)).rejects.toThrow();
    expect(await recordAgencyDecision(agency, { id: request!.id, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({ ok: false, violation: 'forbidden' });
    expect(await recordAgencyDecision(reviewer, { id: request!.id, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({ ok: true, status: 'VERIFIED' });

    expect(await getBrandForOrganisation(agency.organisationId, brand.id)).toMatchObject({ actingAs: { kind: 'AGENT' } });
    expect((await addRight(agency, brand.id, rightInput(certificate), meta)).ok).toBe(true);
  });

  it('refuses a brand owner the agency form, and a power of attorney of the wrong kind or owner', async () => {
    const input = {
      name: `Refused ${tag}`,
      category: 'X',
      website: null,
      ownerName: 'O',
      ownerCountry: 'FR',
      validUntil: new Date(Date.now() + DAY * 30),
    };
    expect(await registerBrandForOwner(owner, { ...input, powerOfAttorneyDocumentId: await uploaded(owner, 'POWER_OF_ATTORNEY') }, meta)).toEqual({
      ok: false,
      violation: 'agenciesOnly',
    });
    expect(await registerBrandForOwner(agency, { ...input, powerOfAttorneyDocumentId: await uploaded(agency, 'INVOICE') }, meta)).toEqual({
      ok: false,
      violation: 'powerOfAttorneyInvalid',
    });
    expect(await prisma.brand.count({ where: { name: input.name } })).toBe(0);
  });

  it('asks to act for a brand already on Assay: found by name, once, resubmitted after a rejection', async () => {
    const brand = await createBrand(prisma, { ownerOrganisationId: foreign.organisationId, name: `Existing ${tag}` });
    const found = await searchBrandsForAgency(agency.organisationId, `existing ${tag}`);
    expect(found.map((b) => b.id)).toEqual([brand.id]);
    expect(found[0]!.request).toBeNull();

    const validUntil = new Date(Date.now() + 90 * DAY);
    const first = await requestAgencyAuthorization(agency, { brandId: brand.id, powerOfAttorneyDocumentId: await uploaded(agency, 'POWER_OF_ATTORNEY'), validUntil }, meta);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(await requestAgencyAuthorization(agency, { brandId: brand.id, powerOfAttorneyDocumentId: await uploaded(agency, 'POWER_OF_ATTORNEY'), validUntil }, meta)).toEqual({
      ok: false,
      violation: 'alreadyRequested',
    });
    expect((await searchBrandsForAgency(agency.organisationId, `existing ${tag}`))[0]!.request).toMatchObject({ status: 'PENDING' });

    expect(await recordAgencyDecision(reviewer, { id: first.authorizationId, version: 0, decision: { kind: 'reject', reason: 'Unsigned' } }, meta)).toEqual({
      ok: true,
      status: 'REJECTED',
    });
    expect((await getAgencyRequest(agency.organisationId, first.authorizationId))?.statusReason).toBe('Unsigned');
    const again = await requestAgencyAuthorization(agency, { brandId: brand.id, powerOfAttorneyDocumentId: await uploaded(agency, 'POWER_OF_ATTORNEY'), validUntil }, meta);
    expect(again).toEqual({ ok: true, authorizationId: first.authorizationId });
    expect(await prisma.agencyAuthorization.findUniqueOrThrow({ where: { id: first.authorizationId } })).toMatchObject({ status: 'PENDING', statusReason: null, version: 2 });

    // A brand owner cannot ask; an unknown brand is not found.
    expect(await requestAgencyAuthorization(owner, { brandId: brand.id, powerOfAttorneyDocumentId: await uploaded(owner, 'POWER_OF_ATTORNEY'), validUntil }, meta)).toEqual({
      ok: false,
      violation: 'agenciesOnly',
    });
    expect(
      await requestAgencyAuthorization(
        agency,
        { brandId: '00000000-0000-7000-8000-000000000000', powerOfAttorneyDocumentId: await uploaded(agency, 'POWER_OF_ATTORNEY'), validUntil },
        meta,
      ),
    ).toEqual({ ok: false, violation: 'notFound' });
  });

  it('renews a lapsed power of attorney, and refuses to verify one that lapsed while waiting', async () => {
    const brand = await createBrand(prisma, { ownerOrganisationId: foreign.organisationId, name: `Lapsed ${tag}` });
    const lapsed = await createAgencyAuthorization(prisma, { agencyOrganisationId: agency.organisationId, brandId: brand.id, validUntil: new Date(Date.now() - DAY) });
    expect(await getBrandForOrganisation(agency.organisationId, brand.id)).toBeNull();
    const renewed = await requestAgencyAuthorization(
      agency,
      { brandId: brand.id, powerOfAttorneyDocumentId: await uploaded(agency, 'POWER_OF_ATTORNEY'), validUntil: new Date(Date.now() + 100 * DAY) },
      meta,
    );
    expect(renewed).toEqual({ ok: true, authorizationId: lapsed.id });

    const waiting = await createAgencyAuthorization(prisma, {
      agencyOrganisationId: agency.organisationId,
      brandId: (await createBrand(prisma, { ownerOrganisationId: foreign.organisationId })).id,
      status: 'PENDING',
      validUntil: new Date(Date.now() - 1),
    });
    expect(await recordAgencyDecision(reviewer, { id: waiting.id, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({ ok: false, violation: 'expired' });
  });
});

describe('only verified, unexpired rights of a verified brand can carry a claim', () => {
  it('leaves out pending, rejected and expired rights (the expiry instant included)', async () => {
    const brand = await createBrand(prisma, { ownerOrganisationId: owner.organisationId, name: `Usable ${tag}` });
    const now = new Date();
    const live = await createRight(prisma, { brandId: brand.id, expiresAt: new Date(now.getTime() + DAY) });
    const noExpiry = await createRight(prisma, { brandId: brand.id, expiresAt: null });
    await createRight(prisma, { brandId: brand.id, expiresAt: now }); // expires this instant
    await createRight(prisma, { brandId: brand.id, expiresAt: new Date(now.getTime() - DAY) });
    await createRight(prisma, { brandId: brand.id, status: 'PENDING' });
    await createRight(prisma, { brandId: brand.id, status: 'REJECTED' });
    const usable = await rightsUsableForClaims(owner.organisationId, brand.id, now);
    expect(usable.map((r) => r.id).sort()).toEqual([live.id, noExpiry.id].sort());
    // A day later the first has lapsed: nothing stored changed, the clock did.
    const later = await rightsUsableForClaims(owner.organisationId, brand.id, new Date(now.getTime() + DAY));
    expect(later.map((r) => r.id)).toEqual([noExpiry.id]);
  });

  it('gives nothing for a brand that is not verified, or to an organisation that may not act for it', async () => {
    const pending = await createBrand(prisma, { ownerOrganisationId: owner.organisationId, verificationStatus: 'PENDING' });
    await createRight(prisma, { brandId: pending.id });
    expect(await rightsUsableForClaims(owner.organisationId, pending.id)).toEqual([]);

    const brand = await createBrand(prisma, { ownerOrganisationId: owner.organisationId });
    const right = await createRight(prisma, { brandId: brand.id });
    expect(await rightsUsableForClaims(foreign.organisationId, brand.id)).toEqual([]);
    expect(await rightsUsableForClaims(agency.organisationId, brand.id)).toEqual([]);
    const power = await createAgencyAuthorization(prisma, { agencyOrganisationId: agency.organisationId, brandId: brand.id });
    expect((await rightsUsableForClaims(agency.organisationId, brand.id)).map((r) => r.id)).toEqual([right.id]);
    await prisma.agencyAuthorization.update({ where: { id: power.id }, data: { validUntil: new Date(Date.now() - 1) } });
    expect(await rightsUsableForClaims(agency.organisationId, brand.id)).toEqual([]);
  });

  it('counts a verified right past its expiry as expired on the brand pages', async () => {
    const brand = await createBrand(prisma, { ownerOrganisationId: owner.organisationId, name: `Counted ${tag}` });
    await createRight(prisma, { brandId: brand.id, expiresAt: new Date(Date.now() - 1) });
    const [summary] = (await listBrandsForOrganisation(owner.organisationId)).filter((b) => b.id === brand.id);
    expect(summary!.rights).toMatchObject({ VERIFIED: 0, EXPIRED: 1 });
  });
});

describe('who may open certificates and powers of attorney', () => {
  it('shows a right’s certificate to every organisation acting for the brand and to reviewers, to nobody else', async () => {
    const { getDocumentForViewer } = await import('@/lib/data/documents');
    const brand = await createBrand(prisma, { ownerOrganisationId: owner.organisationId, name: `Docs ${tag}` });
    await createAgencyAuthorization(prisma, { agencyOrganisationId: agency.organisationId, brandId: brand.id });
    const certificate = await uploaded(agency, 'TRADEMARK_CERTIFICATE');
    await createRight(prisma, { brandId: brand.id, certificateDocumentId: certificate });
    expect(await getDocumentForViewer(agency, certificate)).toMatchObject({ access: 'full' });
    expect(await getDocumentForViewer(colleague, certificate)).toMatchObject({ access: 'full' });
    expect(await getDocumentForViewer(reviewer, certificate)).toMatchObject({ access: 'full' });
    expect(await getDocumentForViewer(foreign, certificate)).toBeNull();
    expect(await getDocumentForViewer(seller, certificate)).toBeNull();
  });

  it('shows an agency’s power of attorney to the brand’s owner, not to another agency', async () => {
    const { getDocumentForViewer } = await import('@/lib/data/documents');
    const brand = await createBrand(prisma, { ownerOrganisationId: owner.organisationId });
    const poa = await uploaded(agency, 'POWER_OF_ATTORNEY');
    await createAgencyAuthorization(prisma, { agencyOrganisationId: agency.organisationId, brandId: brand.id, status: 'PENDING', powerOfAttorneyDocumentId: poa });
    const otherAgency = await sessionUser('BRAND_AGENT', (await createOrganisation(prisma, { kind: 'AGENCY' })).id);
    expect(await getDocumentForViewer(owner, poa)).toMatchObject({ access: 'full' });
    expect(await getDocumentForViewer(reviewer, poa)).toMatchObject({ access: 'full' });
    expect(await getDocumentForViewer(otherAgency, poa)).toBeNull();
    expect(await getDocumentForViewer(foreign, poa)).toBeNull();
  });
});

describe('telling the brand agents', () => {
  const notificationsOf = (userId: string, type: string) => prisma.notification.findMany({ where: { userId, type }, orderBy: { createdAt: 'asc' } });

  it('notifies every agent acting for the brand of a right’s verification, in the same transaction', async () => {
    const brand = await createBrand(prisma, { ownerOrganisationId: owner.organisationId, name: `Told ${tag}` });
    await createAgencyAuthorization(prisma, { agencyOrganisationId: agency.organisationId, brandId: brand.id });
    const right = await createRight(prisma, { brandId: brand.id, status: 'PENDING' });
    expect(await recordRightDecision(reviewer, { id: right.id, version: 0, decision: { kind: 'reject', reason: 'Certificate unreadable' } }, meta)).toMatchObject({ ok: true });
    for (const agent of [owner, colleague, agency]) {
      const [notification] = (await notificationsOf(agent.id, 'rightRejected')).filter((n) => n.link?.endsWith(right.id));
      expect(notification, agent.email).toMatchObject({ link: `/brand/brands/${brand.id}/rights/${right.id}` });
      expect(notification!.params).toMatchObject({ rightName: `${right.office} ${right.registrationNumber}`, brandName: brand.name, reason: 'Certificate unreadable' });
    }
    expect((await notificationsOf(foreign.id, 'rightRejected')).filter((n) => n.link?.endsWith(right.id))).toEqual([]);
    // …with an e-mail each, in the outbox.
    const emails = await prisma.emailOutbox.count({ where: { notification: { link: `/brand/brands/${brand.id}/rights/${right.id}` } } });
    expect(emails).toBe(3);
  });

  it('tells an agency whose power of attorney still waits about its brand through its request page', async () => {
    const result = await registerBrandForOwner(
      agency,
      { name: `Waiting ${tag}`, category: 'Toys', website: null, ownerName: `Waiting Owner ${tag}`, ownerCountry: 'IT', powerOfAttorneyDocumentId: await uploaded(agency, 'POWER_OF_ATTORNEY'), validUntil: new Date(Date.now() + 60 * DAY) },
      meta,
    );
    if (!result.ok) throw new Error(result.violation);
    expect(await recordBrandDecision(reviewer, { id: result.brandId, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({ ok: true, status: 'VERIFIED' });
    const [notification] = (await notificationsOf(agency.id, 'brandVerified')).filter((n) => n.link === `/brand/agency-requests/${result.authorizationId}`);
    expect(notification).toBeDefined();
    expect(await recordAgencyDecision(reviewer, { id: result.authorizationId!, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({ ok: true, status: 'VERIFIED' });
    expect((await notificationsOf(agency.id, 'agencyAuthorizationVerified')).some((n) => n.link === `/brand/agency-requests/${result.authorizationId}`)).toBe(true);
  });

  it('reminds the agents once, 30 days before a verified right expires, and again after a renewal', async () => {
    const { sendRightExpiryReminders } = await import('@/lib/jobs/right-expiry-reminders');
    const brand = await createBrand(prisma, { ownerOrganisationId: owner.organisationId, name: `Expiring ${tag}` });
    const now = new Date();
    const soon = await createRight(prisma, { brandId: brand.id, expiresAt: new Date(now.getTime() + 10 * DAY), certificateDocumentId: await uploaded(owner, 'TRADEMARK_CERTIFICATE') });
    const later = await createRight(prisma, { brandId: brand.id, expiresAt: new Date(now.getTime() + 40 * DAY) });
    const lapsed = await createRight(prisma, { brandId: brand.id, expiresAt: new Date(now.getTime() - DAY) });
    const waiting = await createRight(prisma, { brandId: brand.id, status: 'PENDING', expiresAt: new Date(now.getTime() + 5 * DAY) });
    const remindersFor = async (rightId: string) => (await notificationsOf(owner.id, 'rightExpiring')).filter((n) => n.link?.endsWith(rightId));

    await sendRightExpiryReminders(prisma, now);
    await sendRightExpiryReminders(prisma, now); // safe to run twice
    expect(await remindersFor(soon.id)).toHaveLength(1);
    for (const right of [later, lapsed, waiting]) expect(await remindersFor(right.id)).toEqual([]);

    // Renewed: a new expiry date is a new term (and goes back to the reviewer first).
    const renewed = await updateRight(
      owner,
      soon.id,
      0,
      rightInput(soon.certificateDocumentId!, {
        registrationNumber: soon.registrationNumber,
        ownerName: soon.ownerName,
        classes: soon.classes,
        registeredAt: soon.registeredAt!,
        expiresAt: new Date(now.getTime() + 20 * DAY),
      }),
      meta,
    );
    expect(renewed).toMatchObject({ ok: true, status: 'PENDING' });
    expect((await prisma.right.findUniqueOrThrow({ where: { id: soon.id } })).expiryNotifiedAt).toBeNull();
    await recordRightDecision(reviewer, { id: soon.id, version: 1, decision: { kind: 'verify', note: null } }, meta);
    await sendRightExpiryReminders(prisma, now);
    expect(await remindersFor(soon.id)).toHaveLength(2);
  });
});
