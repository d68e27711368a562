// Who may open which document: a pure rule over facts the data layer gathers
// (lib/data/documents.ts). A document is private to the organisation that uploaded it,
// and to the marketplace's staff; the other party of a dispute sees the evidence that
// concerns it, and a document its owner marked confidential only as a redacted
// placeholder (the product brief: "documents the brand marked confidential shown
// redacted").
import type { DocumentKind, Role } from '../generated/prisma/enums';
import { can } from '../authz/policy';

export interface DocumentViewer {
  role: Role;
  organisationId: string;
}

export interface DocumentFacts {
  organisationId: string; // the uploading organisation
  kind: DocumentKind;
  confidential: boolean;
}

/** How the document is tied to the viewer's own business (each fact is false unless shown). */
export interface DocumentRelations {
  /**
   * Seller: the document is evidence of a filed claim about a listing of one of the
   * viewer's stores that the store has been told about (a decided item): evidence of
   * the whole claim, or of that item.
   */
  evidenceAgainstViewersStore?: boolean;
  /**
   * Brand agent: the document is evidence of a counter-notice to a claim the viewer's
   * organisation filed, or filed (by an agency) for a brand it owns.
   */
  counterNoticeEvidenceOnViewersClaim?: boolean;
  /**
   * Brand agent: the document is evidence of a claim an agency filed for a brand the
   * viewer's organisation owns (the owner is the agency's principal and sees the claim).
   */
  evidenceOfClaimForViewersBrand?: boolean;
  /**
   * Brand agent: the document is the certificate of a right of a brand the viewer's
   * organisation may act for (owns, or acts for under a live power of attorney), whichever
   * of them uploaded it: the owner and its agencies work on the same rights.
   */
  certificateOfViewersBrand?: boolean;
  /** Brand agent: the document is an agency's power of attorney for a brand the viewer's organisation owns. */
  powerOfAttorneyForViewersBrand?: boolean;
  /**
   * Brand agent: the document is a letter of authorization a store relied on for a brand the
   * viewer's organisation may act for, and the brand was asked to confirm it (journey 3).
   */
  letterToConfirmForViewersBrand?: boolean;
}

/** full: metadata and bytes; redacted: that a document of this kind exists, nothing more. */
export type DocumentAccess = 'full' | 'redacted' | 'none';

const STAFF: readonly Role[] = ['REVIEWER', 'ADMIN'];

export function documentAccess(viewer: DocumentViewer, document: DocumentFacts, relations: DocumentRelations = {}): DocumentAccess {
  if (!can(viewer.role, 'document.view')) return 'none';
  // Identity documents (a store owner's passport, say) are for the marketplace's staff only,
  // whatever they are attached to — not even the organisation that uploaded one opens it
  // again: its page says only that it was submitted (issue 4, "Seller verification").
  if (document.kind === 'IDENTITY_DOCUMENT') return can(viewer.role, 'identityDocument.view') ? 'full' : 'none';
  if (STAFF.includes(viewer.role)) return 'full';
  if (viewer.organisationId === document.organisationId) return 'full';
  if (viewer.role === 'SELLER' && relations.evidenceAgainstViewersStore) {
    return document.confidential ? 'redacted' : 'full';
  }
  if (viewer.role === 'BRAND_AGENT') {
    if (relations.evidenceOfClaimForViewersBrand) return 'full';
    if (relations.certificateOfViewersBrand || relations.powerOfAttorneyForViewersBrand) return 'full';
    if (relations.letterToConfirmForViewersBrand) return 'full';
    if (relations.counterNoticeEvidenceOnViewersClaim) return document.confidential ? 'redacted' : 'full';
  }
  return 'none';
}

export interface DocumentPermissions {
  access: Exclude<DocumentAccess, 'none'>;
  download: boolean;
  /** An inline preview exists (images; PDFs show a fallback card instead). */
  preview: boolean;
}

export function documentPermissions(access: DocumentAccess, mimeType: string): DocumentPermissions | null {
  if (access === 'none') return null;
  const full = access === 'full';
  return { access, download: full, preview: full && mimeType.startsWith('image/') };
}
