// The statement of reasons a seller receives when a listing is removed (DSA Art 17): what
// was restricted and its scope, the facts and the evidence relied on, the right (legal
// ground) and the marketplace clause (contractual ground), whether automated means decided
// it, and how and until when to contest. Composed here from the facts of the decision, in
// every language the portal speaks, and frozen as the record (./localized-text.ts). Pure.
import { createTranslator } from 'use-intl/core';
import type { DocumentKind, InfringementType, RemovalReason, RightType } from '../generated/prisma/enums';
import { LOCALES, type Locale } from '../i18n/locales';
import { MESSAGES } from '../i18n/messages';
import { makeFormat } from '../format';
import { counterNoticeDeadline } from './deadlines';
import type { Policy } from './policy';
import { encodeLocalizedText, type LocalizedText } from './localized-text';

export interface RemovalFacts {
  /** The marketplace the listing is removed from (the reviewer's organisation). */
  marketplaceName: string;
  removedAt: Date;
  /** True only when no person decided (an expedited removal, reviewed after). */
  automated: boolean;
  listing: { externalId: string; title: string };
  store: { name: string };
  claim: { reference: string; submittedAt: Date | null; summary: string | null; brandName: string; filerName: string };
  item: { infringementType: InfringementType; note: string | null };
  decision: { removalReason: RemovalReason; note: string | null };
  right: { type: RightType; office: string; registrationNumber: string; ownerName: string; jurisdiction: string; classes: readonly number[] };
  /** The documents the claim put forward for this listing (the claim's own and the item's). */
  evidence: readonly { kind: DocumentKind; fileName: string; confidential: boolean }[];
}

export interface RemovalStatement {
  restriction: 'LISTING_REMOVAL';
  scope: LocalizedText;
  facts: LocalizedText;
  evidenceSummary: LocalizedText;
  legalGround: LocalizedText;
  contractualGround: LocalizedText;
  automated: boolean;
  redress: LocalizedText;
  contestUntil: Date;
}

/** The text fields of a statement, every one of which a seller must be given. */
export const STATEMENT_TEXT_FIELDS = ['scope', 'facts', 'evidenceSummary', 'legalGround', 'contractualGround', 'redress'] as const;

// Sentences of one paragraph: English separates them with a space, Chinese runs them on
// (each already ends with its full stop).
const SENTENCE_GAP: Record<Locale, string> = { en: ' ', 'zh-CN': '' };

export function inEveryLanguage(compose: (t: ReturnType<typeof translatorFor>, locale: Locale) => string): LocalizedText {
  return Object.fromEntries(LOCALES.map((locale) => [locale, compose(translatorFor(locale), locale)])) as LocalizedText;
}

function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

const present = (text: string | null | undefined): text is string => !!text && text.trim() !== '';

/** Free text quoted inside a sentence: the sentence gives the full stop, so the quote drops its own. */
function quoted(text: string): string {
  return text.trim().replace(/[.。]+$/u, '');
}

export function composeRemovalStatement(facts: RemovalFacts, policy: Pick<Policy, 'counterNoticeWindowDays'>): RemovalStatement {
  const contestUntil = counterNoticeDeadline(facts.removedAt, policy);
  const removalReason = (t: ReturnType<typeof translatorFor>) => t(`review.removalReason.${facts.decision.removalReason}`);

  const scope = inEveryLanguage((t, locale) =>
    t('seller.statementText.scope', {
      externalId: facts.listing.externalId,
      title: facts.listing.title,
      store: facts.store.name,
      marketplace: facts.marketplaceName,
      removedAt: makeFormat(locale).dateTime(facts.removedAt),
    }),
  );

  const factsText = inEveryLanguage((t, locale) => {
    const sentences = [
      t('seller.statementText.factsClaim', {
        brand: facts.claim.brandName,
        filer: facts.claim.filerName,
        reference: facts.claim.reference,
        infringementType: t(`review.infringementType.${facts.item.infringementType}`),
        submittedAt: facts.claim.submittedAt ? makeFormat(locale).date(facts.claim.submittedAt) : '—',
      }),
    ];
    if (present(facts.item.note)) sentences.push(t('seller.statementText.factsBrandNote', { note: quoted(facts.item.note) }));
    if (present(facts.claim.summary)) sentences.push(t('seller.statementText.factsSummary', { summary: quoted(facts.claim.summary) }));
    sentences.push(
      t(facts.automated ? 'seller.statementText.factsFindingAutomated' : 'seller.statementText.factsFinding', { removalReason: removalReason(t) }),
    );
    if (present(facts.decision.note)) sentences.push(t('seller.statementText.factsReviewerNote', { note: quoted(facts.decision.note) }));
    return sentences.join(SENTENCE_GAP[locale]);
  });

  const evidenceSummary = inEveryLanguage((t) => {
    if (facts.evidence.length === 0) return t('seller.statementText.evidenceNone');
    // Confidential documents are named only as such: their kind and name stay with the brand.
    const items = facts.evidence.map((e) =>
      e.confidential
        ? t('seller.statementText.evidenceConfidential')
        : t('seller.statementText.evidenceItem', { kind: t(`documents.kinds.${e.kind}`), fileName: e.fileName }),
    );
    return t('seller.statementText.evidenceList', { items: items.join(t('seller.statementText.listSeparator')) });
  });

  const legalGround = inEveryLanguage((t) =>
    t('seller.statementText.legalGround', {
      rightType: t(`brand.rightType.${facts.right.type}`),
      office: facts.right.office,
      registrationNumber: facts.right.registrationNumber,
      classCount: facts.right.classes.length,
      classes: facts.right.classes.join(', '),
      owner: facts.right.ownerName,
      jurisdiction: facts.right.jurisdiction,
    }),
  );

  const contractualGround = inEveryLanguage((t) => t(`seller.statementText.policyClause.${facts.decision.removalReason}`));

  const redress = inEveryLanguage((t, locale) =>
    t('seller.statementText.redress', { contestUntil: makeFormat(locale).dateTime(contestUntil), marketplace: facts.marketplaceName }),
  );

  return {
    restriction: 'LISTING_REMOVAL',
    scope,
    facts: factsText,
    evidenceSummary,
    legalGround,
    contractualGround,
    automated: facts.automated,
    redress,
    contestUntil,
  };
}

/** The statement as the StatementOfReasons row stores it (text frozen in every language). */
export function statementRecord(statement: RemovalStatement) {
  return {
    restriction: statement.restriction,
    scope: encodeLocalizedText(statement.scope),
    facts: encodeLocalizedText(statement.facts),
    evidenceSummary: encodeLocalizedText(statement.evidenceSummary),
    legalGround: encodeLocalizedText(statement.legalGround),
    contractualGround: encodeLocalizedText(statement.contractualGround),
    automated: statement.automated,
    redress: encodeLocalizedText(statement.redress),
    contestUntil: statement.contestUntil,
  };
}

/** The strike's reason, as the store's record shows it. */
export function composeStrikeReason(facts: Pick<RemovalFacts, 'listing' | 'claim' | 'decision'>): LocalizedText {
  return inEveryLanguage((t) =>
    t('seller.statementText.strikeReason', {
      externalId: facts.listing.externalId,
      reference: facts.claim.reference,
      removalReason: t(`review.removalReason.${facts.decision.removalReason}`),
    }),
  );
}
