// Filing a claim, the brand's side of journey 1: a draft Claim (status DRAFT) built step by
// step — its rights (ClaimRight), its listings (ClaimItem, typed and noted), its evidence
// (ClaimEvidence) and the signed declarations — then submitted in one transaction.
//
// Every function here is an endpoint's last line of defence: it checks the caller's role
// against the policy table and scopes every read and write to the caller's organisation.
// A draft of another organisation reads as absent. Changes lock the draft row first
// (SELECT … FOR UPDATE) and require it still to be a DRAFT, so nothing is added to a claim
// while or after it is submitted.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { db, type Tx } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { BrandTier, DocumentKind, InfringementType, ListingStatus, VerificationStatus } from '../generated/prisma/enums';
import type { SessionUser } from '../auth/session';
import { can } from '../authz/policy';
import type { RequestMeta } from '../request-meta';
import { recordAudit, type Actor } from '../audit';
import {
  CATALOGUE_PAGE_SIZE,
  EVIDENCE_KINDS,
  FILING_STEPS,
  ITEMS_PAGE_SIZE,
  MAX_CLAIM_ITEMS,
  claimReference,
  draftReference,
  draftStepAfterSaving,
  formatLineNumbers,
  resolvePastedLines,
  submissionProblems,
  type DraftFacts,
  type FilingStep,
  type PastedLine,
  type SubmissionProblem,
} from '../domain/claim-filing';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';
import { REVIEW_PRIORITY_BY_TIER, reviewDueAt } from '../domain/policy';
import type { AttachEvidenceInput, SaveDeclarationsInput, SaveTypesInput } from '../validations/claim-filing';
import { brandsActableBy } from './brands';
import { expediteTrustedTakedowns } from './expedited-removal';
import { assertMayFileClaims } from './filing-sanctions';
import { readPolicy } from './policy';
import { usableRightsWhere } from './rights';

/**
 * A refusal the user can act on. `code` is a key under `filing.errors.` in the catalogue;
 * `field` the form field it belongs beside (none: above the form).
 */
export class FilingRefusal extends Error {
  constructor(
    readonly code: string,
    readonly field?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
    this.name = 'FilingRefusal';
  }
}

const actorOf = (user: SessionUser): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Only roles the policy table lets file claims may change drafts (checked again here: every action is public). */
function assertMayFile(actor: Pick<SessionUser, 'role'>): void {
  if (!can(actor.role, 'claim.file')) throw new FilingRefusal('forbidden');
}

function mayView(actor: Pick<SessionUser, 'role'>): boolean {
  return can(actor.role, 'claim.viewOwn');
}

/** A draft of the caller's organisation, as a where clause. */
function ownDraft(organisationId: string, claimId: string): Prisma.ClaimWhereInput {
  return { id: claimId, filerOrganisationId: organisationId, status: 'DRAFT' };
}

/**
 * Locks the organisation's draft for the rest of the transaction, or refuses: absent,
 * foreign and already-submitted drafts look alike to the caller.
 */
