// The evidence store against a real database and a real (temporary) files directory:
// storeUpload writes the file and then the row; every refusal leaves neither; serving
// re-checks the hash; getDocumentForViewer applies the access rule to real claims and
// counter-notices made with the factories.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import type { Db } from '@/lib/db';
import { getDocumentContentForViewer, getDocumentForViewer } from '@/lib/data/documents';
import { DocumentIntegrityError, openVerifiedContent } from '@/lib/documents/serve';
import { UploadError, storeUpload, type StoreUploadInput } from '@/lib/documents/store-upload';
import { sweepOrphanUploads } from '@/lib/documents/sweep';
import { createBrand, createClaim, createListing, createRight, createStore, uniqueToken } from '@/lib/factories';
import type { DocumentKind, Role } from '@/lib/generated/prisma/enums';
import { LocalDiskStorage, chunksOf } from '@/lib/storage';
import { testDb } from '../helpers/db';
import { makeSessionUser } from '../helpers/session-user';

let prisma: Db;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'assay-documents-test-'));
const storage = new LocalDiskStorage(path.join(dataDir, 'files'));
const MAX = 256 * 1024;

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (size = 4096) => Buffer.concat([Buffer.from(PNG_SIGNATURE), randomBytes(size - 8)]);
const pdf = (size = 2048) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
const elf = () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(4000)]);

function webStream(data: Uint8Array, chunk = 1000): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= data.length) return controller.close();
      controller.enqueue(data.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

const sessionUser = (role: Role, organisationId?: string) => makeSessionUser(prisma, role, organisationId);

function upload(uploader: SessionUser, body: StoreUploadInput['body'], overrides: Partial<StoreUploadInput> = {}) {
  return storeUpload({ body, fileName: 'evidence.png', kind: 'SCREENSHOT', confidential: false, uploader, storage, maxBytes: MAX, ...overrides });
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
const tempFiles = () => filesUnder(path.join(storage.root, '.tmp'));
const storedFile = (hash: string) => path.join(storage.root, hash.slice(0, 2), hash.slice(2, 4), hash);

async function refusal(promise: Promise<unknown>): Promise<UploadError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UploadError);
  return error as UploadError;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of chunksOf(stream)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  prisma = await testDb();
});

