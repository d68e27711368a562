// The portal's navigation. An item shows only when the policy table lets the user's role
// do its action, so the nav never offers a page that would refuse the user.
import type { Action } from '@/lib/authz/policy';
import type { Messages } from '@/lib/i18n/messages';

export interface NavItem {
  href: string;
  labelKey: keyof Messages['shell']['nav'];
  permission: Action;
}

export const NAV_ITEMS: NavItem[] = [
  { href: '/brand', labelKey: 'brandHome', permission: 'brand.viewOwn' },
  { href: '/brand/claims', labelKey: 'brandClaims', permission: 'claim.viewOwn' },
  { href: '/brand/counter-notices', labelKey: 'brandCounterNotices', permission: 'counterNotice.respond' },
  { href: '/review', labelKey: 'reviewQueue', permission: 'queue.view' },
  { href: '/review/verifications', labelKey: 'verifications', permission: 'verification.view' },
  { href: '/review/counter-notices', labelKey: 'counterNotices', permission: 'counterNotice.decide' },
  { href: '/seller', labelKey: 'sellerHome', permission: 'store.viewOwn' },
  { href: '/admin', labelKey: 'adminHome', permission: 'user.list' },
  { href: '/admin/users', labelKey: 'adminUsers', permission: 'user.list' },
  { href: '/admin/organisations', labelKey: 'adminOrganisations', permission: 'organisation.list' },
  { href: '/dev/mailbox', labelKey: 'mailbox', permission: 'mailbox.view' },
  { href: '/admin/bans', labelKey: 'adminBans', permission: 'ban.view' },
  { href: '/seller/applications', labelKey: 'sellerApplications', permission: 'application.file' },
  { href: '/review/applications', labelKey: 'reviewApplications', permission: 'application.review' },
  { href: '/brand/letters', labelKey: 'brandLetters', permission: 'authorizationLetter.confirm' },
  { href: '/review/closures', labelKey: 'closures', permission: 'closure.propose' },
  { href: '/review/stores', labelKey: 'stores', permission: 'store.viewAny' },
  { href: '/admin/jobs', labelKey: 'jobs', permission: 'job.run' },
  { href: '/admin/sanctions', labelKey: 'sanctions', permission: 'sanction.view' },
  { href: '/brand/dashboard', labelKey: 'brandDashboard', permission: 'dashboard.brand' },
  { href: '/review/dashboard', labelKey: 'reviewDashboard', permission: 'dashboard.review' },
  { href: '/seller/dashboard', labelKey: 'sellerDashboard', permission: 'dashboard.seller' },
  { href: '/admin/transparency', labelKey: 'transparency', permission: 'dashboard.platform' },
];
