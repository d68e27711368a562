// Journey 6 through the UI, in two browser contexts: a freshly signed-up brand agent
// registers a brand and a trademark with its certificate, the demo reviewer verifies (or
// rejects) it from the verification list, and the agent sees the outcome. Then the bad
// inputs: an expiry in the past, Nice class 99, an empty form, a script tag in a name.
import { randomInt, randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { newSession, signIn, signInAs, signUp } from './support';

// A real, one-page PDF made here.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A fresh brand agent of a new brand-owner organisation, signed in. */
async function freshBrandAgent(page: Page) {
  const user = await signUp(page, 'brand');
  await signIn(page, user.email, user.password);
  return user;
}

async function registerBrand(page: Page, name: string): Promise<string> {
  await page.goto('/brand');
  await page.getByRole('link', { name: 'Register a brand' }).click();
  await page.getByLabel('Brand name').fill(name);
  await page.getByLabel('Category', { exact: true }).fill('Lighting');
  await page.getByLabel(/owns this brand/).check();
  await page.getByRole('button', { name: 'Register brand' }).click();
  await expect(page).toHaveURL(/\/brand\/brands\/[0-9a-f-]+\?registered=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'Brand registered.' })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function fillTrademark(page: Page, fields: { number: string; classes?: string; expires?: string }) {
  await page.getByLabel('Registration number').fill(fields.number);
  await page.getByLabel('Office').selectOption('USPTO');
  await page.getByLabel('Nice classes').fill(fields.classes ?? '9, 11');
  await page.getByLabel('Registered owner').fill('Lumen Holdings Ltd');
  await page.getByLabel('Registration date').fill(isoDay(-800));
  await page.getByLabel('Expiry date').fill(fields.expires ?? isoDay(3000));
}

async function attachCertificate(page: Page) {
  await page.getByLabel('Registration certificate').setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: PDF });
  // Uploaded (not merely uploading: the progress line names the file too).
  await expect(page.getByRole('button', { name: 'Remove certificate.pdf' })).toBeVisible();
}

