// The pure rules of filing a claim: steps, pasted listing references, references, and
// what a draft must hold before it may be submitted.
import { describe, expect, it } from 'vitest';
import {
  FILING_STEPS,
  MAX_CLAIM_ITEMS,
  canOpenStep,
  claimReference,
  draftStepAfterSaving,
  editorPath,
  formatLineNumbers,
  parsePastedLines,
  resolvePastedLines,
  stepAt,
  submissionProblems,
  type DraftFacts,
} from '@/lib/domain/claim-filing';
import { PasteListingsSchema, SaveDeclarationsSchema, SaveTypesSchema } from '@/lib/validations/claim-filing';

const NOW = new Date('2026-12-01T12:00:00Z');
const LATER = new Date('2030-01-01T00:00:00Z');
const EARLIER = new Date('2026-01-01T00:00:00Z');

function draft(overrides: Partial<DraftFacts> = {}): DraftFacts {
  return {
    status: 'DRAFT',
    mayActForBrand: true,
    brandVerified: true,
    rights: [{ id: 'r1', status: 'VERIFIED', expiresAt: LATER, label: 'USPTO 123' }],
    itemCount: 3,
    inactiveListings: [],
    goodFaithDeclared: true,
    accuracyDeclared: true,
    signatureName: 'Ada Lovelace',
    ...overrides,
  };
}

describe('steps', () => {
  it('are the six steps of the editor, in order', () => {
    expect(FILING_STEPS).toEqual(['rights', 'listings', 'types', 'evidence', 'declarations', 'review']);
  });

  it('saving a step reaches the next, never going back', () => {
    expect(draftStepAfterSaving(0, 'rights')).toBe(1);
    expect(draftStepAfterSaving(4, 'rights')).toBe(4);
    expect(draftStepAfterSaving(3, 'declarations')).toBe(5);
    expect(draftStepAfterSaving(5, 'review')).toBe(5);
  });

  it('opens a step only once reached', () => {
    expect(canOpenStep(0, 'rights')).toBe(true);
    expect(canOpenStep(0, 'listings')).toBe(false);
    expect(canOpenStep(2, 'types')).toBe(true);
    expect(canOpenStep(2, 'evidence')).toBe(false);
  });

  it('reads garbage step numbers as the first or last step', () => {
    expect(stepAt(-3)).toBe('rights');
    expect(stepAt(99)).toBe('review');
    expect(stepAt(Number.NaN)).toBe('rights');
    expect(stepAt(2)).toBe('types');
  });

  it('builds the editor paths', () => {
    expect(editorPath('abc')).toBe('/brand/claims/abc/edit');
    expect(editorPath('abc', 'evidence')).toBe('/brand/claims/abc/edit/evidence');
  });
});

describe('claim references', () => {
  it('are CLM-<year>-<6 digits>, with more digits past a million', () => {
    expect(claimReference(2026, 1)).toBe('CLM-2026-000001');
    expect(claimReference(2026, 123456)).toBe('CLM-2026-123456');
    expect(claimReference(2027, 1234567n)).toBe('CLM-2027-1234567');
  });
});

describe('pasted listing references', () => {
  it('keeps the line numbers the user sees, skipping blank lines, trimming', () => {
    expect(parsePastedLines('  A-1 \n\n\tB-2\r\nhttps://m.example/item/C-3\n   ')).toEqual([
      { line: 1, reference: 'A-1' },
      { line: 3, reference: 'B-2' },
      { line: 4, reference: 'https://m.example/item/C-3' },
    ]);
  });

  const listings = [
    { id: 'l1', externalId: 'A-1', url: 'https://m.example/item/A-1', status: 'ACTIVE' as const },
    { id: 'l2', externalId: 'B-2', url: null, status: 'ACTIVE' as const },
    { id: 'l3', externalId: 'C-3', url: 'https://m.example/item/C-3', status: 'REMOVED' as const },
  ];

  it('matches by listing id or by URL, once per listing', () => {
    const lines = parsePastedLines('A-1\nB-2\nhttps://m.example/item/A-1');
    expect(resolvePastedLines(lines, listings)).toEqual({ ok: true, listingIds: ['l1', 'l2'] });
  });

  it('reports every line that matches nothing, and adds nothing', () => {
    const lines = parsePastedLines('A-1\nNOPE\n\nB-2\nhttps://elsewhere.example/x');
    expect(resolvePastedLines(lines, listings)).toEqual({ ok: false, unknownLines: [2, 5], inactiveLines: [] });
  });

  it('reports lines naming a listing that is no longer active', () => {
    const lines = parsePastedLines('A-1\nC-3');
    expect(resolvePastedLines(lines, listings)).toEqual({ ok: false, unknownLines: [], inactiveLines: [2] });
  });

  it('shortens long lists of line numbers', () => {
    expect(formatLineNumbers([1, 2, 3])).toBe('1, 2, 3');
    expect(formatLineNumbers([1, 2, 3, 4], 2)).toBe('1, 2 (+2)');
  });

  it('refuses an empty paste and one over 500 lines at the field', () => {
    expect(PasteListingsSchema.safeParse({ claimId: 'c', references: ' \n\n ' }).error?.issues[0]?.message).toBe('filing.validation.pasteRequired');
    const many = Array.from({ length: 501 }, (_, i) => `L-${i}`).join('\n');
    expect(PasteListingsSchema.safeParse({ claimId: 'c', references: many }).error?.issues[0]?.message).toBe('filing.validation.pasteTooMany');
  });
});

