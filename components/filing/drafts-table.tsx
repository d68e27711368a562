// The organisation's drafts, each with "continue" (at the furthest step reached) and "delete".
import Link from 'next/link';
import { Table, Td, Th } from '@/components/ui/table';
import type { ActionState } from '@/lib/actions/action-state';
import type { DraftRow } from '@/lib/data/claim-filing';
import { editorPath, stepAt } from '@/lib/domain/claim-filing';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';
import { DeleteDraftButton } from './delete-draft-button';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function DraftsTable({ drafts, t, format, deleteAction }: { drafts: DraftRow[]; t: Translator; format: Format; deleteAction: FormAction }) {
  return (
    <Table>
      <caption className="sr-only">{t('filing.drafts.caption')}</caption>
      <thead>
        <tr>
          <Th>{t('filing.drafts.columns.brand')}</Th>
          <Th>{t('filing.drafts.columns.listings')}</Th>
          <Th>{t('filing.drafts.columns.step')}</Th>
          <Th>{t('filing.drafts.columns.updated')}</Th>
          <Th>{t('filing.drafts.columns.actions')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {drafts.map((draft) => (
          <tr key={draft.id}>
            <Td>
              {draft.brand.name}
              <div className="text-xs text-slate-500">{draft.filedBy.name}</div>
            </Td>
            <Td>{t('filing.drafts.listings', { count: draft.itemCount })}</Td>
            <Td>{t(`filing.steps.${stepAt(draft.draftStep)}`)}</Td>
            <Td className="whitespace-nowrap">{format.dateTime(draft.updatedAt)}</Td>
            <Td>
              <div className="flex flex-wrap items-start gap-2">
                <Link
                  href={editorPath(draft.id)}
                  aria-label={t('filing.drafts.continueLabel', { brand: draft.brand.name })}
                  className="inline-flex h-8 items-center rounded-md bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700"
                >
                  {t('filing.drafts.continue')}
                </Link>
                <DeleteDraftButton action={deleteAction} claimId={draft.id} brandName={draft.brand.name} />
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
