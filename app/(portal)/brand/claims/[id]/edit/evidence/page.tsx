import { ActionButton } from '@/components/filing/action-button';
import { EvidenceForm } from '@/components/filing/evidence-form';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { listDraftEvidence, listDraftItems } from '@/lib/data/claim-filing';
import { EVIDENCE_KINDS, type EvidenceKind } from '@/lib/domain/claim-filing';
import { formatFileSize } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { attachEvidenceAction, finishEvidenceAction, removeEvidenceAction } from '../actions';
import { loadDraftAtStep } from '../load-draft';
import { StepHeading, stepMetadata } from '../step-heading';

export const generateMetadata = () => stepMetadata('evidence');

/** Listings offered as targets of evidence; a claim with more is attached to as a whole or from its first ones. */
const TARGETS_SHOWN = 200;

const isEvidenceKind = (kind: string): kind is EvidenceKind => (EVIDENCE_KINDS as readonly string[]).includes(kind);

export default async function EvidenceStepPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, draft } = await loadDraftAtStep(id, 'evidence');
  const [t, locale, evidence, items] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    listDraftEvidence(user, id),
    listDraftItems(user, id, 1, TARGETS_SHOWN),
  ]);
  const targets = items.rows.map((item) => ({ value: item.id, label: t('filing.evidence.item', { id: item.listing.externalId, title: item.listing.title }) }));
  return (
    <div className="space-y-6">
      <StepHeading title={t('filing.evidence.heading')} intro={t('filing.evidence.intro')} />
      <Card aria-labelledby="add-evidence-title">
        <CardHeader title={<span id="add-evidence-title">{t('filing.evidence.addTitle')}</span>} />
        <CardBody className="py-6">
          <EvidenceForm action={attachEvidenceAction} claimId={draft.id} targets={targets} />
        </CardBody>
      </Card>
      <Card aria-labelledby="evidence-list-title">
        <CardHeader title={<span id="evidence-list-title">{t('filing.evidence.listTitle')}</span>} />
        <CardBody>
          {evidence.length === 0 ? (
            <p className="text-sm text-slate-600">{t('filing.evidence.empty')}</p>
          ) : (
            <Table>
              <caption className="sr-only">{t('filing.evidence.caption')}</caption>
              <thead>
                <tr>
                  <Th>{t('filing.evidence.columns.file')}</Th>
                  <Th>{t('filing.evidence.columns.kind')}</Th>
                  <Th>{t('filing.evidence.columns.target')}</Th>
                  <Th>{t('filing.evidence.columns.action')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {evidence.map((row) => (
                  <tr key={row.id}>
                    <Td>
                      <a href={`/api/documents/${row.document.id}`} className="text-brand-700 hover:underline">
                        {row.document.fileName}
                      </a>
                      <div className="text-xs text-slate-500">
                        {formatFileSize(locale, row.document.sizeBytes)}
                        {row.document.confidential ? (
                          <>
                            {' '}
                            <Badge tone="warn">{t('filing.evidence.confidential')}</Badge>
                          </>
                        ) : null}
                      </div>
                      {row.description ? <p className="mt-1 text-xs text-slate-600">{row.description}</p> : null}
                    </Td>
                    <Td>{isEvidenceKind(row.kind) ? t(`filing.evidence.kinds.${row.kind}`) : row.kind}</Td>
                    <Td>
                      {row.claimItem
                        ? t('filing.evidence.item', { id: row.claimItem.listing.externalId, title: row.claimItem.listing.title })
                        : t('filing.evidence.wholeClaim')}
                    </Td>
                    <Td>
                      <ActionButton
                        action={removeEvidenceAction}
                        hidden={{ claimId: draft.id, evidenceId: row.id }}
                        label={t('filing.evidence.remove')}
                        pendingLabel={t('filing.evidence.removing')}
                        ariaLabel={t('filing.evidence.removeLabel', { fileName: row.document.fileName })}
                        variant="ghost"
                        size="sm"
                      />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </CardBody>
      </Card>
      <ActionButton action={finishEvidenceAction} hidden={{ claimId: draft.id }} label={t('filing.editor.continue')} pendingLabel={t('filing.editor.saving')} />
    </div>
  );
}
