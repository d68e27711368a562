// The transparency report (lib/data/transparency.ts) of a small hand-built dataset in 2013, a
// year no other test writes to, against figures counted by hand: every figure, the median and
// p90 time to action, the period edges (from inclusive, to exclusive) and the 49/50 volume
// threshold of the public per-filer accuracy.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import {
  createBrand,
  createClaim,
  createCounterNotice,
  createListings,
  createOrganisation,
  createRight,
  createStatementOfReasons,
  createStore,
  createUser,
  type ClaimItemInput,
} from '@/lib/factories';
import { transparencyReport } from '@/lib/data/transparency';
import { periodFromToken } from '@/lib/domain/transparency';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const plusHours = (d: Date, h: number) => new Date(d.getTime() + h * HOUR);
const NOW = at('2026-12-01T12:00:00Z');
const Q1 = periodFromToken('2013-Q1', NOW)!;
const Q3 = periodFromToken('2013-Q3', NOW)!;
const YEAR = periodFromToken('2013', NOW)!;

let prisma: Db;
const ids = { filerA: '', filerC: '', filerD: '' };

beforeAll(async () => {
  prisma = await testDb();
  const marketplace = await createOrganisation(prisma, { kind: 'MARKETPLACE' });
  const reviewer = (await createUser(prisma, { role: 'REVIEWER', organisationId: marketplace.id })).user;
  const decided = (d: Date) => ({ decidedAt: d, decidedById: reviewer.id });

  const makeFiler = async (name: string) => {
    const filer = await createUser(prisma, { role: 'BRAND_AGENT' });
    await prisma.organisation.update({ where: { id: filer.organisationId }, data: { name } });
    const brand = await createBrand(prisma, { ownerOrganisationId: filer.organisationId });
    const right = await createRight(prisma, { brandId: brand.id });
    return { orgId: filer.organisationId, userId: filer.user.id, brandId: brand.id, rightId: right.id };
  };
  const A = await makeFiler('Transparency Filer Fifty 2013');
  const C = await makeFiler('Transparency Filer FortyNine 2013');
  const D = await makeFiler('Transparency Filer Detail 2013');
  ids.filerA = A.orgId;
  ids.filerC = C.orgId;
  ids.filerD = D.orgId;
  const claimBy = (f: typeof A, submittedAt: Date, items: ClaimItemInput[], trustedAtFiling = false) =>
    createClaim(prisma, { brandId: f.brandId, filerOrganisationId: f.orgId, filedById: f.userId, rightIds: [f.rightId], submittedAt, trustedAtFiling, items });

  // ── Q1: the volume threshold. A: 50 decided (45 standing, 3 rejected, 2 restored); C: 49 standing.
  const bulkStore = await createStore(prisma);
  const bulk = await createListings(prisma, { storeId: bulkStore.id, count: 99 });
  const q1Submitted = at('2013-02-01T00:00:00Z');
  const q1Decided = decided(at('2013-02-02T00:00:00Z'));
  await claimBy(
    A,
    q1Submitted,
    bulk.slice(0, 50).map((l, i) => ({
      listingId: l.id,
      ...q1Decided,
      ...(i < 45
        ? { status: 'REMOVED' as const, removalReason: 'COUNTERFEIT' as const }
        : i < 48
          ? { status: 'REJECTED' as const, rejectionReason: 'INSUFFICIENT_EVIDENCE' as const }
          : { status: 'RESTORED' as const, removalReason: 'COUNTERFEIT' as const, restoredAt: at('2013-03-01T00:00:00Z') }),
    })),
  );
  await claimBy(
    C,
    q1Submitted,
    bulk.slice(50).map((l) => ({ listingId: l.id, ...q1Decided, status: 'REMOVED' as const, removalReason: 'COUNTERFEIT' as const })),
  );

  // ── Q3: every other figure, filed by D.
  const store = await createStore(prisma);
  const L = await createListings(prisma, { storeId: store.id, count: 10 });
  const seller = (await createUser(prisma, { role: 'SELLER' })).user;
  const k1At = at('2013-07-01T00:00:00Z'); // exactly at Q3's start: inside
  const k1 = await claimBy(
    D,
    k1At,
    [
      { listingId: L[0]!.id, status: 'REMOVED', removalReason: 'COUNTERFEIT', ...decided(plusHours(k1At, 1)) },
      { listingId: L[1]!.id, status: 'REMOVED', removalReason: 'COUNTERFEIT', expedited: true, expeditedAt: plusHours(k1At, 0.1), ...decided(plusHours(k1At, 2)) },
      { listingId: L[2]!.id, infringementType: 'TRADEMARK_MISUSE', status: 'REJECTED', rejectionReason: 'GENUINE_GOODS', expedited: true, expeditedAt: plusHours(k1At, 0.1), ...decided(plusHours(k1At, 4)) },
      { listingId: L[3]!.id, infringementType: 'TRADEMARK_MISUSE', status: 'RESTORED', removalReason: 'TRADEMARK_INFRINGEMENT', restoredAt: at('2013-07-20T00:00:00Z'), ...decided(plusHours(k1At, 8)) },
    ],
    true,
  );
  const k2At = at('2013-08-01T00:00:00Z');
  const k2 = await claimBy(D, k2At, [
    { listingId: L[4]!.id, infringementType: 'COPYRIGHT', status: 'REMOVED', removalReason: 'COPYRIGHT_INFRINGEMENT', ...decided(plusHours(k2At, 16)) },
    { listingId: L[5]!.id, infringementType: 'COPYRIGHT', status: 'WITHDRAWN', removalReason: 'COPYRIGHT_INFRINGEMENT', withdrawnAt: at('2013-08-10T00:00:00Z'), ...decided(plusHours(k2At, 32)) },
    { listingId: L[6]!.id, infringementType: 'DESIGN', status: 'PENDING' },
    // Taken down at once, no reviewer yet: an expedited takedown, not a decision.
    { listingId: L[7]!.id, status: 'REMOVED', removalReason: 'COUNTERFEIT', expedited: true, expeditedAt: plusHours(k2At, 1) },
  ]);
  // Submitted an hour before Q3 (not a notice of Q3), decided 24 h later inside it (an action of Q3).
  const k3At = at('2013-06-30T23:00:00Z');
  const k3 = await claimBy(D, k3At, [{ listingId: L[8]!.id, status: 'REMOVED', removalReason: 'COUNTERFEIT', ...decided(plusHours(k3At, 24)) }]);
  // Submitted inside Q3, decided exactly at its end (exclusive: an action of Q4).
  const k4At = at('2013-09-30T23:00:00Z');
  await claimBy(D, k4At, [{ listingId: L[9]!.id, status: 'REMOVED', removalReason: 'COUNTERFEIT', ...decided(at('2013-10-01T00:00:00Z')) }]);

  // Counter-notices: 4 filed in Q3 (restored, upheld, withdrawn, pending), one at its end (outside).
  const cn = (claimItemId: string, createdAt: Date, status: 'RESTORED' | 'UPHELD' | 'WITHDRAWN' | 'AWAITING_BRAND') =>
    createCounterNotice(prisma, { claimItemId, storeId: store.id, filedById: seller.id, createdAt, status });
  await cn(k1.items.find((i) => i.listingId === L[3]!.id)!.id, at('2013-07-05T00:00:00Z'), 'RESTORED');
  await cn(k1.items.find((i) => i.listingId === L[0]!.id)!.id, at('2013-07-06T00:00:00Z'), 'UPHELD');
  await cn(k2.items.find((i) => i.listingId === L[4]!.id)!.id, at('2013-08-05T00:00:00Z'), 'WITHDRAWN');
  await cn(k3.items[0]!.id, at('2013-09-30T23:59:59.999Z'), 'AWAITING_BRAND');
  await cn(k1.items.find((i) => i.listingId === L[1]!.id)!.id, at('2013-10-01T00:00:00Z'), 'AWAITING_BRAND');

  // Statements of reasons for the claim takedowns (the confirmed expedited one has two: one
  // at the takedown, one at the decision; its listing counts once), and two protected-brand
  // removals in Q3 plus one at its end.
  const itemOf = (listingIndex: number) => [...k1.items, ...k2.items, ...k3.items].find((i) => i.listingId === L[listingIndex]!.id)!;
  for (const [index, when] of [
    [0, '2013-07-01T01:00:00Z'],
    [1, '2013-07-01T00:06:00Z'],
    [1, '2013-07-01T02:00:00Z'],
    [2, '2013-07-01T00:06:00Z'],
    [3, '2013-07-01T08:00:00Z'],
    [4, '2013-08-01T16:00:00Z'],
    [5, '2013-08-02T08:00:00Z'],
    [7, '2013-08-01T01:00:00Z'],
    [8, '2013-07-01T23:00:00Z'],
  ] as const) {
    await createStatementOfReasons(prisma, { storeId: store.id, listingId: L[index]!.id, claimItemId: itemOf(index).id, createdAt: at(when) });
  }
  const swept = await createListings(prisma, { storeId: store.id, count: 3 });
  await createStatementOfReasons(prisma, { storeId: store.id, listingId: swept[0]!.id, createdAt: at('2013-07-10T00:00:00Z') });
  await createStatementOfReasons(prisma, { storeId: store.id, listingId: swept[1]!.id, createdAt: at('2013-09-10T00:00:00Z') });
  await createStatementOfReasons(prisma, { storeId: store.id, listingId: swept[2]!.id, createdAt: at('2013-10-01T00:00:00Z') });

  // Closures: S2 closed (3 listings taken down with it, 1 removed before), S3 closed and
  // banned (2 listings), S4 closed then reopened on appeal (1 listing), S5 declined.
  const closure = async (status: 'CLOSED' | 'BANNED' | 'ACTIVE', decidedAt: Date, includeBan: boolean, listingsTakenDown: number, proposal: 'APPROVED' | 'DECLINED' = 'APPROVED') => {
    const s = await createStore(prisma, { status, ...(status === 'ACTIVE' ? {} : { closedAt: decidedAt }) });
    await createListings(prisma, {
      storeId: s.id,
      listings: [
        ...Array.from({ length: listingsTakenDown }, () => ({ status: 'REMOVED' as const, removedAt: decidedAt })),
        { status: 'REMOVED' as const, removedAt: at('2013-07-02T00:00:00Z') },
      ],
    });
    const p = await prisma.closureProposal.create({
      data: { storeId: s.id, trigger: 'STRIKE_THRESHOLD', rationale: 'Three strikes.', includeBan, status: proposal, proposedById: reviewer.id, proposedAt: decidedAt, decidedById: reviewer.id, decidedAt },
    });
    return { store: s, proposal: p };
  };
  await closure('CLOSED', at('2013-08-10T00:00:00Z'), false, 3);
  const banned = await closure('BANNED', at('2013-09-10T00:00:00Z'), true, 2);
  await closure('ACTIVE', at('2013-08-20T00:00:00Z'), false, 1);
  await closure('ACTIVE', at('2013-08-25T00:00:00Z'), false, 0, 'DECLINED');
  await prisma.ban.createMany({
    data: [
      { storeId: banned.store.id, proposalId: banned.proposal.id, reason: 'Closed and banned.', issuedById: reviewer.id, createdAt: at('2013-09-10T00:00:00Z') },
      { organisationId: banned.store.sellerOrganisationId, proposalId: banned.proposal.id, reason: 'Closed and banned.', issuedById: reviewer.id, createdAt: at('2013-09-10T00:00:00Z') },
      // Issued in Q2, lifted in Q3.
      { email: 'transparency-2013@example.test', reason: 'Fraud.', createdAt: at('2013-05-01T00:00:00Z'), liftedAt: at('2013-09-15T00:00:00Z') },
    ],
  });

  // Filing sanctions of D: a warning and a suspension (lifted) in Q3; a suspension from Q2 lifted in Q3.
  const sanction = (kind: 'WARNING' | 'SUSPENSION', startsAt: Date, liftedAt?: Date) =>
    prisma.filingSanction.create({
      data: { organisationId: D.orgId, kind, figures: {}, reason: 'Too many rejected notices.', startsAt, ...(liftedAt ? { liftedAt } : {}) },
    });
  await sanction('WARNING', at('2013-08-01T00:00:00Z'));
  await sanction('SUSPENSION', at('2013-09-01T00:00:00Z'), at('2013-09-20T00:00:00Z'));
  await sanction('SUSPENSION', at('2013-06-01T00:00:00Z'), at('2013-07-15T00:00:00Z'));
});

