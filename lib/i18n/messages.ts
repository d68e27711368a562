// The message catalogue: one JSON file per namespace and locale under messages/.
// Every UI string goes through it. zh-CN must have every key of en: the type below makes
// a missing key a type error, and tests/unit/i18n-catalogue.test.ts checks them key by key.
import type { Locale } from './locales';
import en_app from '../../messages/en/app.json';
import en_common from '../../messages/en/common.json';
import en_errors from '../../messages/en/errors.json';
import en_validation from '../../messages/en/validation.json';
import en_auth from '../../messages/en/auth.json';
import en_shell from '../../messages/en/shell.json';
import en_admin from '../../messages/en/admin.json';
import en_brand from '../../messages/en/brand.json';
import en_review from '../../messages/en/review.json';
import en_seller from '../../messages/en/seller.json';
import en_pages from '../../messages/en/pages.json';
import en_documents from '../../messages/en/documents.json';
import en_notifications from '../../messages/en/notifications.json';
import en_audit from '../../messages/en/audit.json';
import en_bulkImport from '../../messages/en/bulkImport.json';
import en_filing from '../../messages/en/filing.json';
import en_claims from '../../messages/en/claims.json';
import en_counterNotices from '../../messages/en/counterNotices.json';
import en_enforcement from '../../messages/en/enforcement.json';
import en_storeVerification from '../../messages/en/storeVerification.json';
import en_applications from '../../messages/en/applications.json';
import en_protection from '../../messages/en/protection.json';
import en_trust from '../../messages/en/trust.json';
import en_sanctions from '../../messages/en/sanctions.json';
import en_dashboards from '../../messages/en/dashboards.json';
import en_transparency from '../../messages/en/transparency.json';
import zh_app from '../../messages/zh-CN/app.json';
import zh_common from '../../messages/zh-CN/common.json';
import zh_errors from '../../messages/zh-CN/errors.json';
import zh_validation from '../../messages/zh-CN/validation.json';
import zh_auth from '../../messages/zh-CN/auth.json';
import zh_shell from '../../messages/zh-CN/shell.json';
import zh_admin from '../../messages/zh-CN/admin.json';
import zh_brand from '../../messages/zh-CN/brand.json';
import zh_review from '../../messages/zh-CN/review.json';
import zh_seller from '../../messages/zh-CN/seller.json';
import zh_pages from '../../messages/zh-CN/pages.json';
import zh_documents from '../../messages/zh-CN/documents.json';
import zh_notifications from '../../messages/zh-CN/notifications.json';
import zh_audit from '../../messages/zh-CN/audit.json';
import zh_bulkImport from '../../messages/zh-CN/bulkImport.json';
import zh_filing from '../../messages/zh-CN/filing.json';
import zh_claims from '../../messages/zh-CN/claims.json';
import zh_counterNotices from '../../messages/zh-CN/counterNotices.json';
import zh_enforcement from '../../messages/zh-CN/enforcement.json';
import zh_storeVerification from '../../messages/zh-CN/storeVerification.json';

const en = { app: en_app, common: en_common, errors: en_errors, validation: en_validation, auth: en_auth, shell: en_shell, admin: en_admin, brand: en_brand, review: en_review, seller: en_seller, pages: en_pages, documents: en_documents, notifications: en_notifications, audit: en_audit, filing: en_filing, bulkImport: en_bulkImport, claims: en_claims, counterNotices: en_counterNotices, enforcement: en_enforcement, storeVerification: en_storeVerification, applications: en_applications, protection: en_protection, trust: en_trust, sanctions: en_sanctions, dashboards: en_dashboards, transparency: en_transparency };
const zhCN = { app: zh_app, common: zh_common, errors: zh_errors, validation: zh_validation, auth: zh_auth, shell: zh_shell, admin: zh_admin, brand: zh_brand, review: zh_review, seller: zh_seller, pages: zh_pages, documents: zh_documents, notifications: zh_notifications, audit: zh_audit, filing: zh_filing, bulkImport: zh_bulkImport, claims: zh_claims, counterNotices: zh_counterNotices, enforcement: zh_enforcement, storeVerification: zh_storeVerification, applications: zh_applications, protection: zh_protection, trust: zh_trust, sanctions: zh_sanctions, dashboards: zh_dashboards, transparency: zh_transparency };
import zh_applications from '../../messages/zh-CN/applications.json';
import zh_protection from '../../messages/zh-CN/protection.json';
import zh_trust from '../../messages/zh-CN/trust.json';
import zh_sanctions from '../../messages/zh-CN/sanctions.json';
import zh_dashboards from '../../messages/zh-CN/dashboards.json';
import zh_transparency from '../../messages/zh-CN/transparency.json';

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, 'zh-CN': zhCN };

declare module 'use-intl' {
  interface AppConfig {
    Messages: Messages;
    Locale: Locale;
  }
}