describe('storeUpload', () => {
  it('stores the bytes under their SHA-256 and commits the row with its audit event', async () => {
    const agent = await sessionUser('BRAND_AGENT');
    const data = png(50_000);
    const document = await upload(agent, webStream(data), { fileName: 'C:\\fakepath\\shop‮gpj.png', kind: 'TEST_PURCHASE', confidential: true });
    expect(document).toMatchObject({
      kind: 'TEST_PURCHASE',
      mimeType: 'image/png',
      sizeBytes: data.length,
      sha256: sha256(data),
      storageKey: sha256(data),
      confidential: true,
      uploadedById: agent.id,
      organisationId: agent.organisationId,
      fileName: 'shopgpj.png',
    });
    const reader = (await storage.open(document.storageKey))!;
    expect(reader.sizeBytes).toBe(data.length);
    await reader.close();
    const events = await prisma.auditEvent.findMany({ where: { objectType: 'Document', objectId: document.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'document.upload', actorId: agent.id, actorRole: 'BRAND_AGENT', organisationId: agent.organisationId });
    expect(events[0]!.after).toMatchObject({ kind: 'TEST_PURCHASE', sha256: sha256(data), sizeBytes: data.length, confidential: true });
    expect(tempFiles()).toEqual([]);
  });

  it('decides the type by the bytes: a PNG named .pdf is stored as a PNG and named so', async () => {
    const seller = await sessionUser('SELLER');
    const document = await upload(seller, Readable.from([png()]), { fileName: 'invoice.pdf', kind: 'INVOICE' });
    expect(document.mimeType).toBe('image/png');
    expect(document.fileName).toBe('invoice.png');
  });

  it('refuses a file over the cap (even one that says nothing of its size): no row, no file, no temporary file', async () => {
    const agent = await sessionUser('BRAND_AGENT');
    const data = png(MAX + 1);
    const error = await refusal(upload(agent, webStream(data, 8192)));
    expect(error.messageKey).toBe('tooLarge');
    expect(error.status).toBe(413);
    expect(error.params).toEqual({ maxMb: 0.25 });
    expect(await prisma.document.count({ where: { uploadedById: agent.id } })).toBe(0);
    expect(existsSync(storedFile(sha256(data)))).toBe(false);
    expect(tempFiles()).toEqual([]);
  });

  it('takes a file of exactly the cap', async () => {
    const agent = await sessionUser('BRAND_AGENT');
    expect((await upload(agent, webStream(png(MAX)))).sizeBytes).toBe(MAX);
  });

  it('refuses an executable renamed .pdf, and any type the kind does not take: no row, no file', async () => {
    const agent = await sessionUser('BRAND_AGENT');
    const exe = elf();
    const error = await refusal(upload(agent, webStream(exe), { fileName: 'certificate.pdf', kind: 'TRADEMARK_CERTIFICATE' }));
    expect(error.messageKey).toBe('typeNotAllowed');
    expect(error.status).toBe(415);
    expect(error.params).toEqual({ allowed: 'PDF, PNG, JPEG, WebP' });
    expect(existsSync(storedFile(sha256(exe)))).toBe(false);

    const csvForEvidence = await refusal(upload(agent, webStream(Buffer.from('listing,type\nL1,COUNTERFEIT\n')), { kind: 'SCREENSHOT' }));
    expect(csvForEvidence.messageKey).toBe('typeNotAllowed');
    expect(await prisma.document.count({ where: { uploadedById: agent.id } })).toBe(0);
    expect(tempFiles()).toEqual([]);
  });

  it('refuses an empty file and a truncated header', async () => {
    const agent = await sessionUser('SELLER');
    expect((await refusal(upload(agent, webStream(new Uint8Array(0))))).messageKey).toBe('empty');
    expect((await refusal(upload(agent, webStream(Buffer.from(PNG_SIGNATURE.slice(0, 5)))))).messageKey).toBe('typeNotAllowed');
    expect(await prisma.document.count({ where: { uploadedById: agent.id } })).toBe(0);
  });

  it('bulk filing: takes UTF-8 text as CSV, refuses binary files and invalid text', async () => {
    const agent = await sessionUser('BRAND_AGENT');
    const csv = Buffer.from('\ufefflisting,infringement type,note\nLST-1,COUNTERFEIT,仿冒品\n', 'utf8');
    const document = await upload(agent, webStream(csv, 7), { kind: 'BULK_CLAIM_CSV', fileName: 'rows' });
    expect(document).toMatchObject({ mimeType: 'text/csv', fileName: 'rows.csv', sizeBytes: csv.length });

    expect((await refusal(upload(agent, webStream(pdf()), { kind: 'BULK_CLAIM_CSV' }))).messageKey).toBe('typeNotAllowed');
    expect((await refusal(upload(agent, webStream(elf()), { kind: 'BULK_CLAIM_CSV' }))).messageKey).toBe('notCsv');
    // valid text for thousands of bytes, then one NUL: found at the end, and still nothing stored
    const late = Buffer.concat([Buffer.from('a,b\n'.repeat(5000)), Buffer.from([0])]);
    expect((await refusal(upload(agent, webStream(late), { kind: 'BULK_CLAIM_CSV' }))).messageKey).toBe('notCsv');
    expect(existsSync(storedFile(sha256(late)))).toBe(false);
    expect(await prisma.document.count({ where: { uploadedById: agent.id } })).toBe(1);
    expect(tempFiles()).toEqual([]);
  });

  it('two uploads of the same bytes: one file, two rows', async () => {
    const agent = await sessionUser('BRAND_AGENT');
    const other = await sessionUser('SELLER');
    const data = pdf(20_000);
    const first = await upload(agent, webStream(data), { kind: 'OTHER', fileName: 'a.pdf' });
    const second = await upload(other, webStream(data, 333), { kind: 'INVOICE', fileName: 'b.pdf' });
    expect(second.id).not.toBe(first.id);
    expect(second.storageKey).toBe(first.storageKey);
    expect(filesUnder(storage.root).filter((f) => f.endsWith(sha256(data)))).toHaveLength(1);
    expect(await prisma.document.count({ where: { sha256: sha256(data) } })).toBe(2);
  });

  it('a failure after the temporary file is written but before it is renamed leaves no row and no file', async () => {
    class DiskFullOnRename extends LocalDiskStorage {
      protected override async install(): Promise<boolean> {
        throw new Error('ENOSPC: no space left on device, rename');
      }
    }
    const failing = new DiskFullOnRename(storage.root);
    const agent = await sessionUser('BRAND_AGENT');
    const data = png();
    await expect(upload(agent, webStream(data), { storage: failing })).rejects.toThrow('ENOSPC');
    expect(await prisma.document.count({ where: { uploadedById: agent.id } })).toBe(0);
    expect(existsSync(storedFile(sha256(data)))).toBe(false);
    expect(tempFiles()).toEqual([]);
  });

  it('a client that disconnects mid-upload leaves nothing', async () => {
    const agent = await sessionUser('BRAND_AGENT');
    async function* disconnecting() {
      yield png(2000);
      throw new Error('aborted');
    }
    await expect(upload(agent, disconnecting())).rejects.toThrow('aborted');
    expect(await prisma.document.count({ where: { uploadedById: agent.id } })).toBe(0);
    expect(tempFiles()).toEqual([]);
  });

  it('refuses a role the policy table does not let upload (admins)', async () => {
    const admin = await sessionUser('ADMIN');
    const error = await refusal(upload(admin, webStream(png())));
    expect(error).toMatchObject({ messageKey: 'forbidden', status: 403 });
  });

  it('the start-up sweep removes only stale temporary files, never stored ones', async () => {
    const agent = await sessionUser('BRAND_AGENT');
    const kept = await upload(agent, webStream(png()));
    const stale = path.join(storage.root, '.tmp', `1-${uniqueToken()}.part`);
    writeFileSync(stale, 'an upload interrupted by a crash');
    const result = await sweepOrphanUploads(storage, { now: new Date(Date.now() + 2 * 3600_000) });
    expect(result.removed).toBe(1);
    expect(existsSync(stale)).toBe(false);
    expect(await storage.exists(kept.storageKey)).toBe(true);
  });
});

describe('serving a document', () => {
  it('streams intact bytes, and refuses (with a logged error) bytes that no longer match their hash', async () => {
    const agent = await sessionUser('BRAND_AGENT');
    const data = pdf(100_000);
    const document = await upload(agent, webStream(data), { kind: 'INVOICE' });
    const ref = { id: document.id, storageKey: document.storageKey, sha256: document.sha256, sizeBytes: document.sizeBytes };
    expect(sha256(await readAll(await openVerifiedContent(ref, storage)))).toBe(sha256(data));

    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      // Same size, one byte changed: only the hash can tell.
      const tampered = Buffer.from(data);
      tampered[50_000] = tampered[50_000]! ^ 0xff;
      writeFileSync(storedFile(document.sha256), tampered);
      const error = await openVerifiedContent(ref, storage).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DocumentIntegrityError);
      expect(error).toMatchObject({ documentId: document.id, reason: 'hash' });

      writeFileSync(storedFile(document.sha256), data.subarray(0, 10));
      expect(await openVerifiedContent(ref, storage).catch((e: unknown) => e)).toMatchObject({ reason: 'size' });

      rmSync(storedFile(document.sha256));
      expect(await openVerifiedContent(ref, storage).catch((e: unknown) => e)).toMatchObject({ reason: 'missing' });
      expect(log).toHaveBeenCalledTimes(3);
      expect(String(log.mock.calls[0]![0])).toContain(document.id);
    } finally {
      log.mockRestore();
    }
  });
});

