// Step (b): the listings already on the draft, a page at a time, each with its remove button.
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import type { ActionState } from '@/lib/actions/action-state';
import type { SessionUser } from '@/lib/auth/session';
import { listDraftItems } from '@/lib/data/claim-filing';
import { editorPath } from '@/lib/domain/claim-filing';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { ActionButton } from './action-button';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export async function DraftItemsList({
  user,
  claimId,
  page,
  query,
  removeAction,
}: {
  user: SessionUser;
  claimId: string;
  page: number;
  query: string;
  removeAction: FormAction;
}) {
  const [t, format, items] = await Promise.all([getServerTranslator(), getServerFormatter(), listDraftItems(user, claimId, page)]);
  return (
    <Card id="claim-listings" aria-labelledby="claim-listings-title">
      <CardHeader
        title={<span id="claim-listings-title">{t('filing.listings.items.title')}</span>}
        description={t('filing.listings.items.count', { count: items.total })}
      />
      <CardBody className="space-y-3">
        {items.rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t('filing.listings.items.empty')}</p>
        ) : (
          <>
            <Table>
              <caption className="sr-only">{t('filing.listings.items.caption')}</caption>
              <thead>
                <tr>
                  <Th>{t('filing.listings.columns.listing')}</Th>
                  <Th>{t('filing.listings.columns.id')}</Th>
                  <Th>{t('filing.listings.columns.store')}</Th>
                  <Th>{t('filing.listings.columns.price')}</Th>
                  <Th>{t('filing.listings.columns.action')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {items.rows.map((item) => (
                  <tr key={item.id}>
                    <Td>
                      {item.listing.title}
                      {item.listing.status !== 'ACTIVE' ? (
                        <div className="mt-1">
                          <Badge tone="bad">{t('filing.listings.inactive')}</Badge>
                        </div>
                      ) : null}
                    </Td>
                    <Td className="font-mono text-xs">{item.listing.externalId}</Td>
                    <Td>{item.listing.store.name}</Td>
                    <Td className="whitespace-nowrap">{format.money(item.listing.priceCents, item.listing.currency)}</Td>
                    <Td>
                      <ActionButton
                        action={removeAction}
                        hidden={{ claimId, itemId: item.id }}
                        label={t('filing.listings.items.remove')}
                        pendingLabel={t('filing.listings.items.removing')}
                        ariaLabel={t('filing.listings.items.removeLabel', { title: item.listing.title, id: item.listing.externalId })}
                        variant="ghost"
                        size="sm"
                      />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination
              page={items.page}
              pageCount={items.pageCount}
              pathname={editorPath(claimId, 'listings')}
              params={{ q: query || undefined }}
              param="page"
              anchor="claim-listings"
              labels={{ navigation: t('filing.listings.items.pages'), previous: t('brand.pagination.previous'), next: t('brand.pagination.next') }}
            />
          </>
        )}
      </CardBody>
    </Card>
  );
}
