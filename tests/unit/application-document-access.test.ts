// A letter of authorization the brand is asked to confirm (journey 3): the brand side may
// open it; nobody else gains anything from that relation.
import { describe, expect, it } from 'vitest';
import { documentAccess, type DocumentFacts } from '@/lib/domain/document-access';

const letter: DocumentFacts = { organisationId: 'seller-org', kind: 'AUTHORIZATION_LETTER', confidential: false };

describe('letters the brand is asked to confirm', () => {
  it('the brand agent sees the letter in full only with the relation', () => {
    expect(documentAccess({ role: 'BRAND_AGENT', organisationId: 'brand-org' }, letter, { letterToConfirmForViewersBrand: true })).toBe('full');
    expect(documentAccess({ role: 'BRAND_AGENT', organisationId: 'brand-org' }, letter, {})).toBe('none');
  });
  it('the relation gives another seller nothing', () => {
    expect(documentAccess({ role: 'SELLER', organisationId: 'other-seller' }, letter, { letterToConfirmForViewersBrand: true })).toBe('none');
  });
});
