import { DocumentCard } from '@/components/documents/document-card';
import type { SessionUser } from '@/lib/auth/session';
import { getDocumentForViewer } from '@/lib/data/documents';

/**
 * A right's certificate or an agency's power of attorney, as this viewer may see it (the
 * evidence store's access rule), or a sentence saying there is none to show.
 */
export async function AttachedDocument({ viewer, documentId, missing }: { viewer: SessionUser; documentId: string | null; missing: string }) {
  const view = documentId ? await getDocumentForViewer(viewer, documentId) : null;
  if (!view) return <p className="text-sm text-slate-600">{missing}</p>;
  return <DocumentCard view={view} />;
}
