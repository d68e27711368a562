// Journey 1, reviewer side, through the UI: a reviewer takes claim items from the queue and
// decides them — with the keyboard alone — and the seller and the brand see the outcome.
// Filing has no UI yet, so these tests decide the seed's pending items; each test uses its
// own items (by brand and store), and none takes an item another test needs.
import { expect, type Page } from '@playwright/test';
import { test } from '@playwright/test';
import { newSession, signInAs } from './support';

/** Opens the first pending queue item of a brand against a store; returns its path. */
async function openPendingItem(page: Page, brand: string, store: string): Promise<string> {
  await page.goto('/review');
  await page.getByLabel('Brand').selectOption({ label: brand });
  await page.getByLabel('Status').selectOption({ label: 'Pending' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/brand=/);
  const row = page.getByRole('row').filter({ hasText: store }).first();
  const link = row.getByRole('link');
  const path = (await link.getAttribute('href'))!;
  expect(path).toMatch(/^\/review\/items\/[0-9a-f-]+$/);
  await page.goto(path);
  await keyboardReady(page);
  return path;
}

/** Waits until the page's shortcuts listen (its script has run). */
async function keyboardReady(page: Page): Promise<void> {
  await expect(page.locator('[data-keyboard="ready"]').first()).toBeAttached();
}

test('a reviewer removes a listing with the keyboard alone; the seller gets the statement of reasons and the brand the outcome', async ({ page, browser }) => {
  await signInAs(page, 'reviewer');
  const path = await openPendingItem(page, 'Maison Aurel', 'Lucky Star Trading');
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await expect(page.getByRole('region', { name: 'Keyboard' })).toContainText('remove');

  // T takes it…
  await page.keyboard.press('t');
  await expect(page.getByText('You are reviewing this item')).toBeVisible();
  // …R opens the removal form at its first field (the reason the brand alleged is preselected)…
  await page.keyboard.press('r');
  await expect(page.getByLabel('Removal reason')).toBeFocused();
  await expect(page.getByLabel('Removal reason')).toHaveValue('COUNTERFEIT');
  // …Tab to the right, choose one of the usable rights with the arrow key…
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Right the removal rests on')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Right the removal rests on')).not.toHaveValue('');
  // …Tab to the note: typing there never triggers a shortcut (the note has r, j, i, n, t in it)…
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Note for the statement of reasons')).toBeFocused();
  const note = 'Wrong hardware stamp in the test purchase <script>window.__xss = 1</script>';
  await page.keyboard.type(note);
  await expect(page.getByLabel('Note for the statement of reasons')).toHaveValue(note);
  // …and Tab to the button, Enter.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove the listing' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByText(/^Removed by you on/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Removed by you' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Remove the listing' })).toHaveCount(0);

  // The seller (Lucky Star Trading) sees the removal and opens the statement of reasons.
  const seller = await newSession(browser);
  await signInAs(seller, 'seller');
  const notice = seller.locator('#notices').getByRole('row').filter({ hasText: title });
  await expect(notice).toContainText('Listing removed');
  await notice.getByRole('link', { name: `Statement of reasons: ${title}` }).click();
  await expect(seller).toHaveURL(/\/seller\/statements\/[0-9a-f-]+$/);
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
  const fields = seller.getByRole('region', { name: "The statement's fields" });
  await expect(fields).toContainText('Removal of the listing');
  await expect(fields).toContainText('下架商品'); // every field in both languages
  await expect(fields).toContainText('No: a reviewer of the marketplace took this decision.');
  await expect(fields).toContainText('Trademark');
  await expect(fields).toContainText('clause 4.2');
  await expect(fields).toContainText('counter-notice');
  await expect(fields).toContainText('out-of-court');
  // The note is shown as text, escaped: the script tag is visible and never ran.
  await expect(fields.getByText('<script>window.__xss = 1</script>', { exact: false }).first()).toBeVisible();
  expect(await seller.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // The listing is out of the catalogue: the seller's listings show it as removed.
  await seller.goto('/seller');
  await seller.getByLabel('Status', { exact: true }).selectOption('REMOVED');
  await seller.getByRole('button', { name: 'Show' }).click();
  await expect(seller.locator('#listings').getByRole('row').filter({ hasText: title })).toContainText('Removed');

  // The brand is told the outcome.
  const brand = await newSession(browser);
  await signInAs(brand, 'brand');
  await brand.goto('/notifications');
  await expect(brand.getByText(`Decision on ${title}`)).toBeVisible();
  await expect(brand.getByText(/has been removed\. Reason: counterfeit goods\./).first()).toBeVisible();

  // And a seller opening the reviewer's page of that item is refused.
  const response = await seller.goto(path);
  expect(response?.status()).toBe(403);
  await expect(seller.getByRole('heading', { name: "You don't have access to this page" })).toBeVisible();
});

