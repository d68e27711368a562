// Helpers shared by the end-to-end specs. They drive the UI the way a person would:
// by role and label, never by CSS selectors or test ids.
import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
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

// ── Small real files for uploads ──

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** A valid RGB PNG of a colour gradient; another `blue` gives another file (another hash). */
export function makePng(width: number, height: number, blue = 160): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows = Array.from({ length: height }, (_, y) =>
    Buffer.from([0, ...Array.from({ length: width }, (_, x) => [(x * 255) / width, (y * 255) / height, blue]).flat()]),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
