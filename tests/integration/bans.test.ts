// Bans against a real database: matching on the four normalised keys (a lifted ban matches
// nothing), sign-up refused for a banned e-mail, phone or licence number with nothing
// stored, the admin's list (keys masked) and lifting (audited, once), and who may do either.
// Every row is this file's own.
import { randomBytes, randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import type { Db } from '@/lib/db';
import { isBannedIdentity, liftBan, listBans } from '@/lib/data/bans';
import { signUpAccount } from '@/lib/data/users';
import { createStore, uniqueToken } from '@/lib/factories';
import type { Role } from '@/lib/generated/prisma/enums';
import { SignUpSchema } from '@/lib/validations/auth';
import { testDb } from '@/tests/helpers/db';
import { makeSessionUser } from '@/tests/helpers/session-user';

let prisma: Db;
const meta = { ip: '198.51.100.4', userAgent: 'vitest' };

const sessionUser = (role: Role, organisationId?: string) => makeSessionUser(prisma, role, organisationId);

/** A fresh banned identity: e-mail, phone, licence number (stored normalised, as the ban writer does). */
function identity() {
  const token = uniqueToken().replace(/[^a-z0-9]/g, '');
  const digits = randomInt(0, 1e8).toString().padStart(8, '0');
  return {
    email: `banned-${token}@shop.example`,
    phone: `+86139${digits}`,
    phoneAsTyped: `+86 139 ${digits.slice(0, 4)} ${digits.slice(4)}`,
    licence: `91510100${token.toUpperCase()}`,
    licenceAsTyped: `9151-0100 ${token}`,
  };
}

async function ban(keys: ReturnType<typeof identity>, storeId?: string) {
  return prisma.ban.create({
    data: { email: keys.email, phone: keys.phone, registrationNumber: keys.licence, reason: 'Closed permanently (test).', ...(storeId ? { storeId } : {}) },
  });
}

function sellerSignUp(overrides: Record<string, string>) {
  const token = uniqueToken();
  return SignUpSchema.parse({
    accountType: 'seller',
    name: 'New Seller',
    email: `new-${token}@shop.example`,
    password: 'correct-horse-battery',
    confirmPassword: 'correct-horse-battery',
    organisationName: `New Shop ${token}`,
    country: 'CN',
    ...overrides,
  });
}

let admin: SessionUser;
let reviewer: SessionUser;
let seller: SessionUser;
let brandAgent: SessionUser;

beforeAll(async () => {
  prisma = await testDb();
  admin = await sessionUser('ADMIN');
  reviewer = await sessionUser('REVIEWER');
  seller = await sessionUser('SELLER');
  brandAgent = await sessionUser('BRAND_AGENT');
});

describe('isBannedIdentity', () => {
  it('matches each normalised key and says which; variations in case, spacing or a +tag do not escape it', async () => {
    const keys = identity();
    await ban(keys);
    const [local, domain] = keys.email.split('@');
    await prisma.$transaction(async (tx) => {
      expect(await isBannedIdentity(tx, { emails: [` ${local!.toUpperCase()}+again@${domain} `] })).toBe('email');
      expect(await isBannedIdentity(tx, { phones: [keys.phoneAsTyped] })).toBe('phone');
      expect(await isBannedIdentity(tx, { licenceNumbers: [keys.licenceAsTyped] })).toBe('licenceNumber');
      expect(await isBannedIdentity(tx, { emails: ['someone-else@shop.example'], phones: ['+86 10 1234 5678'], licenceNumbers: ['XYZ-123'] })).toBeNull();
      expect(await isBannedIdentity(tx, {})).toBeNull();
    });
  });

  it('matches an identity document by its hash, and a lifted ban matches nothing', async () => {
    // A hash no other file bans (the worker's database is shared with the files before this one).
    const hash = randomBytes(32).toString('hex');
    const row = await prisma.ban.create({ data: { identityDocumentHash: hash, reason: 'test' } });
    await prisma.$transaction(async (tx) => expect(await isBannedIdentity(tx, { identityDocumentHashes: [hash.toUpperCase()] })).toBe('identityDocument'));
    await prisma.ban.update({ where: { id: row.id }, data: { liftedAt: new Date() } });
    await prisma.$transaction(async (tx) => expect(await isBannedIdentity(tx, { identityDocumentHashes: [hash] })).toBeNull());
  });
});

describe('sign-up with a banned identity', () => {
  it('is refused for the e-mail, the phone and the licence number, each reported as such, and nothing is stored', async () => {
    const keys = identity();
    await ban(keys);
    const orgsBefore = await prisma.organisation.count();
    const cases: [Record<string, string>, string][] = [
      [{ email: keys.email.toUpperCase() }, 'email'],
      [{ phone: keys.phoneAsTyped }, 'phone'],
      [{ registrationNumber: keys.licenceAsTyped }, 'licenceNumber'],
    ];
    for (const [overrides, key] of cases) {
      const input = sellerSignUp(overrides);
      expect(await signUpAccount(input, 'x-hash', 'en', meta)).toEqual({ ok: false, violation: 'banned', key });
      expect(await prisma.user.findUnique({ where: { email: input.email } })).toBeNull();
    }
    expect(await prisma.organisation.count()).toBe(orgsBefore);
  });

  it('a clean seller signs up with the phone stored normalised on the organisation', async () => {
    // A number no other file bans: the worker's database is shared with the files before this one.
    const digits = String(randomInt(0, 1e8)).padStart(8, '0');
    const input = sellerSignUp({ phone: `+86 138 ${digits.slice(0, 4)} ${digits.slice(4)}` });
    const result = await signUpAccount(input, 'x-hash', 'en', meta);
    expect(result.ok).toBe(true);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: input.email }, include: { memberships: { include: { organisation: true } } } });
    expect(user.memberships[0]!.organisation.phone).toBe(`+86138${digits}`);
  });

  it('the form refuses a phone that is not one', () => {
    const parsed = SignUpSchema.safeParse({ ...sellerSignUpRaw(), phone: '12' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain('storeVerification.validation.phoneInvalid');
  });
});

