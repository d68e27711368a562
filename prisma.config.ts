// Prisma CLI configuration.
//
// Why the stub: every Prisma CLI command that loads engines tries to download the
// native schema engine, and this machine (like many self-hosting sites) has no route to
// Prisma's binary host. `prisma generate` needs no engine at all, so pointing the CLI at
// a stub executable lets it run offline. Migrations go through the WASM schema engine
// instead (scripts/db.ts); see docs/decisions/0002-migrations-through-wasm-engine.md.
import path from 'node:path';
import { defineConfig } from 'prisma/config';

if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.resolve('scripts/prisma-engine-stub.sh');
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
