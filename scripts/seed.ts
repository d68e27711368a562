import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
export async function seedIfEmpty(_f: SqlMigrationAwareDriverAdapterFactory): Promise<void> {}
