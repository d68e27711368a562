import { describe, expect, it } from 'vitest';
import { parseClaimFilters, parseListingFilters, parsePage, parseQueueFilters } from '@/lib/validations/list-filters';

const brandId = '0195f3a2-7b1c-7d2e-8f3a-123456789abc';

describe('list filters from the URL', () => {
  it('keeps valid queue filters', () => {
    expect(parseQueueFilters({ brand: brandId, type: 'COUNTERFEIT', status: 'PENDING', due: 'overdue' })).toEqual({
      brand: brandId,
      type: 'COUNTERFEIT',
      status: 'PENDING',
      due: 'overdue',
    });
  });

  it('drops what cannot match instead of failing the page', () => {
    expect(parseQueueFilters({ brand: 'x; drop table', type: 'NOPE', status: 'REMOVED', due: 'yesterday' })).toEqual({});
    expect(parseQueueFilters({ brand: '', type: [] as unknown as string })).toEqual({});
    expect(parseClaimFilters({ claimStatus: 'BOGUS' })).toEqual({});
    expect(parseListingFilters({ listingStatus: 'REMOVED', listingBrand: 'nope' })).toEqual({ status: 'REMOVED' });
  });

  it('takes the first of repeated params', () => {
    expect(parseQueueFilters({ status: ['IN_REVIEW', 'PENDING'] })).toEqual({ status: 'IN_REVIEW' });
  });

  it('reads page numbers, falling back to 1', () => {
    expect(parsePage({ page: '3' })).toBe(3);
    expect(parsePage({ claimsPage: '2' }, 'claimsPage')).toBe(2);
    expect(parsePage({ page: '-4' })).toBe(1);
    expect(parsePage({ page: 'abc' })).toBe(1);
    expect(parsePage({})).toBe(1);
  });
});