async function lockDraft(tx: Tx, organisationId: string, claimId: string) {
  const rows = await tx.$queryRaw<{ id: string; status: string; draftStep: number; brandId: string }[]>`
    SELECT id, status::text AS status, "draftStep", "brandId" FROM "Claim"
    WHERE id = ${claimId} AND "filerOrganisationId" = ${organisationId}
    FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new FilingRefusal('draftNotFound');
  if (row.status !== 'DRAFT') throw new FilingRefusal('alreadySubmitted');
  // Every change counts as saving the draft ("last saved" in the drafts list).
  await tx.claim.update({ where: { id: claimId }, data: { updatedAt: new Date() } });
  return row;
}

async function inTransaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  const prisma = await db();
  return prisma.$transaction(run, { timeout: 60_000, maxWait: 60_000 });
}

async function reachStep(tx: Tx, claimId: string, current: number, saved: FilingStep, data: Prisma.ClaimUpdateInput = {}) {
  await tx.claim.update({ where: { id: claimId }, data: { ...data, draftStep: draftStepAfterSaving(current, saved) } });
}

// ───────────────────────────── Brands to file for, drafts ─────────────────────────────

export interface FilingBrand {
  id: string;
  name: string;
  verificationStatus: VerificationStatus;
  usableRights: number;
}

/** The brands the organisation may file for (owned or under a live power of attorney), with their usable rights. */
export async function brandsForFiling(actor: Pick<SessionUser, 'role' | 'organisationId'>, now = new Date()): Promise<FilingBrand[]> {
  if (!mayView(actor)) return [];
  const prisma = await db();
  const brands = await prisma.brand.findMany({
    where: brandsActableBy(actor.organisationId, now),
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, verificationStatus: true },
  });
  if (brands.length === 0) return [];
  const counts = await prisma.right.groupBy({
    by: ['brandId'],
    where: { brandId: { in: brands.map((b) => b.id) }, status: 'VERIFIED', OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    _count: { _all: true },
  });
  const byBrand = new Map(counts.map((c) => [c.brandId, c._count._all]));
  return brands.map((b) => ({ ...b, usableRights: b.verificationStatus === 'VERIFIED' ? (byBrand.get(b.id) ?? 0) : 0 }));
}

export interface DraftRow {
  id: string;
  brand: { id: string; name: string };
  filedBy: { name: string };
  draftStep: number;
  itemCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The organisation's drafts, most recently touched first. */
export async function listDrafts(actor: Pick<SessionUser, 'role' | 'organisationId'>, limit = 50): Promise<DraftRow[]> {
  if (!mayView(actor)) return [];
  const prisma = await db();
  const drafts = await prisma.claim.findMany({
    where: { filerOrganisationId: actor.organisationId, status: 'DRAFT' },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      draftStep: true,
      createdAt: true,
      updatedAt: true,
      brand: { select: { id: true, name: true } },
      filedBy: { select: { name: true } },
      _count: { select: { items: true } },
    },
  });
  return drafts.map(({ _count, ...d }) => ({ ...d, itemCount: _count.items }));
}

/**
 * Starts a draft for a brand the organisation may act for. The idempotency key was made
 * when the form rendered: a double click, a browser retry or many concurrent posts of the
 * same form make one draft; the others get that draft back. A key already used by another
 * organisation is refused (never handing out its claim).
 */
export async function createDraft(
  actor: SessionUser,
  input: { brandId: string; idempotencyKey: string },
  meta: RequestMeta,
  now = new Date(),
): Promise<{ claimId: string; created: boolean }> {
  assertMayFile(actor);
  const prisma = await db();
  const existing = await findByKey(input.idempotencyKey);
  if (existing) return existing;
  try {
    const claimId = await prisma.$transaction(async (tx) => {
      const brand = await tx.brand.findFirst({
        where: { AND: [{ id: input.brandId }, brandsActableBy(actor.organisationId, now)] },
        select: { id: true },
      });
      if (!brand) throw new FilingRefusal('brandNotActable', 'brandId');
      const claim = await tx.claim.create({
        data: {
          reference: draftReference(randomUUID()),
          brandId: brand.id,
          filerOrganisationId: actor.organisationId,
          filedById: actor.id,
          status: 'DRAFT',
          idempotencyKey: input.idempotencyKey,
          draftStep: 0,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: 'claim.createDraft',
        objectType: 'claim',
        objectId: claim.id,
        after: { brandId: brand.id, status: 'DRAFT' },
        meta,
      });
      return claim.id;
    });
    return { claimId, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findByKey(input.idempotencyKey);
    if (winner) return winner;
    throw error;
  }

  async function findByKey(key: string): Promise<{ claimId: string; created: false } | null> {
    const claim = await prisma.claim.findUnique({ where: { idempotencyKey: key }, select: { id: true, filerOrganisationId: true } });
    if (!claim) return null;
    if (claim.filerOrganisationId !== actor.organisationId) throw new FilingRefusal('keyInUse');
    return { claimId: claim.id, created: false };
  }
}

/** Deletes a draft of the organisation (with its rights, items and evidence links; the documents stay). */
export async function deleteDraft(actor: SessionUser, claimId: string, meta: RequestMeta): Promise<void> {
  assertMayFile(actor);
  await inTransaction(async (tx) => {
    const draft = await lockDraft(tx, actor.organisationId, claimId);
    const itemCount = await tx.claimItem.count({ where: { claimId } });
    await tx.claim.delete({ where: { id: claimId } });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'claim.deleteDraft',
      objectType: 'claim',
      objectId: claimId,
      before: { brandId: draft.brandId, status: 'DRAFT', items: itemCount },
      meta,
    });
  });
}

// ───────────────────────────── Reading a draft ─────────────────────────────

export interface DraftHeader {
  id: string;
  draftStep: number;
  summary: string | null;
  goodFaithDeclared: boolean;
  accuracyDeclared: boolean;
  signatureName: string | null;
  createdAt: Date;
  updatedAt: Date;
  brand: { id: string; name: string; tier: BrandTier; verificationStatus: VerificationStatus };
  filedBy: { name: string };
  rightIds: string[];
  itemCount: number;
  evidenceCount: number;
  /** Whether the organisation may still act for the brand (a power of attorney can lapse). */
  mayActForBrand: boolean;
}

/** The organisation's draft, or null: absent, foreign, submitted and forbidden look alike. */
export async function getDraft(actor: Pick<SessionUser, 'role' | 'organisationId'>, claimId: string, now = new Date()): Promise<DraftHeader | null> {
  if (!mayView(actor)) return null;
  const prisma = await db();
  const claim = await prisma.claim.findFirst({
    where: ownDraft(actor.organisationId, claimId),
    select: {
      id: true,
      draftStep: true,
      summary: true,
      goodFaithDeclared: true,
      accuracyDeclared: true,
      signatureName: true,
      createdAt: true,
      updatedAt: true,
      brand: { select: { id: true, name: true, tier: true, verificationStatus: true } },
      filedBy: { select: { name: true } },
      rights: { select: { rightId: true } },
      _count: { select: { items: true, evidence: true } },
    },
  });
  if (!claim) return null;
  const actable = await prisma.brand.count({ where: { AND: [{ id: claim.brand.id }, brandsActableBy(actor.organisationId, now)] } });
  const { rights, _count, ...rest } = claim;
  return {
    ...rest,
    rightIds: rights.map((r) => r.rightId),
    itemCount: _count.items,
    evidenceCount: _count.evidence,
    mayActForBrand: actable > 0,
  };
}

/** What a claim (submitted or not) is, for a caller who must land on the right page. */
export async function claimStatusFor(actor: Pick<SessionUser, 'role' | 'organisationId'>, claimId: string) {
  if (!mayView(actor)) return null;
  const prisma = await db();
  return prisma.claim.findFirst({
    where: { id: claimId, filerOrganisationId: actor.organisationId },
    select: { id: true, status: true, reference: true },
  });
}

export interface DraftItemRow {
  id: string;
  infringementType: InfringementType;
  note: string | null;
  listing: {
    id: string;
    externalId: string;
    title: string;
    url: string | null;
    status: ListingStatus;
    priceCents: number;
    currency: string;
    store: { name: string };
  };
}

/** The draft's listings, a page at a time (a claim may carry thousands). */
export async function listDraftItems(
  actor: Pick<SessionUser, 'role' | 'organisationId'>,
  claimId: string,
  page: number,
  pageSize = ITEMS_PAGE_SIZE,
): Promise<Paged<DraftItemRow>> {
  const empty = { rows: [], total: 0, page: 1, pageSize, pageCount: 1 };
  if (!mayView(actor)) return empty;
  const prisma = await db();
  const where: Prisma.ClaimItemWhereInput = { claim: ownDraft(actor.organisationId, claimId) };
  const total = await prisma.claimItem.count({ where });
  const pageCount = pageCountOf(total, pageSize);
  const current = clampPage(page, pageCount);
  const rows = await prisma.claimItem.findMany({
    where,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    ...pageSlice(current, pageSize),
    select: {
      id: true,
      infringementType: true,
      note: true,
      listing: {
        select: { id: true, externalId: true, title: true, url: true, status: true, priceCents: true, currency: true, store: { select: { name: true } } },
      },
    },
  });
  return { rows, total, page: current, pageSize, pageCount };
}

export interface CatalogueRow {
  id: string;
  externalId: string;
  title: string;
  priceCents: number;
  currency: string;
  store: { name: string };
  brand: { name: string } | null;
  alreadyAdded: boolean;
}

/** Active marketplace listings whose title or id matches `query`, for adding to a draft. */
export async function searchCatalogue(
  actor: Pick<SessionUser, 'role' | 'organisationId'>,
  claimId: string,
  query: string,
  page: number,
  pageSize = CATALOGUE_PAGE_SIZE,
): Promise<Paged<CatalogueRow> & { query: string }> {
  const q = query.trim().slice(0, 200);
  const empty = { rows: [], total: 0, page: 1, pageSize, pageCount: 1, query: q };
  if (!mayView(actor) || q === '') return empty;
  const prisma = await db();
  const draft = await prisma.claim.findFirst({ where: ownDraft(actor.organisationId, claimId), select: { id: true } });
  if (!draft) return empty;
  const where: Prisma.ListingWhereInput = {
    status: 'ACTIVE',
    OR: [{ title: { contains: q, mode: 'insensitive' } }, { externalId: { startsWith: q, mode: 'insensitive' } }],
  };
  const total = await prisma.listing.count({ where });
  const pageCount = pageCountOf(total, pageSize);
  const current = clampPage(page, pageCount);
  const listings = await prisma.listing.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageSlice(current, pageSize),
    select: {
      id: true,
      externalId: true,
      title: true,
      priceCents: true,
      currency: true,
      store: { select: { name: true } },
      brand: { select: { name: true } },
      claimItems: { where: { claimId }, select: { id: true } },
    },
  });
  return {
    rows: listings.map(({ claimItems, ...l }) => ({ ...l, alreadyAdded: claimItems.length > 0 })),
    total,
    page: current,
    pageSize,
    pageCount,
    query: q,
  };
}

export interface DraftEvidenceRow {
  id: string;
  kind: DocumentKind;
  description: string | null;
  claimItem: { id: string; listing: { externalId: string; title: string } } | null;
  document: { id: string; fileName: string; mimeType: string; sizeBytes: number; confidential: boolean };
}

export async function listDraftEvidence(actor: Pick<SessionUser, 'role' | 'organisationId'>, claimId: string): Promise<DraftEvidenceRow[]> {
  if (!mayView(actor)) return [];
  const prisma = await db();
  return prisma.claimEvidence.findMany({
    where: { claim: ownDraft(actor.organisationId, claimId) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      kind: true,
      description: true,
      claimItem: { select: { id: true, listing: { select: { externalId: true, title: true } } } },
      document: { select: { id: true, fileName: true, mimeType: true, sizeBytes: true, confidential: true } },
    },
  });
}

// ───────────────────────────── Step (a): rights and summary ─────────────────────────────

export async function saveRights(
  actor: SessionUser,
  input: { claimId: string; rightIds: string[]; summary: string },
  now = new Date(),
): Promise<void> {
  assertMayFile(actor);
  await inTransaction(async (tx) => {
    const draft = await lockDraft(tx, actor.organisationId, input.claimId);
    const wanted = [...new Set(input.rightIds)];
    const usable = await tx.right.findMany({
      where: { AND: [{ id: { in: wanted } }, usableRightsWhere(actor.organisationId, draft.brandId, now)] },
      select: { id: true },
    });
    if (usable.length !== wanted.length) throw new FilingRefusal('rightNotUsable', 'rightIds');
    await tx.claimRight.deleteMany({ where: { claimId: input.claimId } });
    await tx.claimRight.createMany({ data: wanted.map((rightId) => ({ claimId: input.claimId, rightId })) });
    await reachStep(tx, input.claimId, draft.draftStep, 'rights', { summary: input.summary });
  });
}

// ───────────────────────────── Step (b): listings ─────────────────────────────

async function addItems(tx: Tx, claimId: string, listingIds: string[]): Promise<number> {
  const existing = await tx.claimItem.count({ where: { claimId } });
  const fresh = await tx.claimItem.count({ where: { claimId, listingId: { in: listingIds } } });
  if (existing + listingIds.length - fresh > MAX_CLAIM_ITEMS) throw new FilingRefusal('tooManyItems', undefined, { max: MAX_CLAIM_ITEMS });
  const created = await tx.claimItem.createMany({
    data: listingIds.map((listingId) => ({ claimId, listingId, infringementType: 'COUNTERFEIT' as const })),
    skipDuplicates: true,
  });
  return created.count;
}

/** Adds catalogue listings (only ACTIVE ones) to the draft; a listing already on it is skipped. */
export async function addListings(actor: SessionUser, claimId: string, listingIds: string[]): Promise<{ added: number }> {
  assertMayFile(actor);
  return inTransaction(async (tx) => {
    await lockDraft(tx, actor.organisationId, claimId);
    const wanted = [...new Set(listingIds)];
    const active = await tx.listing.findMany({ where: { id: { in: wanted }, status: 'ACTIVE' }, select: { id: true } });
    if (active.length !== wanted.length) throw new FilingRefusal('listingNotActive', 'listingIds');
    return { added: await addItems(tx, claimId, wanted) };
  });
}

/**
 * Adds pasted listing ids or URLs. All or nothing: a line that matches no listing (or one
 * no longer active) is reported at the field with its line number and nothing is added.
 */
export async function pasteListings(actor: SessionUser, claimId: string, lines: PastedLine[]): Promise<{ added: number }> {
  assertMayFile(actor);
  return inTransaction(async (tx) => {
    await lockDraft(tx, actor.organisationId, claimId);
    const references = [...new Set(lines.map((l) => l.reference))];
    const listings = await tx.listing.findMany({
      where: { OR: [{ externalId: { in: references } }, { url: { in: references } }] },
      select: { id: true, externalId: true, url: true, status: true },
    });
    const resolution = resolvePastedLines(lines, listings);
    if (!resolution.ok) {
      const { unknownLines, inactiveLines } = resolution;
      if (unknownLines.length) throw new FilingRefusal('listingsUnknown', 'references', { lines: formatLineNumbers(unknownLines), count: unknownLines.length });
      throw new FilingRefusal('listingsInactiveLines', 'references', { lines: formatLineNumbers(inactiveLines), count: inactiveLines.length });
    }
    return { added: await addItems(tx, claimId, resolution.listingIds) };
  });
}

export async function removeItem(actor: SessionUser, claimId: string, itemId: string): Promise<void> {
  assertMayFile(actor);
  await inTransaction(async (tx) => {
    await lockDraft(tx, actor.organisationId, claimId);
    const removed = await tx.claimItem.deleteMany({ where: { id: itemId, claimId } });
    if (removed.count === 0) throw new FilingRefusal('itemNotFound');
  });
}

/** Leaves the listings step: the draft needs at least one listing. */
export async function finishListings(actor: SessionUser, claimId: string): Promise<void> {
  assertMayFile(actor);
  await inTransaction(async (tx) => {
    const draft = await lockDraft(tx, actor.organisationId, claimId);
    if ((await tx.claimItem.count({ where: { claimId } })) === 0) throw new FilingRefusal('itemsRequired', 'listings');
    await reachStep(tx, claimId, draft.draftStep, 'listings');
  });
}

// ───────────────────────────── Step (c): types and notes ─────────────────────────────

/** Saves the type and note of the items on the page shown (at most a page: one update each). */
export async function saveTypes(actor: SessionUser, input: SaveTypesInput): Promise<void> {
  assertMayFile(actor);
  if (input.items.length > ITEMS_PAGE_SIZE) throw new FilingRefusal('tooManyAtOnce');
  await inTransaction(async (tx) => {
    const draft = await lockDraft(tx, actor.organisationId, input.claimId);
    for (const item of input.items) {
      const updated = await tx.claimItem.updateMany({
        where: { id: item.id, claimId: input.claimId },
        data: { infringementType: item.infringementType, note: item.note },
      });
      if (updated.count === 0) throw new FilingRefusal('itemNotFound');
    }
    await reachStep(tx, input.claimId, draft.draftStep, 'types');
  });
}

/** One type for every item of the draft, in one statement. */
export async function applyTypeToAll(actor: SessionUser, claimId: string, infringementType: InfringementType): Promise<{ updated: number }> {
  assertMayFile(actor);
  return inTransaction(async (tx) => {
    await lockDraft(tx, actor.organisationId, claimId);
    const updated = await tx.claimItem.updateMany({ where: { claimId }, data: { infringementType } });
    if (updated.count === 0) throw new FilingRefusal('itemsRequired', 'infringementType');
    return { updated: updated.count };
  });
}

// ───────────────────────────── Step (d): evidence ─────────────────────────────

/** Attaches the organisation's own uploads as evidence, to the whole claim or one of its items. */
export async function attachEvidence(actor: SessionUser, input: AttachEvidenceInput): Promise<{ attached: number }> {
  assertMayFile(actor);
  return inTransaction(async (tx) => {
    await lockDraft(tx, actor.organisationId, input.claimId);
    if (input.target !== null) {
      const item = await tx.claimItem.findFirst({ where: { id: input.target, claimId: input.claimId }, select: { id: true } });
      if (!item) throw new FilingRefusal('itemNotFound', 'target');
    }
    const ids = [...new Set(input.documentIds)];
    const documents = await tx.document.findMany({
      where: { id: { in: ids }, organisationId: actor.organisationId, kind: { in: [...EVIDENCE_KINDS] } },
      select: { id: true },
    });
    if (documents.length !== ids.length) throw new FilingRefusal('documentInvalid', 'documentIds');
    const created = await tx.claimEvidence.createMany({
      data: ids.map((documentId) => ({
        claimId: input.claimId,
        claimItemId: input.target,
        documentId,
        kind: input.kind,
        description: input.description,
      })),
    });
    return { attached: created.count };
  });
}

export async function removeEvidence(actor: SessionUser, claimId: string, evidenceId: string): Promise<void> {
  assertMayFile(actor);
  await inTransaction(async (tx) => {
    await lockDraft(tx, actor.organisationId, claimId);
    const removed = await tx.claimEvidence.deleteMany({ where: { id: evidenceId, claimId } });
    if (removed.count === 0) throw new FilingRefusal('evidenceNotFound');
  });
}

/** Leaves the evidence step (evidence is optional: the reviewer may still ask for more). */
export async function finishEvidence(actor: SessionUser, claimId: string): Promise<void> {
  assertMayFile(actor);
  await inTransaction(async (tx) => {
    const draft = await lockDraft(tx, actor.organisationId, claimId);
    await reachStep(tx, claimId, draft.draftStep, 'evidence');
  });
}

/** Marks a step reached without changing anything (the types step with nothing to change). */
export async function finishStep(actor: SessionUser, claimId: string, step: FilingStep): Promise<void> {
  assertMayFile(actor);
  await inTransaction(async (tx) => {
    const draft = await lockDraft(tx, actor.organisationId, claimId);
    if (step !== 'rights' && step !== 'review' && (await tx.claimItem.count({ where: { claimId } })) === 0) {
      throw new FilingRefusal('itemsRequired');
    }
    await reachStep(tx, claimId, draft.draftStep, step);
  });
}

// ───────────────────────────── Step (e): declarations ─────────────────────────────

export async function saveDeclarations(actor: SessionUser, input: SaveDeclarationsInput): Promise<void> {
  assertMayFile(actor);
  await inTransaction(async (tx) => {
    const draft = await lockDraft(tx, actor.organisationId, input.claimId);
    await reachStep(tx, input.claimId, draft.draftStep, 'declarations', {
      goodFaithDeclared: input.goodFaith,
      accuracyDeclared: input.accuracy,
      signatureName: input.signatureName,
    });
  });
}

// ───────────────────────────── Step (f): review and submit ─────────────────────────────

const INACTIVE_SHOWN = 10;

async function draftFacts(tx: Tx, organisationId: string, claimId: string, now: Date): Promise<DraftFacts> {
  const claim = await tx.claim.findFirstOrThrow({
    where: { id: claimId, filerOrganisationId: organisationId },
    select: {
      status: true,
      goodFaithDeclared: true,
      accuracyDeclared: true,
      signatureName: true,
      brand: { select: { id: true, verificationStatus: true } },
      rights: { select: { right: { select: { id: true, status: true, expiresAt: true, office: true, registrationNumber: true } } } },
    },
  });
  const [actable, itemCount, inactive] = await Promise.all([
    tx.brand.count({ where: { AND: [{ id: claim.brand.id }, brandsActableBy(organisationId, now)] } }),
    tx.claimItem.count({ where: { claimId } }),
    tx.claimItem.findMany({
      where: { claimId, listing: { status: { not: 'ACTIVE' } } },
      take: INACTIVE_SHOWN,
      orderBy: { id: 'asc' },
      select: { listing: { select: { externalId: true } } },
    }),
  ]);
  return {
    status: claim.status,
    mayActForBrand: actable > 0,
    brandVerified: claim.brand.verificationStatus === 'VERIFIED',
    rights: claim.rights.map(({ right }) => ({
      id: right.id,
      status: right.status,
      expiresAt: right.expiresAt,
      label: `${right.office} ${right.registrationNumber}`,
    })),
    itemCount,
    inactiveListings: inactive.map((i) => i.listing.externalId),
    goodFaithDeclared: claim.goodFaithDeclared,
    accuracyDeclared: claim.accuracyDeclared,
    signatureName: claim.signatureName,
  };
}

/** What would stop the draft from being submitted now (for the review step), or null if there is no such draft. */
export async function draftProblems(actor: Pick<SessionUser, 'role' | 'organisationId'>, claimId: string, now = new Date()): Promise<SubmissionProblem[] | null> {
  if (!mayView(actor)) return null;
  const prisma = await db();
  const exists = await prisma.claim.findFirst({ where: ownDraft(actor.organisationId, claimId), select: { id: true } });
  if (!exists) return null;
  // Read-only, but in a transaction so the facts are one snapshot.
  return prisma.$transaction(async (tx) => submissionProblems(await draftFacts(tx, actor.organisationId, claimId, now), now));
}

export type SubmitResult =
  | { ok: true; claimId: string; reference: string; alreadySubmitted: boolean }
  | { ok: false; problems: SubmissionProblem[] };

/**
 * Submits a draft, in one transaction: re-checks every rule (the filer may still act for the
 * brand, its rights are still usable, every listing is still active, the declarations are
 * signed), numbers the claim from the database sequence, stamps the signature's time and
 * address, sets the claim's and every item's due time and priority from the policy and the
 * brand's tier (one UPDATE for all items), and records `claim.submit`.
 *
 * Submitting twice, or concurrently, leaves one submission: the draft row is locked and the
 * UPDATE matches only a DRAFT; a caller that finds it already submitted gets it back.
 */
export async function submitClaim(actor: SessionUser, claimId: string, meta: RequestMeta, now = new Date()): Promise<SubmitResult> {
  assertMayFile(actor);
  const prisma = await db();
  const result = await prisma.$transaction(
    async (tx): Promise<SubmitResult | 'alreadySubmitted'> => {
      const rows = await tx.$queryRaw<{ status: string }[]>`
        SELECT status::text AS status FROM "Claim"
        WHERE id = ${claimId} AND "filerOrganisationId" = ${actor.organisationId}
        FOR UPDATE`;
      if (!rows[0]) throw new FilingRefusal('draftNotFound');
      if (rows[0].status !== 'DRAFT') return 'alreadySubmitted';
      await assertMayFileClaims(tx, actor.organisationId, now); // DSA Art 23: a suspended filer cannot submit

      const problems = submissionProblems(await draftFacts(tx, actor.organisationId, claimId, now), now);
      if (problems.length > 0) return { ok: false, problems };

      const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { brand: { select: { tier: true } } } });
      const policy = await readPolicy(tx);
      const dueAt = reviewDueAt(now, claim.brand.tier, policy);
      const priority = REVIEW_PRIORITY_BY_TIER[claim.brand.tier];
      const [sequence] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('claim_reference_seq') AS n`;
      const reference = claimReference(now.getUTCFullYear(), sequence!.n);

      const updated = await tx.claim.updateMany({
        where: { id: claimId, filerOrganisationId: actor.organisationId, status: 'DRAFT' },
        data: {
          status: 'SUBMITTED',
          reference,
          submittedAt: now,
          signedAt: now,
          signedFromIp: meta.ip,
          dueAt,
          trustedAtFiling: claim.brand.tier === 'TRUSTED',
          draftData: Prisma.DbNull,
          draftStep: FILING_STEPS.length - 1,
        },
      });
      if (updated.count === 0) return 'alreadySubmitted';
      const items = await tx.claimItem.updateMany({ where: { claimId }, data: { status: 'PENDING', priority, dueAt } });
      await expediteTrustedTakedowns(tx, { claimId, filerOrganisationId: actor.organisationId, now, meta });
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: 'claim.submit',
        objectType: 'claim',
        objectId: claimId,
        before: { status: 'DRAFT' },
        after: { status: 'SUBMITTED', reference, items: items.count, tier: claim.brand.tier, priority, dueAt: dueAt.toISOString() },
        meta,
      });
      return { ok: true, claimId, reference, alreadySubmitted: false };
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
  if (result !== 'alreadySubmitted') return result;
  const claim = await prisma.claim.findFirstOrThrow({ where: { id: claimId, filerOrganisationId: actor.organisationId }, select: { reference: true } });
  return { ok: true, claimId, reference: claim.reference, alreadySubmitted: true };
}
