import { expect, test } from '@playwright/test';
import { signIn, signInAs, signUp } from './support';

test('a new user has no notifications: the header says so without a count, the page shows its empty state', async ({ page }) => {
  const user = await signUp(page, 'brand');
  await signIn(page, user.email, user.password);
  // The accessible name carries the unread count when there is one; a new user has none.
  const link = page.getByRole('link', { name: 'Notifications', exact: true });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(page.getByText('No notifications yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
});

test('opening a notification that is not yours says so, revealing nothing', async ({ page }) => {
  const user = await signUp(page, 'seller');
  await signIn(page, user.email, user.password);
  await page.goto('/notifications/0196f000-0000-7000-8000-000000000000/open');
  await expect(page).toHaveURL(/\/notifications\?notice=notYours$/);
  await expect(page.getByRole('status').filter({ hasText: `That notification is not in this account (signed in as ${user.email}).` })).toBeVisible();
});

test('an e-mail link opened while signed out goes through sign-in and comes back', async ({ page }) => {
  const path = '/notifications/0196f000-0000-7000-8000-000000000001/open';
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  expect(decodeURIComponent(new URL(page.url()).searchParams.get('callbackUrl') ?? '')).toBe(path);
});

test('the demo admin reads the outbox in the dev mailbox', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outgoing e-mail' }).click();
  await expect(page).toHaveURL(/\/dev\/mailbox$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Outgoing e-mail' })).toBeVisible();
  // The e2e server has no SMTP_URL: this is the dev mailbox.
  await expect(page.getByText('No SMTP server is configured (SMTP_URL is unset)')).toBeVisible();
  await expect(page.getByText('No e-mail has been written yet.').or(page.getByRole('table'))).toBeVisible();
});

test('a seller opening the dev mailbox is refused', async ({ page }) => {
  const seller = await signUp(page, 'seller');
  await signIn(page, seller.email, seller.password);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outgoing e-mail' })).toHaveCount(0);
  const response = await page.goto('/dev/mailbox');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: "You don't have access to this page" })).toBeVisible();
});

test("the admin sees a new user's history, with who acted and from where", async ({ page, browser }) => {
  const other = await browser.newPage();
  const user = await signUp(other, 'seller');
  await other.close();

  await signInAs(page, 'admin');
  await page.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  await page.getByRole('link', { name: user.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(user.name) })).toBeVisible();

  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('columnheader', { name: 'Address' })).toBeVisible();
  const signUpRow = history.getByRole('row').filter({ hasText: 'Signed up' });
  await expect(signUpRow).toContainText('The user (self-service)');
  await expect(signUpRow).toContainText(user.email);

  // Disabling the account adds an event by the admin, newest first.
  await page.getByRole('button', { name: 'Disable account' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The account has been disabled' })).toBeVisible();
  await page.reload();
  const rows = history.getByRole('row');
  await expect(rows.nth(1)).toContainText('Disabled');
  await expect(rows.nth(1)).toContainText('Ada Admin (Admin)');
  // Read out as "Status: Before Active, After Disabled"; shown as "Active → Disabled".
  await expect(rows.nth(1)).toContainText(/Status:\s*Before Active → , After Disabled/);
});
