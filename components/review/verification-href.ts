import type { VerificationKind } from '@/lib/validations/verifications';

const SEGMENT: Record<VerificationKind, string> = { brand: 'brands', right: 'rights', agency: 'agency' };

/** Where a waiting brand, right or power of attorney is decided. */
export function verificationHref(kind: VerificationKind, id: string): string {
  return `/review/verifications/${SEGMENT[kind]}/${id}`;
}
