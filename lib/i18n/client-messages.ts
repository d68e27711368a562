// The part of the message catalogue that client components need. The root layout hands the
// catalogue to <ClientIntlProvider>, so whatever it passes is serialised into the RSC payload
// of every HTML page: the whole catalogue was ~140 KB of JSON per page (en), most of it
// strings only server components read (they translate with getServerTranslator and send
// text). Client components call useTranslations with the namespaces below and nothing else;
// tests/unit/client-messages.test.ts scans every 'use client' file and fails when a call
// names a namespace this list does not cover (a missing namespace would only show at run
// time, as raw keys in the browser). Keep the entries narrow: a whole top-level namespace
// costs every page its full size.
import type { AbstractIntlMessages, IntlConfig } from 'use-intl';
import type { Locale } from './locales';
import { MESSAGES } from './messages';

/** What <IntlProvider> accepts: any part of the catalogue, at the catalogue's paths. */
export type ClientMessages = NonNullable<IntlConfig['messages']>;

export const CLIENT_NAMESPACES = [
  'admin.newUser',
  'admin.user',
  'auth.signIn',
  'auth.signUp',
  'brand.agencyForm',
  'brand.brandForm',
  'brand.rightForm',
  'bulkImport',
  'claims.answer',
  'claims.withdraw',
  'counterNotices.brand',
  'counterNotices.form',
  'counterNotices.ground',
  'counterNotices.groundHint',
  'counterNotices.review',
  'documents.upload',
  'enforcement.appeal',
  'enforcement.closure',
  'enforcement.jobs',
  'enforcement.seller',
  'filing.declarations',
  'filing.delete',
  'filing.editor',
  'filing.evidence',
  'filing.infringementTypes',
  'filing.listings',
  'filing.new',
  'filing.rights',
  'filing.steps',
  'filing.types',
  'pages.error',
  'protection.authorizations',
  'protection.distributors',
  'protection.issue',
  'protection.prices',
  'protection.protection',
  'review.decision',
  'review.itemDecision',
  'review.rejectionReason',
  'review.removalReason',
  'review.takeNext',
  'shell.localeSwitch',
  'shell.roles',
  'storeVerification.decision',
  'storeVerification.form',
  'storeVerification.signUp',
  'trust.review',
] as const;

/** True when `namespace` (a dotted path) lies inside one of the listed subtrees. */
export function isClientNamespace(namespace: string, namespaces: readonly string[] = CLIENT_NAMESPACES): boolean {
  return namespaces.some((listed) => namespace === listed || namespace.startsWith(`${listed}.`));
}

/** The subtree at a dotted path, or undefined when the path does not exist. */
export function messagesAt(catalogue: AbstractIntlMessages, path: string): AbstractIntlMessages | string | undefined {
  let node: AbstractIntlMessages | string | undefined = catalogue;
  for (const key of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[key];
  }
  return node;
}

/** A catalogue holding only the given subtrees, at the same paths (shared, not copied). */
export function pickMessages(catalogue: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const namespace of namespaces) {
    const value = messagesAt(catalogue, namespace);
    if (value === undefined) continue;
    const keys = namespace.split('.');
    const last = keys.pop()!;
    let target = picked;
    for (const key of keys) {
      const next = target[key];
      if (next === undefined || typeof next === 'string') target = target[key] = {};
      else target = next;
    }
    target[last] = value;
  }
  return picked;
}

// Computed once per locale: the catalogue is static, and the layout renders on every request.
const byLocale = new Map<Locale, ClientMessages>();

/** The client components' share of a locale's catalogue. */
export function getClientMessages(locale: Locale): ClientMessages {
  let messages = byLocale.get(locale);
  if (!messages) {
    // A subset of the typed catalogue at the same paths, which is what ClientMessages means.
    messages = pickMessages(MESSAGES[locale], CLIENT_NAMESPACES) as ClientMessages;
    byLocale.set(locale, messages);
  }
  return messages;
}
