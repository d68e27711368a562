import type { Metadata } from 'next';
import Link from 'next/link';
import { APPEAL_STATUS_TONE, CLOSURE_STATUS_TONE } from '@/components/enforcement/tones';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listClosuresForReview, type ClosureTab } from '@/lib/data/closures';
import { cn } from '@/lib/cn';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, type SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('enforcement.closures.title') };
}

const TABS: ClosureTab[] = ['open', 'proposed', 'decided'];

/** The reviewers' closures: opened by the system, proposed (waiting for a second reviewer), decided; and the appeals. */
export default async function ReviewClosuresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('closure.propose', '/review/closures');
  const requested = firstParam(await searchParams, 'tab');
  const tab: ClosureTab = TABS.includes(requested as ClosureTab) ? (requested as ClosureTab) : 'open';
  const [t, locale, list] = await Promise.all([getServerTranslator(), getLocale(), listClosuresForReview(user, tab)]);
  const format = makeFormat(locale);
  const { rows, counts, appeals, pendingAppeals } = list!;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('enforcement.closures.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('enforcement.closures.intro')}</p>
      </div>
      <nav aria-label={t('enforcement.closures.tabs.label')} className="flex flex-wrap gap-2 border-b border-slate-200">
        {TABS.map((key) => (
          <Link
            key={key}
            href={`/review/closures?tab=${key}`}
            aria-current={key === tab ? 'page' : undefined}
            className={cn('-mb-px border-b-2 px-3 py-2 text-sm', key === tab ? 'border-brand-600 font-medium text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900')}
          >
            {t(`enforcement.closures.tabs.${key}`, { count: counts[key] })}
          </Link>
        ))}
      </nav>
      <Card>
        <CardBody>
          {rows.length ? (
            <Table>
              <caption className="sr-only">{t(`enforcement.closures.tabs.${tab}`, { count: counts[tab] })}</caption>
              <thead>
                <tr>
                  <Th>{t('enforcement.closures.columns.store')}</Th>
                  <Th>{t('enforcement.closures.columns.trigger')}</Th>
                  <Th>{t('enforcement.closures.columns.status')}</Th>
                  <Th>{t('enforcement.closures.columns.opened')}</Th>
                  <Th>{t('enforcement.closures.columns.proposedBy')}</Th>
                  <Th>{t('enforcement.closures.columns.decidedBy')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((row) => (
                  <tr key={row.id}>
                    <Td>
                      <Link href={`/review/closures/${row.id}`} className="font-medium text-brand-700 underline">
                        {row.store.name}
                      </Link>
                      {row.includeBan ? (
                        <span className="ml-2">
                          <Badge tone="bad">{t('enforcement.closures.withBan')}</Badge>
                        </span>
                      ) : null}
                    </Td>
                    <Td>{t(`enforcement.trigger.${row.trigger}`)}</Td>
                    <Td>
                      <Badge tone={CLOSURE_STATUS_TONE[row.status]}>{t(`enforcement.status.${row.status}`)}</Badge>
                    </Td>
                    <Td className="whitespace-nowrap">{format.dateTime(row.createdAt)}</Td>
                    <Td>{row.proposedBy?.name ?? '—'}</Td>
                    <Td>{row.decidedBy?.name ?? '—'}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('enforcement.closures.empty')} />
          )}
        </CardBody>
      </Card>
      <Card aria-labelledby="appeals-title">
        <CardHeader title={<span id="appeals-title">{t('enforcement.closures.appealsTitle', { count: pendingAppeals })}</span>} />
        <CardBody>
          {appeals.length ? (
            <Table>
              <thead>
                <tr>
                  <Th>{t('enforcement.closures.appealColumns.store')}</Th>
                  <Th>{t('enforcement.closures.appealColumns.filed')}</Th>
                  <Th>{t('enforcement.closures.appealColumns.status')}</Th>
                  <Th>{t('enforcement.closures.appealColumns.open')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {appeals.map((appeal) => (
                  <tr key={appeal.id}>
                    <Td>{appeal.store.name}</Td>
                    <Td className="whitespace-nowrap">{format.dateTime(appeal.createdAt)}</Td>
                    <Td>
                      <Badge tone={APPEAL_STATUS_TONE[appeal.status]}>{t(`enforcement.appealStatus.${appeal.status}`)}</Badge>
                    </Td>
                    <Td>
                      <Link href={`/review/appeals/${appeal.id}`} className="font-medium text-brand-700 underline">
                        {t('enforcement.closures.openAppeal')}
                        <span className="sr-only">{`: ${appeal.store.name}`}</span>
                      </Link>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('enforcement.closures.appealsEmpty')} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
