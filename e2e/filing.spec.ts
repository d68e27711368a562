// Journey 1, the brand's side, through the UI: a freshly signed-up brand agent whose brand
// and trademark a reviewer has verified files a claim over every step of the editor —
// rights, listings (catalogue search and a pasted ID), infringement types, an uploaded PDF
// as evidence, the declarations — and submits it; the reviewer then finds the items in the
// queue. On the way, every step's empty form, a listing ID that does not exist and script
// tags typed into every text field are tried.
import { randomInt, randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { newSession, signIn, signInAs, signUp } from './support';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const SCRIPT = '<script>window.__injected = true</script>';

async function notInjected(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
}

/** A fresh brand agent with a brand and a trademark, both verified by the demo reviewer. */
async function agentWithVerifiedBrand(page: Page, browser: Browser) {
  const id = randomUUID().slice(0, 8);
  const brandName = `Halden ${id}`;
  const number = String(randomInt(1_000_000, 9_999_999));
  const user = await signUp(page, 'brand');
  await signIn(page, user.email, user.password);

  await page.goto('/brand/brands/new');
  await page.getByLabel('Brand name').fill(brandName);
  await page.getByLabel('Category', { exact: true }).fill('Outdoor');
  await page.getByLabel(/owns this brand/).check();
  await page.getByRole('button', { name: 'Register brand' }).click();
  await expect(page).toHaveURL(/\/brand\/brands\/[0-9a-f-]+\?registered=1$/);
  await page.getByRole('link', { name: 'Add a right' }).click();
  await page.getByLabel('Registration number').fill(number);
  await page.getByLabel('Office').selectOption('USPTO');
  await page.getByLabel('Nice classes').fill('18, 25');
  await page.getByLabel('Registered owner').fill(`${brandName} AS`);
  await page.getByLabel('Registration date').fill(isoDay(-900));
  await page.getByLabel('Expiry date').fill(isoDay(2000));
  await page.getByLabel('Registration certificate').setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByRole('button', { name: 'Remove certificate.pdf' })).toBeVisible();
  await page.getByRole('button', { name: 'Add right' }).click();
  await expect(page).toHaveURL(/saved=added$/);

  const reviewer = await newSession(browser);
  await signInAs(reviewer, 'reviewer');
  await reviewer.goto('/review/verifications?kind=brand');
  await reviewer.getByRole('link', { name: brandName }).first().click();
  await reviewer.getByRole('button', { name: 'Verify brand' }).click();
  await expect(reviewer).toHaveURL(/outcome=VERIFIED/);
  await reviewer.goto('/review/verifications');
  await reviewer.getByLabel('Brand name').fill(brandName);
  await reviewer.getByRole('button', { name: 'Apply filters' }).click();
  await reviewer.getByRole('link', { name: `USPTO ${number}` }).click();
  await reviewer.getByRole('button', { name: 'Verify right' }).click();
  await expect(reviewer).toHaveURL(/outcome=VERIFIED/);
  return { brandName, number, reviewer };
}

async function expectCurrentStep(page: Page, name: string) {
  const steps = page.getByRole('navigation', { name: 'Steps of the claim' });
  await expect(steps.getByRole('link', { name: new RegExp(name) })).toHaveAttribute('aria-current', 'step');
}