describe('transparency report', () => {
  it('counts notices received in the period by infringement type (from inclusive)', async () => {
    const r = await transparencyReport(prisma, Q3);
    expect(r.notices).toEqual({
      claims: 3,
      items: 9,
      byType: [
        { type: 'COUNTERFEIT', claims: 3, items: 4 },
        { type: 'TRADEMARK_MISUSE', claims: 1, items: 2 },
        { type: 'COPYRIGHT', claims: 1, items: 2 },
        { type: 'DESIGN', claims: 1, items: 1 },
      ],
    });
  });

  it('counts decisions by ground and type, the trusted share, and the median and p90 time to action (to exclusive)', async () => {
    const r = await transparencyReport(prisma, Q3);
    expect(r.actions).toEqual({
      decided: 7,
      removed: 6,
      rejected: 1,
      decidedTrusted: 4,
      removedTrusted: 3,
      byReason: [
        { reason: 'COUNTERFEIT', removed: 3, removedTrusted: 2 },
        { reason: 'TRADEMARK_INFRINGEMENT', removed: 1, removedTrusted: 1 },
        { reason: 'COPYRIGHT_INFRINGEMENT', removed: 2, removedTrusted: 0 },
      ],
      byType: [
        { type: 'COUNTERFEIT', decided: 3, removed: 3, rejected: 0 },
        { type: 'TRADEMARK_MISUSE', decided: 2, removed: 1, rejected: 1 },
        { type: 'COPYRIGHT', decided: 2, removed: 2, rejected: 0 },
      ],
    });
    // Hours to decision: 1, 2, 4, 8, 16, 24, 32 → median 8 h; p90 at rank 5.4: 24 + 0.4 × 8 = 27.2 h.
    expect(r.timeToAction.decisions).toBe(7);
    expect(r.timeToAction.medianSeconds).toBeCloseTo(8 * 3600, 6);
    expect(r.timeToAction.p90Seconds).toBeCloseTo(27.2 * 3600, 6);
  });

  it('counts expedited takedowns, those awaiting review, confirmed and overturned', async () => {
    expect((await transparencyReport(prisma, Q3)).expedited).toEqual({ takedowns: 3, awaitingReview: 1, confirmed: 1, overturned: 1 });
  });

  it('counts counter-notices filed in the period by outcome', async () => {
    expect((await transparencyReport(prisma, Q3)).counterNotices).toEqual({ filed: 4, restored: 1, upheld: 1, withdrawn: 1, pending: 1 });
  });

  it('counts stores closed and banned, ban records issued and lifted', async () => {
    expect((await transparencyReport(prisma, Q3)).stores).toEqual({ closed: 2, banned: 1, stillClosed: 2, banRecords: 2, bansLifted: 1 });
    expect((await transparencyReport(prisma, YEAR)).stores.banRecords).toBe(3);
  });

  it('counts listings removed by cause, each listing once', async () => {
    expect((await transparencyReport(prisma, Q3)).listingsRemoved).toEqual({ total: 16, claims: 8, protectedBrand: 2, closures: 6 });
  });

  it('counts filing sanctions by kind and those lifted', async () => {
    expect((await transparencyReport(prisma, Q3)).sanctions).toEqual({ warnings: 1, suspensions: 1, lifted: 2 });
  });

  it('shows the public only filers with at least 50 decided items; staff see every filer, marked', async () => {
    const pub = await transparencyReport(prisma, Q1, 'public');
    expect(pub.filers.minDecidedItems).toBe(50);
    expect(pub.filers.rows).toEqual([
      {
        organisationId: ids.filerA,
        name: 'Transparency Filer Fifty 2013',
        decided: 50,
        stood: 45,
        removed: 47,
        restored: 2,
        accuracy: 0.9,
        restoredShare: 2 / 47,
        belowThreshold: false,
      },
    ]);
    const staff = await transparencyReport(prisma, Q1, 'staff');
    expect(staff.filers.rows.map((r) => [r.name, r.decided, r.belowThreshold])).toEqual([
      ['Transparency Filer Fifty 2013', 50, false],
      ['Transparency Filer FortyNine 2013', 49, true],
    ]);
    const q3 = await transparencyReport(prisma, Q3, 'staff');
    expect(q3.filers.rows).toEqual([
      { organisationId: ids.filerD, name: 'Transparency Filer Detail 2013', decided: 7, stood: 4, removed: 6, restored: 1, accuracy: 4 / 7, restoredShare: 1 / 6, belowThreshold: true },
    ]);
    expect((await transparencyReport(prisma, Q3, 'public')).filers.rows).toEqual([]);
  });

  it('adds up over the year: the decision at the end of Q3 belongs to Q4', async () => {
    const year = await transparencyReport(prisma, YEAR, 'staff');
    expect(year.actions.decided).toBe(50 + 49 + 8);
    expect(year.notices.claims).toBe(2 + 4);
    expect(year.filers.rows.map((r) => [r.name, r.decided])).toEqual([
      ['Transparency Filer Fifty 2013', 50],
      ['Transparency Filer FortyNine 2013', 49],
      ['Transparency Filer Detail 2013', 8],
    ]);
    const q4 = await transparencyReport(prisma, periodFromToken('2013-Q4', NOW)!);
    expect(q4.actions.decided).toBe(1);
    expect(q4.notices.claims).toBe(0);
  });

  it('is all zeros for a period with nothing in it', async () => {
    const r = await transparencyReport(prisma, periodFromToken('2012', NOW)!);
    expect(r.notices).toEqual({ claims: 0, items: 0, byType: [] });
    expect(r.timeToAction).toEqual({ decisions: 0, medianSeconds: null, p90Seconds: null });
    expect(r.listingsRemoved).toEqual({ total: 0, claims: 0, protectedBrand: 0, closures: 0 });
  });
});
