// Authorizations a brand issues inside Assay (brand → distributor → store) and the rules that
// read them: the standing of a chain at a moment, the verification code's format, and the
// limits on scope and validity when issuing. Pure: no database, no clock of its own.

export type AuthorizationStanding = 'VALID' | 'NOT_YET_VALID' | 'EXPIRED' | 'REVOKED';

export interface ChainLink {
  status: 'ACTIVE' | 'REVOKED';
  validFrom: Date;
  validUntil: Date;
  revokedAt: Date | null;
}

/** The standing of one link on its own: validFrom is inclusive, validUntil exclusive. */
export function linkStanding(link: ChainLink, now: Date): AuthorizationStanding {
  if (link.status === 'REVOKED') return 'REVOKED';
  if (now.getTime() < link.validFrom.getTime()) return 'NOT_YET_VALID';
  if (now.getTime() >= link.validUntil.getTime()) return 'EXPIRED';
  return 'VALID';
}

/**
 * The standing of an authorization given its chain: the authorization first, then its
 * ancestors up to the one the brand issued. The authorization's own state decides first
 * (revoked, then not yet valid, then expired); a valid authorization under a parent that is
 * not valid takes the parent's failing state, because an authority cannot pass on more than
 * it holds. Revoked outranks expired anywhere in the chain. An empty chain is REVOKED (no
 * authority at all).
 */
export function authorizationStanding(chain: ChainLink[], now: Date): AuthorizationStanding {
  if (chain.length === 0) return 'REVOKED';
  const own = linkStanding(chain[0]!, now);
  if (own !== 'VALID') return own;
  const ancestors = chain.slice(1).map((link) => linkStanding(link, now));
  if (ancestors.includes('REVOKED')) return 'REVOKED';
  if (ancestors.includes('EXPIRED')) return 'EXPIRED';
  if (ancestors.includes('NOT_YET_VALID')) return 'NOT_YET_VALID';
  return 'VALID';
}

// ───────────── Verification codes ─────────────

/** Upper-case letters and digits without the look-alikes 0/O, 1/I/L and U: 30 symbols. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const CODE_PREFIX = 'AUR';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** A uniform index below `n` (n ≤ 256) from Web Crypto, rejecting the biased tail of a byte. */
function randomIndex(n: number): number {
  const limit = 256 - (256 % n);
  const byte = new Uint8Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(byte);
    if (byte[0]! < limit) return byte[0]! % n;
  }
}

/** `AUR-XXXX-XXXX-XXXX`: 12 symbols of 30 ≈ 59 bits from the system's cryptographic random source. */
export function generateAuthorizationCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += CODE_ALPHABET[randomIndex(CODE_ALPHABET.length)];
    groups.push(group);
  }
  return [CODE_PREFIX, ...groups].join('-');
}

const CODE_PATTERN = new RegExp(`^${CODE_PREFIX}-[${CODE_ALPHABET}]{${GROUP_LENGTH}}(-[${CODE_ALPHABET}]{${GROUP_LENGTH}}){${GROUPS - 1}}$`);

/**
 * The canonical form of a typed code: upper case, spaces, dashes and other separators
 * dropped, then regrouped as `AUR-XXXX-XXXX-XXXX`. The look-alikes a person may type are read
 * as the symbol they stand for (O→0 is not in the alphabet, so O and 0 both stay invalid;
 * we do not guess). Returns null when the result is not a well-formed code.
 */
export function normalizeAuthorizationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!compact.startsWith(CODE_PREFIX)) return null;
  const body = compact.slice(CODE_PREFIX.length);
  if (body.length !== GROUPS * GROUP_LENGTH) return null;
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) groups.push(body.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH));
  const code = [CODE_PREFIX, ...groups].join('-');
  return CODE_PATTERN.test(code) ? code : null;
}

export function isWellFormedAuthorizationCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

// ───────────── Issuing rules ─────────────

/** The longest validity a brand may give one authorization. */
export const MAX_VALIDITY_YEARS = 5;

export function maxValidUntil(validFrom: Date): Date {
  const limit = new Date(validFrom.getTime());
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_VALIDITY_YEARS);
  return limit;
}

export type IssueProblem =
  | { field: 'validUntil'; code: 'notAfterFrom' | 'tooLong' | 'outsideParent' }
  | { field: 'validFrom'; code: 'outsideParent' }
  | { field: 'productLines'; code: 'empty' | 'unknownLine' | 'outsideParent' }
  | { field: 'parentId'; code: 'parentNotActive' };

export interface IssueCandidate {
  productLines: string[];
  validFrom: Date;
  validUntil: Date;
}

/**
 * What is wrong with an authorization about to be issued: the scope must be non-empty and
 * within the brand's lines (and the parent's), validity must run forward for at most
 * MAX_VALIDITY_YEARS and lie inside the parent's. A parent must be valid now (revoked,
 * expired or not-yet-valid parents cannot pass on authority). Returns every problem found.
 */
export function issueProblems(
  candidate: IssueCandidate,
  brandLines: readonly string[],
  parent: { chain: ChainLink[]; productLines: string[]; validFrom: Date; validUntil: Date } | null,
  now: Date,
): IssueProblem[] {
  const problems: IssueProblem[] = [];
  if (candidate.productLines.length === 0) problems.push({ field: 'productLines', code: 'empty' });
  else if (candidate.productLines.some((line) => !brandLines.includes(line))) problems.push({ field: 'productLines', code: 'unknownLine' });
  else if (parent && candidate.productLines.some((line) => !parent.productLines.includes(line)))
    problems.push({ field: 'productLines', code: 'outsideParent' });

  if (candidate.validUntil.getTime() <= candidate.validFrom.getTime()) problems.push({ field: 'validUntil', code: 'notAfterFrom' });
  else if (candidate.validUntil.getTime() > maxValidUntil(candidate.validFrom).getTime()) problems.push({ field: 'validUntil', code: 'tooLong' });
  else if (parent && candidate.validUntil.getTime() > parent.validUntil.getTime()) problems.push({ field: 'validUntil', code: 'outsideParent' });

  if (parent && candidate.validFrom.getTime() < parent.validFrom.getTime()) problems.push({ field: 'validFrom', code: 'outsideParent' });
  if (parent && authorizationStanding(parent.chain, now) !== 'VALID') problems.push({ field: 'parentId', code: 'parentNotActive' });
  return problems;
}
