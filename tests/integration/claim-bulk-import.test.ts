// Bulk filing by CSV against a real database and a real (temporary) files directory:
// good and bad rows, duplicates, who may import into which claim, the 10,000-row limit
// (nothing stored), a listing added between the check and the import, and a full 10,000-row
// import.
import { mkdtempSync, readdirSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BulkImportError,
  importClaimItemsCsv,
  type ImportActor,
  type ImportProgress,
  type ImportResult,
} from '@/lib/data/claim-bulk-import';
import type { Db } from '@/lib/db';
import { createBrand, createClaim, createListings, createRight, createStore, createUser, listingUrl, uniqueToken } from '@/lib/factories';
import type { Role } from '@/lib/generated/prisma/enums';
import { LocalDiskStorage } from '@/lib/storage';
import { testDb } from '../helpers/db';

let prisma: Db;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'assay-bulk-import-test-'));
const storage = new LocalDiskStorage(path.join(dataDir, 'files'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
beforeAll(async () => {
  prisma = await testDb();
});

function storedFiles(): string[] {
  if (!existsSync(storage.root)) return [];
  return readdirSync(storage.root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** A web stream of `text` in chunks of `size` bytes (chunks cut anywhere, as on the wire). */
function streamOf(text: string, size = 4096): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

/** A brand agent's organisation with a brand, a right and a draft claim, and a seller's store. */
async function scene() {
  const agent = await createUser(prisma, { role: 'BRAND_AGENT' });
  const brand = await createBrand(prisma, { ownerOrganisationId: agent.organisationId });
  const right = await createRight(prisma, { brandId: brand.id });
  const seller = await createUser(prisma, { role: 'SELLER' });
  const store = await createStore(prisma, { sellerOrganisationId: seller.organisationId });
  const draft = await createClaim(prisma, {
    status: 'DRAFT',
    brandId: brand.id,
    filerOrganisationId: agent.organisationId,
    filedById: agent.user.id,
    rightIds: [right.id],
    items: [],
  });
  const actor: ImportActor = { id: agent.user.id, role: 'BRAND_AGENT', organisationId: agent.organisationId };
  return { agent, actor, brand, right, store, draft };
}

function run(actor: ImportActor, claimId: string, csv: string, progress?: (ImportProgress & { at?: number })[]): Promise<ImportResult> {
  return importClaimItemsCsv(actor, claimId, { body: streamOf(csv), fileName: 'listings.csv' }, {
    storage,
    ...(progress ? { onProgress: (p) => progress.push({ ...p, at: performance.now() }) } : {}),
  });
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BulkImportError);
  return (error as BulkImportError).refusal;
}

/**
 * Many listings in one INSERT … SELECT generate_series (the factory's createManyAndReturn
 * takes ~20 s for 10,000 on PGlite). Same shape as the factory's: externalId and its URL.
 */
async function manyListings(storeId: string, count: number) {
  const prefix = `LST-BULK-${uniqueToken().toUpperCase()}-`;
  await prisma.$executeRaw`
    INSERT INTO "Listing" (id, "externalId", "storeId", title, "priceCents", "imageUrls", url, "updatedAt")
    SELECT gen_random_uuid()::text, ${prefix} || n, ${storeId}, 'Quilted down jacket', 29900, '{}', 'https://market.example/item/' || ${prefix} || n, now()
    FROM generate_series(1, ${count}::int) AS n`;
  return prisma.listing.findMany({ where: { externalId: { startsWith: prefix } }, select: { id: true, externalId: true } });
}

const PHASES: ImportProgress['phase'][] = ['reading', 'checking', 'importing'];
const itemsOf = (claimId: string) => prisma.claimItem.findMany({ where: { claimId }, orderBy: { createdAt: 'asc' } });
const auditOf = (claimId: string) => prisma.auditEvent.findMany({ where: { objectId: claimId, action: 'claim.bulkImport' } });

describe('importClaimItemsCsv', () => {
  it('adds the good rows, refuses every bad one with its row and reason, stores the file and one audit event', async () => {
    const { actor, store, draft, agent } = await scene();
    const [a, b, c, removed, onClaim] = await createListings(prisma, {
      storeId: store.id,
      listings: [{}, {}, {}, { status: 'REMOVED' }, {}],
    });
    await prisma.claimItem.create({ data: { claimId: draft.id, listingId: onClaim!.id, infringementType: 'OTHER' } });
    const longNote = 'x'.repeat(1001);
    const csv = [
      '\ufefflisting,infringement_type,note',
      `${a!.externalId},Counterfeit,"Sold at 10% of retail, ""genuine"" claimed"`,
      `${listingUrl(b!.externalId)},trademark-misuse,`,
      `${listingUrl(a!.externalId)},counterfeit,same listing by URL`,
      `LST-DOES-NOT-EXIST,counterfeit,`,
      `${c!.externalId},fake goods,`,
      `${c!.externalId},image theft,${longNote}`,
      `${removed!.externalId},counterfeit,`,
      `${onClaim!.externalId},counterfeit,`,
      `,counterfeit,no listing`,
      `${c!.externalId},Unauthorized sale,`,
    ].join('\r\n');
    const progress: ImportProgress[] = [];
    const result = await run(actor, draft.id, csv, progress);

    expect(result.imported).toBe(3);
    // Counts as saving the draft.
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: draft.id } })).updatedAt.getTime()).toBeGreaterThan(draft.updatedAt.getTime());
    expect(result.rows).toBe(10);
    expect(result.rejected).toEqual([
      { row: 4, listing: listingUrl(a!.externalId), reason: 'duplicate', ofRow: 2 },
      { row: 5, listing: 'LST-DOES-NOT-EXIST', reason: 'unknownListing' },
      { row: 6, listing: c!.externalId, reason: 'badType', value: 'fake goods' },
      { row: 7, listing: c!.externalId, reason: 'noteTooLong', length: 1001, max: 1000 },
      { row: 8, listing: removed!.externalId, reason: 'listingNotActive' },
      { row: 9, listing: onClaim!.externalId, reason: 'alreadyOnClaim' },
      { row: 10, listing: '', reason: 'empty' },
    ]);

    const items = await itemsOf(draft.id);
    const byListing = new Map(items.map((i) => [i.listingId, i]));
    expect(byListing.get(a!.id)).toMatchObject({ infringementType: 'COUNTERFEIT', note: 'Sold at 10% of retail, "genuine" claimed', dueAt: null });
    expect(byListing.get(b!.id)).toMatchObject({ infringementType: 'TRADEMARK_MISUSE', note: null });
    expect(byListing.get(c!.id)).toMatchObject({ infringementType: 'UNAUTHORIZED_SALE' });
    expect(items).toHaveLength(4);

    const document = await prisma.document.findUniqueOrThrow({ where: { id: result.documentId } });
    expect(document).toMatchObject({ kind: 'BULK_CLAIM_CSV', mimeType: 'text/csv', organisationId: agent.organisationId, fileName: 'listings.csv' });
    const [event] = await auditOf(draft.id);
    expect(event).toMatchObject({ actorId: agent.user.id });
    expect(event!.after).toMatchObject({
      documentId: document.id,
      sha256: document.sha256,
      rows: 10,
      imported: 3,
      rejected: 7,
      rejectedByReason: { duplicate: 1, unknownListing: 1, badType: 1, noteTooLong: 1, listingNotActive: 1, alreadyOnClaim: 1, empty: 1 },
    });
    expect(progress.map((p) => p.phase)).toEqual(['reading', 'checking', 'checking', 'importing', 'importing']);
    expect(progress.filter((p) => p.phase === 'checking').map(({ phase, processed, total }) => ({ phase, processed, total }))).toEqual([
      { phase: 'checking', processed: 0, total: 7 },
      { phase: 'checking', processed: 7, total: 7 },
    ]);
    expect(progress.at(-1)).toMatchObject({ phase: 'importing', processed: 3, total: 3 });
  });

  it('importing the same file again adds nothing: every row is already on the claim', async () => {
    const { actor, store, draft } = await scene();
    const listings = await createListings(prisma, { storeId: store.id, count: 3 });
    const csv = ['listing,infringement_type', ...listings.map((l) => `${l.externalId},counterfeit`)].join('\n');
    expect((await run(actor, draft.id, csv)).imported).toBe(3);
    const again = await run(actor, draft.id, csv);
    expect(again.imported).toBe(0);
    expect(again.rejected.map((r) => r.reason)).toEqual(['alreadyOnClaim', 'alreadyOnClaim', 'alreadyOnClaim']);
    expect(await itemsOf(draft.id)).toHaveLength(3);
  });

  it('refuses a listing added to the draft between the check and the import as already on the claim', async () => {
    const { actor, store, draft } = await scene();
    const [a, b, c] = await createListings(prisma, { storeId: store.id, count: 3 });
    const csv = ['listing,infringement_type', ...[a, b, c].map((l) => `${l!.externalId},counterfeit`)].join('\n');
    // The listings are checked while the storage finishes writing the file; a storage that
    // also waits for the check to end and then has someone add b through the editor puts
    // that change exactly between the check (b not on the claim) and the import's transaction.
    let checked!: () => void;
    const checkDone = new Promise<void>((resolve) => (checked = resolve));
    const slowStorage = Object.create(storage) as LocalDiskStorage;
    slowStorage.put = async (...args: Parameters<LocalDiskStorage['put']>) => {
      const blob = await storage.put(...args);
      await checkDone;
      await prisma.claimItem.create({ data: { claimId: draft.id, listingId: b!.id, infringementType: 'OTHER' } });
      return blob;
    };
    const result = await importClaimItemsCsv(actor, draft.id, { body: streamOf(csv), fileName: 'listings.csv' }, {
      storage: slowStorage,
      onProgress: (p) => {
        if (p.phase === 'checking' && p.processed === p.total) checked();
      },
    });
    expect(result.imported).toBe(2);
    expect(result.rejected).toEqual([{ row: 3, listing: b!.externalId, reason: 'alreadyOnClaim' }]);
    const items = await itemsOf(draft.id);
    expect(items.map((i) => i.listingId).sort()).toEqual([a!.id, b!.id, c!.id].sort());
    expect(items.find((i) => i.listingId === b!.id)).toMatchObject({ infringementType: 'OTHER' });
    const [event] = await auditOf(draft.id);
    expect(event!.after).toMatchObject({ rows: 3, imported: 2, rejected: 1, rejectedByReason: { alreadyOnClaim: 1 } });
  });

  it("refuses another organisation's draft and a submitted claim as not found, storing nothing", async () => {
    const mine = await scene();
    const theirs = await scene();
    const [listing] = await createListings(prisma, { storeId: mine.store.id, count: 1 });
    const csv = `listing,infringement_type\n${listing!.externalId},counterfeit\n`;
    expect(await refusal(run(mine.actor, theirs.draft.id, csv))).toEqual({ code: 'notFound' });
    expect(await refusal(run(mine.actor, '0190f0f0-0000-7000-8000-000000000000', csv))).toEqual({ code: 'notFound' });

    const submitted = await createClaim(prisma, {
      brandId: mine.brand.id,
      filerOrganisationId: mine.agent.organisationId,
      filedById: mine.agent.user.id,
      rightIds: [mine.right.id],
      items: [],
    });
    expect(await refusal(run(mine.actor, submitted.id, csv))).toEqual({ code: 'notFound' });
    expect(await itemsOf(theirs.draft.id)).toHaveLength(0);
    expect(await itemsOf(submitted.id)).toHaveLength(0);
  });

  it.each<Role>(['REVIEWER', 'SELLER', 'ADMIN'])('refuses a %s', async (role) => {
    const { draft, store, agent } = await scene();
    const [listing] = await createListings(prisma, { storeId: store.id, count: 1 });
    const other = await createUser(prisma, { role });
    // Even with the filer's organisation: the role decides first.
    const actor: ImportActor = { id: other.user.id, role, organisationId: agent.organisationId };
    expect(await refusal(run(actor, draft.id, `listing,infringement_type\n${listing!.externalId},counterfeit\n`))).toEqual({ code: 'forbidden' });
    expect(await itemsOf(draft.id)).toHaveLength(0);
  });

  it('refuses a file with a missing column, or that is not text, naming the problem', async () => {
    const { actor, draft } = await scene();
    expect(await refusal(run(actor, draft.id, 'listing,note\nLST-1,x\n'))).toEqual({ code: 'missingColumn', column: 'infringement_type' });
    const pdf = await refusal(
      importClaimItemsCsv(actor, draft.id, { body: streamOf('%PDF-1.7\n' + 'x'.repeat(100)) }, { storage }),
    );
    expect(pdf).toMatchObject({ code: 'upload', key: 'typeNotAllowed', status: 415 });
  });

  it('refuses a file of 10,001 rows whole: no item, no document, no file, no audit event', async () => {
    const { actor, draft, store } = await scene();
    const [listing] = await createListings(prisma, { storeId: store.id, count: 1 });
    const filesBefore = storedFiles().length;
    const rows = Array.from({ length: 10_001 }, (_, i) => (i === 0 ? `${listing!.externalId},counterfeit` : `LST-NOPE-${i},counterfeit`));
    const documentsBefore = await prisma.document.count({ where: { organisationId: actor.organisationId! } });
    expect(await refusal(run(actor, draft.id, ['listing,infringement_type', ...rows].join('\n')))).toEqual({
      code: 'tooManyRows',
      max: 10_000,
      count: 10_001,
    });
    expect(await itemsOf(draft.id)).toHaveLength(0);
    expect(await auditOf(draft.id)).toHaveLength(0);
    expect(await prisma.document.count({ where: { organisationId: actor.organisationId! } })).toBe(documentsBefore);
    expect(storedFiles().filter((f) => !f.includes(`${path.sep}.tmp${path.sep}`))).toHaveLength(filesBefore);
  });

  it('imports 10,000 rows: one lookup, inserts in batches of 5,000, progress through every phase', async () => {
    const { actor, draft, store } = await scene();
    const listings = await manyListings(store.id, 10_000);
    // Half by id, half by URL.
    const csv = [
      'listing,infringement_type,note',
      ...listings.map((l, i) => (i % 2 ? `${listingUrl(l.externalId)},Image theft,row ${i}` : `${l.externalId},COUNTERFEIT,`)),
    ].join('\r\n');
    const progress: ImportProgress[] = [];
    const started = performance.now();
    const result = await run(actor, draft.id, csv, progress);
    const seconds = (performance.now() - started) / 1000;
    console.info(`[bulk import] 10,000 rows in ${seconds.toFixed(1)} s`);

    expect(result).toMatchObject({ imported: 10_000, rows: 10_000, rejected: [] });
    expect(await prisma.claimItem.count({ where: { claimId: draft.id } })).toBe(10_000);
    expect(await prisma.claimItem.count({ where: { claimId: draft.id, infringementType: 'IMAGE_THEFT' } })).toBe(5_000);
    const checking = progress.filter((p) => p.phase === 'checking');
    const importing = progress.filter((p) => p.phase === 'importing' && p.processed > 0);
    expect(checking.map((p) => [p.processed, p.total])).toEqual([
      [0, 10_000],
      [10_000, 10_000],
    ]);
    expect(importing.map((p) => p.processed)).toEqual([5_000, 10_000]);
    expect(progress.map((p) => p.phase)).toEqual([...progress.map((p) => p.phase)].sort((x, y) => PHASES.indexOf(x) - PHASES.indexOf(y)));
    expect(importing.every((p) => p.total === 10_000)).toBe(true);
    expect(progress.filter((p) => p.phase === 'reading' && p.total === null).length).toBeGreaterThanOrEqual(9);

    // The claim is full now: one more listing is refused, and nothing changes.
    const [one] = await createListings(prisma, { storeId: store.id, count: 1 });
    expect(await refusal(run(actor, draft.id, `listing,infringement_type\n${one!.externalId},counterfeit\n`))).toEqual({
      code: 'claimFull',
      existing: 10_000,
      adding: 1,
      max: 10_000,
    });
    expect(await prisma.claimItem.count({ where: { claimId: draft.id } })).toBe(10_000);
  }, 60_000);
});
