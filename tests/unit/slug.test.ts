import { describe, expect, it } from 'vitest';
import { firstFreeSlug, slugify } from '@/lib/domain/slug';

describe('slugify', () => {
  it('makes lower-case hyphenated ASCII', () => {
    expect(slugify('Lucky Star Trading Co., Ltd.')).toBe('lucky-star-trading-co-ltd');
    expect(slugify('  Café  Olé ')).toBe('cafe-ole');
  });

  it('falls back when nothing ASCII is left', () => {
    expect(slugify('幸运星贸易')).toBe('store');
    expect(slugify('---')).toBe('store');
  });

  it('caps the length without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('firstFreeSlug', () => {
  it('uses the base, then the first free number', () => {
    expect(firstFreeSlug('harbour', [])).toBe('harbour');
    expect(firstFreeSlug('harbour', ['harbour'])).toBe('harbour-2');
    expect(firstFreeSlug('harbour', ['harbour', 'harbour-2', 'harbour-4'])).toBe('harbour-3');
  });
});
