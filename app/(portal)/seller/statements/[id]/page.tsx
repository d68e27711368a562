import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache, type ReactNode } from 'react';
import { createTranslator } from 'use-intl/core';
import { Card, CardBody } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getStatementForSeller, type SellerStatement } from '@/lib/data/statements';
import { decodeLocalizedText, type LocalizedText } from '@/lib/domain/localized-text';
import { makeFormat } from '@/lib/format';
import { LOCALES, LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';

const loadStatement = cache((organisationId: string, id: string) => getStatementForSeller(organisationId, id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const statement = user && can(user.role, 'notice.viewOwn') ? await loadStatement(user.organisationId, id) : null;
  return { title: statement ? t('seller.statement.title') : t('seller.statement.notFoundTitle') };
}

/** The same value in every language: composed text as frozen, or a label/date rendered per language. */
type Value = { text: LocalizedText; plain: boolean } | null;

function inEveryLanguage(render: (t: ReturnType<typeof translatorFor>, locale: Locale) => string): Value {
  return { text: Object.fromEntries(LOCALES.map((l) => [l, render(translatorFor(l), l)])) as LocalizedText, plain: false };
}

function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

function stored(text: string | null): Value {
  return text ? decodeLocalizedText(text) : null;
}

/**
 * A statement of reasons (DSA Art 17) as its seller reads it: every field, in the reader's
 * language first and then in the other — sellers and brands often do not share one, and
 * the record is the same for both. Only the seller whose store it concerns may open it.
 */
export default async function StatementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('notice.viewOwn', `/seller/statements/${encodeURIComponent(id)}`);
  const statement = await loadStatement(user.organisationId, id);
  if (!statement) notFound();
  const [t, locale] = await Promise.all([getServerTranslator(), getLocale()]);
  const format = makeFormat(locale);
  const fields = statementFields(statement);

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <Link href="/seller#notices" className="text-sm text-brand-700 hover:underline">
          ← {t('seller.statement.back')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('seller.statement.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('seller.statement.intro')}</p>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {statement.listing ? (
            <>
              <dt className="text-slate-500">{t('seller.statement.listing')}</dt>
              <dd className="text-slate-900">
                {statement.listing.title} · <span className="font-mono text-xs">{statement.listing.externalId}</span>
              </dd>
            </>
          ) : null}
          <dt className="text-slate-500">{t('seller.statement.store')}</dt>
          <dd className="text-slate-900">{statement.store.name}</dd>
          {statement.claimItem ? (
            <>
              <dt className="text-slate-500">{t('seller.statement.claim')}</dt>
              <dd className="text-slate-900">
                <span className="font-mono text-xs">{statement.claimItem.claim.reference}</span> · {statement.claimItem.claim.brand.name}
              </dd>
            </>
          ) : null}
          <dt className="text-slate-500">{t('seller.statement.issued')}</dt>
          <dd className="text-slate-900">{format.dateTime(statement.createdAt)}</dd>
        </dl>
      </div>

      <Card aria-label={t('seller.statement.fieldsLabel')}>
        <CardBody>
          <dl className="divide-y divide-slate-100">
            {fields.map((field) => (
              <div key={field.key} className="grid gap-2 py-4 sm:grid-cols-[12rem_1fr]">
                <dt className="text-sm font-semibold text-slate-700">
                  {t(`seller.statement.fields.${field.key}`)}
                  <p className="mt-0.5 text-xs font-normal text-slate-500">{t(`seller.statement.fieldHints.${field.key}`)}</p>
                </dt>
                <dd className="min-w-0 text-sm text-slate-900">
                  <InLanguages value={field.value} locale={locale} none={t('seller.statement.notGiven')} />
                </dd>
              </div>
            ))}
          </dl>
        </CardBody>
      </Card>
    </div>
  );
}

const FIELD_KEYS = ['restriction', 'scope', 'facts', 'evidenceSummary', 'legalGround', 'contractualGround', 'automated', 'redress', 'contestUntil'] as const;

function statementFields(statement: SellerStatement): { key: (typeof FIELD_KEYS)[number]; value: Value }[] {
  const values: Record<(typeof FIELD_KEYS)[number], Value> = {
    restriction: inEveryLanguage((t) => t(`seller.statement.restriction.${statement.restriction}`)),
    scope: stored(statement.scope),
    facts: stored(statement.facts),
    evidenceSummary: stored(statement.evidenceSummary),
    legalGround: stored(statement.legalGround),
    contractualGround: stored(statement.contractualGround),
    // Automated with a claim behind it: a trusted brand's expedited removal, reviewed after;
    // without one: the protected-listings job's removal at the end of a grace period.
    automated: inEveryLanguage((t) =>
      !statement.automated ? t('seller.statement.automatedNo') : statement.claimItem ? t('seller.statement.automatedYes') : t('seller.statement.automatedRule'),
    ),
    redress: stored(statement.redress),
    contestUntil: statement.contestUntil ? inEveryLanguage((_t, l) => makeFormat(l).dateTime(statement.contestUntil!)) : null,
  };
  return FIELD_KEYS.map((key) => ({ key, value: values[key] }));
}

/** The reader's language first; then each other language, marked as such (lang attribute for screen readers and fonts). */
function InLanguages({ value, locale, none }: { value: Value; locale: Locale; none: ReactNode }) {
  if (!value) return <span className="text-slate-500">{none}</span>;
  if (value.plain) return <p className="whitespace-pre-line">{value.text[locale]}</p>;
  return (
    <div className="space-y-2">
      <p lang={locale} className="whitespace-pre-line">
        {value.text[locale]}
      </p>
      {LOCALES.filter((l) => l !== locale).map((other) => (
        <div key={other} lang={other} className="border-l-2 border-slate-200 pl-3 text-slate-600">
          <span className="text-xs font-medium text-slate-500">{LOCALE_NAMES[other]}</span>
          <p className="whitespace-pre-line">{value.text[other]}</p>
        </div>
      ))}
    </div>
  );
}
