// Step (b) of the editor: the claim's listings. A server component composed of
// self-contained parts (search, paste, the claim's listings, continue), so more ways of
// adding listings (the bulk CSV import) can be placed here as one more component.
import { BulkCsvImport } from '@/components/filing/bulk-csv-import';
import { CatalogueSearch } from '@/components/filing/catalogue-search';
import { DraftItemsList } from '@/components/filing/draft-items-list';
import { PasteListingsForm } from '@/components/filing/paste-listings-form';
import { ActionButton } from '@/components/filing/action-button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getServerTranslator } from '@/lib/i18n/server';
import { parsePage, type SearchParams } from '@/lib/validations/list-filters';
import { addListingsAction, finishListingsAction, pasteListingsAction, removeItemAction } from '../actions';
import { loadDraftAtStep } from '../load-draft';
import { StepHeading, stepMetadata } from '../step-heading';

export const generateMetadata = () => stepMetadata('listings');

export default async function ListingsStepPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  const { user, draft } = await loadDraftAtStep(id, 'listings');
  const t = await getServerTranslator();
  const q = typeof query.q === 'string' ? query.q : '';
  return (
    <div className="space-y-6">
      <StepHeading title={t('filing.listings.heading')} intro={t('filing.listings.intro')} />

      <Card aria-labelledby="catalogue-title">
        <CardHeader title={<span id="catalogue-title">{t('filing.listings.search.title')}</span>} />
        <CardBody>
          <CatalogueSearch user={user} claimId={draft.id} query={q} page={parsePage(query, 'searchPage')} itemsPage={parsePage(query, 'page')} addAction={addListingsAction} />
        </CardBody>
      </Card>

      <Card aria-labelledby="paste-title">
        <CardHeader title={<span id="paste-title">{t('filing.listings.paste.title')}</span>} />
        <CardBody>
          <PasteListingsForm action={pasteListingsAction} claimId={draft.id} />
        </CardBody>
      </Card>

      <Card aria-labelledby="bulk-csv-title">
        <CardHeader title={<span id="bulk-csv-title">{t('bulkImport.title')}</span>} />
        <CardBody>
          <BulkCsvImport claimId={draft.id} />
        </CardBody>
      </Card>

      <DraftItemsList user={user} claimId={draft.id} page={parsePage(query, 'page')} query={q} removeAction={removeItemAction} />

      <ActionButton
        action={finishListingsAction}
        hidden={{ claimId: draft.id }}
        label={t('filing.editor.continue')}
        pendingLabel={t('filing.editor.saving')}
        errorField="listings"
      />
    </div>
  );
}
