// The demo's Assay authorization codes for Maison Aurel used by the right-to-sell screens
// (journey 3), fixed so the e2e spec and people trying the demo can type them: one valid
// chain (brand → distributor → store), one revoked, one expired, and a code that does not
// exist. Seeded by scripts/seed-applications.ts. In the format the brand's own codes take
// (lib/domain/brand-authorization.ts), so the public page at /verify knows them too.
export const DEMO_APPLICATION_CODES = {
  /** Maison Aurel → Aurel Distribution Asia Ltd, valid for a year. */
  distributor: 'AUR-APPS-DSTR-2345',
  /** Issued under the distributor to Urban Cable Co., valid. */
  valid: 'AUR-APPS-GRNT-2345',
  /** Revoked by the brand. */
  revoked: 'AUR-APPS-RVKD-2345',
  /** Expired a month ago. */
  expired: 'AUR-APPS-EXPD-2345',
  /** Never issued. */
  unknown: 'AUR-APPS-NXNE-2345',
} as const;
