// The pages the reports case (scripts/bench/reports.ts) times: each entry calls the data
// functions its page.tsx calls on the server, with the page's default arguments.
import type { GeneratedIds } from './generate';
import type { ReportCase } from './reports';

const DAY = 86_400_000;

export async function reportCases(ids: GeneratedIds, now: Date): Promise<ReportCase[]> {
  const { db } = await import('../../lib/db');
  const { filingCounts } = await import('../../lib/data/accuracy');
  const yearAgo = new Date(now.getTime() - 365 * DAY);
  return [
    // The figures behind tiers, abuse sanctions and per-filer accuracy: every filer over a year.
    { name: 'accuracy of every filer (365 days)', run: async () => filingCounts(await db(), { by: 'filer', from: yearAgo, to: now }) },
    { name: `accuracy of one brand (365 days)`, run: async () => filingCounts(await db(), { by: 'brand', from: yearAgo, to: now, ids: [ids.brandId] }) },
  ];
}
