// Recording a ban when an approved closure includes one (journey 4), and lifting it when an
// appeal is granted. Matching a sign-up or a verification against bans is lib/data/bans.ts.
//
// Shape: ONE Ban row PER identity key. Each row carries exactly one of email, phone,
// registrationNumber (licence and registration numbers share the column: both are the
// business's official number, normalised alike) or identityDocumentHash, plus the store,
// the seller organisation and the proposal it came from. One key per row keeps every index
// on Ban a plain equality lookup for the matcher, and lets a reader see which keys a ban
// holds without decoding anything. Keys are normalised by lib/domain/identity.ts, the same
// functions the matcher applies to what it checks.
import 'server-only';
import { recordAudit, type Actor } from '../audit';
import type { Tx } from '../db';
import { identityKeys, type IdentityKeys } from '../domain/identity';
import type { RequestMeta } from '../request-meta';

export interface RecordBanInput {
  storeId: string;
  proposalId: string;
  reason: string;
  actor: Actor;
  now: Date;
  meta?: RequestMeta;
}

/** Every identity key of a store: its seller's members and organisation, the store itself and its verifications. */
export async function collectStoreIdentityKeys(tx: Tx, storeId: string): Promise<IdentityKeys & { organisationId: string | null }> {
  const store = await tx.store.findUniqueOrThrow({
    where: { id: storeId },
    select: {
      businessLicenceNumber: true,
      sellerOrganisationId: true,
      sellerOrganisation: {
        select: { phone: true, registrationNumber: true, memberships: { select: { user: { select: { email: true } } } } },
      },
      verifications: { select: { licenceNumber: true, ownerPhone: true, identityDocument: { select: { sha256: true } } } },
    },
  });
  const organisation = store.sellerOrganisation;
  const keys = identityKeys({
    emails: organisation?.memberships.map((m) => m.user.email) ?? [],
    phones: [organisation?.phone, ...store.verifications.map((v) => v.ownerPhone)],
    licenceNumbers: [organisation?.registrationNumber, store.businessLicenceNumber, ...store.verifications.map((v) => v.licenceNumber)],
    identityDocumentHashes: store.verifications.map((v) => v.identityDocument?.sha256),
  });
  return { ...keys, organisationId: store.sellerOrganisationId };
}

/** Records one Ban row per identity key of the store (see the file comment) and audits it. Returns the rows' count. */
export async function recordBan(tx: Tx, input: RecordBanInput): Promise<{ count: number; keys: IdentityKeys }> {
  const { organisationId, ...keys } = await collectStoreIdentityKeys(tx, input.storeId);
  const common = {
    storeId: input.storeId,
    organisationId,
    proposalId: input.proposalId,
    reason: input.reason,
    issuedById: input.actor.id,
    createdAt: input.now,
  };
  const rows = [
    ...keys.emails.map((email) => ({ ...common, email })),
    ...keys.phones.map((phone) => ({ ...common, phone })),
    ...keys.licenceNumbers.map((registrationNumber) => ({ ...common, registrationNumber })),
    ...keys.identityDocumentHashes.map((identityDocumentHash) => ({ ...common, identityDocumentHash })),
  ];
  if (rows.length) await tx.ban.createMany({ data: rows });
  await recordAudit(tx, {
    actor: input.actor,
    action: 'ban.record',
    objectType: 'store',
    objectId: input.storeId,
    after: {
      proposalId: input.proposalId,
      emails: keys.emails.length,
      phones: keys.phones.length,
      licenceNumbers: keys.licenceNumbers.length,
      identityDocumentHashes: keys.identityDocumentHashes.length,
    },
    ...(input.meta ? { meta: input.meta } : {}),
  });
  return { count: rows.length, keys };
}

/** Lifts the bans a closure recorded (its appeal was granted). Returns how many. */
export async function liftBansOfProposal(tx: Tx, input: { storeId: string; proposalId: string; actor: Actor; now: Date; meta?: RequestMeta }): Promise<number> {
  const { count } = await tx.ban.updateMany({ where: { proposalId: input.proposalId, liftedAt: null }, data: { liftedAt: input.now } });
  if (count > 0) {
    await recordAudit(tx, {
      actor: input.actor,
      action: 'ban.lift',
      objectType: 'store',
      objectId: input.storeId,
      after: { proposalId: input.proposalId, lifted: count },
      ...(input.meta ? { meta: input.meta } : {}),
    });
  }
  return count;
}
