// The seller's view of its store's closure: the statement of reasons (every DSA Art 17
// field), then the appeal: the form while the seller may still appeal, else where it stands.
import { FileAppealForm } from '@/components/enforcement/closure-forms';
import { APPEAL_STATUS_TONE } from '@/components/enforcement/tones';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { ActionState } from '@/lib/actions/action-state';
import type { SellerClosure } from '@/lib/data/closures';
import { localizedIn } from '@/lib/domain/localized-text';
import type { Format } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Translator } from '@/lib/i18n/server';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const FIELDS = ['scope', 'facts', 'evidenceSummary', 'legalGround', 'contractualGround', 'redress'] as const;

export function SellerClosurePanel({ closure, t, format, locale, appealAction }: { closure: SellerClosure; t: Translator; format: Format; locale: Locale; appealAction: FormAction }) {
  const statement = closure.statement;
  return (
    <>
      <Card aria-labelledby="closure-statement-title" className="border-red-200">
        <CardHeader
          title={<span id="closure-statement-title">{t('enforcement.seller.closedTitle')}</span>}
          description={t('enforcement.seller.closedIntro')}
        />
        <CardBody className="space-y-3">
          <p className="text-sm">
            <Badge tone="bad">{t(`seller.statement.restriction.${closure.restriction}`)}</Badge>{' '}
            <span className="text-slate-600">{format.dateTime(closure.closedAt)}</span>
          </p>
          {closure.restriction === 'STORE_BAN' ? <p className="text-sm text-red-800">{t('enforcement.seller.bannedNote')}</p> : null}
          {statement ? (
            <dl className="space-y-3 text-sm" aria-label={t('enforcement.seller.statementTitle')}>
              {FIELDS.map((field) => {
                const value = statement[field];
                return value ? (
                  <div key={field}>
                    <dt className="font-medium text-slate-900">{t(`enforcement.seller.fields.${field}`)}</dt>
                    <dd className="mt-0.5 break-words text-slate-700">{localizedIn(value, locale)}</dd>
                  </div>
                ) : null;
              })}
              <div>
                <dt className="font-medium text-slate-900">{t('enforcement.seller.fields.automated')}</dt>
                <dd className="mt-0.5 text-slate-700">{statement.automated ? t('seller.statement.automatedYes') : t('enforcement.seller.automatedNo')}</dd>
              </div>
            </dl>
          ) : null}
        </CardBody>
      </Card>
      <Card aria-labelledby="appeal-title">
        <CardHeader title={<span id="appeal-title">{t('enforcement.seller.appealTitle')}</span>} />
        <CardBody className="space-y-3">
          {closure.appeal ? (
            <div className="space-y-2 text-sm">
              <p>{t('enforcement.seller.appealFiled', { date: format.dateTime(closure.appeal.createdAt) })}</p>
              <p>
                <Badge tone={APPEAL_STATUS_TONE[closure.appeal.status]}>{t(`enforcement.appealStatus.${closure.appeal.status}`)}</Badge>
              </p>
              <p className="break-words whitespace-pre-line text-slate-700">{closure.appeal.statement}</p>
              {closure.appeal.decisionReason ? <p className="text-slate-800">{t('enforcement.seller.appealDecision', { reason: closure.appeal.decisionReason })}</p> : null}
            </div>
          ) : closure.appealRefusal === null ? (
            <>
              <p className="text-sm text-slate-700">{t('enforcement.seller.appealBy', { date: format.dateTime(closure.appealBy) })}</p>
              <FileAppealForm action={appealAction} proposalId={closure.proposalId} />
            </>
          ) : (
            <p className="text-sm text-slate-700">{t('enforcement.seller.windowClosed', { date: format.dateTime(closure.appealBy) })}</p>
          )}
        </CardBody>
      </Card>
    </>
  );
}
