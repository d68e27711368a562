// GET /api/verify/<code>: the facts of the public verification page as JSON, for anyone
// (no session). Never cached: a revocation must show at once.
import { NextResponse } from 'next/server';
import { verifyAuthorizationCode } from '@/lib/data/brand-authorizations';
import { normalizeAuthorizationCode } from '@/lib/domain/brand-authorization';

const NO_STORE = { 'Cache-Control': 'no-store' };

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = normalizeAuthorizationCode(safeDecode(raw).slice(0, 64));
  const now = new Date();
  const found = code ? await verifyAuthorizationCode(code, now) : null;
  if (!found) return NextResponse.json({ code, status: 'UNKNOWN_CODE', checkedAt: now.toISOString() }, { status: 404, headers: NO_STORE });
  return NextResponse.json(
    {
      code: found.code,
      status: found.standing,
      brand: found.brandName,
      holder: found.holderName,
      productLines: found.productLines,
      validFrom: found.validFrom.toISOString(),
      validUntil: found.validUntil.toISOString(),
      revokedAt: found.revokedAt?.toISOString() ?? null,
      chain: found.chain.map((link) => ({
        holder: link.holderName,
        status: link.standing,
        validFrom: link.validFrom.toISOString(),
        validUntil: link.validUntil.toISOString(),
        revokedAt: link.revokedAt?.toISOString() ?? null,
      })),
      checkedAt: now.toISOString(),
    },
    { headers: NO_STORE },
  );
}

/** The path segment as typed; a malformed escape is kept as it is (it will not be a code). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