function sellerSignUpRaw() {
  return { accountType: 'seller', name: 'N', email: 'n@shop.example', password: 'correct-horse-battery', confirmPassword: 'correct-horse-battery', organisationName: 'N Shop' };
}

describe('the admin’s bans', () => {
  it('lists bans with their keys masked, for admins only', async () => {
    const keys = identity();
    const store = await createStore(prisma, { status: 'BANNED' });
    const row = await ban(keys, store.id);
    const list = await listBans(admin, 1);
    expect(list.total).toBeGreaterThanOrEqual(1);
    // The newest standing bans come first, but other files add bans too: find ours among them all.
    let found = list.rows.find((r) => r.id === row.id);
    for (let page = 2; !found && page <= list.pageCount; page++) found = (await listBans(admin, page)).rows.find((r) => r.id === row.id);
    expect(found?.store?.id).toBe(store.id);
    expect(found?.keys.email).not.toBe(keys.email);
    expect(found?.keys.email).toMatch(/^ba\*\*\*@shop\.example$/);
    expect(found?.keys.licenceNumber).not.toContain(keys.licence.slice(4, -3));
    expect(found?.keys.identityDocument).toBeNull();
    for (const who of [reviewer, seller, brandAgent]) await expect(listBans(who, 1)).rejects.toThrow();
  });

  it('an admin lifts a ban once, with the reason in the audit chain; then the identity may sign up', async () => {
    const keys = identity();
    const row = await ban(keys);
    expect(await liftBan(reviewer, { banId: row.id, reason: 'Appeal granted.' }, meta)).toEqual({ ok: false, violation: 'forbidden' });
    expect(await liftBan(seller, { banId: row.id, reason: 'Appeal granted.' }, meta)).toEqual({ ok: false, violation: 'forbidden' });
    expect(await liftBan(brandAgent, { banId: row.id, reason: 'Appeal granted.' }, meta)).toEqual({ ok: false, violation: 'forbidden' });
    expect(await liftBan(admin, { banId: row.id, reason: 'Appeal granted.' }, meta)).toEqual({ ok: true });
    expect(await liftBan(admin, { banId: row.id, reason: 'Again.' }, meta)).toEqual({ ok: false, violation: 'alreadyLifted' });
    expect(await liftBan(admin, { banId: '01900000-0000-7000-8000-000000000000', reason: 'x' }, meta)).toEqual({ ok: false, violation: 'notFound' });
    expect((await prisma.ban.findUniqueOrThrow({ where: { id: row.id } })).liftedAt).toBeInstanceOf(Date);
    const audit = await prisma.auditEvent.findMany({ where: { objectType: 'ban', objectId: row.id } });
    expect(audit.map((a) => a.action)).toEqual(['ban.lift']);
    expect(audit[0]!.after).toMatchObject({ reason: 'Appeal granted.' });
    expect((await signUpAccount(sellerSignUp({ email: keys.email }), 'x-hash', 'en', meta)).ok).toBe(true);
  });
});
