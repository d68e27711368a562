'use client';

// The editor's steps as a list of links: the current one carries aria-current="step";
// steps not reached yet are plain text (a step opens once the one before it is saved).
import Link from 'next/link';
import { useSelectedLayoutSegment } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { cn } from '@/lib/cn';
import { FILING_STEPS, canOpenStep, editorPath, isFilingStep } from '@/lib/domain/claim-filing';

export function StepIndicator({ claimId, draftStep }: { claimId: string; draftStep: number }) {
  const t = useTranslations('filing.editor');
  const steps = useTranslations('filing.steps');
  const segment = useSelectedLayoutSegment();
  const current = segment && isFilingStep(segment) ? segment : null;
  return (
    <nav aria-label={t('stepsLabel')}>
      <ol className="flex flex-wrap gap-2">
        {FILING_STEPS.map((step, index) => {
          const isCurrent = step === current;
          const reachable = canOpenStep(draftStep, step);
          const body = (
            <>
              <span className="mr-1 inline-flex h-5 w-5 items-center justify-center rounded-full border border-current text-xs" aria-hidden="true">
                {index + 1}
              </span>
              <span className="sr-only">{t('stepNumber', { number: index + 1 })}: </span>
              {steps(step)}
              {!reachable ? <span className="sr-only"> {t('notReached')}</span> : null}
            </>
          );
          const style = cn(
            'inline-flex items-center rounded-full border px-3 py-1 text-sm',
            isCurrent ? 'border-brand-600 bg-brand-600 text-white' : reachable ? 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100' : 'border-slate-200 text-slate-400',
          );
          return (
            <li key={step}>
              {reachable ? (
                <Link href={editorPath(claimId, step)} aria-current={isCurrent ? 'step' : undefined} className={style}>
                  {body}
                </Link>
              ) : (
                <span className={style}>{body}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
