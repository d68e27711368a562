// The policy in force: the stored settings over the defaults (lib/domain/policy.ts). Read
// inside the transaction that acts on it, so a decision and the deadlines it sets agree.
import 'server-only';
import type { Db, Tx } from '../db';
import { resolvePolicy, type Policy } from '../domain/policy';

export async function readPolicy(client: Db | Tx): Promise<Policy> {
  const rows = await client.policySetting.findMany({ select: { key: true, value: true } });
  return resolvePolicy(rows);
}
