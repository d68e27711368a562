// Journey 2, the counter-notice, through the UI in three browser sessions: a reviewer removes
// a listing, the seller contests it with an invoice, the brand (the agency that filed)
// responds, a reviewer restores the listing — and the seller sees it back. Then the bad
// inputs: an empty form, a file that only pretends to be a PDF.
// Data: the journey removes the seed's pending Stridewell items against Lucky Star Trading
// (no other spec takes those); the bad-input test only reads the seed's removed Maison Aurel
// item (CLM-2026-000098) and files nothing.
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { newSession, signInAs } from './support';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
// An ELF executable's header, renamed invoice.pdf.
const EXECUTABLE = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), randomBytes(2048)]);

/** A reviewer removes the first pending item of a brand against a store; returns the listing's title. */
async function removeFirstPendingItem(page: Page, brand: string, store: string): Promise<string> {
  await page.goto('/review');
  await page.getByLabel('Brand').selectOption({ label: brand });
  await page.getByLabel('Status').selectOption({ label: 'Pending' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/brand=/);
  const path = (await page.getByRole('row').filter({ hasText: store }).first().getByRole('link').getAttribute('href'))!;
  await page.goto(path);
  await expect(page.locator('[data-keyboard="ready"]').first()).toBeAttached();
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await page.keyboard.press('r');
  await expect(page.getByLabel('Removal reason')).toBeFocused();
  const right = page.getByLabel('Right the removal rests on');
  await right.selectOption({ index: 1 });
  await page.getByLabel('Note for the statement of reasons').fill('The title offers a "super fake"; price far below retail.');
  await page.getByRole('button', { name: 'Remove the listing' }).click();
  await expect(page.getByText(/^Removed by you on/)).toBeVisible();
  return title;
}

test('the seller contests a removal with a PDF, the brand responds, a reviewer restores: the seller sees the listing back', async ({ page, browser }) => {
  // Three people, each signing in and working through several pages: longer than one page's test.
  test.setTimeout(240_000);
  // 1. The reviewer removes a listing.
  await signInAs(page, 'reviewer');
  const title = await removeFirstPendingItem(page, 'Stridewell', 'Lucky Star Trading');

  // 2. The seller opens the notice from the notices table and files a counter-notice.
  const seller = await newSession(browser);
  await signInAs(seller, 'seller');
  await seller.goto('/seller');
  await seller.locator('#notices').getByRole('link', { name: `Open the notice: ${title}` }).click();
  await expect(seller).toHaveURL(/\/seller\/notices\/[0-9a-f-]+$/);
  await expect(seller.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(seller.getByRole('link', { name: 'Read the statement of reasons' })).toBeVisible();
  await expect(seller.getByText(/^You may contest this removal until/)).toBeVisible();

  const marker = randomUUID().slice(0, 8);
  const statement = `Bought from Stridewell's distributor, order ${marker}. <script>window.__xss = 1</script>`;
  await seller.getByLabel('Ground', { exact: true }).selectOption({ label: 'The goods are genuine (with proof)' });
  await seller.getByLabel('Your statement').fill(statement);
  await seller.getByLabel('Invoices').setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(seller.getByRole('button', { name: 'Remove invoice.pdf' })).toBeVisible();
  await seller.getByLabel(/^I declare under penalty of perjury/).check();
  await seller.getByLabel(/^I consent to the jurisdiction/).check();
  await seller.getByLabel('Type your full name as your signature').fill('Li Wei');
  await seller.getByRole('button', { name: 'File the counter-notice' }).click();

  const counterNotice = seller.locator('#counter-notice');
  await expect(counterNotice.getByText('Waiting for the brand')).toBeVisible();
  // Typed markup is shown as text, never run.
  await expect(counterNotice.getByText(statement)).toBeVisible();
  expect(await seller.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(counterNotice.getByText('invoice.pdf').first()).toBeVisible();
  await expect(seller.getByRole('button', { name: 'File the counter-notice' })).toHaveCount(0);

  // 3. The agency that filed the claim is told, and responds.
  const brand = await newSession(browser);
  await signInAs(brand, 'agency');
  await brand.goto('/brand/counter-notices');
  await brand.getByRole('link', { name: title }).first().click();
  await expect(brand).toHaveURL(/\/brand\/counter-notices\/[0-9a-f-]+$/);
  await expect(brand.getByText(statement)).toBeVisible();
  await expect(brand.getByText('invoice.pdf').first()).toBeVisible();
  await brand.getByRole('button', { name: 'Send the response' }).click();
  await expect(brand.locator('#response-error')).toHaveText('Say how you are pursuing the matter.');
  await brand.getByLabel('How you are pursuing the matter').fill(`We contest the invoice ${marker}: it names another product line.`);
  await brand.getByRole('button', { name: 'Send the response' }).click();
  await expect(brand.getByText('You responded; a reviewer will decide.')).toBeVisible();

  // 4. A reviewer finds it ready and restores the listing, with the reasons.
  await page.goto('/review/counter-notices');
  await page.getByRole('row').filter({ hasText: title }).getByRole('link', { name: title }).click();
  await expect(page.getByText(`We contest the invoice ${marker}: it names another product line.`).first()).toBeVisible();
  await page.getByRole('button', { name: 'Restore the listing' }).click();
  await expect(page.locator('#reason-error')).toHaveText('Give the reasons: both parties will read them.');
  await page.getByLabel('Reasons (both parties read them)').fill('The invoice from the authorised distributor covers this model.');
  await page.getByRole('button', { name: 'Restore the listing' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Listing restored by Ren Reviewer on/ })).toBeVisible();

  // 5. The seller sees the listing restored and the reasons.
  await seller.reload();
  await expect(seller.getByText('The invoice from the authorised distributor covers this model.').first()).toBeVisible();
  await expect(seller.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(seller.getByText('Restored', { exact: true })).toBeVisible();
  await seller.goto('/notifications');
  await expect(seller.getByText(`Counter-notice decided: ${title}`).first()).toBeVisible();
});

test('bad input: an empty form is refused at each field, a file that is not a PDF at its field; nothing is filed', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, 'seller');
  await page.goto('/seller');
  const row = page.locator('#notices').getByRole('row').filter({ hasText: 'CLM-2026-000098' }).filter({ hasText: 'Listing removed' });
  await row.getByRole('link', { name: /^Open the notice: / }).click();
  await expect(page).toHaveURL(/\/seller\/notices\/[0-9a-f-]+$/);

  await page.getByRole('button', { name: 'File the counter-notice' }).click();
  await expect(page.locator('#ground-error')).toHaveText('Choose the ground of your counter-notice.');
  await expect(page.getByLabel('Ground', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#statement-error')).toHaveText('This field is required.');
  await expect(page.locator('#perjuryDeclared-error')).toHaveText('Make the declaration to file a counter-notice.');
  await expect(page.locator('#jurisdictionConsent-error')).toHaveText('Consent to the jurisdiction to file a counter-notice.');
  await expect(page.locator('#signatureName-error')).toHaveText('Type your full name as your signature.');
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need your attention.' })).toBeVisible();

  // Genuine goods with no document: refused at the evidence field, what was typed kept.
  await page.getByLabel('Ground', { exact: true }).selectOption({ label: 'The goods are genuine (with proof)' });
  await page.getByLabel('Your statement').fill('These bags came from the brand’s boutique in Paris.');
  await page.getByLabel(/^I declare under penalty of perjury/).check();
  await page.getByLabel(/^I consent to the jurisdiction/).check();
  await page.getByLabel('Type your full name as your signature').fill('Li Wei');
  await page.getByRole('button', { name: 'File the counter-notice' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Attach at least one document (an invoice, say)' })).toBeVisible();
  await expect(page.getByLabel('Your statement')).toHaveValue('These bags came from the brand’s boutique in Paris.');

  // A program renamed invoice.pdf is refused at its field, by its content.
  await page.getByLabel('Invoices').setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: EXECUTABLE });
  await expect(page.getByRole('alert').filter({ hasText: 'This type of file is not accepted here.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove invoice.pdf' })).toHaveCount(0);

  // Nothing was filed: the form is still offered and no counter-notice is listed.
  await page.reload();
  await expect(page.getByRole('button', { name: 'File the counter-notice' })).toBeVisible();
  await expect(page.locator('#counter-notice').getByText('Waiting for the brand')).toHaveCount(0);
});
