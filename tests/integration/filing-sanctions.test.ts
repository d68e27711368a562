// Abuse sanctions on filers (DSA Art 23) against a real database: the abuse job warns at one
// item above the ceiling and not at it, never twice, suspends after the grace period; a
// suspended filer cannot submit (and can after a lift or the end); lifting is for admins only
// and happens once under concurrency. The clock is a fixed day in 2030 that no other file
// uses, so the job's window holds only this file's decisions.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { createBrand, createListings, createOrganisation, createRight, createStore, createUser } from '@/lib/factories';
import { createDecidedRecord, createFilingSanction } from '@/lib/factories/filing-sanction';
import { addListings, createDraft, finishListings, saveDeclarations, saveRights, submitClaim } from '@/lib/data/claim-filing';
import { FilingSuspendedError, applyAbuseSanctions, filingStandingOf, liftSanction, listSanctions } from '@/lib/data/filing-sanctions';
import { readFigures } from '@/lib/domain/filing-sanctions';
import { decodeLocalizedText } from '@/lib/domain/localized-text';
import { POLICY_DEFAULTS } from '@/lib/domain/policy';
import { testDb } from '@/tests/helpers/db';
import { makeSessionUser } from '@/tests/helpers/session-user';

const DAY = 86_400_000;
const NOW = new Date('2030-06-01T09:00:00Z');
const at = (days: number) => new Date(NOW.getTime() + days * DAY);
const meta = { ip: '203.0.113.9', userAgent: 'vitest' };
let prisma: Db;
let reviewerId: string;

beforeAll(async () => {
  prisma = await testDb();
  const marketplace = await createOrganisation(prisma, { kind: 'MARKETPLACE' });
  reviewerId = (await createUser(prisma, { role: 'REVIEWER', organisationId: marketplace.id })).user.id;
});

/** A filer whose `decided` items were decided in the last weeks before NOW, `bad` of them rejected. */
async function filer(decided: number, bad: number) {
  const agent = await makeSessionUser(prisma, 'BRAND_AGENT');
  const brand = await createBrand(prisma, { ownerOrganisationId: agent.organisationId });
  const right = await createRight(prisma, { brandId: brand.id, expiresAt: at(3650) });
  const store = await createStore(prisma);
  await createDecidedRecord(prisma, {
    brandId: brand.id,
    filerOrganisationId: agent.organisationId,
    filedById: agent.id,
    rightIds: [right.id],
    storeId: store.id,
    decidedById: reviewerId,
    decided,
    rejected: bad,
    decidedAt: (i) => at(-1 - (i % 30)),
  });
  return { agent, brand, right, store, organisationId: agent.organisationId };
}

const sanctionsOf = (organisationId: string) => prisma.filingSanction.findMany({ where: { organisationId }, orderBy: { startsAt: 'asc' } });

/** A draft ready to submit. */
async function readyDraft(f: Awaited<ReturnType<typeof filer>>) {
  const listings = await createListings(prisma, { storeId: f.store.id, count: 2 });
  const { claimId } = await createDraft(f.agent, { brandId: f.brand.id, idempotencyKey: randomUUID() }, meta);
  await saveRights(f.agent, { claimId, rightIds: [f.right.id], summary: 'Counterfeit jackets.' });
  await addListings(f.agent, claimId, listings.map((l) => l.id));
  await finishListings(f.agent, claimId);
  await saveDeclarations(f.agent, { claimId, goodFaith: true, accuracy: true, signatureName: 'Ada Lovelace' });
  return claimId;
}

async function suspensionError(promise: Promise<unknown>): Promise<FilingSuspendedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FilingSuspendedError) return error;
    throw error;
  }
  throw new Error('expected a suspension refusal');
}

