// Demo data for store verification and bans (issue 4): Harbour Goods waits for a reviewer
// with its business licence and its owner's identity document; Yiwu Everyday Outlet's
// earlier submission was rejected; Panda Bargain House was closed for good and its identity
// banned — signing up with owner@panda-bargain.example, +86 139 0000 0888 or licence number
// 91510100MA6CK8WB1L is refused (README, "Demo accounts"). Golden Phoenix has submitted nothing.
//
// The documents are real files in the evidence store (small PNGs written through the same
// content-addressed storage as uploads), so the reviewer's previews work in the demo.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { documentStorage } from '../lib/documents/storage';
import { normaliseEmail, normaliseLicenceNumber, normalisePhone } from '../lib/domain/identity';
import type { FactoryDb } from '../lib/factories';
import { demoUser } from '../lib/factories/demo-users';
import type { DocumentKind } from '../lib/generated/prisma/enums';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const BANNED_DEMO_IDENTITY = {
  email: 'owner@panda-bargain.example',
  phone: '+86 139 0000 0888',
  licenceNumber: '91510100MA6CK8WB1L',
} as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A small valid RGB PNG: a paper-coloured page with a few grey "lines of text". */
function documentPng(shade: number): Buffer {
  const width = 120;
  const height = 160;
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Array.from({ length: height }, (_, y) => {
    const line = y > 20 && y % 12 < 3;
    return Buffer.from([0, ...Array.from({ length: width }, (_, x) => (line && x > 12 && x < width - 12 ? [120, 120, shade] : [248, 246, 240])).flat()]);
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function storedDocument(db: FactoryDb, input: { kind: DocumentKind; fileName: string; shade: number; uploadedById: string; organisationId: string; createdAt: Date }) {
  const bytes = documentPng(input.shade);
  const blob = await documentStorage().put(
    (async function* () {
      yield new Uint8Array(bytes);
    })(),
    { maxBytes: 1024 * 1024 },
  );
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return db.document.create({
    data: {
      kind: input.kind,
      fileName: input.fileName,
      mimeType: 'image/png',
      sizeBytes: bytes.length,
      sha256,
      storageKey: blob.key,
      uploadedById: input.uploadedById,
      organisationId: input.organisationId,
      createdAt: input.createdAt,
    },
  });
}

async function storeBySlug(db: FactoryDb, slug: string) {
  return db.store.findUniqueOrThrow({ where: { slug }, select: { id: true, sellerOrganisationId: true, businessLicenceNumber: true } });
}

async function userId(db: FactoryDb, key: string): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { email: demoUser(key).email }, select: { id: true } })).id;
}

export async function seedStoreVerification(db: FactoryDb, now: Date): Promise<void> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const reviewer = await userId(db, 'reviewer');
  const reviewer2 = await userId(db, 'reviewer2');

  // Harbour Goods: PENDING in the demo data, with its submission waiting for a reviewer.
  const harbour = await storeBySlug(db, 'harbour-goods');
  const hana = await userId(db, 'seller2');
  const harbourOrg = harbour.sellerOrganisationId!;
  const submittedAt = ago(2 * DAY);
  const licence = await storedDocument(db, { kind: 'BUSINESS_LICENCE', fileName: 'harbour-goods-business-registration.png', shade: 150, uploadedById: hana, organisationId: harbourOrg, createdAt: submittedAt });
  const identity = await storedDocument(db, { kind: 'IDENTITY_DOCUMENT', fileName: 'hkid-hana-harbour.png', shade: 190, uploadedById: hana, organisationId: harbourOrg, createdAt: submittedAt });
  await db.storeVerification.create({
    data: {
      storeId: harbour.id,
      status: 'PENDING',
      businessLicenceDocumentId: licence.id,
      identityDocumentId: identity.id,
      licenceNumber: harbour.businessLicenceNumber,
      ownerName: 'Hana Harbour',
      ownerPhone: normalisePhone('+852 5501 2233'),
      submittedById: hana,
      submittedAt,
      createdAt: submittedAt,
    },
  });

  // Yiwu Everyday Outlet: REJECTED in the demo data; its submission and the reason.
  const yiwu = await storeBySlug(db, 'yiwu-everyday-outlet');
  const chen = await userId(db, 'seller5');
  const yiwuAt = ago(40 * DAY);
  const yiwuLicence = await storedDocument(db, { kind: 'BUSINESS_LICENCE', fileName: 'yiwu-licence-photo.png', shade: 110, uploadedById: chen, organisationId: yiwu.sellerOrganisationId!, createdAt: yiwuAt });
  const yiwuIdentity = await storedDocument(db, { kind: 'IDENTITY_DOCUMENT', fileName: 'id-card-chen-jie.png', shade: 210, uploadedById: chen, organisationId: yiwu.sellerOrganisationId!, createdAt: yiwuAt });
  await db.storeVerification.create({
    data: {
      storeId: yiwu.id,
      status: 'REJECTED',
      businessLicenceDocumentId: yiwuLicence.id,
      identityDocumentId: yiwuIdentity.id,
      licenceNumber: yiwu.businessLicenceNumber,
      ownerName: 'Chen Jie',
      ownerPhone: normalisePhone('+86 135 7000 1234'),
      submittedById: chen,
      submittedAt: yiwuAt,
      reviewerId: reviewer,
      reason: 'The licence photo is cut off: the registration number and the issuing authority are not readable. Upload a complete scan.',
      decidedAt: ago(38 * DAY),
      version: 1,
      createdAt: yiwuAt,
    },
  });

  // Panda Bargain House: closed for good after repeated counterfeits; its identity banned.
  const panda = await storeBySlug(db, 'panda-bargain-house');
  const closedAt = ago(5 * DAY);
  await db.store.update({ where: { id: panda.id }, data: { status: 'BANNED', closedAt } });
  await db.ban.create({
    data: {
      storeId: panda.id,
      organisationId: panda.sellerOrganisationId,
      email: normaliseEmail(BANNED_DEMO_IDENTITY.email),
      phone: normalisePhone(BANNED_DEMO_IDENTITY.phone),
      registrationNumber: normaliseLicenceNumber(BANNED_DEMO_IDENTITY.licenceNumber),
      reason: 'Closed permanently: repeated sale of counterfeit Stridewell and Voltaic goods after three strikes.',
      issuedById: reviewer2,
      createdAt: closedAt,
    },
  });
}
