'use client';

// Step (b): the catalogue search's results, with a checkbox per listing and one button
// adding the selected ones. Listings already on the claim say so instead.
import { useActionState, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { Table, Td, Th } from '@/components/ui/table';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export interface CatalogueResult {
  id: string;
  externalId: string;
  title: string;
  store: string;
  price: string;
  brand: string | null;
  alreadyAdded: boolean;
}

export function CatalogueResultsForm({ action, claimId, rows, caption }: { action: FormAction; claimId: string; rows: CatalogueResult[]; caption: string }) {
  const t = useTranslations('filing.listings');
  const [state, formAction] = useActionState(action, initialActionState);
  const [selected, setSelected] = useState<string[]>([]);
  const errors = state.fieldErrors.listingIds;
  const errorId = 'listingIds-error';
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-3"
    >
      <input type="hidden" name="claimId" value={claimId} />
      <Table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <Th>{t('search.select')}</Th>
            <Th>{t('columns.listing')}</Th>
            <Th>{t('columns.id')}</Th>
            <Th>{t('columns.store')}</Th>
            <Th>{t('columns.price')}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <Td>
                {row.alreadyAdded ? (
                  <span className="text-xs text-slate-500">{t('search.added')}</span>
                ) : (
                  <input
                    type="checkbox"
                    name="listingIds"
                    value={row.id}
                    checked={selected.includes(row.id)}
                    onChange={(e) => setSelected((list) => (e.target.checked ? [...list, row.id] : list.filter((x) => x !== row.id)))}
                    aria-label={t('search.selectLabel', { title: row.title, id: row.externalId })}
                    aria-describedby={errors?.length ? errorId : undefined}
                    className="h-4 w-4 rounded border-slate-300"
                  />
                )}
              </Td>
              <Td>
                {row.title}
                {row.brand ? <div className="text-xs text-slate-500">{row.brand}</div> : null}
              </Td>
              <Td className="font-mono text-xs">{row.externalId}</Td>
              <Td>{row.store}</Td>
              <Td className="whitespace-nowrap">{row.price}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {errors?.length ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
      <Alert tone="error">{state.formError}</Alert>
      <Alert tone="success">{state.success}</Alert>
      <SubmitButton variant="secondary" pendingLabel={t('search.adding')}>
        {t('search.addSelected')}
      </SubmitButton>
    </form>
  );
}
