import { describe, expect, it } from 'vitest';
import { clampPage, pageCountOf, pageLinks, pageRange, pageSlice } from '@/lib/domain/pagination';

describe('pagination', () => {
  it('always has at least one page', () => {
    expect(pageCountOf(0, 25)).toBe(1);
    expect(pageCountOf(25, 25)).toBe(1);
    expect(pageCountOf(26, 25)).toBe(2);
  });

  it('clamps a page from a URL to a real page', () => {
    expect(clampPage(0, 4)).toBe(1);
    expect(clampPage(9, 4)).toBe(4);
    expect(clampPage(Number.NaN, 4)).toBe(1);
    expect(clampPage(2.7, 4)).toBe(2);
  });

  it('slices and describes a page', () => {
    expect(pageSlice(3, 25)).toEqual({ skip: 50, take: 25 });
    expect(pageRange(3, 25, 60)).toEqual({ first: 51, last: 60 });
    expect(pageRange(1, 25, 0)).toEqual({ first: 0, last: 0 });
  });

  it('shows first, last and a window, with gaps only where pages are left out', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    // A gap of exactly one page shows the page instead of an ellipsis.
    expect(pageLinks(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
    expect(pageLinks(10, 10)).toEqual([1, null, 9, 10]);
  });
});
