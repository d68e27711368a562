import { expect, test } from '@playwright/test';
import { newSession, signIn, signInAs, signUp } from './support';

const homes = [
  { key: 'admin', path: '/admin', heading: 'Administration' },
  { key: 'reviewer', path: '/review', heading: 'Review queue' },
  { key: 'brand', path: '/brand', heading: 'Claims and brands' },
  { key: 'agency', path: '/brand', heading: 'Claims and brands' },
  { key: 'seller', path: '/seller', heading: 'My store' },
];

for (const home of homes) {
  test(`the demo ${home.key} signs in and lands on their home`, async ({ page }) => {
    await signInAs(page, home.key);
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole('heading', { level: 1, name: home.heading })).toBeVisible();
    // The nav offers only what this role may use.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Review queue' })).toHaveCount(home.key === 'reviewer' ? 1 : 0);
    await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(home.key === 'admin' ? 1 : 0);
  });
}

test('a wrong password shows an error in place and keeps the e-mail', async ({ page }) => {
  const user = await signUp(page, 'brand');
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // (Next's route announcer is an empty role=alert too: pick ours by its text.)
  await expect(page.getByRole('alert').filter({ hasText: 'The e-mail address or password is not correct.' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel('E-mail')).toHaveValue(user.email);
});

test('a seller opening a reviewer page is refused', async ({ page }) => {
  const seller = await signUp(page, 'seller');
  await signIn(page, seller.email, seller.password);
  const response = await page.goto('/review');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: "You don't have access to this page" })).toBeVisible();
});

test("a brand agent opening another organisation's brand by ID gets a not-found", async ({ page, browser }) => {
  // The demo brand owner finds its own brand's address…
  await signInAs(page, 'brand');
  await page.getByRole('link', { name: /Maison Aurel/ }).first().click();
  await expect(page).toHaveURL(/\/brand\/brands\/[0-9a-f-]+$/);
  const brandUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: /Maison Aurel/ })).toBeVisible();

  // …which a brand agent of a freshly signed-up organisation cannot open.
  const other = await newSession(browser);
  const stranger = await signUp(other, 'brand');
  await signIn(other, stranger.email, stranger.password);
  const response = await other.goto(brandUrl);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(other.getByText('Maison Aurel')).toHaveCount(0);
});

test('signing out ends the session', async ({ page }) => {
  const user = await signUp(page, 'seller');
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/seller$/);
  const cookies = await page.context().cookies();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/seller');
  await expect(page).toHaveURL(/\/sign-in/);

  // Even the old cookie, replayed, no longer opens the portal.
  await page.context().addCookies(cookies);
  await page.goto('/seller');
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a disabled user's existing session stops working on the next request", async ({ page, browser }) => {
  const user = await signUp(page, 'brand');
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Claims and brands' })).toBeVisible();

  const admin = await newSession(browser);
  await signInAs(admin, 'admin');
  await admin.goto('/admin/users');
  await admin.getByLabel('Search').fill(user.email);
  await admin.getByRole('button', { name: 'Filter' }).click();
  await admin.getByRole('link', { name: user.name }).click();
  await admin.getByRole('button', { name: 'Disable account' }).click();
  await expect(admin.getByText('The account has been disabled and its sessions ended.')).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  // And it cannot sign in again.
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The e-mail address or password is not correct.' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
