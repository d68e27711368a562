import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import type { FilingStep } from '@/lib/domain/claim-filing';
import { getServerTranslator } from '@/lib/i18n/server';

/** The browser title of a step: "<step> · File a claim". */
export async function stepMetadata(step: FilingStep): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: `${t(`filing.steps.${step}`)} · ${t('filing.new.title')}` };
}

export function StepHeading({ title, intro, children }: { title: string; intro: ReactNode; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <h2 className="text-xl font-semibold text-slate-900">{title}</h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{intro}</p>
      </div>
      {children}
    </div>
  );
}
