// Notifications as plain data: which types exist (the catalogue's notifications.types),
// which values each message takes, how those values are stored, who receives a
// notification, and how it reads in a given language. No database here: lib/notifications.ts
// writes them, lib/data/notifications.ts reads them.
import { createTranslator } from 'use-intl/core';
import type { Locale } from '../i18n/locales';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locales';
import { MESSAGES, type Messages } from '../i18n/messages';
import { DISPLAY_TIME_ZONE } from '../format';

/** A notification type: a key under `notifications.types` in the catalogue. */
export type NotificationType = keyof Messages['notifications']['types'];

/**
 * The values each type's subject and body use. A unit test holds this table and the
 * catalogue together (every type here has messages in both languages, every placeholder
 * of those messages is listed here), so a caller that type-checks renders completely.
 */
export const NOTIFICATION_PARAMS = {
  claimFiled: ['claimReference', 'itemCount'],
  claimItemRemoved: ['listingTitle', 'storeName', 'claimReference', 'contestBy'],
  claimItemDecided: ['listingTitle', 'claimReference', 'outcome', 'reason'],
  infoRequested: ['listingTitle', 'claimReference'],
  infoProvided: ['listingTitle', 'claimReference', 'brandName'],
  claimWithdrawn: ['claimReference', 'brandName', 'storeName'],
  claimItemWithdrawn: ['listingTitle', 'brandName'],
  claimItemWithdrawnListingHeld: ['listingTitle', 'brandName'],
  claimItemWithdrawnReviewer: ['listingTitle', 'claimReference', 'brandName'],
  claimWithdrawnReviewer: ['claimReference', 'brandName', 'itemCount'],
  counterNoticeFiled: ['listingTitle', 'claimReference', 'respondBy'],
  counterNoticeDecided: ['listingTitle', 'claimReference', 'outcome', 'reason'],
  counterNoticeBrandResponded: ['listingTitle', 'claimReference', 'brandName'],
  counterNoticeBrandWindowClosed: ['listingTitle', 'claimReference'],
  counterNoticeWindowClosing: ['listingTitle', 'closesAt'],
  brandResponseDue: ['listingTitle', 'claimReference', 'dueAt'],
  rightVerified: ['rightName', 'brandName'],
  rightRejected: ['rightName', 'brandName', 'reason'],
  brandVerified: ['brandName'],
  brandRejected: ['brandName', 'reason'],
  rightExpiring: ['rightName', 'brandName', 'expiresAt'],
  agencyAuthorizationVerified: ['agencyName', 'brandName'],
  agencyAuthorizationRejected: ['agencyName', 'brandName', 'reason'],
  // Issue 4: right to sell, seller verification, enforcement.
  storeVerificationSubmitted: ['storeName'],
  storeVerified: ['storeName'],
  storeVerificationRejected: ['storeName', 'reason'],
  authorizationIssued: ['brandName', 'holderName', 'code'],
  authorizationRevoked: ['brandName', 'code', 'reason'],
  applicationSubmitted: ['storeName', 'brandName'],
  applicationInfoRequested: ['storeName', 'brandName', 'request'],
  applicationApproved: ['storeName', 'brandName', 'expiresAt'],
  applicationRejected: ['storeName', 'brandName', 'reason'],
  letterConfirmationRequested: ['brandName', 'storeName', 'issuerName', 'dueAt'],
  letterAnswered: ['brandName', 'storeName', 'outcome'],
  grantExpiring: ['storeName', 'brandName', 'expiresAt'],
  grantEnded: ['storeName', 'brandName', 'reason'],
  listingFlagged: ['listingTitle', 'brandName', 'graceEndsAt'],
  listingRemovedUnauthorized: ['listingTitle', 'brandName'],
  strikeIssued: ['storeName', 'reason'],
  closureOpened: ['storeName', 'trigger'],
  closureProposed: ['storeName', 'proposerName'],
  closureDecided: ['storeName', 'outcome', 'reason'],
  storeClosed: ['storeName', 'reason', 'appealBy'],
  appealFiled: ['storeName'],
  appealDecided: ['storeName', 'outcome', 'reason'],
  // Issue 5: trusted brands, expedited removal, abuse sanctions. Shares are passed formatted ("92.0%").
  brandTrusted: ['brandName', 'windowDays', 'accuracy', 'decided', 'restoredShare'],
  brandTrustLost: ['brandName', 'windowDays', 'accuracy', 'decided', 'restoredShare', 'minAccuracy', 'minDecided', 'maxRestoredShare', 'lockoutEndsAt'],
  filingWarning: ['organisationName', 'windowDays', 'badShare', 'decided', 'ceiling', 'graceEndsAt'],
  filingSuspended: ['organisationName', 'windowDays', 'badShare', 'decided', 'ceiling', 'endsAt'],
  filingSuspensionLifted: ['organisationName', 'reason'],
  expeditedRemovalOverturned: ['listingTitle', 'claimReference', 'reason'],
  listingRestoredAfterReview: ['listingTitle', 'claimReference'],
} as const satisfies Record<NotificationType, readonly string[]>;

export const NOTIFICATION_TYPES = Object.keys(NOTIFICATION_PARAMS) as NotificationType[];

