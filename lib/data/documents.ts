// Documents as a viewer may see them. The rule is lib/domain/document-access.ts; this
// module gathers the facts it needs (only those that can matter for the viewer's role)
// and returns null for a document the viewer may not know about, so routes answer 404
// and never reveal that it exists.
import 'server-only';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { DocumentKind } from '../generated/prisma/enums';
import { documentAccess, documentPermissions, type DocumentRelations, type DocumentViewer } from '../domain/document-access';
import { FILED_CLAIM_STATUSES } from '../domain/notices';
import { brandsActableBy } from './brands';
import { claimsVisibleTo } from './claims';
import { noticesFor } from './notices';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Everything about a document its full viewers may see (the storage key stays inside). */
export interface DocumentDetails {
  id: string;
  kind: DocumentKind;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  confidential: boolean;
  createdAt: Date;
  uploadedBy: { id: string; name: string };
  organisation: { id: string; name: string };
}

/** What a redacted viewer learns: that a confidential document of this kind is there. */
export interface RedactedDocument {
  id: string;
  kind: DocumentKind;
  confidential: true;
}

export type DocumentView =
  | { access: 'full'; download: true; preview: boolean; document: DocumentDetails }
  | { access: 'redacted'; download: false; preview: false; document: RedactedDocument };

/** Where the bytes are and what they must hash to; for the serving routes only. */
export interface DocumentContentRef {
  id: string;
  storageKey: string;
  sha256: string;
  sizeBytes: number;
}

/** Evidence of a filed claim about one of the seller's listings the seller has been told about. */
function claimEvidenceAgainstSeller(organisationId: string): Prisma.ClaimEvidenceWhereInput {
  const notice = noticesFor(organisationId);
  return {
    claim: { status: { in: [...FILED_CLAIM_STATUSES] } },
    OR: [
      // evidence of one item: that item must be a notice to this seller (an item of the same
      // claim against another store is that store's business)
      { claimItem: notice },
      // evidence of the whole claim: some item of it is a notice to this seller
      { claimItemId: null, claim: { items: { some: notice } } },
    ],
  };
}

async function relationsFor(viewer: DocumentViewer, documentId: string): Promise<DocumentRelations> {
  const prisma = await db();
  if (viewer.role === 'SELLER') {
    const evidence = await prisma.claimEvidence.findFirst({
      where: { documentId, ...claimEvidenceAgainstSeller(viewer.organisationId) },
      select: { id: true },
    });
    return { evidenceAgainstViewersStore: evidence !== null };
  }
  if (viewer.role === 'BRAND_AGENT') {
    const now = new Date();
    const [forOwnBrand, counterNotice, certificate, powerOfAttorney, letter] = await Promise.all([
      prisma.claimEvidence.findFirst({
        where: { documentId, claim: { brand: { ownerOrganisationId: viewer.organisationId }, status: { in: [...FILED_CLAIM_STATUSES] } } },
        select: { id: true },
      }),
      prisma.counterNoticeEvidence.findFirst({
        where: { documentId, counterNotice: { claimItem: { claim: claimsVisibleTo(viewer.organisationId) } } },
        select: { id: true },
      }),
      prisma.right.findFirst({ where: { certificateDocumentId: documentId, brand: brandsActableBy(viewer.organisationId, now) }, select: { id: true } }),
      prisma.agencyAuthorization.findFirst({
        where: { powerOfAttorneyDocumentId: documentId, brand: { ownerOrganisationId: viewer.organisationId } },
        select: { id: true },
      }),
      prisma.applicationDocument.findFirst({
        where: { documentId, kind: 'AUTHORIZATION_LETTER', brandConfirmation: { not: 'NOT_REQUESTED' }, application: { brand: brandsActableBy(viewer.organisationId, now) } },
        select: { id: true },
      }),
    ]);
    return {
      letterToConfirmForViewersBrand: letter !== null,
      evidenceOfClaimForViewersBrand: forOwnBrand !== null,
      counterNoticeEvidenceOnViewersClaim: counterNotice !== null,
      certificateOfViewersBrand: certificate !== null,
      powerOfAttorneyForViewersBrand: powerOfAttorney !== null,
    };
  }
  return {};
}

async function findForViewer(
  user: Pick<SessionUser, 'role' | 'organisationId'>,
  documentId: string,
): Promise<{ view: DocumentView; content: DocumentContentRef } | null> {
  if (!UUID.test(documentId)) return null;
  const prisma = await db();
  const document = await prisma.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      kind: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      sha256: true,
      storageKey: true,
      confidential: true,
      createdAt: true,
      organisationId: true,
      uploadedBy: { select: { id: true, name: true } },
      organisation: { select: { id: true, name: true } },
    },
  });
  if (!document) return null;
  const viewer: DocumentViewer = { role: user.role, organisationId: user.organisationId };
  // The uploading organisation and the staff need no relationship facts: skip the queries.
  const needsRelations = viewer.organisationId !== document.organisationId && viewer.role !== 'REVIEWER' && viewer.role !== 'ADMIN';
  const relations = needsRelations ? await relationsFor(viewer, document.id) : {};
  const permissions = documentPermissions(documentAccess(viewer, document, relations), document.mimeType);
  if (!permissions) return null;
  const content = { id: document.id, storageKey: document.storageKey, sha256: document.sha256, sizeBytes: document.sizeBytes };
  if (permissions.access === 'redacted') {
    return {
      view: { access: 'redacted', download: false, preview: false, document: { id: document.id, kind: document.kind, confidential: true } },
      content,
    };
  }
  const { organisationId: _organisationId, storageKey: _storageKey, ...details } = document;
  return { view: { access: 'full', download: true, preview: permissions.preview, document: details }, content };
}

/**
 * The document as `user` may see it, with what they may do with it, or null when they may
 * not see it at all (or it does not exist: the two look the same).
 */
export async function getDocumentForViewer(user: Pick<SessionUser, 'role' | 'organisationId'>, documentId: string): Promise<DocumentView | null> {
  return (await findForViewer(user, documentId))?.view ?? null;
}

/**
 * For the serving routes: the document and where its bytes are, only when `user` may have
 * the bytes (full access); null otherwise.
 */
export async function getDocumentContentForViewer(
  user: Pick<SessionUser, 'role' | 'organisationId'>,
  documentId: string,
): Promise<{ view: Extract<DocumentView, { access: 'full' }>; content: DocumentContentRef } | null> {
  const found = await findForViewer(user, documentId);
  if (!found || found.view.access !== 'full') return null;
  return { view: found.view, content: found.content };
}
