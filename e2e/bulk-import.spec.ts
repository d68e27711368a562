// Bulk filing by CSV in the draft editor's listings step: a small file with one bad row
// adds the good ones (they appear in the claim's listings) and offers the bad one in a
// downloadable error report; a file of 10,001 rows is refused at the field, adding nothing.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { demoUser } from './support';

// Each test walks the editor's first steps (three server actions) before it imports: on the
// shared 2-core machine the first requests of a fresh server take several seconds each.
test.describe.configure({ timeout: 120_000 });
const STEP = { timeout: 30_000 };

/** A new draft claim of the demo brand agent, opened at its listings step. */
async function draftAtListingsStep(page: Page): Promise<void> {
  // support.signIn with a longer wait: the first sign-ins of a fresh server under load
  // can take more than the default 10 s.
  const brandAgent = demoUser('brand');
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(brandAgent.email);
  await page.getByLabel('Password', { exact: true }).fill(brandAgent.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, STEP);
  await page.goto('/brand/claims/new');
  const brand = page.getByRole('radio').and(page.locator(':enabled')).first();
  await brand.check();
  await page.getByRole('button', { name: 'Start the claim' }).click();
  await expect(page).toHaveURL(/\/brand\/claims\/[^/]+\/edit\/rights/, STEP);
  await page.getByRole('group', { name: 'Rights this claim rests on' }).getByRole('checkbox').first().check();
  await page.getByLabel('Summary').fill('Counterfeit jackets sold under the brand name (bulk filing e2e).');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(/\/edit\/listings/, STEP);
}

/** Ids of active listings, read from the catalogue search of the listings step. */
async function activeListingIds(page: Page, count: number): Promise<string[]> {
  await page.getByLabel('Title or listing ID').fill('652');
  await page.getByRole('button', { name: 'Search' }).click();
  const boxes = page.getByRole('checkbox', { name: /^Select .* \(\d+\)$/ });
  await expect(boxes.nth(count - 1)).toBeVisible(STEP);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const label = (await boxes.nth(i).getAttribute('aria-label')) ?? '';
    ids.push(/\((\d+)\)$/.exec(label)![1]!);
  }
  return ids;
}

test('a CSV with one bad row adds the good rows and offers an error report', async ({ page }) => {
  await draftAtListingsStep(page);
  const [first, second] = await activeListingIds(page, 2);
  const csv = [
    'listing,infringement_type,note',
    `${first},Counterfeit,"Logo copied, ""genuine"" claimed"`,
    `https://market.example/item/${second},trademark misuse,`,
    'LST-NO-SUCH-LISTING,counterfeit,',
  ].join('\r\n');

  const field = page.getByLabel('CSV file of listings');
  await field.setInputFiles({ name: 'listings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Add listings' }).click();

  await expect(page.getByText('2 listings added, 1 row rejected.')).toBeVisible(STEP);
  await expect(page.getByText('Row 4: LST-NO-SUCH-LISTING — No listing with this ID or URL')).toBeVisible();
  // router.refresh(): the claim's listings show the new items.
  const items = page.getByRole('table', { name: 'Listings on this claim' });
  await expect(items.getByText(first!, { exact: true })).toBeVisible();
  await expect(items.getByText(second!, { exact: true })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download error report' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('listings-not-added.csv');
  const report = (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '');
  expect(report).toBe('row,listing,reason\r\n4,LST-NO-SUCH-LISTING,No listing with this ID or URL\r\n');
});

test('a CSV of 10,001 rows is refused at the field and adds nothing', async ({ page }) => {
  await draftAtListingsStep(page);
  const rows = Array.from({ length: 10_001 }, (_, i) => `LST-E2E-${i},counterfeit`);
  const csv = ['listing,infringement_type', ...rows].join('\n');

  const field = page.getByLabel('CSV file of listings');
  await field.setInputFiles({ name: 'too-many.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Add listings' }).click();

  const message = 'A file may have at most 10,000 rows; this file has 10,001. Split it into smaller files. Nothing was added.';
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible(STEP);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(page.getByText('No listing added yet.')).toBeVisible();
});

test('the template downloads and the field says when no file was chosen', async ({ page }) => {
  await draftAtListingsStep(page);
  await page.getByRole('button', { name: 'Add listings' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose a CSV file first.' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the CSV template' }).click();
  const template = (await readFile((await (await downloading).path())!, 'utf8')).replace(/^\ufeff/, '');
  expect(template.split('\r\n')[0]).toBe('listing,infringement_type,note');
});
