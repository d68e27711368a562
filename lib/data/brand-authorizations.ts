// Authorizations a brand issues inside Assay (brand → distributor → store): lookup by code
// for the public verification page and the application checklist, and the brand side
// (issue, list, revoke with cascade). Brand-side calls are scoped to brands the agent's
// organisation may act for (brandsActableBy); the lookup by code is public by design: the
// code is the secret, and it returns no internal detail beyond what the caller needs.
import 'server-only';
import type { Db, Tx } from '../db';
import { normalizeAuthorizationCode, type ChainLink } from '../domain/brand-authorization';

type Client = Db | Tx;

/** How deep a chain may go before we stop walking (brand → distributor → sub-distributor → store). */
const MAX_CHAIN_DEPTH = 8;

export interface AuthorizationChainEntry extends ChainLink {
  id: string;
  code: string;
  holderName: string;
  productLines: string[];
  parentId: string | null;
}

export interface AuthorizationByCode {
  id: string;
  code: string;
  brandId: string;
  brandName: string;
  holderName: string;
  holderOrganisationId: string | null;
  holderStoreId: string | null;
  productLines: string[];
  validFrom: Date;
  validUntil: Date;
  status: 'ACTIVE' | 'REVOKED';
  revokedAt: Date | null;
  /** The authorization first, then its ancestors up to the one the brand issued directly. */
  chain: AuthorizationChainEntry[];
}

const chainSelect = {
  id: true,
  code: true,
  holderName: true,
  productLines: true,
  parentId: true,
  status: true,
  validFrom: true,
  validUntil: true,
  revokedAt: true,
} as const;

/** Walks up from an authorization to the brand's root, parent by parent. */
export async function loadChain(client: Client, first: AuthorizationChainEntry): Promise<AuthorizationChainEntry[]> {
  const chain = [first];
  let parentId = first.parentId;
  while (parentId && chain.length < MAX_CHAIN_DEPTH) {
    const parent = await client.brandAuthorization.findUnique({ where: { id: parentId }, select: chainSelect });
    if (!parent) break;
    chain.push(parent);
    parentId = parent.parentId;
  }
  return chain;
}

/**
 * The authorization a typed code names (case, spaces and dashes do not matter), with its
 * chain, brand and holder; null for a malformed or unknown code. Decide its standing with
 * authorizationStanding(result.chain, now).
 */
export async function findAuthorizationByCode(client: Client, code: string): Promise<AuthorizationByCode | null> {
  const normalized = normalizeAuthorizationCode(code);
  if (!normalized) return null;
  const found = await client.brandAuthorization.findUnique({
    where: { code: normalized },
    select: {
      ...chainSelect,
      brandId: true,
      holderOrganisationId: true,
      holderStoreId: true,
      brand: { select: { name: true } },
    },
  });
  if (!found) return null;
  const { brand, holderOrganisationId, holderStoreId, brandId, ...link } = found;
  const chain = await loadChain(client, link);
  return {
    id: found.id,
    code: found.code,
    brandId,
    brandName: brand.name,
    holderName: found.holderName,
    holderOrganisationId,
    holderStoreId,
    productLines: found.productLines,
    validFrom: found.validFrom,
    validUntil: found.validUntil,
    status: found.status,
    revokedAt: found.revokedAt,
    chain,
  };
}
