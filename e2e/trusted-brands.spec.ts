// Journey 5 through the UI: a verified brand one decision short of the trusted tier (Kestrel,
// seeded by scripts/seed-trust.ts) crosses it — a reviewer makes the 50th decision, the admin
// runs the brand-tiers job — and its next counterfeit claim with a test purchase takes the
// listing down at once; and a reviewer overturns an expedited takedown (Maison Aurel's seeded
// one, on Rue Verte Resale's listing), which brings the listing back and lowers the brand's
// accuracy. Each test uses its own seed rows, so they run in any order.
import { expect, test, type Page } from '@playwright/test';
import { newSession, signInAs } from './support';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const SLOW = { timeout: 30_000 };

async function openBrandPage(page: Page, brand: string): Promise<void> {
  await page.goto('/brand');
  await page.getByRole('link', { name: brand, exact: true }).first().click();
  await expect(page).toHaveURL(/\/brand\/brands\/[0-9a-f-]+$/, SLOW);
}

async function accuracyOn(page: Page): Promise<number> {
  const row = page.getByRole('region', { name: 'Trusted status' }).getByRole('row', { name: /Removals that stood/ });
  const text = (await row.getByRole('cell').first().textContent())!.trim();
  return Number.parseFloat(text);
}

async function runBrandTiers(admin: Page): Promise<void> {
  const outcome = admin.getByText(/brand-tiers: |already running/);
  for (let attempt = 0; attempt < 5; attempt++) {
    await admin.goto('/admin/jobs');
    await admin.getByLabel('Job').selectOption('brand-tiers');
    await admin.getByRole('button', { name: 'Run now' }).click();
    await expect(outcome).toBeVisible(SLOW);
    if (!(await outcome.textContent())?.includes('already running')) return;
  }
  throw new Error('brand-tiers stayed busy');
}