describe('the abuse job', () => {
  // Defaults: ceiling 40% over ≥ 20 decided items; 8 of 20 is at the ceiling, 9 above it.
  it('warns a filer one item above the ceiling, with its figures and reasons, and not one at the ceiling', async () => {
    expect(POLICY_DEFAULTS.abuseMaxBadShare).toBe(0.4);
    expect(POLICY_DEFAULTS.abuseMinDecidedItems).toBe(20);
    const above = await filer(20, 9);
    const atCeiling = await filer(20, 8);
    const tooFew = await filer(19, 19);
    await applyAbuseSanctions(prisma, NOW);

    expect(await sanctionsOf(atCeiling.organisationId)).toEqual([]);
    expect(await sanctionsOf(tooFew.organisationId)).toEqual([]);
    const [warning, ...more] = await sanctionsOf(above.organisationId);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ kind: 'WARNING', startsAt: NOW, endsAt: null, liftedAt: null });
    expect(readFigures(warning!.figures)).toEqual({ decided: 20, rejected: 9, restored: 0, badShare: 0.45, ceiling: 0.4, windowDays: 90 });
    const reason = decodeLocalizedText(warning!.reason);
    expect(reason.plain).toBe(false);
    expect(reason.text.en).toContain('45.0%');
    expect(reason.text.en).toContain('40.0%');
    expect(reason.text['zh-CN']).toContain('45.0%');

    const audit = await prisma.auditEvent.findMany({ where: { objectId: above.organisationId, action: 'filingSanction.warn' } });
    expect(audit).toHaveLength(1);
    const notices = await prisma.notification.findMany({ where: { userId: above.agent.id } });
    expect(notices.map((n) => n.type)).toEqual(['filingWarning']);
    expect(notices[0]!.params).toMatchObject({ badShare: '45.0%', ceiling: '40.0%', decided: 20, windowDays: 90 });

    const standing = await filingStandingOf(above.organisationId, at(1));
    expect(standing.suspension).toBeNull();
    expect(standing.warning?.graceEndsAt).toEqual(at(POLICY_DEFAULTS.abuseWarningGraceDays));
  });

  it('writes no second warning on a second run, nor when two runs race', async () => {
    const f = await filer(25, 15);
    await Promise.all([applyAbuseSanctions(prisma, at(0.1)), applyAbuseSanctions(prisma, at(0.1))]);
    await applyAbuseSanctions(prisma, at(0.2));
    const sanctions = await sanctionsOf(f.organisationId);
    expect(sanctions.map((s) => s.kind)).toEqual(['WARNING']);
    expect(await prisma.notification.count({ where: { userId: f.agent.id, type: 'filingWarning' } })).toBe(1);
  });

  it('suspends after the grace period if still above the ceiling, once, and the suspension refuses submission', async () => {
    const f = await filer(30, 15);
    await applyAbuseSanctions(prisma, at(0.3));
    // Within the grace period: nothing more.
    await applyAbuseSanctions(prisma, at(0.3 + POLICY_DEFAULTS.abuseWarningGraceDays - 0.5));
    expect((await sanctionsOf(f.organisationId)).map((s) => s.kind)).toEqual(['WARNING']);

    const suspendAt = at(0.3 + POLICY_DEFAULTS.abuseWarningGraceDays + 0.1);
    await applyAbuseSanctions(prisma, suspendAt);
    await applyAbuseSanctions(prisma, new Date(suspendAt.getTime() + 3_600_000));
    const sanctions = await sanctionsOf(f.organisationId);
    expect(sanctions.map((s) => s.kind)).toEqual(['WARNING', 'SUSPENSION']);
    const suspension = sanctions[1]!;
    expect(suspension.startsAt).toEqual(suspendAt);
    expect(suspension.endsAt).toEqual(new Date(suspendAt.getTime() + POLICY_DEFAULTS.filingSuspensionDays * DAY));
    expect(decodeLocalizedText(suspension.reason).text.en).toContain('50.0%');
    expect(await prisma.auditEvent.count({ where: { objectId: f.organisationId, action: 'filingSanction.suspend' } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: f.agent.id, type: 'filingSuspended' } })).toBe(1);

    // The suspended filer's draft stays a draft, with the end date and reason in the refusal.
    const claimId = await readyDraft(f);
    const refused = await suspensionError(submitClaim(f.agent, claimId, meta, new Date(suspendAt.getTime() + DAY)));
    expect(refused.endsAt).toEqual(suspension.endsAt);
    expect(refused.reason).toBe(suspension.reason);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe('DRAFT');
    expect((await filingStandingOf(f.organisationId, new Date(suspendAt.getTime() + DAY))).suspension?.id).toBe(suspension.id);

    // Once the suspension has ended, the same draft goes through.
    const result = await submitClaim(f.agent, claimId, meta, new Date(suspension.endsAt!.getTime() + 1));
    expect(result).toMatchObject({ ok: true, alreadySubmitted: false });
  });
});

describe('submission while suspended', () => {
  it('is refused, and goes through after an admin lifts the suspension', async () => {
    const f = await filer(1, 0);
    await createFilingSanction(prisma, { organisationId: f.organisationId, kind: 'WARNING', startsAt: at(-20) });
    const suspension = await createFilingSanction(prisma, { organisationId: f.organisationId, kind: 'SUSPENSION', startsAt: at(-3), endsAt: at(27) });
    const claimId = await readyDraft(f);
    const refused = await suspensionError(submitClaim(f.agent, claimId, meta, NOW));
    expect(refused.endsAt).toEqual(at(27));
    // Another organisation is not affected.
    const other = await filer(1, 0);
    expect(await submitClaim(other.agent, await readyDraft(other), meta, NOW)).toMatchObject({ ok: true });

    const admin = await makeSessionUser(prisma, 'ADMIN');
    expect(await liftSanction(admin, { sanctionId: suspension.id, reason: 'Checked by hand: the rejections were a marketplace error.' }, meta, NOW)).toEqual({ ok: true });
    const lifted = await prisma.filingSanction.findUniqueOrThrow({ where: { id: suspension.id } });
    expect(lifted).toMatchObject({ liftedAt: NOW, liftedById: admin.id, liftReason: 'Checked by hand: the rejections were a marketplace error.' });
    expect(await prisma.notification.count({ where: { userId: f.agent.id, type: 'filingSuspensionLifted' } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { objectId: f.organisationId, action: 'filingSanction.lift' } })).toBe(1);
    expect(await submitClaim(f.agent, claimId, meta, at(0.01))).toMatchObject({ ok: true, alreadySubmitted: false });
  });
});

