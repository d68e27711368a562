// Bans: "a ban blocks the same identity from coming back" (product brief, journey 4). A Ban
// row (written when a closure is made permanent) stores NORMALISED identity keys — e-mail,
// phone, licence number, identity-document hash (lib/domain/identity.ts) — and counts until
// it is lifted. Sign-up (lib/data/users.ts) and store verification
// (lib/data/store-verification.ts) ask isBannedIdentity inside their own transaction; an
// admin lists and lifts bans here.
import 'server-only';
import { db, type Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';
import type { SessionUser } from '../auth/session';
import type { RequestMeta } from '../request-meta';
import { can } from '../authz/policy';
import { recordAudit } from '../audit';
import { identityKeys } from '../domain/identity';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';
import { firstBanMatch, hasAnyKey, maskKey, type BanKey } from '../domain/store-verification';

export type { BanKey };

/** Raw values of an identity; each is normalised here before it is matched. */
export interface IdentityCandidate {
  emails?: readonly (string | null | undefined)[];
  phones?: readonly (string | null | undefined)[];
  licenceNumbers?: readonly (string | null | undefined)[];
  identityDocumentHashes?: readonly (string | null | undefined)[];
}

/**
 * Which key of this identity a ban that has not been lifted matches (e-mail first, then
 * phone, licence number, identity document), or null when none does. The caller tells the
 * applicant which KIND of key is barred, never whose ban it was.
 */
export async function isBannedIdentity(tx: Tx, candidate: IdentityCandidate): Promise<BanKey | null> {
  const keys = identityKeys(candidate);
  if (!hasAnyKey(keys)) return null;
  const match: Prisma.BanWhereInput[] = [
    ...(keys.emails.length ? [{ email: { in: keys.emails } }] : []),
    ...(keys.phones.length ? [{ phone: { in: keys.phones } }] : []),
    ...(keys.licenceNumbers.length ? [{ registrationNumber: { in: keys.licenceNumbers } }] : []),
    ...(keys.identityDocumentHashes.length ? [{ identityDocumentHash: { in: keys.identityDocumentHashes } }] : []),
  ];
  const bans = await tx.ban.findMany({
    where: { liftedAt: null, OR: match },
    select: { email: true, phone: true, registrationNumber: true, identityDocumentHash: true, liftedAt: true },
    take: 20,
  });
  return firstBanMatch(keys, bans);
}

// ───────────────────────────── Admin: the list ─────────────────────────────

export const BANS_PAGE_SIZE = 25;

export interface BanRow {
  id: string;
  store: { id: string; name: string; slug: string } | null;
  organisationName: string | null;
  /** Each key masked for the screen; null when the ban does not carry it. */
  keys: Record<BanKey, string | null>;
  reason: string;
  issuedBy: string | null;
  createdAt: Date;
  liftedAt: Date | null;
}

function assertMay(viewer: { role: Role }, action: 'ban.view' | 'ban.lift'): void {
  if (!can(viewer.role, action)) throw new Error(`${viewer.role} may not ${action}`);
}

/** Every ban, standing ones first, newest first within each. Admins only. */
export async function listBans(viewer: { role: Role }, requestedPage: number): Promise<Paged<BanRow>> {
  assertMay(viewer, 'ban.view');
  const prisma = await db();
  const total = await prisma.ban.count();
  const pageCount = pageCountOf(total, BANS_PAGE_SIZE);
  const page = clampPage(requestedPage, pageCount);
  const bans = await prisma.ban.findMany({
    orderBy: [{ liftedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }, { id: 'desc' }],
    ...pageSlice(page, BANS_PAGE_SIZE),
    select: {
      id: true,
      email: true,
      phone: true,
      registrationNumber: true,
      identityDocumentHash: true,
      reason: true,
      createdAt: true,
      liftedAt: true,
      store: { select: { id: true, name: true, slug: true } },
      organisation: { select: { name: true } },
      issuedBy: { select: { name: true } },
    },
  });
  const rows = bans.map((ban) => ({
    id: ban.id,
    store: ban.store,
    organisationName: ban.organisation?.name ?? null,
    keys: {
      email: maskKey('email', ban.email),
      phone: maskKey('phone', ban.phone),
      licenceNumber: maskKey('licenceNumber', ban.registrationNumber),
      identityDocument: maskKey('identityDocument', ban.identityDocumentHash),
    },
    reason: ban.reason,
    issuedBy: ban.issuedBy?.name ?? null,
    createdAt: ban.createdAt,
    liftedAt: ban.liftedAt,
  }));
  return { rows, total, page, pageSize: BANS_PAGE_SIZE, pageCount };
}

// ───────────────────────────── Admin: lifting ─────────────────────────────

export type LiftBanResult = { ok: true } | { ok: false; violation: 'forbidden' | 'notFound' | 'alreadyLifted' };

/**
 * Lifts a ban: from now on its keys bar nobody. The reason lives in the audit event (the
 * Ban row has no column for it), written in the same transaction. Guarded on liftedAt, so
 * two admins lifting at once lift it once.
 */
export async function liftBan(admin: SessionUser, input: { banId: string; reason: string }, meta: RequestMeta, now = new Date()): Promise<LiftBanResult> {
  if (!can(admin.role, 'ban.lift')) return { ok: false, violation: 'forbidden' };
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<LiftBanResult> => {
    const ban = await tx.ban.findUnique({ where: { id: input.banId }, select: { id: true, storeId: true, liftedAt: true, reason: true } });
    if (!ban) return { ok: false, violation: 'notFound' };
    const { count } = await tx.ban.updateMany({ where: { id: ban.id, liftedAt: null }, data: { liftedAt: now } });
    if (count === 0) return { ok: false, violation: 'alreadyLifted' };
    await recordAudit(tx, {
      actor: { id: admin.id, role: admin.role, organisationId: admin.organisationId },
      action: 'ban.lift',
      objectType: 'ban',
      objectId: ban.id,
      before: { liftedAt: null },
      after: { liftedAt: now.toISOString(), reason: input.reason, storeId: ban.storeId },
      meta,
    });
    return { ok: true };
  });
}
