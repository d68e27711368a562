import { Badge } from '@/components/ui/badge';
import { CLAIM_ITEM_STATUS_TONE } from '@/lib/domain/status-tones';
import type { ClaimItemStatus } from '@/lib/generated/prisma/enums';
import type { ItemCounts } from '@/lib/data/claims';
import type { Translator } from '@/lib/i18n/server';

// Outcomes first, then what is still open, so the eye lands on results.
const ORDER: ClaimItemStatus[] = ['REMOVED', 'RESTORED', 'REJECTED', 'INFO_REQUESTED', 'IN_REVIEW', 'PENDING', 'WITHDRAWN'];

/** "12 listings" and a badge per item status ("3 removed", "1 pending"); drafts pass no statuses. */
export function ClaimItemCounts({ total, items, t }: { total: number; items: ItemCounts; t: Translator }) {
  return (
    <div className="space-y-1">
      <div>{t('brand.claims.listingCount', { count: total })}</div>
      <div className="flex flex-wrap gap-1">
        {ORDER.filter((status) => (items[status] ?? 0) > 0).map((status) => (
          <Badge key={status} tone={CLAIM_ITEM_STATUS_TONE[status]}>
            {t('brand.claims.itemStatusCount', { count: items[status] ?? 0, status: t(`review.claimItemStatus.${status}`) })}
          </Badge>
        ))}
      </div>
    </div>
  );
}
