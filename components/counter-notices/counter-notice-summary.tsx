// A counter-notice as filed and as it stands: the ground, the seller's statement and
// evidence, the signature and declarations, the brand's response and the decision. The
// same for the seller, the brand and the reviewer; each page passes the documents already
// rendered for its viewer (DocumentCard through getDocumentForViewer, which redacts what
// that viewer may not open) and whether the signing address may be shown.
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import type { CounterNoticeGround, CounterNoticeStatus } from '@/lib/generated/prisma/enums';
import { COUNTER_NOTICE_STATUS_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

export interface CounterNoticeSummaryFacts {
  status: CounterNoticeStatus;
  ground: CounterNoticeGround;
  statement: string;
  signatureName: string;
  signedAt: Date;
  signedFromIp?: string | null;
  createdAt: Date;
  brandResponseDueAt: Date | null;
  brandResponse?: string | null;
  brandRespondedAt: Date | null;
  brandWindowClosedAt: Date | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  decidedBy?: { name: string } | null;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      {children}
    </div>
  );
}

export function CounterNoticeSummary({
  notice,
  documents,
  t,
  format,
  showAddress = false,
  showResponseText = true,
}: {
  notice: CounterNoticeSummaryFacts;
  documents: ReactNode[];
  t: Translator;
  format: Format;
  showAddress?: boolean;
  showResponseText?: boolean;
}) {
  const windowPassed = notice.status === 'AWAITING_BRAND' && (notice.brandWindowClosedAt || (notice.brandResponseDueAt && notice.brandResponseDueAt <= format.now));
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={COUNTER_NOTICE_STATUS_TONE[notice.status]}>{t(`counterNotices.status.${notice.status}`)}</Badge>
        <span className="text-xs text-slate-500">{t('counterNotices.common.filedOn', { date: format.dateTime(notice.createdAt) })}</span>
      </div>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-500">{t('counterNotices.common.ground')}</dt>
        <dd className="text-slate-900">{t(`counterNotices.ground.${notice.ground}`)}</dd>
      </dl>
      <Section title={t('counterNotices.common.statement')}>
        <p className="text-sm whitespace-pre-wrap break-words text-slate-800">{notice.statement}</p>
      </Section>
      <Section title={t('counterNotices.common.sellerEvidence')}>
        {documents.length ? (
          <div className="grid gap-3 sm:grid-cols-2">{documents}</div>
        ) : (
          <p className="text-sm text-slate-600">{t('counterNotices.common.noSellerEvidence')}</p>
        )}
      </Section>
      <Section title={t('counterNotices.common.declarations')}>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>{t('counterNotices.common.perjuryMade')}</li>
          <li>{t('counterNotices.common.jurisdictionMade')}</li>
        </ul>
        <p className="text-sm text-slate-700">
          {t('counterNotices.common.signedBy', { name: notice.signatureName, date: format.dateTime(notice.signedAt) })}
          {showAddress && notice.signedFromIp ? ` ${t('counterNotices.common.signedFrom', { ip: notice.signedFromIp })}` : null}
        </p>
      </Section>
      <Section title={t('counterNotices.common.brandResponse')}>
        {notice.brandRespondedAt ? (
          <>
            <p className="text-xs text-slate-500">{t('counterNotices.common.brandRespondedOn', { date: format.dateTime(notice.brandRespondedAt) })}</p>
            {showResponseText && notice.brandResponse ? (
              <p className="text-sm whitespace-pre-wrap break-words text-slate-800">{notice.brandResponse}</p>
            ) : null}
          </>
        ) : windowPassed && notice.brandResponseDueAt ? (
          <p className="text-sm text-slate-700">{t('counterNotices.common.brandWindowPassed', { date: format.dateTime(notice.brandResponseDueAt) })}</p>
        ) : notice.status === 'AWAITING_BRAND' && notice.brandResponseDueAt ? (
          <p className="text-sm text-slate-700">{t('counterNotices.common.brandDueBy', { date: format.dateTime(notice.brandResponseDueAt) })}</p>
        ) : (
          <p className="text-sm text-slate-600">{t('counterNotices.common.noBrandResponse')}</p>
        )}
      </Section>
      {notice.decidedAt && notice.decisionReason ? (
        <Section title={t('counterNotices.common.decision')}>
          <p className="text-xs text-slate-500">
            {notice.decidedBy
              ? t('counterNotices.common.decidedBy', {
                  outcome: t(`counterNotices.status.${notice.status}`),
                  name: notice.decidedBy.name,
                  date: format.dateTime(notice.decidedAt),
                })
              : t('counterNotices.common.decidedOn', { outcome: t(`counterNotices.status.${notice.status}`), date: format.dateTime(notice.decidedAt) })}
          </p>
          <p className="text-sm whitespace-pre-wrap break-words text-slate-800">{notice.decisionReason}</p>
        </Section>
      ) : null}
    </div>
  );
}
