// GET /api/documents/:id/preview — an image document's own bytes, inline, for thumbnails and
// previews (same headers as the download: nosniff, CSP sandbox). Other types have no
// preview here (404); the document card shows a fallback for them.
import { serveDocument } from '@/lib/documents/http';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return serveDocument(request, id, 'inline');
}