test('rejecting needs a reason: the empty form is refused at the field, then the rejection stands', async ({ page }) => {
  await signInAs(page, 'reviewer');
  await openPendingItem(page, 'Stridewell', 'Panda Bargain House');
  await page.keyboard.press('j');
  const reason = page.getByLabel('Rejection reason');
  await expect(reason).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Reject the claim item' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#rejectionReason-error')).toHaveText('Choose a reason.');
  await expect(page.getByText('Nobody has taken this item.')).toBeVisible(); // nothing changed

  await reason.focus();
  await page.keyboard.press('ArrowDown');
  await expect(reason).toHaveValue('INSUFFICIENT_EVIDENCE');
  await page.keyboard.press('Enter'); // Enter submits from the select
  await expect(page.getByText(/^Rejected by you on/)).toBeVisible();
  await expect(page.getByRole('status').getByText('Insufficient evidence', { exact: true })).toBeVisible();
});

test('two reviewers deciding one item at once: one decision stands, the other is told who decided', async ({ page, browser }) => {
  await signInAs(page, 'reviewer');
  const path = await openPendingItem(page, 'Stridewell', 'Yiwu Everyday Outlet');
  const second = await newSession(browser);
  await signInAs(second, 'reviewer2');
  await second.goto(path);
  await keyboardReady(second);

  // Both have the form open on the same version; Ren rejects first…
  for (const p of [page, second]) {
    await p.keyboard.press('j');
    await p.getByLabel('Rejection reason').selectOption('GENUINE_GOODS');
  }
  await page.getByRole('button', { name: 'Reject the claim item' }).click();
  await expect(page.getByText(/^Rejected by you on/)).toBeVisible();

  // …then Rosa's submission, made on the page she still has, is refused with who decided.
  await second.getByRole('button', { name: 'Reject the claim item' }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'Already decided by Ren Reviewer: Rejected.' })).toBeVisible();
  await expect(second.getByText(/^Rejected by Ren Reviewer on/)).toBeVisible();
  await expect(second.getByRole('button', { name: 'Reject the claim item' })).toHaveCount(0);
});

test('asking the brand pauses the clock, and the brand is asked', async ({ page, browser }) => {
  await signInAs(page, 'reviewer');
  await openPendingItem(page, 'Northpeak', 'Guangzhou Top Fashion');
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await page.keyboard.press('i');
  await expect(page.getByLabel('What the brand must provide')).toBeFocused();
  await page.keyboard.type('Please attach the test purchase of this jacket.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(/^Sent back to the brand by you on/)).toBeVisible();
  await expect(page.getByText('clock paused', { exact: true })).toBeVisible();

  const brand = await newSession(browser);
  await signInAs(brand, 'brand2');
  await brand.goto('/notifications');
  await expect(brand.getByText(/^More information needed for claim CLM-/).first()).toBeVisible();
  await expect(brand.getByText(`A reviewer needs more information about “${title}”`, { exact: false })).toBeVisible();
});

test('"take next" takes the front of the queue (N), and T gives it back', async ({ page }) => {
  await signInAs(page, 'reviewer2');
  await page.goto('/review');
  await keyboardReady(page);
  await expect(page.getByRole('region', { name: 'Keyboard' })).toContainText('take the next item');
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/review\/items\/[0-9a-f-]+$/);
  await expect(page.getByText('You are reviewing this item')).toBeVisible();
  // The front of the queue: a trusted brand's item.
  await expect(page.getByText('Trusted', { exact: true }).first()).toBeVisible();
  await page.keyboard.press('t');
  await expect(page.getByText('Nobody has taken this item.')).toBeVisible();
});
