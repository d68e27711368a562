// Helpers shared by the end-to-end specs. They drive the UI the way a person would:
// by role and label, never by CSS selectors or test ids.
import { randomUUID } from 'node:crypto';
import { expect, type Browser, type Page } from '@playwright/test';
import { demoUser } from '../lib/factories/demo-users';

export { demoUser };

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export async function signInAs(page: Page, key: string): Promise<void> {
  const user = demoUser(key);
  await signIn(page, user.email, user.password);
}

export interface FreshUser {
  name: string;
  email: string;
  password: string;
  organisation: string;
}

/** Signs up a brand-new brand agent or seller through the sign-up form (one per test). */
export async function signUp(page: Page, type: 'brand' | 'seller'): Promise<FreshUser> {
  const id = randomUUID().slice(0, 8);
  const user: FreshUser = {
    name: `E2E ${type} ${id}`,
    email: `e2e-${type}-${id}@example.test`,
    password: `correct-horse-${id}`,
    organisation: `E2E ${type === 'brand' ? 'Brand House' : 'Trading Co'} ${id}`,
  };
  await page.goto('/sign-up');
  await page.getByLabel(type === 'brand' ? 'I protect a brand' : 'I sell on the marketplace').check();
  await page.getByLabel('Your name').fill(user.name);
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByLabel('Confirm password').fill(user.password);
  await page.getByLabel('Organisation name').fill(user.organisation);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/sign-in\?registered=1/);
  return user;
}

/** A second, independent browser session (its own cookies). */
export async function newSession(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}
