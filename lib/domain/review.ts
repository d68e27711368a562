// Rules of the reviewer's item page: what the page suggests and compares so a reviewer can
// decide quickly, never what it decides. Pure.
import type { InfringementType, RemovalReason } from '../generated/prisma/enums';

/**
 * The removal reason that matches what the brand alleged, preselected in the removal form
 * (the reviewer can change it). An unauthorised sale is not itself a ground for removal,
 * and "other" needs the reviewer's own words, so neither suggests anything.
 */
export function suggestedRemovalReason(type: InfringementType): RemovalReason | null {
  switch (type) {
    case 'COUNTERFEIT':
      return 'COUNTERFEIT';
    case 'TRADEMARK_MISUSE':
      return 'TRADEMARK_INFRINGEMENT';
    case 'COPYRIGHT':
    case 'IMAGE_THEFT':
      return 'COPYRIGHT_INFRINGEMENT';
    case 'DESIGN':
      return 'DESIGN_INFRINGEMENT';
    case 'UNAUTHORIZED_SALE':
    case 'OTHER':
      return null;
  }
}

export interface ReferencePrice {
  productLine: string;
  currency: string;
  amountCents: number;
}

/**
 * The brand's reference price for the listing's product line: the line named in the
 * listing title (a whole-word match, case-insensitive), in the listing's currency. When
 * several lines match ("Card Holder" and "Holder"), the longest name wins. None: null.
 */
export function referencePriceFor(title: string, currency: string, prices: readonly ReferencePrice[]): ReferencePrice | null {
  const normalisedTitle = ` ${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  let best: ReferencePrice | null = null;
  for (const price of prices) {
    if (price.currency !== currency) continue;
    const line = price.productLine.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!line || !normalisedTitle.includes(` ${line} `)) continue;
    if (!best || price.productLine.length > best.productLine.length) best = price;
  }
  return best;
}

/** The listing's price as a whole percentage of the reference price (null without one). */
export function shareOfReference(priceCents: number, reference: ReferencePrice | null): number | null {
  if (!reference || reference.amountCents <= 0) return null;
  return Math.round((priceCents / reference.amountCents) * 100);
}

/** Below this share of the reference price, a branded listing's price is itself a warning sign. */
export const SUSPICIOUS_PRICE_SHARE = 50;
