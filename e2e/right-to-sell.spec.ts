// Journey 3, the right to sell a protected brand, through the UI with the demo accounts:
// (a) Le Carré Vintage applies for Maison Aurel with a distributor's invoice and an uploaded
// letter, a reviewer approves, the seller sees its grant and its expiry; (b) Shenzhen Bright
// Digital relies on a letter the brand denies: refused, a strike, a closure to consider;
// (c) bad inputs refused at their fields. The seed leaves both stores without applications.
import { expect, test, type Page } from '@playwright/test';
import { DEMO_APPLICATION_CODES } from '../lib/factories/demo-applications';
import { DEMO_PASSWORD } from '../lib/factories/demo-users';
import { newSession, signIn } from './support';

const SELLER3 = 'owner@le-carre-vintage.example';
const SELLER4 = 'owner@shenzhen-bright.example';
const REVIEWER = 'reviewer@assay.example';
const BRAND = 'counsel@maison-aurel.example';
const SLOW = { timeout: 30_000 };

// A one-page PDF; a trailing comment makes each upload a different file.
const pdf = (marker: string) =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n% ${marker}\n`,
  );
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function newApplication(page: Page, store: string, productLines: string): Promise<string> {
  await page.goto('/seller/applications');
  await page.getByRole('link', { name: 'New application' }).click();
  await page.getByLabel('Store', { exact: true }).selectOption({ label: store });
  await page.getByLabel('Protected brand', { exact: true }).selectOption({ label: 'Maison Aurel' });
  await page.getByLabel('Product lines', { exact: true }).fill(productLines);
  await page.getByRole('button', { name: 'Create the application' }).click();
  await expect(page).toHaveURL(/\/seller\/applications\/[0-9a-f-]+\?notice=created$/, SLOW);
  return new URL(page.url()).pathname;
}

async function uploadInto(page: Page, label: string, fileName: string) {
  await page.getByLabel(label, { exact: true }).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf(`${fileName} ${Math.random()}`) });
  await expect(page.getByRole('button', { name: `Remove ${fileName}` })).toBeVisible(SLOW);
}

async function addInvoice(page: Page, issuer: string, date: string, quantity: number, fileName = 'invoice.pdf') {
  await uploadInto(page, 'Invoice (PDF or image)', fileName);
  await page.getByLabel('Issuer', { exact: true }).fill(issuer);
  await page.getByLabel('Invoice date', { exact: true }).fill(date);
  await page.getByLabel('Quantity (units)', { exact: true }).fill(String(quantity));
  await page.getByRole('button', { name: 'Add the invoice' }).click();
}

async function addLetter(page: Page, issuer: string) {
  await uploadInto(page, 'Letter (PDF or image)', 'letter.pdf');
  await page.getByLabel('Issued by', { exact: true }).fill(issuer);
  await page.getByLabel('Valid until', { exact: true }).fill(isoDay(200));
  await page.getByRole('button', { name: 'Add the letter' }).click();
  // The page comes back with the letter listed (the "added" notice may still show from before).
  await expect(page.getByText(`Letter of authorization from ${issuer}`)).toBeVisible(SLOW);
}

async function openInQueue(reviewer: Page, store: string) {
  await reviewer.goto('/review/applications');
  await reviewer.getByRole('link', { name: store }).click();
  await reviewer.getByRole('button', { name: 'Take this application' }).click();
  await expect(reviewer.getByText('You took this application.')).toBeVisible(SLOW);
}

test('journey 3 approved: invoice from a distributor and a letter, the reviewer approves, the seller sees the grant', async ({ browser }) => {
  const seller = await newSession(browser);
  await signIn(seller, SELLER3, DEMO_PASSWORD);
  const path = await newApplication(seller, 'Le Carré Vintage', 'Handbag, Wallet');
  await addInvoice(seller, 'Aurel Distribution Asia Ltd', isoDay(-20), 60);
  await expect(seller.getByText(/Invoice from Aurel Distribution Asia Ltd, dated .*: 60 units/)).toBeVisible(SLOW);
  await addLetter(seller, 'Aurel Distribution Asia Ltd');
  await seller.getByRole('button', { name: 'Submit the application' }).click();
  await expect(seller.getByText('Submitted. A reviewer will check your documents.')).toBeVisible(SLOW);

  const reviewer = await newSession(browser);
  await signIn(reviewer, REVIEWER, DEMO_PASSWORD);
  await openInQueue(reviewer, 'Le Carré Vintage');
  const issuerCheck = reviewer.getByRole('listitem', { name: 'Invoice issuer is the brand or an authorized distributor' });
  await expect(issuerCheck).toContainText('Pass');
  await expect(issuerCheck).toContainText('Aurel Distribution Asia Ltd is an active authorized distributor.');
  await expect(reviewer.getByRole('listitem', { name: 'Letters name an invoice issuer and are in date' })).toContainText('Needs a human');
  // Approving without confirming the letter by hand is refused.
  await reviewer.getByRole('button', { name: 'Approve and grant' }).click();
  await expect(reviewer.getByText('1 check did not pass: tick it to confirm it yourself, or refuse.')).toBeVisible(SLOW);
  await reviewer.getByLabel('Confirmed by me: Letters name an invoice issuer and are in date').check();
  await reviewer.getByRole('button', { name: 'Approve and grant' }).click();
  await expect(reviewer.getByText('Approved: the grant is created.')).toBeVisible(SLOW);

  await seller.goto(path);
  await expect(seller.getByText('Approved', { exact: true })).toBeVisible();
  const expiry = new Date(Date.now() + 365 * 86_400_000);
  await expect(seller.getByText(/You may sell Maison Aurel \(Handbag, Wallet\) until/)).toContainText(String(expiry.getUTCFullYear()));
  await seller.goto('/seller/applications');
  const grant = seller.getByRole('table', { name: 'Grants' }).getByRole('row').filter({ hasText: 'Le Carré Vintage' });
  await expect(grant).toContainText('Maison Aurel');
  await expect(grant).toContainText('Active');
  await expect(grant).toContainText(String(expiry.getUTCFullYear()));
});

test('journey 3 with a letter the brand denies: refused, a strike, a closure to consider', async ({ browser }) => {
  const seller = await newSession(browser);
  await signIn(seller, SELLER4, DEMO_PASSWORD);
  const path = await newApplication(seller, 'Shenzhen Bright Digital', 'Wallet');
  await addInvoice(seller, 'Maison Aurel Europe SAS', isoDay(-5), 30);
  await expect(seller.getByText(/Invoice from Maison Aurel Europe SAS, dated .*: 30 units/)).toBeVisible(SLOW);
  await addLetter(seller, 'Maison Aurel Europe SAS');
  await seller.getByRole('button', { name: 'Submit the application' }).click();
  await expect(seller.getByText('Submitted. A reviewer will check your documents.')).toBeVisible(SLOW);

  const reviewer = await newSession(browser);
  await signIn(reviewer, REVIEWER, DEMO_PASSWORD);
  await openInQueue(reviewer, 'Shenzhen Bright Digital');
  await reviewer.getByRole('button', { name: 'Ask the brand to confirm this letter' }).click();
  await expect(reviewer.getByText('The brand is asked to confirm the letter.')).toBeVisible(SLOW);

  const brand = await newSession(browser);
  await signIn(brand, BRAND, DEMO_PASSWORD);
  await brand.goto('/brand/letters');
  await brand.getByRole('link', { name: 'Shenzhen Bright Digital' }).click();
  await expect(brand.getByText('Maison Aurel Europe SAS').first()).toBeVisible();
  await brand.getByLabel('Note', { exact: true }).fill('We never issued a letter to this store.');
  await brand.getByRole('button', { name: 'Deny: we did not issue it' }).click();
  await expect(brand.getByText('The letter is denied: the application is refused and the store gets a strike.')).toBeVisible(SLOW);

  await seller.goto(path);
  await expect(seller.getByText('Refused', { exact: true })).toBeVisible();
  await expect(seller.getByText(/was denied by the brand and is treated as forged/)).toBeVisible();
  await seller.goto('/seller');
  await seller.getByRole('link', { name: 'Standing and history of Shenzhen Bright Digital' }).click();
  await expect(seller.getByText(/submitted for Maison Aurel was denied by the brand and is treated as forged/)).toBeVisible(SLOW);

  await reviewer.goto('/notifications');
  await expect(reviewer.getByText('Closure to consider: Shenzhen Bright Digital')).toBeVisible(SLOW);
});

test('bad inputs are refused at their fields: future invoice, quantities below stock, revoked, expired and unknown codes', async ({ browser }) => {
  const seller = await newSession(browser);
  await signIn(seller, SELLER3, DEMO_PASSWORD);
  await newApplication(seller, 'Le Carré Vintage', 'Handbag');

  await addInvoice(seller, 'Aurel Distribution Asia Ltd', isoDay(1), 1, 'tomorrow.pdf');
  await expect(seller.getByLabel('Invoice date', { exact: true })).toHaveAccessibleDescription('The invoice date cannot be in the future.', SLOW);
  await seller.getByLabel('Invoice date', { exact: true }).fill(isoDay(-10));
  await seller.getByRole('button', { name: 'Add the invoice' }).click();
  await expect(seller.getByText(/Invoice from Aurel Distribution Asia Ltd, dated .*: 1 unit$/)).toBeVisible(SLOW);

  const code = seller.getByLabel('Authorization code', { exact: true });
  for (const [value, message] of [
    [DEMO_APPLICATION_CODES.revoked, `Authorization ${DEMO_APPLICATION_CODES.revoked} has been revoked.`],
    [DEMO_APPLICATION_CODES.expired, `Authorization ${DEMO_APPLICATION_CODES.expired} has expired.`],
    [DEMO_APPLICATION_CODES.unknown, 'No such authorization: check the code.'],
  ] as const) {
    await code.fill(value);
    await seller.getByRole('button', { name: 'Add the code' }).click();
    await expect(code).toHaveAccessibleDescription(message, SLOW);
  }

  await addLetter(seller, 'Aurel Distribution Asia Ltd');
  await seller.getByRole('button', { name: 'Submit the application' }).click();
  await expect(seller.getByRole('alert').filter({ hasText: /Invoices cover 1 unit; your store lists \d+\./ })).toBeVisible(SLOW);
  await expect(seller.getByText('Draft', { exact: true })).toBeVisible();
});
