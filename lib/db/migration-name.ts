/** Prisma's standard migration directory name: `<UTC yyyyMMddHHmmss>_<snake_name>`. */
export function migrationDirectoryName(name: string, now = new Date()): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) throw new Error('A migration needs a name made of letters or digits, e.g. npm run db:migration -- add_store_notes');
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${stamp}_${slug}`;
}
