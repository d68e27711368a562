import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { StandingBadge } from '@/components/protection/standing-badge';
import { VerifyCodeForm } from '@/components/protection/verify-code-form';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody } from '@/components/ui/card';
import { verifyAuthorizationCode } from '@/lib/data/brand-authorizations';
import { normalizeAuthorizationCode } from '@/lib/domain/brand-authorization';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('protection.verify.title'), robots: { index: false } };
}

const ALERT_TONE = { VALID: 'success', NOT_YET_VALID: 'info', EXPIRED: 'error', REVOKED: 'error' } as const;

export default async function VerifyCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const typed = safeDecode(raw).slice(0, 64);
  const code = normalizeAuthorizationCode(typed);
  // One address per authorization: a code typed another way goes to its canonical form.
  if (code && code !== typed) redirect(`/verify/${code}`);
  const now = new Date();
  const [t, locale] = await Promise.all([getServerTranslator(), getLocale()]);
  const format = makeFormat(locale, now);
  const found = code ? await verifyAuthorizationCode(code, now) : null;

  if (!found) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold text-slate-900">{t('protection.verify.unknownTitle')}</h1>
        <Alert tone="error">{code ? t('protection.verify.unknown', { code }) : t('protection.verify.malformed', { code: typed })}</Alert>
        <VerifyCodeForm t={t} />
      </div>
    );
  }

  const standingLabel = t(`protection.verify.standing.${found.standing}`);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">{t('protection.verify.resultTitle', { code: found.code })}</h1>
        <StandingBadge standing={found.standing} label={standingLabel} />
      </div>
      <Alert tone={ALERT_TONE[found.standing]}>
        <p className="text-lg font-semibold">
          {standingLabel}
        </p>
        <p>
          {found.standing === 'REVOKED'
            ? t('protection.verify.explain.REVOKED', { date: found.revokedAt ? format.date(found.revokedAt) : '' })
            : t(`protection.verify.explain.${found.standing}`)}
        </p>
      </Alert>
      <Card>
        <CardBody>
          <dl className="grid gap-x-8 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">{t('protection.verify.brand')}</dt>
            <dd className="font-medium text-slate-900">{found.brandName}</dd>
            <dt className="text-slate-500">{t('protection.verify.holder')}</dt>
            <dd className="text-slate-800">{found.holderName}</dd>
            <dt className="text-slate-500">{t('protection.verify.scope')}</dt>
            <dd className="text-slate-800">{found.productLines.join(', ')}</dd>
            <dt className="text-slate-500">{t('protection.verify.validFrom')}</dt>
            <dd className="text-slate-800">{format.date(found.validFrom)}</dd>
            <dt className="text-slate-500">{t('protection.verify.validUntil')}</dt>
            <dd className="text-slate-800">{format.date(found.validUntil)}</dd>
          </dl>
        </CardBody>
      </Card>
      <section aria-labelledby="chain-title" className="space-y-2">
        <h2 id="chain-title" className="text-lg font-semibold text-slate-900">
          {t('protection.verify.chainTitle')}
        </h2>
        <ol className="space-y-2 text-sm">
          <li className="text-slate-800">{t('protection.verify.chainBrand', { brand: found.brandName })}</li>
          {found.chain.map((link, i) => (
            <li key={i} className="flex flex-wrap items-center gap-2 text-slate-800" style={{ paddingLeft: `${(i + 1) * 1.25}rem` }}>
              <span aria-hidden="true">↳</span>
              <span className={link === found.chain.at(-1) ? 'font-medium' : undefined}>{t('protection.verify.chainLink', { holder: link.holderName })}</span>
              <StandingBadge standing={link.standing} label={t(`protection.verify.standing.${link.standing}`)} />
              <span className="text-xs text-slate-500">
                {format.date(link.validFrom)} – {format.date(link.validUntil)}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <p className="text-xs text-slate-500">{t('protection.verify.checkedAt', { date: format.dateTime(now) })}</p>
      <Link href="/verify" className="text-sm text-brand-700 hover:underline">
        {t('protection.verify.another')}
      </Link>
    </div>
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
