// Journeys 6 → 1 → 2 end to end through the UI, in three browser sessions: a freshly
// signed-up brand agent registers a brand and a trademark (journey 6) and the demo reviewer
// verifies both; the agent files a claim over every step of the editor against one listing
// with a confidential PDF and a screenshot; the reviewer removes the listing (journey 1) and
// the seller reads the notice, its statement of reasons and the evidence (the confidential
// file redacted); the seller files a counter-notice, the brand responds and the reviewer
// restores the listing (journey 2). Then who may not see what: the seller on the reviewer's
// pages, another brand on this claim.
//
// Seed data: the seller side is the demo seller2 (Harbour Goods Limited, store Harbour
// Goods), and the listing is one of its ACTIVE Voltaic listings, read from its own listings
// page. No other spec signs in as seller2 or decides a Harbour Goods listing: the seed's only
// claim against Harbour Goods (CLM-2026-000097) is on a Northpeak listing, filing.spec.ts
// claims unbranded "hiking socks" and bulk-import.spec.ts only drafts. The server owns the
// embedded database, so the claim is filed through the UI, never with factories.
import { randomInt, randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { makePng, newSession, signIn, signInAs, signUp } from './support';

// Real, small files made here: a one-page PDF and a PNG.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
// The same PDF with another trailer comment: a different file (another hash), for the seller.
const SELLER_PDF = Buffer.concat([PDF, Buffer.from('% invoice\n')]);

const PNG = makePng(80, 60, 90);

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
// A loaded 2-core machine: server actions and first page loads can take several seconds.
const SLOW = { timeout: 30_000 };

/** Journey 6: a fresh brand agent registers a brand and a trademark with its certificate. */
async function registerBrandAndTrademark(page: Page, brandName: string, number: string): Promise<void> {
  await page.goto('/brand');
  await page.getByRole('link', { name: 'Register a brand' }).click();
  await page.getByLabel('Brand name').fill(brandName);
  await page.getByLabel('Category', { exact: true }).fill('Consumer electronics');
  await page.getByLabel(/owns this brand/).check();
  await page.getByRole('button', { name: 'Register brand' }).click();
  await expect(page).toHaveURL(/\/brand\/brands\/[0-9a-f-]+\?registered=1$/, SLOW);
  await page.getByRole('link', { name: 'Add a right' }).click();
  await page.getByLabel('Registration number').fill(number);
  await page.getByLabel('Office').selectOption('USPTO');
  await page.getByLabel('Nice classes').fill('9');
  await page.getByLabel('Registered owner').fill(`${brandName} Inc.`);
  await page.getByLabel('Registration date').fill(isoDay(-700));
  await page.getByLabel('Expiry date').fill(isoDay(2500));
  await page.getByLabel('Registration certificate').setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByRole('button', { name: 'Remove certificate.pdf' })).toBeVisible(SLOW);
  await page.getByRole('button', { name: 'Add right' }).click();
  await expect(page).toHaveURL(/\/rights\/[0-9a-f-]+\?saved=added$/, SLOW);
  await expect(page.getByText('Waiting for a reviewer. Claims cannot rest on this right until it is verified.')).toBeVisible();
}

/** Journey 6: the reviewer verifies the brand, then the right, from the verification list. */
async function verifyBrandAndRight(reviewer: Page, brandName: string, number: string): Promise<void> {
  await reviewer.goto('/review/verifications?kind=brand');
  await reviewer.getByRole('link', { name: brandName }).first().click();
  await expect(reviewer.getByRole('heading', { level: 1, name: brandName })).toBeVisible(SLOW);
  await reviewer.getByRole('button', { name: 'Verify brand' }).click();
  await expect(reviewer).toHaveURL(/outcome=VERIFIED/, SLOW);
  await reviewer.goto('/review/verifications');
  await reviewer.getByLabel('Brand name').fill(brandName);
  await reviewer.getByRole('button', { name: 'Apply filters' }).click();
  await reviewer.getByRole('link', { name: `USPTO ${number}` }).click();
  await expect(reviewer.getByRole('link', { name: 'Download certificate.pdf' })).toBeVisible(SLOW);
  await reviewer.getByRole('button', { name: 'Verify right' }).click();
  await expect(reviewer).toHaveURL(/decided=right&outcome=VERIFIED$/, SLOW);
}

