// One zod-validated view of the environment. Fail fast: a real deployment (DATABASE_URL
// set) refuses to start without its secrets and names what is missing; the embedded
// default makes its own NEXTAUTH_SECRET once and keeps it in the data directory.
// Not 'server-only' because the start script (scripts/start.ts) validates it too.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { dataDirectory, resolveDatabaseTarget, type DatabaseTarget } from './db/connection';

const FLAG = z
  .enum(['0', '1', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  NEXTAUTH_URL: z.url('must be a URL such as https://assay.example.com').optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Unset: e-mail stays in the outbox and the dev mailbox (/dev/mailbox) shows it.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAIL_FROM: z.string().default('Assay <no-reply@assay.local>'),
  // Opt-out of Secure cookies for a deployment tested over plain http (never in real use).
  ASSAY_INSECURE_COOKIES: FLAG,
  // The largest file one upload may carry, in megabytes (MiB), enforced while streaming.
  ASSAY_MAX_UPLOAD_MB: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number({ error: 'must be a whole number of megabytes' }).int('must be a whole number of megabytes').min(1, 'must be at least 1').max(1024, 'must be at most 1024').default(25),
  ),
  // The server runs the scheduled jobs (lib/jobs) itself unless this is set: tests that
  // control the clock, or a deployment that runs `npm run jobs:run` from cron instead.
  ASSAY_DISABLE_SCHEDULER: FLAG,
  // End-to-end tests only: /admin/jobs shows an "as of" time and runs the job at that
  // moment, so a test can move the clock (a grace period ending). Production never sets it.
  ASSAY_TEST_CLOCK: FLAG,
});

/** The public origin of the portal, for links in e-mails: NEXTAUTH_URL, else this machine's port. */
export function derivePublicUrl(env: { NEXTAUTH_URL?: string | undefined; PORT: number }): string {
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}

export type Env = z.infer<typeof EnvSchema> & {
  database: DatabaseTarget;
  authSecret: string;
  secureCookies: boolean;
  embedded: boolean;
  /** ASSAY_MAX_UPLOAD_MB in bytes. */
  maxUploadBytes: number;
  /** Origin of links in e-mails, without a trailing slash (derivePublicUrl). */
  publicUrl: string;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Assay cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

function embeddedSecret(env: NodeJS.ProcessEnv): string {
  const file = path.join(dataDirectory(env), 'auth-secret');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch {
    // first start: create it below
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'w' });
  chmodSync(file, 0o600);
  return secret;
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(problems);
  }
  const env = parsed.data;
  const embedded = !env.DATABASE_URL;
  if (!embedded) {
    // A real deployment: secrets come from the environment, never from disk.
    if (!env.NEXTAUTH_SECRET) problems.push('NEXTAUTH_SECRET is missing (at least 32 random characters, e.g. `openssl rand -base64 32`)');
    if (!env.NEXTAUTH_URL) problems.push('NEXTAUTH_URL is missing (the public address of the portal, e.g. https://assay.example.com)');
    // A movable clock is for the end-to-end tests' throwaway database, never a real one.
    if (env.ASSAY_TEST_CLOCK) problems.push('ASSAY_TEST_CLOCK is for end-to-end tests on the embedded database only; unset it');
  }
  if (problems.length) throw new EnvError(problems);
  const authSecret = env.NEXTAUTH_SECRET ?? embeddedSecret(source);
  const secureCookies =
    !env.ASSAY_INSECURE_COOKIES && (env.NEXTAUTH_URL?.startsWith('https://') ?? false);
  const maxUploadBytes = env.ASSAY_MAX_UPLOAD_MB * 1024 * 1024;
  return { ...env, database: resolveDatabaseTarget(source), authSecret, secureCookies, embedded, maxUploadBytes, publicUrl: derivePublicUrl(env) };
}

let cached: Env | undefined;
/** The validated environment of this process (read once). */
export function env(): Env {
  if (!cached) {
    cached = loadEnv();
    // next-auth 4 needs to know its own origin. The embedded default serves whatever host
    // the browser used (localhost, a LAN name); a deployment sets NEXTAUTH_URL.
    if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= 'true';
    process.env.NEXTAUTH_SECRET ??= cached.authSecret;
  }
  return cached;
}

/**
 * The portal's public origin (Env.publicUrl) without the rest of env(): code that only
 * builds links (notification e-mails) must not create the embedded session secret as a
 * side effect, e.g. when it runs inside a test or a command-line job.
 */
export function publicUrl(source: NodeJS.ProcessEnv = process.env): string {
  if (cached && source === process.env) return cached.publicUrl;
  const parsed = EnvSchema.pick({ NEXTAUTH_URL: true, PORT: true }).safeParse(source);
  if (!parsed.success) throw new EnvError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return derivePublicUrl(parsed.data);
}