describe('getDocumentForViewer', () => {
  // A brand (owned by `owner`, claims filed by the agency `agent`) against two stores of two
  // sellers; each document is uploaded for real and attached the way filing and
  // counter-notices will attach them.
  const people = {} as Record<'owner' | 'agent' | 'otherAgent' | 'seller' | 'otherSeller' | 'reviewer' | 'admin', SessionUser>;
  const docs = {} as Record<string, string>;

  async function doc(uploader: SessionUser, name: string, kind: DocumentKind = 'TEST_PURCHASE', confidential = false, body = png()) {
    docs[name] = (await upload(uploader, webStream(body), { kind, confidential, fileName: `${name}.png` })).id;
  }

  beforeAll(async () => {
    people.owner = await sessionUser('BRAND_AGENT');
    const agencyUser = await sessionUser('BRAND_AGENT', (await prisma.organisation.create({ data: { name: `Agency ${uniqueToken()}`, kind: 'AGENCY' } })).id);
    people.agent = agencyUser;
    people.otherAgent = await sessionUser('BRAND_AGENT');
    people.seller = await sessionUser('SELLER');
    people.otherSeller = await sessionUser('SELLER');
    people.reviewer = await sessionUser('REVIEWER');
    people.admin = await sessionUser('ADMIN');

    const brand = await createBrand(prisma, { ownerOrganisationId: people.owner.organisationId });
    const right = await createRight(prisma, { brandId: brand.id });
    const store = await createStore(prisma, { sellerOrganisationId: people.seller.organisationId });
    const otherStore = await createStore(prisma, { sellerOrganisationId: people.otherSeller.organisationId });
    const listing = await createListing(prisma, { storeId: store.id, brandId: brand.id });
    const otherListing = await createListing(prisma, { storeId: otherStore.id, brandId: brand.id });
    const pendingListing = await createListing(prisma, { storeId: store.id, brandId: brand.id });

    // Filed by the agency for the owner's brand: the seller's item decided (a notice), the
    // other store's item decided too, so each store sees only its own item's evidence.
    const claim = await createClaim(prisma, {
      brandId: brand.id,
      filerOrganisationId: people.agent.organisationId,
      filedById: people.agent.id,
      rightIds: [right.id],
      items: [
        { listingId: listing.id, status: 'REMOVED', decidedAt: new Date() },
        { listingId: otherListing.id, status: 'REMOVED', decidedAt: new Date() },
      ],
    });
    const item = claim.items.find((i) => i.listingId === listing.id);
    const otherItem = claim.items.find((i) => i.listingId === otherListing.id);
    // A claim still waiting for a reviewer: the store has not been told, so sees nothing yet.
    const pendingClaim = await createClaim(prisma, {
      brandId: brand.id,
      filerOrganisationId: people.agent.organisationId,
      filedById: people.agent.id,
      rightIds: [right.id],
      items: [{ listingId: pendingListing.id }],
    });
    // A draft: not filed, so nobody but the filer sees it.
    const draft = await createClaim(prisma, {
      brandId: brand.id,
      filerOrganisationId: people.agent.organisationId,
      filedById: people.agent.id,
      rightIds: [right.id],
      status: 'DRAFT',
      items: [{ listingId: listing.id }],
    });

    await doc(people.agent, 'claimWide');
    await doc(people.agent, 'claimWideConfidential', 'TEST_PURCHASE', true);
    await doc(people.agent, 'itemEvidence', 'SCREENSHOT');
    await doc(people.agent, 'otherItemEvidence', 'SCREENSHOT');
    await doc(people.agent, 'pendingEvidence');
    await doc(people.agent, 'draftEvidence');
    await doc(people.agent, 'unattached', 'OTHER');
    await doc(people.seller, 'counterNoticeProof', 'INVOICE', false, pdf());
    await doc(people.seller, 'counterNoticeConfidential', 'AUTHORIZATION_LETTER', true, pdf());
    await doc(people.seller, 'identity', 'IDENTITY_DOCUMENT', false, pdf());
    await doc(people.seller, 'sellerPrivate', 'BUSINESS_LICENCE', false, pdf());

    await prisma.claimEvidence.createMany({
      data: [
        { claimId: claim.id, documentId: docs.claimWide!, kind: 'TEST_PURCHASE' },
        { claimId: claim.id, documentId: docs.claimWideConfidential!, kind: 'TEST_PURCHASE' },
        { claimId: claim.id, claimItemId: item!.id, documentId: docs.itemEvidence!, kind: 'SCREENSHOT' },
        { claimId: claim.id, claimItemId: otherItem!.id, documentId: docs.otherItemEvidence!, kind: 'SCREENSHOT' },
        { claimId: pendingClaim.id, documentId: docs.pendingEvidence!, kind: 'TEST_PURCHASE' },
        { claimId: draft.id, documentId: docs.draftEvidence!, kind: 'TEST_PURCHASE' },
      ],
    });
    const counterNotice = await prisma.counterNotice.create({
      data: {
        claimItemId: item!.id,
        storeId: store.id,
        filedById: people.seller.id,
        ground: 'GENUINE_GOODS',
        statement: 'Bought from the authorised distributor; invoice attached.',
        perjuryDeclared: true,
        jurisdictionConsent: true,
        signatureName: 'Li Wei',
        signedAt: new Date(),
        status: 'AWAITING_BRAND',
      },
    });
    await prisma.counterNoticeEvidence.createMany({
      data: [
        { counterNoticeId: counterNotice.id, documentId: docs.counterNoticeProof! },
        { counterNoticeId: counterNotice.id, documentId: docs.counterNoticeConfidential! },
        // even attached to a counter-notice, an identity document stays with the staff
        { counterNoticeId: counterNotice.id, documentId: docs.identity! },
      ],
    });
  });

  type Expect = 'full' | 'redacted' | null;
  async function access(who: keyof typeof people, name: string): Promise<Expect> {
    const view = await getDocumentForViewer(people[who], docs[name]!);
    return view ? view.access : null;
  }

  const MATRIX: [string, Record<keyof typeof people, Expect>][] = [
    ['claimWide', { agent: 'full', owner: 'full', otherAgent: null, seller: 'full', otherSeller: 'full', reviewer: 'full', admin: 'full' }],
    ['claimWideConfidential', { agent: 'full', owner: 'full', otherAgent: null, seller: 'redacted', otherSeller: 'redacted', reviewer: 'full', admin: 'full' }],
    ['itemEvidence', { agent: 'full', owner: 'full', otherAgent: null, seller: 'full', otherSeller: null, reviewer: 'full', admin: 'full' }],
    ['otherItemEvidence', { agent: 'full', owner: 'full', otherAgent: null, seller: null, otherSeller: 'full', reviewer: 'full', admin: 'full' }],
    ['pendingEvidence', { agent: 'full', owner: 'full', otherAgent: null, seller: null, otherSeller: null, reviewer: 'full', admin: 'full' }],
    ['draftEvidence', { agent: 'full', owner: null, otherAgent: null, seller: null, otherSeller: null, reviewer: 'full', admin: 'full' }],
    ['unattached', { agent: 'full', owner: null, otherAgent: null, seller: null, otherSeller: null, reviewer: 'full', admin: 'full' }],
    ['counterNoticeProof', { agent: 'full', owner: 'full', otherAgent: null, seller: 'full', otherSeller: null, reviewer: 'full', admin: 'full' }],
    ['counterNoticeConfidential', { agent: 'redacted', owner: 'redacted', otherAgent: null, seller: 'full', otherSeller: null, reviewer: 'full', admin: 'full' }],
    ['identity', { agent: null, owner: null, otherAgent: null, seller: null, otherSeller: null, reviewer: 'full', admin: 'full' }],
    ['sellerPrivate', { agent: null, owner: null, otherAgent: null, seller: 'full', otherSeller: null, reviewer: 'full', admin: 'full' }],
  ];

  for (const [name, expected] of MATRIX) {
    it(`${name}: ${Object.entries(expected).map(([who, a]) => `${who} ${a ?? 'none'}`).join(', ')}`, async () => {
      const actual = Object.fromEntries(await Promise.all(Object.keys(expected).map(async (who) => [who, await access(who as keyof typeof people, name)])));
      expect(actual).toEqual(expected);
    });
  }

  it('a redacted view carries no name, type, size or hash, and no bytes are served for it', async () => {
    const view = await getDocumentForViewer(people.seller, docs.claimWideConfidential!);
    expect(view).toEqual({
      access: 'redacted',
      download: false,
      preview: false,
      document: { id: docs.claimWideConfidential, kind: 'TEST_PURCHASE', confidential: true },
    });
    expect(await getDocumentContentForViewer(people.seller, docs.claimWideConfidential!)).toBeNull();
  });

  it('a full view has the metadata and the preview only for images; never the storage key', async () => {
    const image = await getDocumentForViewer(people.seller, docs.claimWide!);
    expect(image).toMatchObject({ access: 'full', download: true, preview: true, document: { fileName: 'claimWide.png', mimeType: 'image/png' } });
    expect(image!.document).not.toHaveProperty('storageKey');
    expect(image!.document).not.toHaveProperty('organisationId');
    const paper = await getDocumentForViewer(people.owner, docs.counterNoticeProof!);
    expect(paper).toMatchObject({ access: 'full', preview: false, document: { mimeType: 'application/pdf' } });
    const served = await getDocumentContentForViewer(people.owner, docs.counterNoticeProof!);
    expect(served?.content.storageKey).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an unknown id and a malformed id are both simply not found', async () => {
    expect(await getDocumentForViewer(people.reviewer, '01900000-0000-7000-8000-000000000000')).toBeNull();
    expect(await getDocumentForViewer(people.reviewer, "x' OR 1=1 --")).toBeNull();
  });
});
