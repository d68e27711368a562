// Step (b): search the marketplace catalogue (active listings, by title or listing ID) and
// add results to the draft. The search is a GET form, so results are a URL (?q=…).
import { Pagination } from '@/components/ui/pagination';
import type { ActionState } from '@/lib/actions/action-state';
import type { SessionUser } from '@/lib/auth/session';
import { searchCatalogue } from '@/lib/data/claim-filing';
import { editorPath } from '@/lib/domain/claim-filing';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { CatalogueResultsForm } from './catalogue-results-form';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export async function CatalogueSearch({
  user,
  claimId,
  query,
  page,
  itemsPage,
  addAction,
}: {
  user: SessionUser;
  claimId: string;
  query: string;
  page: number;
  itemsPage: number;
  addAction: FormAction;
}) {
  const [t, format, results] = await Promise.all([getServerTranslator(), getServerFormatter(), searchCatalogue(user, claimId, query, page)]);
  const pathname = editorPath(claimId, 'listings');
  return (
    <div className="space-y-4">
      <form action={pathname} method="get" role="search" className="flex flex-wrap items-end gap-3">
        {itemsPage > 1 ? <input type="hidden" name="page" value={itemsPage} /> : null}
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="catalogue-q" className="block text-sm font-medium text-slate-800">
            {t('filing.listings.search.label')}
          </label>
          <input
            id="catalogue-q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={200}
            aria-describedby="catalogue-q-hint"
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
          />
          <p id="catalogue-q-hint" className="text-xs text-slate-500">
            {t('filing.listings.search.hint')}
          </p>
        </div>
        <button type="submit" className="mb-5 inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-100">
          {t('filing.listings.search.submit')}
        </button>
      </form>
      {results.query ? (
        <>
          <p role="status" className="text-sm text-slate-600">
            {t('filing.listings.search.results', { count: results.total, query: results.query })}
          </p>
          {results.rows.length > 0 ? (
            <>
              <CatalogueResultsForm
                action={addAction}
                claimId={claimId}
                caption={t('filing.listings.search.caption', { query: results.query })}
                rows={results.rows.map((row) => ({
                  id: row.id,
                  externalId: row.externalId,
                  title: row.title,
                  store: row.store.name,
                  brand: row.brand?.name ?? null,
                  price: format.money(row.priceCents, row.currency),
                  alreadyAdded: row.alreadyAdded,
                }))}
              />
              <Pagination
                page={results.page}
                pageCount={results.pageCount}
                pathname={pathname}
                params={{ q: results.query, page: itemsPage > 1 ? String(itemsPage) : undefined }}
                param="searchPage"
                labels={{ navigation: t('filing.listings.search.pages'), previous: t('brand.pagination.previous'), next: t('brand.pagination.next') }}
              />
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
