// URL slugs for things named by people (stores): lower-case ASCII words joined by hyphens.

const MAX_SLUG_LENGTH = 60;

/** "Lucky Star Trading Co., Ltd." → "lucky-star-trading-co-ltd"; a name with no ASCII letters → the fallback. */
export function slugify(name: string, fallback = 'store'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Café" → "cafe"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** The base slug if free, else base-2, base-3, … (the first number not taken). */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
