import type { Metadata } from 'next';
import { RunJobForm } from '@/components/enforcement/run-job-form';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { env } from '@/lib/env';
import { JOBS } from '@/lib/jobs/registry';
import { getServerTranslator } from '@/lib/i18n/server';
import { runJobAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('enforcement.jobs.title') };
}

/** The registry's jobs, and running one now (optionally for one store; "as of" only under the test clock). */
export default async function AdminJobsPage() {
  await requirePermission('job.run', '/admin/jobs');
  const t = await getServerTranslator();
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('enforcement.jobs.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('enforcement.jobs.intro')}</p>
      </div>
      <Card>
        <Table>
          <caption className="sr-only">{t('enforcement.jobs.title')}</caption>
          <thead>
            <tr>
              <Th>{t('enforcement.jobs.columns.name')}</Th>
              <Th>{t('enforcement.jobs.columns.description')}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {JOBS.map((job) => (
              <tr key={job.name}>
                <Td className="font-mono text-xs whitespace-nowrap">{job.name}</Td>
                <Td>{t.has(`enforcement.jobs.descriptions.${job.name}` as never) ? t(`enforcement.jobs.descriptions.${job.name}` as never) : job.description}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <Card aria-labelledby="run-title">
        <CardHeader title={<span id="run-title">{t('enforcement.jobs.columns.run')}</span>} />
        <CardBody>
          <RunJobForm action={runJobAction} jobs={JOBS.map((j) => j.name)} testClock={env().ASSAY_TEST_CLOCK} />
        </CardBody>
      </Card>
    </div>
  );
}