export function isNotificationType(value: unknown): value is NotificationType {
  return typeof value === 'string' && Object.hasOwn(NOTIFICATION_PARAMS, value);
}

/** A value a message can show: text, a number, or a moment (shown as a date and time, UTC). */
export type ParamValue = string | number | Date;

/** Exactly the values type T's messages take. */
export type NotificationParams<T extends NotificationType> = Record<(typeof NOTIFICATION_PARAMS)[T][number], ParamValue>;

/** How a Date is kept in the JSON column, so it comes back as a Date (and formats as one). */
type StoredValue = string | number | { $date: string };

export function encodeParams(params: Record<string, ParamValue>): Record<string, StoredValue> {
  const stored: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(params)) {
    stored[key] = value instanceof Date ? { $date: value.toISOString() } : value;
  }
  return stored;
}

/** The stored values back as message values; anything malformed is left out, never thrown. */
export function decodeParams(stored: unknown): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return params;
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      params[key] = value;
    } else if (value && typeof value === 'object' && typeof (value as { $date?: unknown }).$date === 'string') {
      const date = new Date((value as { $date: string }).$date);
      if (!Number.isNaN(date.getTime())) params[key] = date;
    }
  }
  return params;
}

/**
 * True for a path inside the portal ("/claims/42?tab=items"). Links are followed by a
 * redirect after a click (app/(portal)/notifications/[id]/open), so anything that could
 * leave the site — "//evil.example", "/\\evil.example", "https://…", control characters —
 * is refused.
 */
export function isPortalPath(link: string): boolean {
  if (!link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return false;
  if (link.length > 2000) return false;
  if (/[\u0000-\u001f\u007f\\]/.test(link)) return false;
  try {
    // Resolved against a placeholder origin, a same-site path keeps that origin.
    return new URL(link, 'http://portal.invalid').origin === 'http://portal.invalid';
  } catch {
    return false;
  }
}

// ───────────────────────────── Recipients ─────────────────────────────

/** Who a notification is for: named users, and/or every active user of some organisations. */
export interface Recipients {
  userIds?: readonly string[];
  organisationIds?: readonly string[];
}

export interface RecipientUser {
  id: string;
  email: string;
  name: string;
  locale: string;
  /** The organisation the notification is filed under for this user (may be null). */
  organisationId: string | null;
}

/**
 * One entry per user, whichever way they were named (a user named directly and also a
 * member of a named organisation gets ONE notification). The organisation through which
 * they were reached wins over the user's own first membership, so an agency's notification
 * about a brand is filed under the organisation it was addressed to. Sorted by user id:
 * the same input always writes the same rows in the same order.
 */
export function mergeRecipients(direct: readonly RecipientUser[], viaOrganisations: readonly RecipientUser[]): RecipientUser[] {
  const byId = new Map<string, RecipientUser>();
  for (const user of [...viaOrganisations, ...direct]) if (!byId.has(user.id)) byId.set(user.id, user);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ───────────────────────────── Rendering ─────────────────────────────

/** Dates in notification messages: `{deadline, date, deadline}` — a moment with its time zone. */
const MESSAGE_FORMATS = {
  dateTime: {
    deadline: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
  },
} as const;

/** A translator for one locale outside a request (e-mails are rendered for their recipient). */
export function notificationTranslator(locale: Locale) {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: 'notifications',
    timeZone: DISPLAY_TIME_ZONE,
    formats: MESSAGE_FORMATS,
    // A stored notification whose values no longer fit its message still shows: the
    // message key stands in for the broken part instead of failing the page or the job.
    onError: () => {},
  });
}

export function localeOrDefault(value: string | null | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export interface RenderedNotification {
  subject: string;
  body: string;
}

/** A notification's subject and body in `locale`. An unknown type (from an older release) reads generically. */
export function renderNotification(locale: Locale, type: string, params: Record<string, ParamValue>): RenderedNotification {
  const t = notificationTranslator(locale);
  if (!isNotificationType(type)) return { subject: t('unknownType'), body: '' };
  return {
    subject: t(`types.${type}.subject`, params),
    body: t(`types.${type}.body`, params),
  };
}

export interface NotificationEmail {
  subject: string;
  bodyText: string;
}

/**
 * The plain-text e-mail for one recipient, in that recipient's language: greeting, the
 * message, a link into the portal and why they receive it.
 */
export function renderNotificationEmail(input: {
  locale: Locale;
  recipientName: string;
  type: NotificationType;
  params: Record<string, ParamValue>;
  /** Absolute URL the e-mail links to. */
  url: string;
  /** The portal's origin, named in the footer. */
  portal: string;
}): NotificationEmail {
  const t = notificationTranslator(input.locale);
  const { subject, body } = renderNotification(input.locale, input.type, input.params);
  const bodyText = [
    t('email.greeting', { name: input.recipientName }),
    '',
    body,
    '',
    t('email.open', { url: input.url }),
    '',
    '-- ',
    t('email.why', { portal: input.portal }),
    '',
  ].join('\n');
  // One line, whatever a listing title contains: a subject is a mail header.
  return { subject: subject.replace(/\s+/g, ' ').trim().slice(0, 250), bodyText };
}
