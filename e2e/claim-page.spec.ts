// Journey 1, brand side after filing, through the UI: the brand follows its claim on the
// claim's page — the decision on each listing with its reasons, a reviewer's question it
// answers, a removal it withdraws (the seller sees the listing back) — and another brand
// cannot open it. The server owns the embedded database, so these tests use the seed's
// pending items: the agency's Stridewell claim against Lucky Star Trading, which no other
// spec decides (review.spec.ts works Stridewell's other stores and the trusted brand's items).
import { expect, test, type Page } from '@playwright/test';
import { newSession, signInAs } from './support';

const SCRIPT = '<script>window.__xss = 1</script>';

// Several sessions and a dozen page loads each: more than the default 30 s on a shared machine.
test.describe.configure({ timeout: 180_000 });

/** Opens the first pending queue item of a brand against a store; returns the listing's title. */
async function openPendingItem(page: Page, brand: string, store: string): Promise<string> {
  await page.goto('/review');
  await page.getByLabel('Brand').selectOption({ label: brand });
  await page.getByLabel('Status').selectOption({ label: 'Pending' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/brand=/);
  const link = page.getByRole('row').filter({ hasText: store }).first().getByRole('link');
  await page.goto((await link.getAttribute('href'))!);
  await expect(page.locator('[data-keyboard="ready"]').first()).toBeAttached();
  return (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
}

/** The claim page of the agency's Stridewell claim, from the claims list. */
async function openStridewellClaim(page: Page): Promise<string> {
  await page.goto('/brand/claims');
  const brandFilter = page.getByLabel('Brand');
  await brandFilter.selectOption((await brandFilter.locator('option', { hasText: 'Stridewell' }).getAttribute('value'))!);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/claimBrand=/);
  await page.getByRole('row').filter({ hasText: 'Stridewell' }).first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/brand\/claims\/[0-9a-f-]+$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Claim CLM-');
  return page.url();
}

test('the brand sees the decisions with their reasons, answers a question and withdraws a removal; the seller sees the listing back', async ({ page, browser }) => {
  // A reviewer removes one Lucky Star listing of the claim and asks about the other.
  await signInAs(page, 'reviewer');
  const removedTitle = await openPendingItem(page, 'Stridewell', 'Lucky Star Trading');
  await page.keyboard.press('t');
  await expect(page.getByText('You are reviewing this item')).toBeVisible();
  await page.keyboard.press('r');
  await page.getByLabel('Right the removal rests on').selectOption({ index: 1 });
  await page.getByLabel('Note for the statement of reasons').fill(`Sole stitching differs ${SCRIPT}`);
  await page.getByRole('button', { name: 'Remove the listing' }).click();
  await expect(page.getByText(/^Removed by you on/)).toBeVisible();

  const askedTitle = await openPendingItem(page, 'Stridewell', 'Lucky Star Trading');
  expect(askedTitle).not.toBe(removedTitle);
  await page.keyboard.press('i');
  await page.getByLabel('What the brand must provide').fill(`Which model is this? ${SCRIPT}`);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(/^Sent back to the brand by you on/)).toBeVisible();

  // The agency that filed it follows the claim from its list.
  const brand = await newSession(browser);
  await signInAs(brand, 'agency');
  await openStridewellClaim(brand);
  await expect(brand.getByRole('heading', { level: 1 })).toContainText('Claim CLM-');
  await expect(brand.getByRole('heading', { name: 'Declarations and signature' })).toBeVisible();
  await expect(brand.getByText(/^Signed by Victor Agent on/)).toBeVisible();

  // Only what needs the brand: the listing the reviewer asked about.
  await brand.getByLabel('Item status').selectOption('INFO_REQUESTED');
  await brand.getByRole('button', { name: 'Show', exact: true }).click();
  const asked = brand.getByRole('article', { name: askedTitle });
  await expect(asked).toContainText('Information requested');
  // The reviewer's question is text: the script tag shows and never runs.
  await expect(asked.getByText(`Which model is this? ${SCRIPT}`)).toBeVisible();
  // An empty answer is refused at its field.
  await asked.getByRole('button', { name: 'Send answer' }).click();
  await expect(asked.getByText('This field is required.')).toBeVisible();
  await asked.getByLabel('Your answer to the reviewer').fill(`Model SW-200, see the test purchase ${SCRIPT}`);
  await asked.getByRole('button', { name: 'Send answer' }).click();
  await expect(brand.getByRole('status').filter({ hasText: 'Answer sent.' })).toBeVisible();
  const answered = brand.getByRole('article', { name: askedTitle });
  await expect(answered).toContainText('Pending');
  await expect(answered.getByText(`Model SW-200, see the test purchase ${SCRIPT}`)).toBeVisible();

  // The removed listing: status, reason, the right it rests on, the note, who decided.
  await brand.getByLabel('Item status').selectOption('REMOVED');
  await brand.getByRole('button', { name: 'Show', exact: true }).click();
  const removed = brand.getByRole('article', { name: removedTitle });
  await expect(removed).toContainText('Removed: Counterfeit goods');
  await expect(removed).toContainText('On the right Trademark');
  await expect(removed.getByText(`Sole stitching differs ${SCRIPT}`)).toBeVisible();
  await expect(removed.getByText(/^Decided by Ren Reviewer on/)).toBeVisible();

  // Withdrawing needs a reason; then the listing comes back.
  await removed.getByText('Withdraw this listing').click();
  await removed.getByRole('button', { name: 'Withdraw listing' }).click();
  await expect(removed.getByText('This field is required.')).toBeVisible();
  await removed.getByLabel('Reason for withdrawing').fill(`Settled with the seller ${SCRIPT}`);
  await removed.getByRole('button', { name: 'Withdraw listing' }).click();
  await expect(brand.getByRole('status').filter({ hasText: 'The listing is restored' })).toBeVisible();
  await brand.getByLabel('Item status').selectOption('WITHDRAWN');
  await brand.getByRole('button', { name: 'Show', exact: true }).click();
  const withdrawn = brand.getByRole('article', { name: removedTitle });
  await expect(withdrawn).toContainText('Withdrawn by your side.');
  await expect(withdrawn).toContainText('Restored'); // the listing's own status
  // The history records it, with the reason as typed.
  await expect(brand.getByRole('region', { name: 'History of the listings on this page' })).toContainText(`Settled with the seller ${SCRIPT}`);
  expect(await brand.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // The seller is told and sees the listing restored.
  const seller = await newSession(browser);
  await signInAs(seller, 'seller');
  await seller.goto('/notifications');
  await expect(seller.getByText(`Listing restored: ${removedTitle}`)).toBeVisible();
  await seller.goto('/seller');
  await seller.getByLabel('Status', { exact: true }).selectOption('RESTORED');
  await seller.getByRole('button', { name: 'Show' }).click();
  await expect(seller.locator('#listings').getByRole('row').filter({ hasText: removedTitle })).toContainText('Restored');
});

test("another brand's claim reads as not found", async ({ page, browser }) => {
  await signInAs(page, 'agency');
  const url = await openStridewellClaim(page);
  const path = new URL(url).pathname;

  const other = await newSession(browser);
  await signInAs(other, 'brand');
  const response = await other.goto(path);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(other.getByText('Stridewell')).toHaveCount(0);
  // Its list shows only its own claims.
  await other.goto('/brand/claims');
  await expect(other.getByRole('table')).not.toContainText('Stridewell');
});
