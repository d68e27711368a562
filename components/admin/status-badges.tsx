import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { UserStatus, VerificationStatus } from '@/lib/generated/prisma/enums';

const USER_STATUS_TONE: Record<UserStatus, BadgeTone> = { ACTIVE: 'good', DISABLED: 'bad' };
const VERIFICATION_TONE: Record<VerificationStatus, BadgeTone> = { UNVERIFIED: 'neutral', PENDING: 'warn', VERIFIED: 'good', REJECTED: 'bad' };

export function UserStatusBadge({ status, label }: { status: UserStatus; label: string }) {
  return <Badge tone={USER_STATUS_TONE[status]}>{label}</Badge>;
}

export function VerificationBadge({ status, label }: { status: VerificationStatus; label: string }) {
  return <Badge tone={VERIFICATION_TONE[status]}>{label}</Badge>;
}
