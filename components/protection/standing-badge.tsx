import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { AuthorizationStanding } from '@/lib/domain/brand-authorization';

export const STANDING_TONE: Record<AuthorizationStanding, BadgeTone> = {
  VALID: 'good',
  NOT_YET_VALID: 'info',
  EXPIRED: 'warn',
  REVOKED: 'bad',
};

export function StandingBadge({ standing, label }: { standing: AuthorizationStanding; label: string }) {
  return <Badge tone={STANDING_TONE[standing]}>{label}</Badge>;
}
