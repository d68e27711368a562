import { redirect } from 'next/navigation';
import { editorPath, stepAt } from '@/lib/domain/claim-filing';
import { loadDraft } from './load-draft';

/** The editor's root: reopening a draft continues at the furthest step reached. */
export default async function DraftEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { draft } = await loadDraft(id);
  redirect(editorPath(draft.id, stepAt(draft.draftStep)));
}
