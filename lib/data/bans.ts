// Bans as seen by sign-up: "a ban blocks the same identity from coming back" (product
// brief, journey 4). A ban counts until it is lifted.
import 'server-only';
import type { Tx } from '../db';

export interface Identity {
  email: string;
  registrationNumber: string | null;
}

/** Whether any ban that has not been lifted matches this e-mail or registration number. */
export async function isBannedIdentity(tx: Tx, identity: Identity): Promise<boolean> {
  const match = [
    { email: { equals: identity.email, mode: 'insensitive' as const } },
    ...(identity.registrationNumber
      ? [{ registrationNumber: { equals: identity.registrationNumber, mode: 'insensitive' as const } }]
      : []),
  ];
  const ban = await tx.ban.findFirst({ where: { liftedAt: null, OR: match }, select: { id: true } });
  return ban !== null;
}
