// GET /api/documents/:id — the document's bytes as a download (Content-Disposition:
// attachment), for whoever may have them (lib/domain/document-access.ts); 404 for anyone else.
import { serveDocument } from '@/lib/documents/http';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return serveDocument(request, id, 'attachment');
}