test('a brand crossing into trusted sees its counterfeit claim with a test purchase take the listing down at once', async ({ page, browser }) => {
  test.setTimeout(240_000);
  // The reviewer makes Kestrel's 50th decision.
  await signInAs(page, 'reviewer');
  await page.goto('/review');
  await page.getByLabel('Brand').selectOption({ label: 'Kestrel' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/brand=/);
  const path = (await page.getByRole('row').filter({ hasText: 'Ridgeline Copy Gear' }).first().getByRole('link').first().getAttribute('href'))!;
  await page.goto(path);
  await expect(page.locator('[data-keyboard="ready"]').first()).toBeAttached();
  await page.keyboard.press('t');
  await expect(page.getByText('You are reviewing this item')).toBeVisible(SLOW);
  await page.keyboard.press('r');
  await expect(page.getByLabel('Removal reason')).toHaveValue('COUNTERFEIT');
  await expect(page.getByLabel('Right the removal rests on')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Remove the listing' }).click();
  await expect(page.getByText(/^Removed by you on/)).toBeVisible(SLOW);

  // The admin runs the tier job now; Kestrel's agent sees the brand trusted.
  const admin = await newSession(browser);
  await signInAs(admin, 'admin');
  await runBrandTiers(admin);
  const agent = await newSession(browser);
  await signInAs(agent, 'brand3');
  await openBrandPage(agent, 'Kestrel');
  const card = agent.getByRole('region', { name: 'Trusted status' });
  await expect(card.getByText('Trusted', { exact: true })).toBeVisible();
  await expect(card).toContainText('The figures meet the trusted thresholds.');

  // A counterfeit claim with a test purchase against one of Summit Discount Gear's listings.
  await agent.goto('/brand/claims/new');
  await agent.getByLabel('Kestrel').check();
  await agent.getByRole('button', { name: 'Start the claim' }).click();
  await expect(agent).toHaveURL(/\/brand\/claims\/[0-9a-f-]+\/edit\/rights$/, SLOW);
  const editor = new URL(agent.url()).pathname.replace(/\/rights$/, '');
  await agent.getByLabel('Trademark USPTO 7098452').check();
  await agent.getByLabel('Summary').fill('Counterfeit Kestrel backpacks; our test purchase has a fake logo patch.');
  await agent.getByRole('button', { name: 'Save and continue' }).click();
  await expect(agent).toHaveURL(`${editor}/listings`, SLOW);
  await agent.getByLabel('Listing IDs or URLs, one per line').fill('SDG-4001');
  await agent.getByRole('button', { name: 'Add these listings' }).click();
  await expect(agent.getByRole('status').filter({ hasText: '1 listing added.' })).toBeVisible(SLOW);
  await agent.getByRole('button', { name: 'Save and continue' }).click();
  await expect(agent).toHaveURL(`${editor}/types`, SLOW);
  await agent.getByLabel('Infringement type', { exact: true }).first().selectOption({ label: 'Counterfeit' });
  await agent.getByRole('button', { name: 'Save and continue' }).click();
  await expect(agent).toHaveURL(`${editor}/evidence`, SLOW);
  await agent.getByLabel('Kind of evidence').selectOption({ label: 'Test purchase' });
  await agent.getByLabel('Evidence files').setInputFiles({ name: 'test-purchase.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(agent.getByRole('button', { name: 'Remove test-purchase.pdf' })).toBeVisible(SLOW);
  await agent.getByRole('button', { name: 'Attach evidence' }).click();
  await expect(agent.getByRole('status').filter({ hasText: '1 file attached.' })).toBeVisible(SLOW);
  await agent.getByRole('button', { name: 'Save and continue' }).click();
  await expect(agent).toHaveURL(`${editor}/declarations`, SLOW);
  await agent.getByLabel(/good-faith belief/).check();
  await agent.getByLabel(/under penalty of perjury/).check();
  await agent.getByLabel('Full name (your typed signature)').fill('Kiri Counsel');
  await agent.getByRole('button', { name: 'Save and continue' }).click();
  await expect(agent).toHaveURL(`${editor}/review`, SLOW);
  await agent.getByRole('button', { name: 'Submit claim' }).click();
  await expect(agent).toHaveURL(new RegExp(`${editor.replace(/\/edit$/, '')}$`), SLOW);

  // The item was taken down at once: the claim shows it removed, the listing is out of the
  // catalogue (the filing search finds only active listings), and the brand's card lists it.
  await expect(agent.getByRole('article', { name: 'Kestrel Alpine 45 backpack, factory seconds' })).toContainText('Removed');
  await openBrandPage(agent, 'Kestrel');
  await expect(agent.getByRole('region', { name: 'Trusted status' }).getByRole('row').filter({ hasText: 'Kestrel Alpine 45 backpack, factory seconds' })).toContainText(
    'Awaiting review',
  );
  // The reviewers see it at the top of the queue, to review after.
  await page.goto('/review');
  const expedited = page.getByRole('region', { name: /Expedited removals to review/ });
  await expedited.getByRole('link', { name: /Kestrel Alpine 45 backpack, factory seconds/ }).click();
  await expect(page.getByRole('region', { name: 'Listing', exact: true }).getByText('Removed', { exact: true }).first()).toBeVisible(SLOW);
});

test('a reviewer overturns an expedited removal: the listing is back and the brand’s accuracy falls', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const brand = await newSession(browser);
  await signInAs(brand, 'brand');
  await openBrandPage(brand, 'Maison Aurel');
  const before = await accuracyOn(brand);
  expect(before).toBeGreaterThan(0);

  await signInAs(page, 'reviewer2');
  await page.goto('/review');
  const section = page.getByRole('region', { name: /Expedited removals to review/ });
  await expect(section).toContainText(/awaiting review/);
  await section.getByRole('link', { name: 'Review the expedited removal of Maison Aurel Camille shoulder bag, pre-owned' }).click();
  await expect(page).toHaveURL(/\/review\/items\/[0-9a-f-]+$/, SLOW);
  await expect(page.locator('[data-keyboard="ready"]').first()).toBeAttached();
  await page.keyboard.press('o');
  await expect(page.getByLabel('Why the removal is overturned')).toBeFocused();
  await page.getByLabel('Why the removal is overturned').selectOption({ label: 'Goods are genuine' });
  await page.getByLabel('Explanation').fill('The seller’s receipt from Maison Aurel’s Paris boutique matches the serial.');
  await page.getByRole('button', { name: 'Overturn and restore the listing' }).click();
  await expect(page.getByText(/^Rejected by you on/)).toBeVisible(SLOW);
  await expect(page.getByRole('button', { name: 'Overturn and restore the listing' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Listing', exact: true }).getByText('Restored', { exact: true })).toBeVisible();

  // The listing is back in the catalogue, and the overturn counts against the brand.
  await brand.reload();
  await expect(brand.getByRole('region', { name: 'Trusted status' }).getByRole('row').filter({ hasText: 'Maison Aurel Camille shoulder bag, pre-owned' })).toContainText('Overturned');
  expect(await accuracyOn(brand)).toBeLessThan(before);
});
