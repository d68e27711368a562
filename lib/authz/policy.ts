// The one policy table: which role may do what. Every page, route handler and server
// action asks `can(role, action)` (through the guards in lib/authz/guards.ts); the proxy
// only redirects early and is never the only check. Organisation scoping (a brand agent
// sees only its own brands) is the data layer's job: every query there takes the
// caller's organisation.
import type { Role } from '../generated/prisma/enums';

const ALL: readonly Role[] = ['BRAND_AGENT', 'REVIEWER', 'SELLER', 'ADMIN'];

export const POLICY = {
  // every signed-in user
  'profile.view': ALL,
  'profile.setLocale': ALL,
  'notification.viewOwn': ALL,
  // Documents: which one a user may open is decided per document
  // (lib/domain/document-access.ts); admins upload nothing of their own.
  'document.view': ALL,
  'document.upload': ['BRAND_AGENT', 'SELLER', 'REVIEWER'],

  // brand agents: brands, rights, claims of their own organisation
  'brand.viewOwn': ['BRAND_AGENT'],
  'brand.create': ['BRAND_AGENT'],
  'brand.update': ['BRAND_AGENT'],
  'right.create': ['BRAND_AGENT'],
  'right.update': ['BRAND_AGENT'],
  'agencyAuthorization.request': ['BRAND_AGENT'],
  'claim.viewOwn': ['BRAND_AGENT'],
  'claim.file': ['BRAND_AGENT'],
  'claim.withdraw': ['BRAND_AGENT'],
  'claimItem.answerInfo': ['BRAND_AGENT'],
  'authorizationLetter.confirm': ['BRAND_AGENT'],
  // a counter-notice on a claim the organisation filed, or filed by an agency for its brand
  'counterNotice.respond': ['BRAND_AGENT'],
  // protected brands: the flag, reference prices, distributors, and authorizations issued in Assay
  'brand.manageProtection': ['BRAND_AGENT'],
  'brandAuthorization.view': ['BRAND_AGENT'],
  'brandAuthorization.issue': ['BRAND_AGENT'],
  'brandAuthorization.revoke': ['BRAND_AGENT'],

  // reviewers: the marketplace's trust-and-safety staff
  'queue.view': ['REVIEWER'],
  'claimItem.decide': ['REVIEWER'],
  'right.verify': ['REVIEWER'],
  'brand.verify': ['REVIEWER'],
  'agencyAuthorization.verify': ['REVIEWER'],
  'verification.view': ['REVIEWER'],
  'store.verify': ['REVIEWER'],
  'application.review': ['REVIEWER'],
  'closure.propose': ['REVIEWER'],
  'closure.decide': ['REVIEWER'],
  // an appeal against a closure: decided by a reviewer who took no part in it (lib/domain/closure.ts)
  'appeal.decide': ['REVIEWER'],
  'counterNotice.decide': ['REVIEWER'],
  'store.viewAny': ['REVIEWER', 'ADMIN'],
  'identityDocument.view': ['REVIEWER', 'ADMIN'],

  // sellers: their own stores
  'store.viewOwn': ['SELLER'],
  'listing.viewOwn': ['SELLER'],
  'notice.viewOwn': ['SELLER'],
  'counterNotice.file': ['SELLER'],
  'application.file': ['SELLER'],
  'storeVerification.submit': ['SELLER'],
  'appeal.file': ['SELLER'],

  // admins: the platform
  'user.list': ['ADMIN'],
  'user.createStaff': ['ADMIN'],
  'user.disable': ['ADMIN'],
  'user.changeRole': ['ADMIN'],
  'organisation.list': ['ADMIN'],
  'policy.manage': ['ADMIN'],
  'audit.view': ['ADMIN'],
  // the outbox as the dev mailbox (no SMTP) or its delivery status (SMTP)
  'mailbox.view': ['ADMIN'],
  // bans written when a closure is made permanent: listed and lifted by admins
  'ban.view': ['ADMIN'],
  'ban.lift': ['ADMIN'],
  // run a scheduled job now, from /admin/jobs
  'job.run': ['ADMIN'],

  // the network address recorded with an audit event: staff only, never brands or sellers
  'audit.viewAddress': ['REVIEWER', 'ADMIN'],

  // Issue 5. Expedited takedowns are confirmed or overturned by a reviewer after the fact.
  'expedited.review': ['REVIEWER'],
  // abuse sanctions on filers (DSA Art 23): reviewers and admins see them, admins lift them
  'sanction.view': ['REVIEWER', 'ADMIN'],
  'sanction.lift': ['ADMIN'],
  // dashboards: each role its own; the platform-wide figures (the public report's, signed in) for staff
  'dashboard.brand': ['BRAND_AGENT'],
  'dashboard.review': ['REVIEWER', 'ADMIN'],
  'dashboard.seller': ['SELLER'],
  'dashboard.platform': ['REVIEWER', 'ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

export function can(role: Role | null | undefined, action: Action): boolean {
  return role != null && (POLICY[action] as readonly Role[]).includes(role);
}

/** Where each role starts after signing in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  BRAND_AGENT: '/brand',
  REVIEWER: '/review',
  SELLER: '/seller',
  ADMIN: '/admin',
};

/** Roles an admin may give to staff accounts; brand agents and sellers sign themselves up. */
export const STAFF_ROLES = ['REVIEWER', 'ADMIN'] as const satisfies readonly Role[];

/**
 * Which organisation kind a role belongs in. Changing a user's role must keep this true,
 * or a seller could end up "reviewing" from inside a seller company.
 */
export const ORGANISATION_KIND_BY_ROLE = {
  BRAND_AGENT: ['BRAND_OWNER', 'AGENCY'],
  REVIEWER: ['MARKETPLACE'],
  ADMIN: ['MARKETPLACE'],
  SELLER: ['SELLER'],
} as const satisfies Record<Role, readonly string[]>;
