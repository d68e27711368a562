// What a filing sanction (DSA Art 23) records: its figures, and its reason composed from them
// in every language at the moment it is issued (docs/decisions/0007), so the record says
// why it was decided whatever changes later. Pure: used by the abuse job and the seed.
import type { FilingSanctionKind } from '../generated/prisma/enums';
import { makeFormat } from '../format';
import { badShareOf, formatShare, type FilingCounts } from './accuracy';
import { encodeLocalizedText } from './localized-text';
import type { Policy } from './policy';
import { inEveryLanguage } from './statement-of-reasons';

/** What a sanction stores as its figures. */
export interface SanctionFigures {
  decided: number;
  rejected: number;
  restored: number;
  badShare: number;
  ceiling: number;
  windowDays: number;
}

export function figuresOf(counts: FilingCounts, policy: Pick<Policy, 'abuseMaxBadShare' | 'accuracyWindowDays'>): SanctionFigures {
  return {
    decided: counts.decided,
    rejected: counts.rejected,
    restored: counts.restored,
    badShare: badShareOf(counts) ?? 0,
    ceiling: policy.abuseMaxBadShare,
    windowDays: policy.accuracyWindowDays,
  };
}

/** Reads stored figures defensively: rows written by hand or by older code may lack a field. */
export function readFigures(json: unknown): SanctionFigures | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const r = json as Record<string, unknown>;
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const decided = n(r.decided);
  const badShare = n(r.badShare);
  const ceiling = n(r.ceiling);
  const windowDays = n(r.windowDays);
  if (decided === null || badShare === null || ceiling === null || windowDays === null) return null;
  return { decided, rejected: n(r.rejected) ?? 0, restored: n(r.restored) ?? 0, badShare, ceiling, windowDays };
}

/** The stored reason of a warning (until: end of its grace) or suspension (until: its end), in every language. */
export function composeSanctionReason(kind: FilingSanctionKind, figures: SanctionFigures, until: Date): string {
  const key = kind === 'WARNING' ? 'sanctions.reason.warning' : 'sanctions.reason.suspension';
  return encodeLocalizedText(
    inEveryLanguage((t, locale) =>
      t(key, {
        windowDays: figures.windowDays,
        decided: figures.decided,
        rejected: figures.rejected,
        restored: figures.restored,
        badShare: formatShare(figures.badShare),
        ceiling: formatShare(figures.ceiling),
        until: makeFormat(locale).date(until),
      }),
    ),
  );
}
