// Prisma's schema engine compiled to WebAssembly, driven through the same driver adapters
// the application uses. The native engine cannot be downloaded here (nor on many
// self-hosted sites), and this gives the same migrations and `_prisma_migrations` rows.
// See docs/decisions/0002-migrations-through-wasm-engine.md.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';

export const MIGRATIONS_DIR = path.resolve('prisma/migrations');
export const SCHEMA_PATH = path.resolve('prisma/schema.prisma');
const NO_FILTER = { externalTables: [], externalEnums: [] };

type EngineModule = typeof import('@prisma/schema-engine-wasm');
let engineModule: Promise<EngineModule> | undefined;

// The package exports neither its .wasm nor a loader that works in plain Node, so the
// module is instantiated by hand from the file beside its JS glue.
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const gluePath = fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

export async function createSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema?: string,
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadEngineModule();
  const datamodel = schema ?? (await readFile(SCHEMA_PATH, 'utf8'));
  const log = (line: string) => {
    if (process.env.ASSAY_DEBUG_SCHEMA_ENGINE) console.error('[schema-engine]', line);
  };
  return SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, datamodel]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

/** The migrations directory as the engine wants it (Prisma's standard layout). */
export async function readMigrationsList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  let entries: string[] = [];
  try {
    entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => {
      const file = path.join(dir, name, 'migration.sql');
      try {
        return { path: name, migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: await readFile(file, 'utf8') } } };
      } catch (error) {
        return { path: name, migrationFile: { path: 'migration.sql', content: { tag: 'error' as const, value: String(error) } } };
      }
    }),
  );
  let lockContent: string | null = null;
  try {
    lockContent = await readFile(path.join(dir, 'migration_lock.toml'), 'utf8');
  } catch {
    lockContent = null;
  }
  return {
    baseDir: dir,
    // Without the lockfile's provider line the engine cannot tell which connector replays
    // the history; a fresh project has none yet, so say it here.
    lockfile: { path: 'migration_lock.toml', content: lockContent ?? 'provider = "postgresql"\n' },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

export async function applyMigrations(engine: SchemaEngine, dir = MIGRATIONS_DIR): Promise<string[]> {
  const result = await engine.applyMigrations({ migrationsList: await readMigrationsList(dir), filters: NO_FILTER });
  return result.appliedMigrationNames;
}

/**
 * SQL that takes a database built by the existing migrations to prisma/schema.prisma.
 * Empty when the two agree. The engine replays the history itself on the adapter it was
 * given (an in-memory PGlite is enough), so no real database is touched.
 */
export async function diffMigrationsToSchema(
  engine: SchemaEngine,
  schema?: string,
  dir = MIGRATIONS_DIR,
): Promise<string> {
  const datamodel = schema ?? (await readFile(SCHEMA_PATH, 'utf8'));
  const result = await engine.diff({
    from: { tag: 'migrations', ...(await readMigrationsList(dir)) },
    to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: datamodel }] },
    script: true,
    exitCode: null,
    filters: NO_FILTER,
  });
  const sql = (result.stdout ?? '').trim();
  // The engine answers an empty diff with a comment line only.
  return /^(--[^\n]*\n?)*$/.test(sql) && !sql.replace(/--[^\n]*/g, '').trim() ? '' : sql + '\n';
}
