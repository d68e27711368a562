'use server';

import { ActionError, defineAction } from '@/lib/actions/action';
import { runJobNow } from '@/lib/data/job-runs';
import { getServerTranslator } from '@/lib/i18n/server';
import { RunJobSchema } from '@/lib/validations/closures';

export const runJobAction = defineAction({
  permission: 'job.run',
  schema: RunJobSchema,
  revalidate: ['/review/stores', '/review/closures', '/seller'],
  run: async (input, { user, meta }) => {
    const outcome = await runJobNow(user, input, meta);
    if (!outcome.ok) {
      if (outcome.violation === 'forbidden') throw new ActionError('forbidden');
      throw new ActionError(`enforcement.errors.${outcome.violation}`, outcome.violation === 'unknownJob' ? 'job' : 'store');
    }
    const t = await getServerTranslator();
    const { result } = outcome;
    switch (result.status) {
      case 'done':
        return { success: result.summary ? t('enforcement.jobs.result.done', { job: result.job, summary: result.summary }) : t('enforcement.jobs.result.nothing', { job: result.job }) };
      case 'skipped':
        throw new ActionError('enforcement.jobs.result.skipped', undefined, { job: result.job });
      case 'failed':
        throw new ActionError('enforcement.jobs.result.failed', undefined, { job: result.job, error: result.error });
    }
  },
});