test('a brand agent files a claim over every step with PDF evidence; a reviewer sees its items in the queue', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const { brandName, number, reviewer } = await agentWithVerifiedBrand(page, browser);

  // The entry point on the brand home.
  await page.goto('/brand');
  await page.getByRole('link', { name: 'File a claim' }).click();
  await expect(page).toHaveURL(/\/brand\/claims\/new$/);
  await page.getByRole('button', { name: 'Start the claim' }).click();
  await expect(page.locator('#brandId-error')).toHaveText('Choose a brand.');
  await page.getByLabel(brandName).check();
  await page.getByRole('button', { name: 'Start the claim' }).click();
  await expect(page).toHaveURL(/\/brand\/claims\/[0-9a-f-]+\/edit\/rights$/);
  const editor = new URL(page.url()).pathname.replace(/\/rights$/, '');
  await expectCurrentStep(page, 'Brand and rights');

  // (a) Rights: the empty form says what is missing, at its fields.
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.locator('#rightIds-error')).toHaveText('Choose at least one right.');
  await expect(page.locator('#summary-error')).toHaveText('Say briefly what is infringing and why.');
  await page.getByLabel(`Trademark USPTO ${number}`).check();
  await page.getByLabel('Summary').fill(`Counterfeit ${brandName} bags ${SCRIPT}`);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(`${editor}/listings`);
  await expectCurrentStep(page, 'Listings');

  // (b) Listings: nothing yet, an empty paste, a listing ID that does not exist.
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Add at least one listing first.' })).toBeVisible();
  await page.getByRole('button', { name: 'Add these listings' }).click();
  await expect(page.locator('#references-error')).toHaveText('Paste at least one listing ID or URL.');
  await page.getByLabel('Listing IDs or URLs, one per line').fill(`NO-SUCH-LISTING-${randomUUID().slice(0, 6)}\n${SCRIPT}`);
  await page.getByRole('button', { name: 'Add these listings' }).click();
  await expect(page.locator('#references-error')).toContainText('No active listing matches lines 1, 2. Nothing was added');
  // What was typed is still there, as text.
  await expect(page.getByLabel('Listing IDs or URLs, one per line')).toHaveValue(/NO-SUCH-LISTING/);
  await expect(page.getByText('No listing added yet.')).toBeVisible();

  // Search the catalogue and add the first result; paste the second result's ID.
  await page.getByLabel('Title or listing ID').fill('hiking socks');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const results = page.getByRole('table', { name: 'Listings matching “hiking socks”' });
  await expect(results).toBeVisible();
  await page.getByRole('button', { name: 'Add selected listings' }).click();
  await expect(page.locator('#listingIds-error')).toHaveText('Select at least one listing.');
  const first = results.getByRole('row').nth(1);
  const second = results.getByRole('row').nth(2);
  const secondId = (await second.getByRole('cell').nth(2).textContent())!.trim();
  await first.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Add selected listings' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 listing added.' })).toBeVisible();
  await page.getByLabel('Listing IDs or URLs, one per line').fill(`\n  ${secondId}  \n`);
  await page.getByRole('button', { name: 'Add these listings' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 listing added.' }).last()).toBeVisible();
  const onClaim = page.getByRole('table', { name: 'Listings on this claim' });
  await expect(onClaim.getByRole('row')).toHaveCount(3);
  await expect(onClaim).toContainText(secondId);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(`${editor}/types`);
  await expectCurrentStep(page, 'Infringement');

  // (c) Types and notes.
  await page.getByLabel('Infringement type', { exact: true }).first().selectOption({ label: 'Counterfeit' });
  await page.getByLabel('Infringement type', { exact: true }).nth(1).selectOption({ label: 'Stolen images' });
  await page.getByLabel('Note (optional)').first().fill(`Logo stitched upside down ${SCRIPT}`);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(`${editor}/evidence`);

  // (d) Evidence: attaching nothing is refused; a PDF test purchase is attached.
  await page.getByRole('button', { name: 'Attach evidence' }).click();
  await expect(page.locator('#documentIds-error')).toHaveText('Upload at least one file.');
  await page.getByLabel('Kind of evidence').selectOption({ label: 'Test purchase' });
  await page.getByLabel('Evidence files').setInputFiles({ name: 'test-purchase.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByRole('button', { name: 'Remove test-purchase.pdf' })).toBeVisible();
  await page.getByLabel('Description (optional)').fill(`Bought on 3 November ${SCRIPT}`);
  await page.getByRole('button', { name: 'Attach evidence' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 file attached.' })).toBeVisible();
  const evidence = page.getByRole('table', { name: 'Evidence on this claim' });
  await expect(evidence.getByRole('link', { name: 'test-purchase.pdf' })).toBeVisible();
  await expect(evidence).toContainText(`Bought on 3 November ${SCRIPT}`);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(`${editor}/declarations`);

  // (e) Declarations: both are required, and the signature.
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.locator('#goodFaith-error')).toHaveText('Tick this declaration to continue.');
  await expect(page.locator('#accuracy-error')).toHaveText('Tick this declaration to continue.');
  await expect(page.locator('#signatureName-error')).toHaveText('Type your full name to sign.');
  await expect(page.getByLabel(/good-faith belief/)).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(/good-faith belief/).check();
  await page.getByLabel(/under penalty of perjury/).check();
  await page.getByLabel('Full name (your typed signature)').fill(`Ingrid Halden ${SCRIPT}`);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(`${editor}/review`);
  await expectCurrentStep(page, 'Review and submit');

  // (f) Review: everything typed is shown as text, never run.
  await expect(page.getByText(`Counterfeit ${brandName} bags ${SCRIPT}`)).toBeVisible();
  await expect(page.getByText(`Logo stitched upside down ${SCRIPT}`)).toBeVisible();
  await expect(page.getByText(`Ingrid Halden ${SCRIPT}`)).toBeVisible();
  await notInjected(page);

  // Reopening the draft continues where the agent left off.
  await page.goto(editor);
  await expect(page).toHaveURL(`${editor}/review`);

  await page.getByRole('button', { name: 'Submit claim' }).click();
  await expect(page).toHaveURL(new RegExp(`${editor.replace(/\/edit$/, '')}$`));
  // The draft editor is closed to a submitted claim: it leads to the claim's page.
  await page.goto(`${editor}/rights`);
  await expect(page).toHaveURL(new RegExp(`${editor.replace(/\/edit$/, '')}$`));

  // The reviewer finds both items in the queue.
  await reviewer.goto('/review');
  await reviewer.getByLabel('Brand').selectOption({ label: brandName });
  await reviewer.getByRole('button', { name: 'Apply filters' }).click();
  await expect(reviewer).toHaveURL(/brand=/);
  const rows = reviewer.getByRole('row').filter({ hasText: brandName });
  await expect(rows).toHaveCount(2);
  await notInjected(reviewer);
});

test('drafts are listed, deleted after confirmation, and closed to other organisations', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { brandName } = await agentWithVerifiedBrand(page, browser);
  await page.goto('/brand/claims/new');
  await page.getByLabel(brandName).check();
  await page.getByRole('button', { name: 'Start the claim' }).click();
  await expect(page).toHaveURL(/\/edit\/rights$/);
  const editor = new URL(page.url()).pathname.replace(/\/rights$/, '');

  // Another brand agent (another organisation) gets a 404 for this draft.
  const other = await newSession(browser);
  await signInAs(other, 'brand');
  expect((await other.goto(editor))?.status()).toBe(404);
  // A seller is not allowed in the editor at all.
  const seller = await newSession(browser);
  await signInAs(seller, 'seller');
  expect((await seller.goto('/brand/claims/new'))?.status()).toBe(403);

  await page.goto('/brand/claims/new');
  const drafts = page.getByRole('table', { name: 'Draft claims' });
  await expect(drafts.getByRole('row').filter({ hasText: brandName })).toHaveCount(1);
  await drafts.getByRole('button', { name: `Delete the draft for ${brandName}` }).click();
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await drafts.getByRole('button', { name: `Delete the draft for ${brandName}` }).click();
  await page.getByRole('button', { name: 'Yes, delete the draft' }).click();
  await expect(page).toHaveURL(/\/brand\/claims\/new\?deleted=1$/);
  await expect(page.getByText('No drafts in progress.')).toBeVisible();
  expect((await page.goto(editor))?.status()).toBe(404);
});
