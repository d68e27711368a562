// The platform's policy settings (strike thresholds, grace periods, SLAs, trusted-brand
// rules): one typed schema with the defaults a fresh installation runs on. An admin's
// change is stored as a PolicySetting row (key → JSON value) and overrides the default;
// resolvePolicy merges the rows over the defaults. Pure: no database here.
import { z } from 'zod';
import type { BrandTier } from '../generated/prisma/enums';

const days = (max: number) => z.number().int().min(1).max(max);
const hours = z.number().int().min(1).max(24 * 30);
const share = z.number().min(0).max(1);

export const PolicySchema = z.object({
  /** Active strikes within the window at which a store is proposed for closure. */
  strikeThreshold: z.number().int().min(1).max(100).default(3),
  /** How long a strike counts against a store (issue 4: three strikes in 90 days). */
  strikeWindowDays: days(3650).default(90),
  /** A protected brand's listing by a store without a grant is removed after this many days. */
  protectedBrandGraceDays: days(365).default(7),
  /** How long a seller has to file a counter-notice after a removal. */
  counterNoticeWindowDays: days(365).default(14),
  /** How long the brand has to answer a counter-notice, in business days. */
  brandResponseBusinessDays: days(90).default(10),
  /** Review due time of a claim item of a standard-tier brand. */
  reviewSlaHoursStandard: hours.default(72),
  /** Review due time of a claim item of a trusted brand (expedited removal). */
  reviewSlaHoursTrusted: hours.default(24),
  /** An invoice older than this does not prove current stock. */
  invoiceWindowDays: days(3650).default(365),
  /** How long the brand has to confirm or deny a letter of authorization it was asked about. */
  letterConfirmationDays: days(365).default(10),
  /** How long a right-to-sell grant lasts from its approval. */
  grantValidityDays: days(3650).default(365),
  /** The seller is told this many days before a grant expires. */
  grantExpiryNoticeDays: days(365).default(30),
  /** A closed store may appeal once within this many days of the closure. */
  appealWindowDays: days(365).default(30),
  /** Brands in these categories must be marked protected (journey 3). */
  protectedCategories: z.array(z.string().trim().min(1).max(80)).max(200).default([]),
  /** A brand needs at least this share of its decided items upheld to become trusted. */
  trustedMinAccuracy: share.default(0.9),
  /** ...and at most this share of its removals restored after counter-notices. */
  trustedMaxRestoredShare: share.default(0.05),
  /** ...over at least this many decided items. */
  trustedMinDecidedItems: z.number().int().min(1).max(100_000).default(50),
  /** The window the accuracy figures are computed over. */
  accuracyWindowDays: days(3650).default(90),
  /** A brand that lost the trusted tier cannot regain it for this many days. */
  trustedLockoutDays: days(3650).default(90),
  /**
   * Abuse of the notice system (DSA Art 23): a filer whose share of decided items rejected,
   * or restored after a counter-notice, is above this over accuracyWindowDays is warned,
   * then suspended from filing.
   */
  abuseMaxBadShare: share.default(0.4),
  /** ...judged only over at least this many decided items (a few bad claims are not abuse). */
  abuseMinDecidedItems: z.number().int().min(1).max(100_000).default(20),
  /** After a warning the filer has this long to improve before it can be suspended. */
  abuseWarningGraceDays: days(365).default(14),
  /** How long a suspension from filing lasts (an admin can lift it sooner). */
  filingSuspensionDays: days(3650).default(30),
  /** The public report names a filer's accuracy only above this many decided items in the period. */
  transparencyMinFilerItems: z.number().int().min(1).max(100_000).default(50),
});

export type Policy = z.infer<typeof PolicySchema>;
export type PolicyKey = keyof Policy;

export const POLICY_KEYS = Object.keys(PolicySchema.shape) as PolicyKey[];
export const POLICY_DEFAULTS: Readonly<Policy> = Object.freeze(PolicySchema.parse({}));

export function isPolicyKey(key: string): key is PolicyKey {
  return Object.hasOwn(PolicySchema.shape, key);
}

/** Validates one setting's value (e.g. an admin's input) against its own rule. */
export function parsePolicyValue<K extends PolicyKey>(key: K, value: unknown): { ok: true; value: Policy[K] } | { ok: false; message: string } {
  const result = PolicySchema.shape[key].safeParse(value);
  return result.success
    ? { ok: true, value: result.data as Policy[K] }
    : { ok: false, message: result.error.issues[0]?.message ?? 'invalid' };
}

export interface PolicyRow {
  key: string;
  value: unknown;
}

/**
 * The policy in force: each stored row overrides its default. A row whose key is no
 * longer a setting, or whose value no longer satisfies the setting's rule (a setting
 * tightened by an upgrade), is ignored and the default applies, so a bad row can never
 * stop the platform from enforcing its rules.
 */
export function resolvePolicy(rows: Iterable<PolicyRow>): Policy {
  const policy: Policy = { ...POLICY_DEFAULTS };
  for (const row of rows) {
    if (!isPolicyKey(row.key) || row.value === null || row.value === undefined) continue;
    const parsed = parsePolicyValue(row.key, row.value);
    if (parsed.ok) (policy as Record<PolicyKey, unknown>)[row.key] = parsed.value;
  }
  return policy;
}

/** Hours a reviewer has to decide a claim item of a brand of this tier. */
export function reviewSlaHours(tier: BrandTier, policy: Pick<Policy, 'reviewSlaHoursStandard' | 'reviewSlaHoursTrusted'>): number {
  return tier === 'TRUSTED' ? policy.reviewSlaHoursTrusted : policy.reviewSlaHoursStandard;
}

/** When a claim item submitted at `submittedAt` is due for a decision. */
export function reviewDueAt(submittedAt: Date, tier: BrandTier, policy: Pick<Policy, 'reviewSlaHoursStandard' | 'reviewSlaHoursTrusted'>): Date {
  return new Date(submittedAt.getTime() + reviewSlaHours(tier, policy) * 3_600_000);
}

/** Queue priority of a claim item (higher first): trusted brands go to the front. */
export const REVIEW_PRIORITY_BY_TIER: Readonly<Record<BrandTier, number>> = { TRUSTED: 100, STANDARD: 0 };

/** When a strike issued at `issuedAt` stops counting against the store. */
export function strikeExpiresAt(issuedAt: Date, policy: Pick<Policy, 'strikeWindowDays'>): Date {
  return new Date(issuedAt.getTime() + policy.strikeWindowDays * 86_400_000);
}
