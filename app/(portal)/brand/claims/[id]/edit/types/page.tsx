import { ApplyTypeToAllForm, TypesStepForm } from '@/components/filing/types-step-form';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { listDraftItems } from '@/lib/data/claim-filing';
import { editorPath } from '@/lib/domain/claim-filing';
import { getServerTranslator } from '@/lib/i18n/server';
import { parsePage, type SearchParams } from '@/lib/validations/list-filters';
import { applyTypeToAllAction, saveTypesAction } from '../actions';
import { loadDraftAtStep } from '../load-draft';
import { StepHeading, stepMetadata } from '../step-heading';

export const generateMetadata = () => stepMetadata('types');

export default async function TypesStepPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  const { user, draft } = await loadDraftAtStep(id, 'types');
  const [t, items] = await Promise.all([getServerTranslator(), listDraftItems(user, id, parsePage(query))]);
  return (
    <div className="space-y-6">
      <StepHeading title={t('filing.types.heading')} intro={t('filing.types.intro')} />
      {items.total > 1 ? (
        <Card aria-labelledby="all-types-title">
          <CardHeader title={<span id="all-types-title">{t('filing.types.all.title')}</span>} />
          <CardBody>
            <ApplyTypeToAllForm action={applyTypeToAllAction} claimId={draft.id} count={items.total} />
          </CardBody>
        </Card>
      ) : null}
      <Card>
        <CardBody className="space-y-4 py-6">
          {items.pageCount > 1 ? <p className="text-sm text-slate-600">{t('filing.types.pageNote')}</p> : null}
          {items.total === 0 ? (
            <p className="text-sm text-slate-600">{t('filing.types.none')}</p>
          ) : (
            <TypesStepForm
              // A new page is a new form: what was typed on one page never shows on another.
              key={items.page}
              action={saveTypesAction}
              claimId={draft.id}
              page={items.page}
              pageCount={items.pageCount}
              items={items.rows.map((item) => ({
                id: item.id,
                title: item.listing.title,
                externalId: item.listing.externalId,
                infringementType: item.infringementType,
                note: item.note ?? '',
              }))}
            />
          )}
          <Pagination
            page={items.page}
            pageCount={items.pageCount}
            pathname={editorPath(draft.id, 'types')}
            params={{}}
            labels={{ navigation: t('filing.types.pages'), previous: t('brand.pagination.previous'), next: t('brand.pagination.next') }}
          />
        </CardBody>
      </Card>
    </div>
  );
}
