import { Badge } from '@/components/ui/badge';
import { dueLabel } from '@/lib/domain/queue';
import { DUE_STATE_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

/** "in 5 hr" / "overdue by 2 hr" / "paused", with the exact due time on hover. */
export function DueBadge({ item, t, format }: { item: { status: string; dueAt: Date | null }; t: Translator; format: Format }) {
  const label = dueLabel(item, format.now);
  const text = label.distance
    ? t(`review.due.${label.state === 'overdue' ? 'overdue' : 'in'}`, { duration: format.duration(label.distance) })
    : t(`review.due.${label.state === 'paused' ? 'paused' : 'none'}`);
  return (
    <span title={item.dueAt ? format.dateTime(item.dueAt) : undefined} className="whitespace-nowrap">
      <Badge tone={DUE_STATE_TONE[label.state]}>{text}</Badge>
    </span>
  );
}
