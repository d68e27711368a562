import { expect, test, type Page } from '@playwright/test';
import { DEMO_AUTHORIZATION_EXPIRED_CODE } from '../lib/factories/demo-authorizations';
import { newSession, signInAs } from './support';

// Maison Aurel's agent keeps the brand's distributors and reference prices, issues an
// authorization inside Assay, and revokes it; an anonymous visitor checks the code on the
// public page before and after. Only the brand's own data changes (no demo store is touched).

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function openBrand(page: Page) {
  await signInAs(page, 'brand');
  await page.getByRole('link', { name: /Maison Aurel/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Maison Aurel/ })).toBeVisible();
}

test('a brand issues an authorization that anyone can verify, then revokes it', async ({ page, browser }) => {
  const id = Math.random().toString(36).slice(2, 8);
  const distributorName = `E2E Distribution ${id} Pte Ltd`;
  const productLine = `E2E Line ${id}`;

  await openBrand(page);
  await page.getByRole('link', { name: 'Protection and distributors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protection of Maison Aurel' })).toBeVisible();

  // A reference price: a bad amount is refused at its field, then a good one is saved.
  await page.getByLabel('Product line', { exact: true }).fill(productLine);
  await page.getByLabel('Currency').fill('eur');
  await page.getByLabel('Amount').fill('-5');
  await page.getByRole('button', { name: 'Save price' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a positive amount' })).toBeVisible();
  await expect(page.getByLabel('Product line', { exact: true })).toHaveValue(productLine);
  await page.getByLabel('Amount').fill('1234.50');
  await page.getByRole('button', { name: 'Save price' }).click();
  await expect(page.getByRole('row').filter({ hasText: productLine })).toContainText('€1,234.50');

  // A distributor for the handbag line.
  await page.getByLabel('Name', { exact: true }).fill(distributorName);
  await page.getByLabel('Country').fill('SG');
  await page.getByRole('group', { name: 'Product lines' }).getByLabel('Handbag', { exact: true }).check();
  await page.getByRole('button', { name: 'Save distributor' }).click();
  await expect(page.getByRole('row').filter({ hasText: distributorName })).toContainText('Handbag');

  // Issue an authorization to it: bad inputs first.
  await page.getByRole('link', { name: 'Authorizations issued' }).click();
  await page.getByRole('link', { name: 'Issue an authorization' }).click();
  await page.getByLabel('Distributor').selectOption({ label: distributorName });
  await page.getByRole('button', { name: 'Issue authorization' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose at least one product line.' })).toBeVisible();
  await page.getByRole('group', { name: 'Product lines' }).getByLabel('Handbag', { exact: true }).check();
  await page.getByLabel('Valid from').fill(isoDay(0));
  await page.getByLabel('Valid until').fill(isoDay(-1));
  await page.getByRole('button', { name: 'Issue authorization' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The end must be after the start.' })).toBeVisible();
  await page.getByLabel('Valid until').fill(isoDay(180));
  await page.getByRole('button', { name: 'Issue authorization' }).click();
  const issued = page.getByRole('status').filter({ hasText: 'Authorization issued.' });
  await expect(issued).toBeVisible();
  const code = /AUR-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec((await issued.textContent()) ?? '')?.[0];
  expect(code).toBeTruthy();

  // Anyone, signed out, checks it; the code may be typed loosely.
  const visitor = await newSession(browser);
  await visitor.goto('/verify');
  await visitor.getByLabel('Authorization code').fill(` ${code!.toLowerCase().replace(/-/g, ' ')} `);
  await visitor.getByRole('button', { name: 'Verify' }).click();
  await expect(visitor).toHaveURL(new RegExp(`/verify/${code}$`));
  await expect(visitor.getByRole('status').filter({ hasText: 'This authorization is valid today.' })).toContainText('Valid');
  await expect(visitor.getByText(distributorName).first()).toBeVisible();

  // The brand revokes it at once.
  const row = page.getByRole('row').filter({ hasText: code! });
  await expect(row).toContainText('Valid');
  await row.getByText('Revoke', { exact: true }).click();
  await row.getByLabel('Reason for revoking').fill('The distribution agreement ended.');
  await row.getByRole('button', { name: 'Revoke now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Authorization revoked.' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: code! })).toContainText('Revoked');

  await visitor.reload();
  await expect(visitor.getByRole('alert').filter({ hasText: 'the brand revoked it' })).toContainText('Revoked');
  const api = await visitor.request.get(`/api/verify/${code}`);
  expect(api.headers()['cache-control']).toContain('no-store');
  expect(await api.json()).toMatchObject({ code, status: 'REVOKED', holder: distributorName, productLines: ['Handbag'] });
  await visitor.context().close();
});

test('the public page says when a code is unknown or expired', async ({ page }) => {
  await page.goto('/verify');
  await page.getByLabel('Authorization code').fill('AUR-ZZZZ-ZZZZ-ZZZZ');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'No such authorization' })).toBeVisible();
  await page.goto(`/verify/${DEMO_AUTHORIZATION_EXPIRED_CODE}`);
  await expect(page.getByRole('alert').filter({ hasText: 'has expired' })).toContainText('Expired');
});
