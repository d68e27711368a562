// Store verification and bans through the running server. (a) A fresh seller submits its
// store's business licence and the owner's identity document; the seller cannot open the
// identity document it uploaded; a reviewer verifies; the seller sees "Verified". (b) The
// demo's banned identity (Panda Bargain House, README) is refused at sign-up by its e-mail
// and by its licence number, each at its field. Only this spec's own fresh accounts and the
// banned demo identity are used.
import { randomInt, randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { makePng, newSession, signIn, signInAs, signUp } from './support';

const SLOW = { timeout: 30_000 };

/** Chooses a file for an upload field and waits until it is stored; returns the Document id. */
async function uploadTo(page: Page, label: string, fileName: string, blue: number): Promise<string> {
  const response = page.waitForResponse((r) => r.url().includes('/api/documents?') && r.request().method() === 'POST');
  await page.getByLabel(label).setInputFiles({ name: fileName, mimeType: 'image/png', buffer: makePng(80, 60, blue) });
  const body = (await (await response).json()) as { document: { id: string } };
  await expect(page.getByRole('button', { name: `Remove ${fileName}` })).toBeVisible(SLOW);
  return body.document.id;
}

test('a new seller submits its store for verification; a reviewer verifies it; the identity document stays with the staff', async ({ page, browser }) => {
  const seller = await signUp(page, 'seller');
  await signIn(page, seller.email, seller.password);
  await page.goto('/seller');
  await page.getByRole('link', { name: `Standing and history of ${seller.organisation}` }).first().click();
  await page.getByRole('link', { name: 'Verification', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Verification of ${seller.organisation}` })).toBeVisible(SLOW);
  await expect(page.getByText('Not verified').first()).toBeVisible();

  // Submitting without the documents: the errors are at the fields, what was typed stays.
  await page.getByLabel("Owner's name").fill('Zhou Min');
  await page.getByRole('button', { name: 'Submit for verification' }).click();
  await expect(page.getByText("Upload the store's business licence.")).toBeVisible(SLOW);
  await expect(page.getByLabel("Owner's name")).toHaveValue('Zhou Min');

  await uploadTo(page, 'Business licence', 'business-licence.png', 40);
  const identityId = await uploadTo(page, "Owner's identity document", 'owner-passport.png', 200);
  const digits = randomInt(0, 1e8).toString().padStart(8, '0');
  await page.getByLabel('Licence number').fill(`91440300E2E${randomUUID().slice(0, 6).toUpperCase()}`);
  await page.getByLabel("Owner's phone").fill(`+86 137 ${digits.slice(0, 4)} ${digits.slice(4)}`);
  await page.getByRole('button', { name: 'Submit for verification' }).click();
  await expect(page).toHaveURL(/\/verification\?submitted=1$/, SLOW);
  await expect(page.getByText('Submitted. A reviewer will check your documents')).toBeVisible();
  await expect(page.getByText(/Identity document: owner-passport\.png, submitted/)).toBeVisible();

  // The seller who uploaded the identity document cannot open it again, by any route.
  expect((await page.request.get(`/api/documents/${identityId}`)).status()).toBe(404);
  expect((await page.request.get(`/api/documents/${identityId}/preview`)).status()).toBe(404);

  // The reviewer finds the store in the verification backlog and verifies it.
  const reviewer = await newSession(browser);
  await signInAs(reviewer, 'reviewer');
  await reviewer.goto('/review/verifications');
  await reviewer.locator('#stores').getByRole('link', { name: seller.organisation }).click();
  await expect(reviewer.getByRole('heading', { level: 1, name: `Verify ${seller.organisation}` })).toBeVisible(SLOW);
  await expect(reviewer.getByText('owner-passport.png').first()).toBeVisible();
  // The reviewer may open the identity document.
  expect((await reviewer.request.get(`/api/documents/${identityId}`)).status()).toBe(200);
  expect((await reviewer.request.get(`/api/documents/${identityId}/preview`)).status()).toBe(200);
  await reviewer.getByRole('button', { name: 'Verify store' }).click();
  await expect(reviewer.getByText('Store verified. The seller has been notified.')).toBeVisible(SLOW);

  await page.reload();
  await expect(page.getByText('Verified', { exact: true }).first()).toBeVisible(SLOW);
  await expect(page.getByText('This store is verified. Nothing more to submit.')).toBeVisible();
});

test('the banned identity is refused at sign-up: by its e-mail and by its licence number, each at its field', async ({ page }) => {
  const id = randomUUID().slice(0, 8);
  async function fillSeller(email: string, licence: string) {
    await page.goto('/sign-up');
    await page.getByLabel('I sell on the marketplace').check();
    await page.getByLabel('Your name').fill(`E2E banned ${id}`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(`correct-horse-${id}`);
    await page.getByLabel('Confirm password').fill(`correct-horse-${id}`);
    await page.getByLabel('Organisation name').fill(`E2E Comeback Trading ${id}`);
    await page.getByLabel('Business registration number (optional)').fill(licence);
    await page.getByRole('button', { name: 'Create account' }).click();
  }

  await fillSeller('Owner@Panda-Bargain.example', '');
  await expect(page.getByText('This e-mail address is barred from the marketplace.')).toBeVisible(SLOW);
  await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/sign-up/);
  // Nothing of the banned store is named.
  await expect(page.getByText('Panda Bargain House')).toHaveCount(0);

  await fillSeller(`e2e-comeback-${id}@example.test`, '9151 0100 MA6C K8WB 1L');
  await expect(page.getByText('This licence number is barred from the marketplace.')).toBeVisible(SLOW);
  await expect(page.getByLabel('Business registration number (optional)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/sign-up/);

  // Nothing was stored: the fresh address was not taken, so signing in with it fails.
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(`e2e-comeback-${id}@example.test`);
  await page.getByLabel('Password', { exact: true }).fill(`correct-horse-${id}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});
