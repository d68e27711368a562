// Temporary: breakdown of the filtered queue page on PGlite.
import { hashPassword } from '../../lib/auth/password';
import { installAsApplicationClient, openBenchPglite } from './database';
import { benchIds, generateBenchData, scaled } from './generate';
import { rawQueueQuery } from './queue';

const scale = Number(process.argv[2] ?? '0.2');
const runs = Number(process.argv[3] ?? '30');
const database = await openBenchPglite();
const t0 = performance.now();
await generateBenchData((sql) => database.exec(sql), { prefix: 'bench', seed: 1, scale: scaled(scale), anchor: new Date(), passwordHash: await hashPassword('x') }, () => {});
console.log('generated in', ((performance.now() - t0) / 1000).toFixed(0), 's');
installAsApplicationClient(database);
const ids = benchIds('bench');
const q = await import('../../lib/data/queue');
const { db } = await import('../../lib/db');
const prisma = await db();
const reviewer = { role: 'REVIEWER' as const };
const filters = { brand: ids.brandId, type: 'COUNTERFEIT' as const };
const now = new Date();
const raw = rawQueueQuery(filters, 1, q.QUEUE_PAGE_SIZE);
const variants: Record<string, () => Promise<unknown>> = {
  floor: () => database.query(raw.sql, raw.params),
  brandPage: () => q.queueBrandPage(reviewer, prisma, filters, now, { skip: 0, take: q.QUEUE_PAGE_SIZE }),
  brandOptions: () => q.queueBrandOptions(prisma, filters.brand),
  optionsClaimOnly: () => database.query(`SELECT b.id, b.name FROM "Brand" b WHERE b.id = $1 OR EXISTS (SELECT 1 FROM "Claim" c WHERE c."brandId" = b.id AND c.status IN ('SUBMITTED','IN_REVIEW','INFO_REQUESTED') LIMIT 1) ORDER BY b.name, b.id`, [filters.brand]),
  backlog: () => q.getVerificationBacklog(reviewer),
  whole: () => Promise.all([q.getReviewQueue(reviewer, filters, 1, new Date()), q.getVerificationBacklog(reviewer)]),
};
for (let round = 0; round < 2; round++) {
  for (const [name, fn] of Object.entries(variants)) {
    for (let i = 0; i < 3; i++) await fn();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) { const s = performance.now(); await fn(); times.push(performance.now() - s); }
    times.sort((a, b) => a - b);
    console.log(name.padEnd(18), 'p50', times[Math.floor(runs / 2)]!.toFixed(1), 'p95', times[Math.floor(runs * 0.95)]!.toFixed(1));
  }
}
const a = await q.queueBrandOptions(prisma, filters.brand);
const b = (await variants.optionsClaimOnly!()) as { rows: unknown[] };
console.log('options', a.length, 'claim-only', b.rows.length);
await database.close();