/** The seller's first active Voltaic listing, from its own listings page: title and ID. */
async function pickActiveListing(seller: Page): Promise<{ title: string; externalId: string }> {
  await seller.goto('/seller');
  await seller.getByLabel('Status', { exact: true }).selectOption('ACTIVE');
  const brandFilter = seller.getByLabel('Brand', { exact: true });
  await brandFilter.selectOption({ label: 'Voltaic' });
  await seller.getByRole('button', { name: 'Show' }).click();
  await expect(seller).toHaveURL(/listingStatus=ACTIVE/, SLOW);
  const row = seller.locator('#listings').getByRole('row').nth(1);
  await expect(row).toContainText('Active');
  const cell = (await row.getByRole('cell').first().innerText()).trim();
  const [title, externalId] = cell.split('\n').map((line) => line.trim());
  expect(externalId).toMatch(/^\d{12}$/);
  return { title: title!, externalId: externalId! };
}

async function expectCurrentStep(page: Page, name: string) {
  const steps = page.getByRole('navigation', { name: 'Steps of the claim' });
  await expect(steps.getByRole('link', { name: new RegExp(name) })).toHaveAttribute('aria-current', 'step', SLOW);
}

test('journeys 6 → 1 → 2: a new brand is verified, its claim takes a listing down, the seller contests and the listing is restored', async ({
  page: brand,
  browser,
}) => {
  // Three people, each through a dozen pages and server actions, on a shared machine.
  test.setTimeout(360_000);
  const id = randomUUID().slice(0, 8);
  const brandName = `Kestrel ${id}`;
  const number = String(randomInt(1_000_000, 9_999_999));
  const marker = `order ${id}`;

  // ── Journey 6: onboarding ───────────────────────────────────────────────────────
  const agent = await signUp(brand, 'brand');
  await signIn(brand, agent.email, agent.password);
  await registerBrandAndTrademark(brand, brandName, number);

  const reviewer = await newSession(browser);
  await signInAs(reviewer, 'reviewer');
  await verifyBrandAndRight(reviewer, brandName, number);

  // The seller side: which listing the claim will be about.
  const seller = await newSession(browser);
  await signInAs(seller, 'seller2');
  const listing = await pickActiveListing(seller);

  // ── Journey 1: the brand files the claim over every step ─────────────────────────
  await brand.goto('/brand/claims/new');
  await brand.getByLabel(brandName).check();
  await brand.getByRole('button', { name: 'Start the claim' }).click();
  await expect(brand).toHaveURL(/\/brand\/claims\/[0-9a-f-]+\/edit\/rights$/, SLOW);
  const editor = new URL(brand.url()).pathname.replace(/\/rights$/, '');
  const claimPath = editor.replace(/\/edit$/, '');

  // Rights: only the verified trademark is offered and chosen.
  await brand.getByLabel(`Trademark USPTO ${number}`).check();
  await brand.getByLabel('Summary').fill(`Counterfeit ${brandName} goods sold under the brand's name.`);
  await brand.getByRole('button', { name: 'Save and continue' }).click();
  await expect(brand).toHaveURL(`${editor}/listings`, SLOW);
  await expectCurrentStep(brand, 'Listings');

  // Listings: the listing's ID pasted.
  await brand.getByLabel('Listing IDs or URLs, one per line').fill(listing.externalId);
  await brand.getByRole('button', { name: 'Add these listings' }).click();
  await expect(brand.getByRole('status').filter({ hasText: '1 listing added.' })).toBeVisible(SLOW);
  const onClaim = brand.getByRole('table', { name: 'Listings on this claim' });
  await expect(onClaim).toContainText(listing.externalId);
  await brand.getByRole('button', { name: 'Save and continue' }).click();
  await expect(brand).toHaveURL(`${editor}/types`, SLOW);

  // Type.
  await brand.getByLabel('Infringement type', { exact: true }).first().selectOption({ label: 'Counterfeit' });
  await brand.getByRole('button', { name: 'Save and continue' }).click();
  await expect(brand).toHaveURL(`${editor}/evidence`, SLOW);

  // Evidence: a confidential test-purchase PDF, then a screenshot anyone on the claim may see.
  await brand.getByLabel('Kind of evidence').selectOption({ label: 'Test purchase' });
  await brand.getByLabel(/^Confidential: the other party sees only/).check();
  await brand.getByLabel('Evidence files').setInputFiles({ name: 'test-purchase.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(brand.getByRole('button', { name: 'Remove test-purchase.pdf' })).toBeVisible(SLOW);
  await brand.getByLabel('Description (optional)').fill(`Test purchase, ${marker}`);
  await brand.getByRole('button', { name: 'Attach evidence' }).click();
  await expect(brand.getByRole('status').filter({ hasText: '1 file attached.' })).toBeVisible(SLOW);
  await brand.getByLabel('Kind of evidence').selectOption({ label: 'Screenshot' });
  await expect(brand.getByLabel(/^Confidential: the other party sees only/)).not.toBeChecked();
  await brand.getByLabel('Evidence files').setInputFiles({ name: 'listing-screenshot.png', mimeType: 'image/png', buffer: PNG });
  await expect(brand.getByRole('button', { name: 'Remove listing-screenshot.png' })).toBeVisible(SLOW);
  await brand.getByRole('button', { name: 'Attach evidence' }).click();
  const evidence = brand.getByRole('table', { name: 'Evidence on this claim' });
  await expect(evidence.getByRole('link', { name: 'listing-screenshot.png' })).toBeVisible(SLOW);
  await expect(evidence.getByRole('row').filter({ hasText: 'test-purchase.pdf' })).toContainText('Confidential');
  await expect(evidence.getByRole('row').filter({ hasText: 'listing-screenshot.png' })).not.toContainText('Confidential');
  await brand.getByRole('button', { name: 'Save and continue' }).click();
  await expect(brand).toHaveURL(`${editor}/declarations`, SLOW);

  // Declarations and signature.
  await brand.getByLabel(/good-faith belief/).check();
  await brand.getByLabel(/under penalty of perjury/).check();
  await brand.getByLabel('Full name (your typed signature)').fill(agent.name);
  await brand.getByRole('button', { name: 'Save and continue' }).click();
  await expect(brand).toHaveURL(`${editor}/review`, SLOW);
  await expectCurrentStep(brand, 'Review and submit');
  await expect(brand.getByText(listing.externalId).first()).toBeVisible();

  // Submit: the claim's page shows it, its listing pending.
  await brand.getByRole('button', { name: 'Submit claim' }).click();
  await expect(brand).toHaveURL(new RegExp(`${claimPath}$`), SLOW);
  const heading = brand.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Claim CLM-');
  const reference = /CLM-\d{4}-\d+/.exec((await heading.textContent()) ?? '')![0];
  await expect(brand.getByText(new RegExp(`^Signed by ${agent.name} on`))).toBeVisible();
  await expect(brand.getByRole('article', { name: listing.title })).toContainText('Pending');

  // ── The reviewer finds it in the queue by brand, takes it and removes the listing ──
  await reviewer.goto('/review');
  await reviewer.getByLabel('Brand').selectOption({ label: brandName });
  await reviewer.getByRole('button', { name: 'Apply filters' }).click();
  await expect(reviewer).toHaveURL(/brand=/, SLOW);
  const queueRows = reviewer.getByRole('row').filter({ hasText: listing.title });
  await expect(queueRows).toHaveCount(1);
  await queueRows.getByRole('link').first().click();
  await expect(reviewer).toHaveURL(/\/review\/items\/[0-9a-f-]+$/, SLOW);
  const reviewerItemPath = new URL(reviewer.url()).pathname;
  await expect(reviewer.getByRole('heading', { level: 1, name: listing.title })).toBeVisible();
  // The evidence beside the listing: the reviewer sees the confidential file itself.
  await expect(reviewer.getByText('test-purchase.pdf').first()).toBeVisible();
  await expect(reviewer.getByText('listing-screenshot.png').first()).toBeVisible();
  await reviewer.getByRole('button', { name: 'Take', exact: true }).click();
  await expect(reviewer.getByText('You are reviewing this item')).toBeVisible(SLOW);
  await reviewer.getByRole('tab', { name: /^Remove/ }).click();
  await reviewer.getByLabel('Removal reason').selectOption('COUNTERFEIT');
  // The claim's only verified right is preselected (the statement of reasons names it below).
  await expect(reviewer.getByLabel('Right the removal rests on')).not.toHaveValue('');
  const removalNote = `The test purchase (${marker}) has a fake serial plate`;
  await reviewer.getByLabel('Note for the statement of reasons').fill(removalNote);
  await reviewer.getByRole('button', { name: 'Remove the listing' }).click();
  await expect(reviewer.getByText(/^Removed by you on/)).toBeVisible(SLOW);

  // ── The seller: the listing is out of the catalogue, the notice and its reasons ──
  await seller.goto('/seller');
  await seller.getByLabel('Status', { exact: true }).selectOption('REMOVED');
  await seller.getByRole('button', { name: 'Show' }).click();
  await expect(seller).toHaveURL(/listingStatus=REMOVED/, SLOW);
  await expect(seller.locator('#listings').getByRole('row').filter({ hasText: listing.externalId })).toContainText('Removed');

  const noticeRow = seller.locator('#notices').getByRole('row').filter({ hasText: listing.title }).filter({ hasText: reference });
  await expect(noticeRow).toContainText('Listing removed');
  await noticeRow.getByRole('link', { name: `Open the notice: ${listing.title}` }).click();
  await expect(seller).toHaveURL(/\/seller\/notices\/[0-9a-f-]+$/, SLOW);
  const noticePath = new URL(seller.url()).pathname;
  await expect(seller.getByRole('heading', { level: 1, name: listing.title })).toBeVisible();
  await expect(seller.getByText(/^You may contest this removal until/)).toBeVisible();
  // The evidence relied on: the screenshot shown, the confidential PDF redacted.
  await expect(seller.getByRole('article', { name: 'listing-screenshot.png' })).toBeVisible();
  const redacted = seller.getByRole('article', { name: 'Confidential document' });
  await expect(redacted).toBeVisible();
  await expect(redacted).toContainText('Test purchase');
  await expect(seller.getByText('test-purchase.pdf')).toHaveCount(0);
  await expect(seller.getByText(`Test purchase, ${marker}`)).toHaveCount(0);

  // The statement of reasons, with every part DSA Art. 17 asks for.
  await seller.getByRole('link', { name: 'Read the statement of reasons' }).click();
  await expect(seller).toHaveURL(/\/seller\/statements\/[0-9a-f-]+$/, SLOW);
  await expect(seller.getByRole('heading', { level: 1, name: 'Statement of reasons' })).toBeVisible();
  for (const field of [
    'What was restricted',
    'Scope and duration',
    'Facts and circumstances',
    'Evidence relied on',
    'Legal ground',
    'Contractual ground',
    'Automated means',
    'How to contest',
    'Counter-notice deadline',
  ]) {
    await expect(seller.getByRole('term').filter({ hasText: field })).toBeVisible();
  }
  const statement = seller.getByRole('region', { name: "The statement's fields" });
  await expect(statement).toContainText('Removal of the listing');
  await expect(statement).toContainText(removalNote);
  await expect(statement).toContainText(number);
  await expect(statement).toContainText('No: a reviewer of the marketplace took this decision.');
  await expect(statement).toContainText('counter-notice');
  // The evidence relied on: the confidential file counted but not named, the screenshot named.
  await expect(statement).toContainText('a confidential document; Screenshot (listing-screenshot.png)');
  await expect(statement).not.toContainText('test-purchase.pdf');

  // ── The brand sees the outcome and was told (the nav counts it unread) ──────────
  await brand.reload();
  const removedItem = brand.getByRole('article', { name: listing.title });
  await expect(removedItem).toContainText('Removed: Counterfeit goods');
  await expect(removedItem).toContainText(`On the right Trademark`);
  await expect(removedItem.getByText(removalNote)).toBeVisible();
  const bell = brand.getByRole('link', { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(brand).toHaveURL(/\/notifications$/, SLOW);
  await expect(brand.getByText(`Decision on ${listing.title}`)).toBeVisible();

  // ── Journey 2: the seller contests with a PDF and the declarations ──────────────
  await seller.goto(noticePath);
  const sellerStatement = `Bought from Voltaic's authorised distributor, ${marker}; the invoice is attached.`;
  await seller.getByLabel('Ground', { exact: true }).selectOption({ label: 'The goods are genuine (with proof)' });
  await seller.getByLabel('Your statement').fill(sellerStatement);
  await seller.getByLabel('Invoices').setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: SELLER_PDF });
  await expect(seller.getByRole('button', { name: 'Remove invoice.pdf' })).toBeVisible(SLOW);
  await seller.getByLabel(/^I declare under penalty of perjury/).check();
  await seller.getByLabel(/^I consent to the jurisdiction/).check();
  await seller.getByLabel('Type your full name as your signature').fill('Hana Harbour');
  await seller.getByRole('button', { name: 'File the counter-notice' }).click();
  const counterNotice = seller.locator('#counter-notice');
  await expect(counterNotice.getByText('Waiting for the brand')).toBeVisible(SLOW);
  await expect(counterNotice.getByText(sellerStatement)).toBeVisible();

  // The brand sees it on its claim page and responds.
  await brand.goto(claimPath);
  const contested = brand.getByRole('article', { name: listing.title });
  await expect(contested).toContainText('Counter-notice from the seller');
  await contested.getByRole('link', { name: 'Open the counter-notice' }).click();
  await expect(brand).toHaveURL(/\/brand\/counter-notices\/[0-9a-f-]+$/, SLOW);
  await expect(brand.getByText(sellerStatement)).toBeVisible();
  await expect(brand.getByText('invoice.pdf').first()).toBeVisible();
  const brandResponse = `We doubt the invoice for ${marker}: the distributor denies the sale.`;
  await brand.getByLabel('How you are pursuing the matter').fill(brandResponse);
  await brand.getByRole('button', { name: 'Send the response' }).click();
  await expect(brand.getByText('You responded; a reviewer will decide.')).toBeVisible(SLOW);

  // The reviewer restores the listing, with reasons.
  await reviewer.goto('/review/counter-notices');
  await reviewer.getByRole('row').filter({ hasText: listing.title }).getByRole('link', { name: listing.title }).click();
  await expect(reviewer.getByText(brandResponse).first()).toBeVisible(SLOW);
  await expect(reviewer.getByText(sellerStatement).first()).toBeVisible();
  const restoreReason = `The distributor's invoice (${marker}) covers this listing.`;
  await reviewer.getByLabel('Reasons (both parties read them)').fill(restoreReason);
  await reviewer.getByRole('button', { name: 'Restore the listing' }).click();
  await expect(reviewer.getByRole('status').filter({ hasText: /^Listing restored by Ren Reviewer on/ })).toBeVisible(SLOW);

  // The seller sees the listing back and the strike withdrawn on its store page.
  await seller.goto(noticePath);
  await expect(seller.getByText(restoreReason).first()).toBeVisible();
  await expect(seller.getByText('Restored', { exact: true })).toBeVisible();
  await seller.getByRole('link', { name: 'Harbour Goods', exact: true }).click();
  await expect(seller).toHaveURL(/\/seller\/stores\/[0-9a-f-]+$/, SLOW);
  const strikes = seller.getByRole('table', { name: 'Strikes' });
  const strike = strikes.getByRole('row').filter({ hasText: `Listing ${listing.externalId} removed after claim ${reference}` });
  await expect(strike).toContainText('Withdrawn');
  await seller.goto('/seller?listingStatus=RESTORED#listings');
  await expect(seller.locator('#listings').getByRole('row').filter({ hasText: listing.externalId })).toContainText('Restored');

  // The brand's claim page shows the item restored.
  await brand.goto(claimPath);
  const restored = brand.getByRole('article', { name: listing.title });
  await expect(restored).toContainText('Restored');
  await expect(restored).toContainText('The listing was restored after a counter-notice.');

  // ── Who may not see what ────────────────────────────────────────────────────────
  // The seller on the reviewer's item page and the queue: refused.
  for (const path of [reviewerItemPath, '/review']) {
    const response = await seller.goto(path);
    expect(response?.status()).toBe(403);
    await expect(seller.getByRole('heading', { name: "You don't have access to this page" })).toBeVisible();
  }
  // A brand agent of another organisation: this claim is not found, nor its listing named.
  const otherBrand = await newSession(browser);
  await signInAs(otherBrand, 'brand');
  const response = await otherBrand.goto(claimPath);
  expect(response?.status()).toBe(404);
  await expect(otherBrand.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(otherBrand.getByText(brandName)).toHaveCount(0);
});
