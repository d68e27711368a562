// Abuse sanctions on filers (DSA Art 23, issue 5), on the seed's two agencies
// (scripts/seed-sanctions.ts): Swift Notice Partners is suspended and cannot submit its
// ready draft; an admin lifts the suspension with a reason (a reviewer sees the list
// read-only); the agency then submits. Rapid Takedown Services was warned by the
// filing-abuse job when the server started.
import { expect, test } from '@playwright/test';
import { newSession, signInAs } from './support';

test('a suspended agency is refused at submit with the end date and reason; an admin lifts it; the claim goes through', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signInAs(page, 'swift');
  await page.goto('/brand');
  await expect(page.getByRole('heading', { name: /Suspended from filing claims until/ })).toBeVisible();

  await page.goto('/brand/claims/new');
  await expect(page.getByRole('heading', { name: /Suspended from filing claims until/ })).toBeVisible();
  await page.getByRole('link', { name: 'Continue the draft for Stridewell' }).click();
  await expect(page).toHaveURL(/\/edit\/review$/);
  await page.getByRole('button', { name: 'Submit claim' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'is suspended from filing claims until' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('50.0%'); // the reason: 14 of 28 decided items did not stand
  await expect(page).toHaveURL(/\/edit\/review$/);

  // A reviewer sees the sanctions, and cannot lift them.
  const reviewer = await newSession(browser);
  await signInAs(reviewer, 'reviewer');
  await reviewer.getByRole('link', { name: 'Sanctions' }).click();
  await expect(reviewer).toHaveURL(/\/admin\/sanctions/);
  await expect(reviewer.getByRole('row').filter({ hasText: 'Swift Notice Partners Ltd' })).toHaveCount(1);
  await expect(reviewer.getByRole('button', { name: 'Lift' })).toHaveCount(0);

  // The admin lifts the suspension, saying why.
  const admin = await newSession(browser);
  await signInAs(admin, 'admin');
  await admin.goto('/admin/sanctions');
  const row = admin.getByRole('row').filter({ hasText: 'Swift Notice Partners Ltd' });
  await expect(row).toContainText('Suspension');
  await row.getByRole('button', { name: 'Lift' }).click();
  await expect(row.getByLabel('Reason for lifting')).toHaveAttribute('aria-invalid', 'true');
  await row.getByLabel('Reason for lifting').fill('The agency showed that most rejections were listings already taken down.');
  await row.getByRole('button', { name: 'Lift' }).click();
  await expect(admin).toHaveURL(/lifted=1/);
  await expect(admin.getByText('The sanction was lifted')).toBeVisible();
  await admin.goto('/admin/sanctions?show=all');
  await expect(admin.getByRole('row').filter({ hasText: 'Swift Notice Partners Ltd' }).filter({ hasText: 'most rejections were listings' })).toHaveCount(1);

  // The agency submits the same draft.
  await page.reload();
  await expect(page.getByRole('heading', { name: /Suspended from filing claims/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Submit claim' }).click();
  await expect(page).toHaveURL(/\/brand\/claims\/[^/]+$/);
});

test('the agency above the ceiling was warned when the server started', async ({ page }) => {
  await signInAs(page, 'rapid');
  await page.goto('/brand');
  const banner = page.getByRole('region', { name: 'Warning: too many of your claims do not stand' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('50.0%');
});
