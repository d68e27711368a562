// Badge tones of the enforcement statuses (closures, appeals), beside lib/domain/status-tones.ts.
import type { AppealStatus, ClosureStatus } from '@/lib/generated/prisma/enums';
import type { Tone } from '@/lib/domain/status-tones';

export const CLOSURE_STATUS_TONE: Record<ClosureStatus, Tone> = { OPEN: 'warn', PROPOSED: 'warn', APPROVED: 'bad', DECLINED: 'neutral', WITHDRAWN: 'neutral' };
export const APPEAL_STATUS_TONE: Record<AppealStatus, Tone> = { SUBMITTED: 'warn', GRANTED: 'good', DENIED: 'bad' };
