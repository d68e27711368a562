// Journey 4 end to end: four-eyes closure with a ban (the proposer refused as decider), the
// seller reading the statement and appealing, an uninvolved reviewer granting the appeal;
// and the grace period of a protected brand running out under a clock the test controls
// (the admin's "Run now" on /admin/jobs, scoped to one store, "as of" a chosen moment).
import { expect, test, type Page } from '@playwright/test';
import { newSession, signInAs } from './support';

const DAY = 86_400_000;

test('journey 4: a reviewer proposes a closure with a ban, the proposer may not approve it, a second reviewer does; the seller appeals and a third reviewer grants it', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  // The system-opened proposal of Yiwu Everyday Outlet (the seed: strikes at the threshold).
  const reviewer = await newSession(browser);
  await signInAs(reviewer, 'reviewer');
  await reviewer.goto('/review/closures');
  await expect(reviewer.getByRole('link', { name: /Opened by the system/ })).toHaveAttribute('aria-current', 'page');
  await reviewer.getByRole('link', { name: 'Yiwu Everyday Outlet' }).click();
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Closure of Yiwu Everyday Outlet' })).toBeVisible();
  await expect(reviewer.getByRole('table', { name: 'Strikes relied on' }).getByRole('row').nth(3)).toBeVisible();
  const closureUrl = reviewer.url();
  const standingHref = await reviewer.getByRole('link', { name: "Open the store's full standing" }).getAttribute('href');
  const storeId = standingHref!.split('/').pop()!;

  await reviewer.getByLabel('Rationale').fill('Three counterfeit removals in two months across three brands; the store keeps relisting copies.');
  await reviewer.getByLabel(/Include a ban/).check();
  await reviewer.getByRole('button', { name: 'Propose closure' }).click();
  await expect(reviewer.getByText('Proposed', { exact: true }).first()).toBeVisible();
  // The proposer may not decide their own proposal: the page says why, and offers no decision.
  await expect(reviewer.getByText('You proposed this closure; another reviewer must decide it.')).toBeVisible();
  await expect(reviewer.getByRole('button', { name: 'Approve closure' })).toHaveCount(0);

  const reviewer2 = await newSession(browser);
  await signInAs(reviewer2, 'reviewer2');
  await reviewer2.goto(closureUrl);
  await reviewer2.getByLabel('Reason for the decision').fill('Agreed: repeated counterfeit listings after two restrictions.');
  await reviewer2.getByRole('button', { name: 'Approve closure' }).click();
  await expect(reviewer2.getByRole('status').filter({ hasText: /Approved by Rosa Second-Reviewer/ })).toBeVisible();

  // The seller sees the closure, the statement of reasons and the appeal form.
  const seller = await newSession(browser);
  await signInAs(seller, 'seller5');
  await seller.goto(`/seller/stores/${storeId}`);
  await expect(seller.getByRole('heading', { name: 'Your store was closed' })).toBeVisible();
  await expect(seller.getByText('Ban from the marketplace').first()).toBeVisible();
  const statement = seller.getByRole('definition').filter({ hasText: 'Marketplace seller policy §7.1' });
  await expect(statement).toBeVisible();
  await expect(seller.getByText(/You may appeal this decision once, until/).first()).toBeVisible();
  await seller.getByLabel('Your appeal').fill('We removed every listing from the supplier in question and now buy only from authorized distributors.');
  await seller.getByRole('button', { name: 'File appeal' }).click();
  await expect(seller.getByText(/You appealed on/)).toBeVisible();
  await expect(seller.getByRole('button', { name: 'File appeal' })).toHaveCount(0);

  // The proposer took part: refused as the appeal's decider.
  await reviewer.goto('/review/closures');
  await reviewer.getByRole('link', { name: /^Open appeal\s?: Yiwu Everyday Outlet$/ }).click();
  await expect(reviewer.getByText(/You took part in this closure/)).toBeVisible();

  // A reviewer who took no part grants it: the store is open again.
  const reviewer3 = await newSession(browser);
  await signInAs(reviewer3, 'reviewer3');
  await reviewer3.goto('/review/closures');
  await reviewer3.getByRole('link', { name: /^Open appeal\s?: Yiwu Everyday Outlet$/ }).click();
  await reviewer3.getByLabel('Reason for the decision').fill('The seller changed its supply chain; a last chance under watch.');
  await reviewer3.getByRole('button', { name: 'Grant: reopen the store' }).click();
  await expect(reviewer3.getByRole('status').filter({ hasText: /Granted by Raj Third-Reviewer/ })).toBeVisible();

  await seller.reload();
  await expect(seller.getByText('Granted', { exact: true })).toBeVisible();
});

/** "2026-12-10T09:30" in UTC, as the datetime-local field takes it. */
function asOfValue(date: Date): string {
  return date.toISOString().slice(0, 16);
}

async function runProtectedListings(admin: Page, asOf: Date): Promise<void> {
  await admin.goto('/admin/jobs');
  await admin.getByLabel('Job').selectOption('protected-listings');
  await admin.getByLabel(/Store address/).fill('golden-phoenix-leather');
  await admin.getByLabel(/As of/).fill(asOfValue(asOf));
  // The scheduler may be running the same job this very moment: its lock turns ours away, so try again.
  const outcome = admin.getByText(/protected-listings: |already running/);
  for (let attempt = 0; attempt < 5; attempt++) {
    await admin.getByRole('button', { name: 'Run now' }).click();
    await expect(outcome).toBeVisible();
    if (!(await outcome.textContent())?.includes('already running')) return;
    await admin.reload();
    await admin.getByLabel('Job').selectOption('protected-listings');
    await admin.getByLabel(/Store address/).fill('golden-phoenix-leather');
    await admin.getByLabel(/As of/).fill(asOfValue(asOf));
  }
  throw new Error('protected-listings stayed busy');
}

test('grace period: the admin runs protected-listings for Golden Phoenix Leather Co. now (flagged), then eight days later (removed with statements)', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await newSession(browser);
  await signInAs(admin, 'admin');
  const now = new Date();
  await runProtectedListings(admin, now);

  const reviewer = await newSession(browser);
  await signInAs(reviewer, 'reviewer');
  await reviewer.goto('/review/stores?q=golden-phoenix');
  await reviewer.getByRole('link', { name: 'Golden Phoenix Leather Co.' }).click();
  const flagged = reviewer.getByRole('table', { name: 'Flagged listings (protected brand without a grant)' });
  await expect(flagged.getByRole('row').filter({ hasText: 'Maison Aurel' }).first()).toBeVisible();
  await expect(flagged.getByText('No grant').first()).toBeVisible();

  await runProtectedListings(admin, new Date(now.getTime() + 8 * DAY));
  await expect(admin.getByText(/listing\(s\) removed/)).toBeVisible();

  await reviewer.reload();
  await expect(reviewer.getByText('No flagged listings.')).toBeVisible();
  const removed = reviewer.getByRole('table', { name: 'Listings removed without a grant' });
  await expect(removed.getByRole('row').filter({ hasText: 'Maison Aurel' }).first()).toBeVisible();
  await expect(removed.getByText('Removed', { exact: true }).first()).toBeVisible();
  await expect(removed.getByText('1 statement of reasons').first()).toBeVisible();
});
