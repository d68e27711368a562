// The demo's Assay authorization codes for Maison Aurel used by the right-to-sell screens
// (journey 3), fixed so the e2e spec and people trying the demo can type them: one valid
// chain (brand → distributor → store), one revoked, one expired, and a code that does not
// exist. Seeded by scripts/seed-applications.ts.
export const DEMO_APPLICATION_CODES = {
  /** Maison Aurel → Aurel Distribution Asia Ltd, valid for a year. */
  distributor: 'AUREL-APP-DIST-2026',
  /** Issued under the distributor to Urban Cable Co., valid. */
  valid: 'AUREL-APP-VALID-2026',
  /** Revoked by the brand. */
  revoked: 'AUREL-APP-REVOKED-2026',
  /** Expired a month ago. */
  expired: 'AUREL-APP-EXPIRED-2025',
  /** Never issued. */
  unknown: 'AUREL-APP-NOSUCH-0000',
} as const;
