// Dashboards (issue 5): the brand, the review team and the seller each open their dashboard
// from the nav, switch the period, see a chart with its table, and download the chart's CSV.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './support';

async function openAndCheck(
  page: Page,
  { user, navLink, heading, chart, csvHeader }: { user: string; navLink: string; heading: string; chart: string; csvHeader: string },
) {
  await signInAs(page, user);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: navLink, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  const periods = page.getByRole('navigation', { name: 'Period' });
  await expect(periods.getByRole('link', { name: '30 days' })).toHaveAttribute('aria-current', 'page');

  await periods.getByRole('link', { name: '90 days' }).click();
  await expect(page).toHaveURL(/period=90/);
  await expect(periods.getByRole('link', { name: '90 days' })).toHaveAttribute('aria-current', 'page');
  // The chart is an image named after it, and its numbers are in a table of the same name.
  await expect(page.getByRole('img', { name: chart, exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: chart, exact: true }).getByRole('row').nth(1)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: `Download “${chart}” as CSV` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-90d-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '');
  expect(csv.split('\r\n')[0]).toBe(csvHeader);
}

test('a brand opens its dashboard, switches the period and downloads a chart as CSV', async ({ page }) => {
  await openAndCheck(page, {
    user: 'brand',
    navLink: 'Dashboard',
    heading: 'Brand dashboard',
    chart: 'Decisions',
    csvHeader: 'From,Removed,Rejected,Decided on time,Median hours,90th percentile hours',
  });
  await expect(page.getByRole('table', { name: 'Accuracy and tier' })).toBeVisible();
});

test('a reviewer opens the team dashboard, switches the period and downloads a chart as CSV', async ({ page }) => {
  await openAndCheck(page, {
    user: 'reviewer',
    navLink: 'Team dashboard',
    heading: 'Review team dashboard',
    chart: 'Queue now, by waiting time',
    csvHeader: 'Waiting,Items,Overdue',
  });
});

test('a seller opens its dashboard, switches the period and downloads a chart as CSV', async ({ page }) => {
  await openAndCheck(page, {
    user: 'seller',
    navLink: 'Dashboard',
    heading: 'Store dashboard',
    chart: 'Strikes',
    csvHeader: 'From,Active,Expired,Withdrawn',
  });
});

test('another role is refused a dashboard’s CSV', async ({ page }) => {
  await signInAs(page, 'seller');
  const response = await page.request.get('/dashboards/export/review/queue?period=7');
  expect(response.status()).toBe(403);
});