/** Registers a brand with one pending trademark; returns what the reviewer will look for. */
async function brandWithTrademark(page: Page) {
  const id = randomUUID().slice(0, 8);
  const brandName = `Lumen ${id}`;
  const number = String(randomInt(1_000_000, 9_999_999));
  await freshBrandAgent(page);
  await registerBrand(page, brandName);
  await page.getByRole('link', { name: 'Add a right' }).click();
  await fillTrademark(page, { number });
  await attachCertificate(page);
  await page.getByRole('button', { name: 'Add right' }).click();
  await expect(page).toHaveURL(/\/rights\/[0-9a-f-]+\?saved=added$/);
  await expect(page.getByRole('heading', { level: 1, name: `USPTO ${number}` })).toBeVisible();
  await expect(page.getByText('Pending', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Waiting for a reviewer. Claims cannot rest on this right until it is verified.')).toBeVisible();
  // The certificate is on the right, with its download.
  await expect(page.getByRole('link', { name: 'Download certificate.pdf' })).toBeVisible();
  return { brandName, number, rightUrl: new URL(page.url()).pathname };
}

async function reviewerOpensRight(browser: Browser, brandName: string, number: string): Promise<Page> {
  const reviewer = await newSession(browser);
  await signInAs(reviewer, 'reviewer');
  await reviewer.getByRole('link', { name: 'Open the verification list' }).click();
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Verifications' })).toBeVisible();
  await reviewer.getByLabel('Brand name').fill(brandName);
  await reviewer.getByRole('button', { name: 'Apply filters' }).click();
  await reviewer.getByRole('link', { name: `USPTO ${number}` }).click();
  await expect(reviewer.getByRole('heading', { level: 1, name: `USPTO ${number}` })).toBeVisible();
  // The facts beside the certificate, and the system's checks.
  await expect(reviewer.getByRole('link', { name: 'Download certificate.pdf' })).toBeVisible();
  await expect(reviewer.getByText('The registration number has the usual format for USPTO')).toBeVisible();
  return reviewer;
}

test('a brand agent registers a brand and a trademark; a reviewer verifies it; the agent sees it verified', async ({ page, browser }) => {
  const { brandName, number, rightUrl } = await brandWithTrademark(page);

  const reviewer = await reviewerOpensRight(browser, brandName, number);
  await reviewer.getByRole('button', { name: 'Verify right' }).click();
  await expect(reviewer).toHaveURL(/\/review\/verifications\?decided=right&outcome=VERIFIED$/);
  await expect(reviewer.getByRole('status').filter({ hasText: 'Right verified' })).toBeVisible();
  await expect(reviewer.getByRole('link', { name: `USPTO ${number}` })).toHaveCount(0);

  await page.goto(rightUrl);
  await expect(page.getByText('Verified', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Verified: claims can rest on this right while it is in force.')).toBeVisible();
  // The agent was told, and the history shows who did what.
  await expect(page.getByRole('cell', { name: 'Right verified' })).toBeVisible();
  await page.goto('/notifications');
  await expect(page.getByText(`Right verified: USPTO ${number}`)).toBeVisible();
});

test('a rejection carries its reason to the agent, who corrects and resubmits', async ({ page, browser }) => {
  const { brandName, number, rightUrl } = await brandWithTrademark(page);

  const reviewer = await reviewerOpensRight(browser, brandName, number);
  // Rejecting without a reason is refused at the reason field.
  await reviewer.getByRole('button', { name: 'Reject' }).click();
  await expect(reviewer.locator('#reason-error')).toHaveText('Give the reason for rejecting: the brand agent will read it.');
  await reviewer.getByLabel('Reason or note').fill('The owner on the certificate is Lumen Group SA, not Lumen Holdings Ltd.');
  await reviewer.getByRole('button', { name: 'Reject' }).click();
  await expect(reviewer).toHaveURL(/decided=right&outcome=REJECTED$/);

  await page.goto(rightUrl);
  await expect(page.getByRole('alert').filter({ hasText: 'A reviewer rejected this right.' })).toContainText(
    'Reason: The owner on the certificate is Lumen Group SA, not Lumen Holdings Ltd.',
  );
  await page.getByRole('link', { name: 'Correct and resubmit' }).click();
  await page.getByLabel('Registered owner').fill('Lumen Group SA');
  // The certificate already on the right stays unless replaced.
  await expect(page.getByRole('button', { name: 'Remove certificate.pdf' })).toBeVisible();
  await page.getByRole('button', { name: 'Resubmit for verification' }).click();
  await expect(page).toHaveURL(/saved=resubmitted$/);
  await expect(page.getByText('Pending', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Waiting for a reviewer. Claims cannot rest on this right until it is verified.')).toBeVisible();
});

test('bad right input is refused at its field, and nothing typed is lost', async ({ page }) => {
  await freshBrandAgent(page);
  await registerBrand(page, `Faulty ${randomUUID().slice(0, 8)}`);
  await page.getByRole('link', { name: 'Add a right' }).click();

  // An empty form: every required field says so, in place.
  await page.getByRole('button', { name: 'Add right' }).click();
  await expect(page.locator('#registrationNumber-error')).toHaveText('This field is required.');
  await expect(page.locator('#classes-error')).toHaveText('Give at least one Nice class for a trademark.');
  await expect(page.locator('#ownerName-error')).toHaveText('This field is required.');
  await expect(page.locator('#registeredAt-error')).toHaveText('This field is required.');
  await expect(page.locator('#expiresAt-error')).toHaveText('This field is required.');
  await expect(page.locator('#certificateDocumentId-error')).toHaveText('Upload the registration certificate.');
  await expect(page.getByLabel('Registration number')).toHaveAttribute('aria-invalid', 'true');

  // An expiry date in the past and Nice class 99.
  const number = String(randomInt(1_000_000, 9_999_999));
  await fillTrademark(page, { number, classes: '18, 99', expires: isoDay(-1) });
  await attachCertificate(page);
  await page.getByRole('button', { name: 'Add right' }).click();
  await expect(page.locator('#classes-error')).toHaveText('Use Nice classes from 1 to 45, separated by commas, like 18, 25.');
  await expect(page.locator('#expiresAt-error')).toContainText('This registration has already expired.');
  await expect(page.locator('#registrationNumber-error')).toHaveCount(0);
  // What was typed (and uploaded) is still there.
  await expect(page.getByLabel('Registration number')).toHaveValue(number);
  await expect(page.getByLabel('Registered owner')).toHaveValue('Lumen Holdings Ltd');
  await expect(page.getByRole('button', { name: 'Remove certificate.pdf' })).toBeVisible();

  // Corrected, it goes through.
  await page.getByLabel('Nice classes').fill('18');
  await page.getByLabel('Expiry date').fill(isoDay(400));
  await page.getByRole('button', { name: 'Add right' }).click();
  await expect(page).toHaveURL(/saved=added$/);
});

test('an empty brand form is refused at its fields; a script tag in a brand name is shown as text', async ({ page, browser }) => {
  await freshBrandAgent(page);
  await page.goto('/brand/brands/new');
  await page.getByRole('button', { name: 'Register brand' }).click();
  await expect(page.locator('#name-error')).toHaveText('This field is required.');
  await expect(page.locator('#category-error')).toHaveText('This field is required.');
  await expect(page.locator('#ownsBrand-error')).toHaveText('Confirm that your organisation owns this brand.');

  const name = `<script>window.__injected = true</script> Glow ${randomUUID().slice(0, 8)}`;
  await registerBrand(page, name);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();

  const reviewer = await newSession(browser);
  await signInAs(reviewer, 'reviewer');
  await reviewer.goto('/review/verifications?kind=brand');
  await expect(reviewer.getByRole('link', { name }).first()).toBeVisible();
  expect(await reviewer.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test('only reviewers reach the verification pages', async ({ page }) => {
  await signInAs(page, 'brand');
  expect((await page.goto('/review/verifications'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: "You don't have access to this page" })).toBeVisible();
});

test('an agency registers a brand for its owner with a power of attorney; once verified it acts for the brand', async ({ page, browser }) => {
  const brandName = `Orbit ${randomUUID().slice(0, 8)}`;
  await signInAs(page, 'agency');
  await page.getByRole('link', { name: 'Add a brand you act for' }).click();
  const form = page.getByRole('region', { name: 'A brand not yet on Assay' });
  await form.getByLabel('Brand name').fill(brandName);
  await form.getByLabel('Category', { exact: true }).fill('Audio');
  await form.getByLabel("Owner's company name").fill(`${brandName} GmbH`);
  await form.getByLabel("Owner's country").fill('de');
  await form.getByLabel('Power of attorney (PDF or image)').setInputFiles({ name: 'power-of-attorney.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(form.getByRole('button', { name: 'Remove power-of-attorney.pdf' })).toBeVisible();
  await form.getByLabel('Valid until').fill(isoDay(365));
  await form.getByRole('button', { name: 'Register brand and send power of attorney' }).click();
  await expect(page).toHaveURL(/\/brand\/agency-requests\/[0-9a-f-]+\?requested=1$/);
  await expect(page.getByText('Waiting for a reviewer. You can act for the brand once the power of attorney is verified.')).toBeVisible();
  const requestUrl = new URL(page.url()).pathname;

  const reviewer = await newSession(browser);
  await signInAs(reviewer, 'reviewer');
  await reviewer.goto(`/review/verifications?kind=agency&q=${encodeURIComponent(brandName)}`);
  await reviewer.getByRole('link', { name: 'Vigil IP Partners LLP' }).click();
  await expect(reviewer.getByRole('heading', { level: 1, name: `Vigil IP Partners LLP for ${brandName}` })).toBeVisible();
  await expect(reviewer.getByRole('link', { name: 'Download power-of-attorney.pdf' })).toBeVisible();
  await reviewer.getByRole('button', { name: 'Verify power of attorney' }).click();
  await expect(reviewer).toHaveURL(/decided=agency&outcome=VERIFIED$/);

  await page.goto(requestUrl);
  await expect(page.getByText('Verified: your organisation may act for this brand until the power of attorney ends.')).toBeVisible();
  await page.getByRole('link', { name: brandName }).click();
  await expect(page.getByRole('heading', { level: 1, name: brandName })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a right' })).toBeVisible();
});
