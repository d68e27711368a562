// Tells a filing organisation, on its home and on the filing pages, that it is suspended from
// filing (and until when) or warned (and until when the grace runs), with the stored reason.
// A server component: it reads the organisation's standing itself, so a page adds one line.
import { filingStandingOf } from '@/lib/data/filing-sanctions';
import { localizedIn } from '@/lib/domain/localized-text';
import { getLocale, getServerFormatter, getServerTranslator } from '@/lib/i18n/server';

export async function FilingSanctionBanner({ organisationId }: { organisationId: string }) {
  const standing = await filingStandingOf(organisationId);
  if (!standing.suspension && !standing.warning) return null;
  const [t, format, locale] = await Promise.all([getServerTranslator(), getServerFormatter(), getLocale()]);
  if (standing.suspension) {
    const { endsAt, reason } = standing.suspension;
    return (
      <section aria-labelledby="filing-sanction-title" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
        <h2 id="filing-sanction-title" className="font-semibold">
          {t('sanctions.banner.suspendedTitle', { until: endsAt ? format.date(endsAt) : t('sanctions.admin.noEnd') })}
        </h2>
        <p className="mt-1">{t('sanctions.banner.suspendedBody')}</p>
        <p className="mt-1">{t('sanctions.banner.reason', { reason: localizedIn(reason, locale) })}</p>
      </section>
    );
  }
  const warning = standing.warning!;
  return (
    <section aria-labelledby="filing-sanction-title" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
      <h2 id="filing-sanction-title" className="font-semibold">
        {t('sanctions.banner.warningTitle')}
      </h2>
      <p className="mt-1">{t('sanctions.banner.warningBody', { until: format.date(warning.graceEndsAt) })}</p>
      <p className="mt-1">{t('sanctions.banner.reason', { reason: localizedIn(warning.reason, locale) })}</p>
    </section>
  );
}