describe('submission', () => {
  it('a complete draft may be submitted', () => {
    expect(submissionProblems(draft(), NOW)).toEqual([]);
  });

  it('a claim already submitted is not submitted again', () => {
    expect(submissionProblems(draft({ status: 'SUBMITTED' }), NOW)).toEqual([{ code: 'notDraft' }]);
  });

  it('needs the filer still to act for a verified brand', () => {
    expect(submissionProblems(draft({ mayActForBrand: false }), NOW)).toEqual([{ code: 'mayNotAct' }]);
    expect(submissionProblems(draft({ brandVerified: false }), NOW)).toEqual([{ code: 'brandNotVerified' }]);
  });

  it('needs at least one right, and only verified, unexpired ones', () => {
    expect(submissionProblems(draft({ rights: [] }), NOW)).toEqual([{ code: 'rightsRequired' }]);
    const rights: DraftFacts['rights'] = [
      { id: 'r1', status: 'VERIFIED', expiresAt: LATER, label: 'USPTO 1' },
      { id: 'r2', status: 'VERIFIED', expiresAt: EARLIER, label: 'EUIPO 2' },
      { id: 'r3', status: 'PENDING', expiresAt: LATER, label: 'CNIPA 3' },
    ];
    expect(submissionProblems(draft({ rights }), NOW)).toEqual([{ code: 'rightsUnusable', rights: ['EUIPO 2', 'CNIPA 3'] }]);
    // The expiry is read against the moment of submission.
    const expiringToday = [{ id: 'r4', status: 'VERIFIED' as const, expiresAt: NOW, label: 'UKIPO 4' }];
    expect(submissionProblems(draft({ rights: expiringToday }), NOW)).toEqual([{ code: 'rightsUnusable', rights: ['UKIPO 4'] }]);
  });

  it('needs at least one listing, at most the maximum, all still active', () => {
    expect(submissionProblems(draft({ itemCount: 0 }), NOW)).toEqual([{ code: 'itemsRequired' }]);
    expect(submissionProblems(draft({ itemCount: MAX_CLAIM_ITEMS + 1 }), NOW)).toEqual([{ code: 'tooManyItems' }]);
    expect(submissionProblems(draft({ itemCount: MAX_CLAIM_ITEMS }), NOW)).toEqual([]);
    expect(submissionProblems(draft({ inactiveListings: ['LST-9'] }), NOW)).toEqual([{ code: 'listingsInactive', listings: ['LST-9'] }]);
  });

  it('needs both declarations and a signature, and says every problem at once', () => {
    expect(submissionProblems(draft({ goodFaithDeclared: false, accuracyDeclared: false, signatureName: '  ', itemCount: 0 }), NOW).map((p) => p.code)).toEqual([
      'itemsRequired',
      'goodFaithRequired',
      'accuracyRequired',
      'signatureRequired',
    ]);
    expect(submissionProblems(draft({ signatureName: null }), NOW)).toEqual([{ code: 'signatureRequired' }]);
  });
});

describe('forms', () => {
  it('declarations: each checkbox and the signature are required at their own field', () => {
    const result = SaveDeclarationsSchema.safeParse({ claimId: 'c' });
    expect(result.success).toBe(false);
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      goodFaith: 'filing.validation.goodFaithRequired',
      accuracy: 'filing.validation.accuracyRequired',
      signatureName: 'filing.validation.signatureRequired',
    });
    expect(SaveDeclarationsSchema.safeParse({ claimId: 'c', goodFaith: 'on', accuracy: 'on', signatureName: ' Ada ' }).data).toMatchObject({
      goodFaith: true,
      accuracy: true,
      signatureName: 'Ada',
    });
  });

  it('types: an unknown type is refused at that item’s field; notes are optional', () => {
    const bad = SaveTypesSchema.safeParse({ claimId: 'c', itemIds: ['i1', 'i2'], 'type.i1': 'COUNTERFEIT', 'type.i2': 'NOT_A_TYPE' });
    expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['type.i2', 'filing.validation.chooseType']]);
    const good = SaveTypesSchema.safeParse({ claimId: 'c', itemIds: 'i1', 'type.i1': 'DESIGN', 'note.i1': '  ', page: '2', pageCount: '3' });
    expect(good.data).toEqual({ claimId: 'c', items: [{ id: 'i1', infringementType: 'DESIGN', note: null }], page: 2, pageCount: 3 });
  });
});
