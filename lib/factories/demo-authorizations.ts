// Fixed verification codes of the demo authorizations Maison Aurel issues (scripts/seed-protection.ts),
// so the public page /verify and other helpers' e2e specs can rely on them. They follow the
// code format (lib/domain/brand-authorization.ts): no 0, 1, I, L, O or U.
/** To Aurel Distribution Asia Ltd, active, valid for a year from the seed. */
export const DEMO_AUTHORIZATION_VALID_CODE = 'AUR-DEMA-VAKD-2345';
/** To a former distributor, revoked by the brand. */
export const DEMO_AUTHORIZATION_REVOKED_CODE = 'AUR-DEMA-RVKD-2345';
/** To a former distributor, ran out (validity ended before the seed). */
export const DEMO_AUTHORIZATION_EXPIRED_CODE = 'AUR-DEMA-EXPD-2345';
