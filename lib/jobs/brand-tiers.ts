// Keeps brands' trusted tier in step with their figures (journey 5): promotes a verified brand
// that meets the thresholds, demotes a trusted one below them (with a lockout), re-prioritises
// the brand's open items and tells the brand's owner — once: a second run finds nothing to do
// (lib/data/brand-tiers.ts guards each change by the brand's version and tier).
import { applyBrandTiers } from '../data/brand-tiers';
import type { Job } from './job';

export const brandTiersJob: Job = {
  name: 'brand-tiers',
  description: "Promote verified brands that meet the trusted thresholds and demote trusted ones below them, telling the brand's owner",
  run: async ({ db, now }) => {
    const { promoted, demoted } = await applyBrandTiers(db, now);
    if (promoted.length === 0 && demoted.length === 0) return null;
    return `${promoted.length} brand(s) promoted to trusted, ${demoted.length} demoted`;
  },
};
