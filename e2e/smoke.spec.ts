import { expect, test } from '@playwright/test';

test('an anonymous visit to the front door ends at the sign-in form', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBeLessThan(400);
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(page.getByLabel('Password')).toBeVisible();
});
