// The session lookup (lib/auth/session.ts loadSessionUser) against a real database: the
// user with their first membership and its organisation, and no user when the account is
// disabled, the token's version is stale, or there is no membership. Every row is this file's own.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSessionUser } from '@/lib/auth/session';
import type { Db } from '@/lib/db';
import { createOrganisation, createUser } from '@/lib/factories';
import { testDb } from '@/tests/helpers/db';

let prisma: Db;

beforeAll(async () => {
  prisma = await testDb();
});

describe('loadSessionUser', () => {
  it('gives the user, their first membership’s role and its organisation', async () => {
    const made = await createUser(prisma, { role: 'REVIEWER', locale: 'zh-CN' });
    const later = await createOrganisation(prisma, { kind: 'BRAND_OWNER' });
    // A second, newer membership: the first one (by creation) is the session's.
    await prisma.membership.create({ data: { userId: made.user.id, organisationId: later.id, role: 'BRAND_AGENT', createdAt: new Date(Date.now() + 60_000) } });
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: made.organisationId } });
    expect(await loadSessionUser(prisma, made.user.id, 0)).toEqual({
      id: made.user.id,
      email: made.user.email,
      name: made.user.name,
      role: 'REVIEWER',
      organisationId: organisation.id,
      organisationName: organisation.name,
      organisationKind: organisation.kind,
      locale: 'zh-CN',
    });
  });

  it('gives no user for a stale token version, a disabled account, no membership or no row', async () => {
    const made = await createUser(prisma, { role: 'REVIEWER' });
    expect(await loadSessionUser(prisma, made.user.id, 1)).toBeNull();
    expect(await loadSessionUser(prisma, made.user.id, undefined)).toBeNull();
    await prisma.user.update({ where: { id: made.user.id }, data: { status: 'DISABLED' } });
    expect(await loadSessionUser(prisma, made.user.id, 0)).toBeNull();

    const lonely = await createUser(prisma, { role: 'REVIEWER' });
    await prisma.membership.deleteMany({ where: { userId: lonely.user.id } });
    expect(await loadSessionUser(prisma, lonely.user.id, 0)).toBeNull();

    expect(await loadSessionUser(prisma, '01900000-0000-7000-8000-000000000000', 0)).toBeNull();
  });
});