describe('staff: listing and lifting', () => {
  const ROLES: Role[] = ['BRAND_AGENT', 'SELLER', 'REVIEWER', 'ADMIN'];

  it('lets reviewers and admins list sanctions, and refuses brand agents and sellers', async () => {
    const f = await filer(1, 0);
    const sanction = await createFilingSanction(prisma, { organisationId: f.organisationId, kind: 'SUSPENSION', startsAt: at(-1), endsAt: at(29) });
    for (const role of ROLES) {
      const viewer = await makeSessionUser(prisma, role);
      if (role === 'REVIEWER' || role === 'ADMIN') {
        const active = await listSanctions(viewer, 'active', 1, NOW);
        expect(active.total).toBeGreaterThan(0);
        const all = await listSanctions(viewer, 'all', 1, NOW);
        expect(all.total).toBeGreaterThanOrEqual(active.total);
      } else {
        await expect(listSanctions(viewer, 'all', 1, NOW)).rejects.toThrow();
      }
    }
    // The sanction is in force at NOW and ended at its end.
    const admin = await makeSessionUser(prisma, 'ADMIN');
    const pages = await listSanctions(admin, 'active', 1, NOW);
    const found = pages.total <= pages.pageSize ? pages.rows.find((r) => r.id === sanction.id) : undefined;
    if (pages.total <= pages.pageSize) expect(found).toMatchObject({ active: true, kind: 'SUSPENSION', organisation: { id: f.organisationId } });
  });

  it('lets only admins lift, not the sanctioned organisation itself nor any other role', async () => {
    const f = await filer(1, 0);
    const sanction = await createFilingSanction(prisma, { organisationId: f.organisationId, kind: 'SUSPENSION', startsAt: at(-1), endsAt: at(29) });
    const input = { sanctionId: sanction.id, reason: 'Reviewed.' };
    // The sanctioned organisation's own agent.
    expect(await liftSanction(f.agent, input, meta, NOW)).toEqual({ ok: false, violation: 'forbidden' });
    for (const role of ['BRAND_AGENT', 'SELLER', 'REVIEWER'] as const) {
      expect(await liftSanction(await makeSessionUser(prisma, role), input, meta, NOW)).toEqual({ ok: false, violation: 'forbidden' });
    }
    expect((await prisma.filingSanction.findUniqueOrThrow({ where: { id: sanction.id } })).liftedAt).toBeNull();
    expect(await liftSanction(await makeSessionUser(prisma, 'ADMIN'), { sanctionId: randomUUID(), reason: 'x' }, meta, NOW)).toEqual({ ok: false, violation: 'notFound' });
    expect(await liftSanction(await makeSessionUser(prisma, 'ADMIN'), input, meta, NOW)).toEqual({ ok: true });
  });

  it('leaves one lift when two admins lift at once', async () => {
    const f = await filer(1, 0);
    const sanction = await createFilingSanction(prisma, { organisationId: f.organisationId, kind: 'SUSPENSION', startsAt: at(-1), endsAt: at(29) });
    const [a, b] = await Promise.all([makeSessionUser(prisma, 'ADMIN'), makeSessionUser(prisma, 'ADMIN')]);
    const results = await Promise.all([
      liftSanction(a, { sanctionId: sanction.id, reason: 'First admin.' }, meta, NOW),
      liftSanction(b, { sanctionId: sanction.id, reason: 'Second admin.' }, meta, NOW),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, violation: 'alreadyLifted' }]);
    expect(await prisma.auditEvent.count({ where: { objectId: f.organisationId, action: 'filingSanction.lift' } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: f.agent.id, type: 'filingSuspensionLifted' } })).toBe(1);
  });

  it('a lifted warning no longer counts: the job warns afresh instead of suspending', async () => {
    const f = await filer(20, 12);
    const warning = await createFilingSanction(prisma, { organisationId: f.organisationId, kind: 'WARNING', startsAt: at(-20) });
    expect(await liftSanction(await makeSessionUser(prisma, 'ADMIN'), { sanctionId: warning.id, reason: 'Figures disputed.' }, meta, at(-19))).toEqual({ ok: true });
    await applyAbuseSanctions(prisma, at(0.4));
    expect((await sanctionsOf(f.organisationId)).map((s) => [s.kind, s.liftedAt === null])).toEqual([
      ['WARNING', false],
      ['WARNING', true],
    ]);
  });
});
