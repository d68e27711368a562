// Issue 5, journey 7: the public transparency report shows the same numbers as the admin's
// staff view, cell by cell, and the JSON endpoint the same figures again. Other specs may
// decide items while this one reads, so a comparison that straddles such a change is read
// again (toPass) rather than failed.
import { expect, test, type Page } from '@playwright/test';
import { newSession, signInAs } from './support';

// Every table both views show under the same name (the per-filer table differs by design).
const SHARED_TABLES = [
  'Notices received',
  'Notices received by infringement type',
  'Actions taken on notices',
  'Items removed by ground',
  'Decisions by infringement type',
  'Time to action',
  'Expedited takedowns for trusted brands',
  'Counter-notices and their outcomes',
  'Stores closed and banned',
  'Listings removed',
  'Sanctions for abusive notices',
];

type Cells = string[][];

async function tableCells(page: Page, name: string): Promise<Cells | null> {
  const table = page.getByRole('table', { name, exact: true });
  if ((await table.count()) === 0) return null;
  return table.evaluate((t: HTMLTableElement) => [...t.rows].map((r) => [...r.cells].map((c) => (c.textContent ?? '').trim())));
}

async function allTables(page: Page): Promise<Record<string, Cells | null>> {
  const out: Record<string, Cells | null> = {};
  for (const name of SHARED_TABLES) out[name] = await tableCells(page, name);
  return out;
}

/** The value cell of a figure row ("Notices (claims) submitted" → 12). */
function figure(cells: Cells | null, label: string): number {
  const row = cells?.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return Number(row[1]!.replace(/[^\d.]/g, ''));
}

test('the public report shows the same numbers as the admin view, and the JSON endpoint agrees', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const admin = await newSession(browser);
  await signInAs(admin, 'admin');
  await admin.goto('/admin/transparency');
  await expect(admin.getByRole('heading', { level: 1, name: 'Transparency report (staff view)' })).toBeVisible();
  await admin.getByLabel('Period').selectOption({ label: 'Last 90 days' });
  await admin.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/transparency\?period=last-90/);

  // Anonymous: no cookies; the sign-in page links the report.
  const anon = await newSession(browser);
  await anon.goto('/sign-in');
  await anon.getByRole('link', { name: 'Transparency report' }).click();
  await expect(anon).toHaveURL(/\/transparency$/);
  await expect(anon.getByRole('heading', { level: 1, name: 'Transparency report' })).toBeVisible();
  await anon.getByLabel('Period').selectOption({ label: 'Last 90 days' });
  await anon.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(anon).toHaveURL(/\/transparency\?period=last-90/);

  await expect(async () => {
    await Promise.all([admin.reload(), anon.reload()]);
    const [staff, pub] = [await allTables(admin), await allTables(anon)];
    expect(figure(pub['Notices received']!, 'Notices (claims) submitted')).toBeGreaterThan(0);
    for (const name of SHARED_TABLES) expect(pub[name], name).toEqual(staff[name]);

    // Every filer the public sees, the staff view shows with the same figures; staff see more.
    const publicFilers = (await tableCells(anon, 'Accuracy by filer')) ?? [];
    const staffFilers = (await tableCells(admin, 'Accuracy by filer (every filer)')) ?? [];
    for (const row of publicFilers.slice(1)) expect(staffFilers.map((r) => r.slice(0, 4))).toContainEqual(row);
    expect(staffFilers.length).toBeGreaterThanOrEqual(publicFilers.length);

    const api = await request.get('/api/transparency?period=last-90');
    expect(api.status()).toBe(200);
    expect(api.headers()['cache-control']).toContain('public');
    const json = await api.json();
    expect(json.notices.claims).toBe(figure(pub['Notices received']!, 'Notices (claims) submitted'));
    expect(json.notices.items).toBe(figure(pub['Notices received']!, 'Listings reported (claim items)'));
    expect(json.actions.decided).toBe(figure(pub['Actions taken on notices']!, 'Items decided'));
    expect(json.actions.removed).toBe(figure(pub['Actions taken on notices']!, 'Items removed'));
    expect(json.counterNotices.filed).toBe(figure(pub['Counter-notices and their outcomes']!, 'Counter-notices filed'));
    expect(json.listingsRemoved.total).toBe(figure(pub['Listings removed']!, 'Listings removed (each counted once)'));
    expect(json.stores.closed).toBe(figure(pub['Stores closed and banned']!, 'Stores closed'));
    expect(json.filers.rows.length).toBe(Math.max(publicFilers.length - 1, 0));
  }).toPass({ timeout: 120_000, intervals: [1_000, 5_000, 10_000] });

  // The methodology says how each figure is counted, period edges included.
  await expect(anon.getByRole('heading', { name: 'How each figure is counted' })).toBeVisible();
  await expect(anon.getByText(/half-open/)).toBeVisible();
});

test('a bad period is reported at the field, and the endpoint answers 400 with a JSON error', async ({ page, request }) => {
  await page.goto('/transparency?period=last-7');
  await expect(page.getByRole('alert').filter({ hasText: 'That period is not one this report offers' })).toBeVisible();
  await expect(page.getByLabel('Period')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('table', { name: 'Notices received', exact: true })).toBeVisible();

  const tooLong = await request.get('/api/transparency?from=2020-01-01&to=2024-01-02');
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error).toMatchObject({ field: 'to', problem: 'tooLong' });
  const bad = await request.get('/api/transparency?period=yesterday');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ field: 'period', problem: 'period' });
  const range = await request.get('/api/transparency?from=2025-01-01&to=2025-04-01');
  expect(range.status()).toBe(200);
  expect((await range.json()).period).toMatchObject({ from: '2025-01-01T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z', toExclusive: true });
});
