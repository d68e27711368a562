// Unique values for rows with unique columns (e-mails, slugs, registration numbers,
// listing ids). Tests run in parallel workers on one database (PostgreSQL in CI), and each
// worker has its own counter, so the counter alone would collide: a random part per
// process keeps workers apart, the counter keeps one worker's values apart.
import { randomBytes } from 'node:crypto';

const processPart = randomBytes(3).toString('hex');
let counter = 0;

/** A short lowercase token, unique across the workers of a test run: e.g. "k2a9f3c1". */
export function uniqueToken(): string {
  counter += 1;
  return `${counter.toString(36)}${processPart}${randomBytes(1).toString('hex')}`;
}

/** `<prefix>-<token>`, for slugs and identifiers. */
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${uniqueToken()}`;
}
