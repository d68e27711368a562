// Who may open which document (lib/domain/document-access.ts), for every role.
import { describe, expect, it } from 'vitest';
import { documentAccess, documentPermissions, type DocumentFacts, type DocumentRelations } from '@/lib/domain/document-access';
import type { DocumentKind, Role } from '@/lib/generated/prisma/enums';

const OWN_ORG = 'org-own';
const OTHER_ORG = 'org-other';
const doc = (overrides: Partial<DocumentFacts> = {}): DocumentFacts => ({ organisationId: OTHER_ORG, kind: 'TEST_PURCHASE', confidential: false, ...overrides });
const as = (role: Role, organisationId = OWN_ORG) => ({ role, organisationId });

const ALL_RELATIONS: DocumentRelations = {
  evidenceAgainstViewersStore: true,
  counterNoticeEvidenceOnViewersClaim: true,
  evidenceOfClaimForViewersBrand: true,
};

describe('documentAccess', () => {
  it('reviewers and admins see every document in full, identity documents and confidential ones included', () => {
    for (const role of ['REVIEWER', 'ADMIN'] as const) {
      expect(documentAccess(as(role), doc())).toBe('full');
      expect(documentAccess(as(role), doc({ kind: 'IDENTITY_DOCUMENT' }))).toBe('full');
      expect(documentAccess(as(role), doc({ confidential: true }))).toBe('full');
    }
  });

  it('the uploading organisation sees its own documents in full, whatever their flag', () => {
    for (const role of ['BRAND_AGENT', 'SELLER'] as const) {
      for (const kind of ['BUSINESS_LICENCE', 'INVOICE', 'BULK_CLAIM_CSV'] as DocumentKind[]) {
        expect(documentAccess(as(role), doc({ organisationId: OWN_ORG, kind, confidential: true }))).toBe('full');
      }
    }
  });

  it('an identity document is not opened again even by the organisation that uploaded it: staff only', () => {
    for (const role of ['BRAND_AGENT', 'SELLER'] as const) {
      expect(documentAccess(as(role), doc({ organisationId: OWN_ORG, kind: 'IDENTITY_DOCUMENT' }))).toBe('none');
    }
  });

  it("a brand agent or seller sees nothing of another organisation's document without a relationship", () => {
    for (const role of ['BRAND_AGENT', 'SELLER'] as const) {
      expect(documentAccess(as(role), doc())).toBe('none');
      expect(documentAccess(as(role), doc(), {})).toBe('none');
    }
  });

  it('a seller sees the evidence of a claim against its store; a confidential one redacted', () => {
    const rel = { evidenceAgainstViewersStore: true };
    expect(documentAccess(as('SELLER'), doc(), rel)).toBe('full');
    expect(documentAccess(as('SELLER'), doc({ confidential: true }), rel)).toBe('redacted');
  });

  it('a seller gets nothing from relationships that are a brand agent’s', () => {
    expect(documentAccess(as('SELLER'), doc(), { counterNoticeEvidenceOnViewersClaim: true, evidenceOfClaimForViewersBrand: true })).toBe('none');
  });

  it('a brand agent sees the evidence of a counter-notice to its claim; a confidential one redacted', () => {
    const rel = { counterNoticeEvidenceOnViewersClaim: true };
    expect(documentAccess(as('BRAND_AGENT'), doc({ kind: 'INVOICE' }), rel)).toBe('full');
    expect(documentAccess(as('BRAND_AGENT'), doc({ kind: 'INVOICE', confidential: true }), rel)).toBe('redacted');
  });

  it('a brand owner sees in full the evidence an agency filed for its brand (its own side of the claim)', () => {
    expect(documentAccess(as('BRAND_AGENT'), doc({ confidential: true }), { evidenceOfClaimForViewersBrand: true })).toBe('full');
  });

  it('a brand agent gets nothing from the seller-side relationship', () => {
    expect(documentAccess(as('BRAND_AGENT'), doc(), { evidenceAgainstViewersStore: true })).toBe('none');
  });

  it("identity documents never reach another organisation, whatever they are attached to", () => {
    for (const role of ['BRAND_AGENT', 'SELLER'] as const) {
      expect(documentAccess(as(role), doc({ kind: 'IDENTITY_DOCUMENT' }), ALL_RELATIONS)).toBe('none');
      expect(documentAccess(as(role), doc({ kind: 'IDENTITY_DOCUMENT', confidential: true }), ALL_RELATIONS)).toBe('none');
    }
  });

  it('staff of another organisation are still staff; organisation ids do not matter to them', () => {
    expect(documentAccess(as('REVIEWER', 'marketplace'), doc({ organisationId: 'anyone' }))).toBe('full');
  });
});

describe('documentPermissions', () => {
  it('full access downloads; images also preview inline; PDFs and CSVs have no inline preview', () => {
    expect(documentPermissions('full', 'image/png')).toEqual({ access: 'full', download: true, preview: true });
    expect(documentPermissions('full', 'image/webp')).toEqual({ access: 'full', download: true, preview: true });
    expect(documentPermissions('full', 'application/pdf')).toEqual({ access: 'full', download: true, preview: false });
    expect(documentPermissions('full', 'text/csv')).toEqual({ access: 'full', download: true, preview: false });
  });

  it('redacted access gives neither bytes nor preview; none gives nothing at all', () => {
    expect(documentPermissions('redacted', 'image/png')).toEqual({ access: 'redacted', download: false, preview: false });
    expect(documentPermissions('none', 'image/png')).toBeNull();
  });
});
