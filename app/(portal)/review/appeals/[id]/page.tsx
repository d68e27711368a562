import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { DecideAppealForm } from '@/components/enforcement/closure-forms';
import { APPEAL_STATUS_TONE } from '@/components/enforcement/tones';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getAppealForReview } from '@/lib/data/closures';
import { appealTransition } from '@/lib/domain/closure';
import { localizedIn } from '@/lib/domain/localized-text';
import { STORE_STATUS_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import type { Role } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { decideAppealAction } from './actions';

const loadAppeal = cache((role: Role, id: string) => getAppealForReview({ role }, id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const appeal = user && can(user.role, 'appeal.decide') ? await loadAppeal(user.role, id) : null;
  return { title: appeal ? t('enforcement.appeal.pageTitle', { storeName: appeal.store.name }) : t('enforcement.appeal.notFoundTitle') };
}

/** A closed store's appeal beside the closure it contests; decided only by a reviewer who took no part. */
export default async function ReviewAppealPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('appeal.decide', `/review/appeals/${encodeURIComponent(id)}`);
  const appeal = await loadAppeal(user.role, id);
  if (!appeal) notFound();
  const [t, locale] = await Promise.all([getServerTranslator(), getLocale()]);
  const format = makeFormat(locale);
  const step = appealTransition(appeal.status, 'grant', {
    actorId: user.id,
    proposedById: appeal.proposal.proposedBy?.id ?? null,
    closureDecidedById: appeal.proposal.decidedBy?.id ?? null,
  });

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <Link href="/review/closures" className="text-sm text-brand-700 hover:underline">
          ← {t('enforcement.appeal.back')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold break-words text-slate-900">{t('enforcement.appeal.pageTitle', { storeName: appeal.store.name })}</h1>
        <div className="mt-2 flex flex-wrap gap-2">
          <Badge tone={APPEAL_STATUS_TONE[appeal.status]}>{t(`enforcement.appealStatus.${appeal.status}`)}</Badge>
          <Badge tone={STORE_STATUS_TONE[appeal.store.status]}>{t(`seller.storeStatus.${appeal.store.status}`)}</Badge>
        </div>
      </div>

      <Card aria-labelledby="statement-title">
        <CardHeader title={<span id="statement-title">{t('enforcement.appeal.statementTitle')}</span>} description={t('enforcement.appeal.filed', { date: format.dateTime(appeal.createdAt) })} />
        <CardBody>
          <p className="text-sm break-words whitespace-pre-line text-slate-800">{appeal.statement}</p>
        </CardBody>
      </Card>

      <Card aria-labelledby="closure-title">
        <CardHeader title={<span id="closure-title">{t('enforcement.appeal.closureTitle')}</span>} />
        <CardBody className="space-y-3">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">{t('enforcement.closure.trigger')}</dt>
            <dd>{t(`enforcement.trigger.${appeal.proposal.trigger}`)}</dd>
            <dt className="text-slate-500">{t('enforcement.closure.rationale')}</dt>
            <dd className="break-words whitespace-pre-line">{localizedIn(appeal.proposal.rationale, locale)}</dd>
            <dt className="text-slate-500">{t('enforcement.closure.proposedBy')}</dt>
            <dd>{appeal.proposal.proposedBy?.name ?? '—'}</dd>
            <dt className="text-slate-500">{t('enforcement.closure.decision')}</dt>
            <dd className="break-words">
              {appeal.proposal.decidedAt
                ? t('enforcement.closure.decidedBy', { name: appeal.proposal.decidedBy?.name ?? '—', date: format.dateTime(appeal.proposal.decidedAt) })
                : '—'}{' '}
              {appeal.proposal.decisionReason}
            </dd>
            <dt className="text-slate-500">{t('enforcement.closure.includesBan')}</dt>
            <dd>{appeal.proposal.includeBan ? t('enforcement.closure.yes') : t('enforcement.closure.no')}</dd>
          </dl>
          <p className="text-sm">
            <Link href={`/review/closures/${appeal.proposal.id}`} className="font-medium text-brand-700 underline">
              {t('enforcement.appeal.openClosure')}
            </Link>
          </p>
        </CardBody>
      </Card>

      <Card aria-labelledby="decide-title">
        <CardHeader title={<span id="decide-title">{t('enforcement.appeal.decideTitle')}</span>} />
        <CardBody>
          {appeal.status !== 'SUBMITTED' ? (
            <p role="status" className="text-sm text-slate-700">
              {t('enforcement.appeal.decided', {
                status: t(`enforcement.appealStatus.${appeal.status}`),
                name: appeal.decidedBy?.name ?? '—',
                date: appeal.decidedAt ? format.dateTime(appeal.decidedAt) : '—',
                reason: appeal.decisionReason ?? '',
              })}
            </p>
          ) : step.ok ? (
            <DecideAppealForm action={decideAppealAction} appealId={appeal.id} version={appeal.version} />
          ) : (
            <Alert tone="info">{t('enforcement.appeal.tookPart')}</Alert>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
