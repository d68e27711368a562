// The transparency report's tables, shared by the public page (/transparency) and the staff
// view (/admin/transparency): one component, so both show the same numbers the same way.
// Every table carries its heading as its caption (its accessible name).
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import type { ReportAudience, TransparencyReport } from '@/lib/data/transparency';
import { formatShare } from '@/lib/domain/accuracy';
import { isoDay, lastDayOf, type ReportPeriod } from '@/lib/domain/transparency';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

export function periodLabel(t: Translator, period: ReportPeriod): string {
  switch (period.kind) {
    case 'rolling':
      return t('transparency.period.rolling', { days: period.days ?? 0 });
    case 'year':
      return t('transparency.period.year', { year: period.year ?? 0 });
    case 'half':
      return period.part === 1 ? t('transparency.period.half', { year: period.year ?? 0 }) : t('transparency.period.half2', { year: period.year ?? 0 });
    case 'quarter':
      return t('transparency.period.quarter', { year: period.year ?? 0, part: period.part ?? 0 });
    default:
      return t('transparency.period.custom', { from: isoDay(period.from), until: lastDayOf(period) });
  }
}

// A second table inside a section says what it breaks down, visibly.
const SUB_CAPTION = 'caption-top px-4 pt-2 pb-1 text-left text-sm font-medium text-slate-800';

function Section({ title, note, children }: { title: string; note?: ReactNode; children: ReactNode }) {
  return (
    <Card>
      <CardHeader title={title} {...(note ? { description: note } : {})} />
      <CardBody>{children}</CardBody>
    </Card>
  );
}

/** A two-column table of named figures. */
function FigureTable({ caption, rows, t }: { caption: string; rows: [label: string, value: string][]; t: Translator }) {
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{t('transparency.columns.figure')}</Th>
          <Th className="text-right">{t('transparency.columns.value')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" className="px-4 py-2 text-left font-normal text-slate-700">
              {label}
            </th>
            <Td className="text-right tabular-nums">{value}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function TransparencyReportView({ report, audience, t, format }: { report: TransparencyReport; audience: ReportAudience; t: Translator; format: Format }) {
  const num = (v: number) => format.number(v);
  const hours = (seconds: number | null) =>
    seconds === null ? t('transparency.none') : t('transparency.hours', { value: format.number(Math.round(seconds / 360) / 10) });
  const { notices, actions, timeToAction, expedited, counterNotices, stores, listingsRemoved, sanctions, filers } = report;
  const noRows = <p className="text-sm text-slate-500">{t('transparency.noRows')}</p>;

  return (
    <div className="space-y-6">
      <Section title={t('transparency.tables.notices')}>
        <div className="space-y-4">
          <FigureTable
            t={t}
            caption={t('transparency.tables.notices')}
            rows={[
              [t('transparency.figures.claims'), num(notices.claims)],
              [t('transparency.figures.items'), num(notices.items)],
            ]}
          />
          {notices.byType.length ? (
            <Table>
              <caption className={SUB_CAPTION}>{t('transparency.tables.noticesByType')}</caption>
              <thead>
                <tr>
                  <Th>{t('transparency.columns.type')}</Th>
                  <Th className="text-right">{t('transparency.columns.claims')}</Th>
                  <Th className="text-right">{t('transparency.columns.items')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {notices.byType.map((r) => (
                  <tr key={r.type}>
                    <Td>{t(`transparency.infringementType.${r.type}`)}</Td>
                    <Td className="text-right tabular-nums">{num(r.claims)}</Td>
                    <Td className="text-right tabular-nums">{num(r.items)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
        </div>
      </Section>

      <Section title={t('transparency.tables.actions')}>
        <div className="space-y-4">
          <FigureTable
            t={t}
            caption={t('transparency.tables.actions')}
            rows={[
              [t('transparency.figures.decided'), num(actions.decided)],
              [t('transparency.figures.removed'), num(actions.removed)],
              [t('transparency.figures.rejected'), num(actions.rejected)],
              [t('transparency.figures.takedownRate'), formatShare(actions.decided ? actions.removed / actions.decided : null)],
              [t('transparency.figures.decidedTrusted'), num(actions.decidedTrusted)],
              [t('transparency.figures.removedTrusted'), num(actions.removedTrusted)],
              [t('transparency.figures.trustedTakedownRate'), formatShare(actions.decidedTrusted ? actions.removedTrusted / actions.decidedTrusted : null)],
              [t('transparency.figures.trustedShare'), formatShare(actions.removed ? actions.removedTrusted / actions.removed : null)],
            ]}
          />
          {actions.byReason.length ? (
            <Table>
              <caption className={SUB_CAPTION}>{t('transparency.tables.removalsByGround')}</caption>
              <thead>
                <tr>
                  <Th>{t('transparency.columns.ground')}</Th>
                  <Th className="text-right">{t('transparency.columns.removed')}</Th>
                  <Th className="text-right">{t('transparency.columns.removedTrusted')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {actions.byReason.map((r) => (
                  <tr key={r.reason ?? 'none'}>
                    <Td>{r.reason ? t(`transparency.removalReason.${r.reason}`) : t('transparency.unrecorded')}</Td>
                    <Td className="text-right tabular-nums">{num(r.removed)}</Td>
                    <Td className="text-right tabular-nums">{num(r.removedTrusted)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
          {actions.byType.length ? (
            <Table>
              <caption className={SUB_CAPTION}>{t('transparency.tables.decisionsByType')}</caption>
              <thead>
                <tr>
                  <Th>{t('transparency.columns.type')}</Th>
                  <Th className="text-right">{t('transparency.columns.decided')}</Th>
                  <Th className="text-right">{t('transparency.columns.removed')}</Th>
                  <Th className="text-right">{t('transparency.columns.rejected')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {actions.byType.map((r) => (
                  <tr key={r.type}>
                    <Td>{t(`transparency.infringementType.${r.type}`)}</Td>
                    <Td className="text-right tabular-nums">{num(r.decided)}</Td>
                    <Td className="text-right tabular-nums">{num(r.removed)}</Td>
                    <Td className="text-right tabular-nums">{num(r.rejected)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
        </div>
      </Section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t('transparency.tables.speed')}>
          <FigureTable
            t={t}
            caption={t('transparency.tables.speed')}
            rows={[
              [t('transparency.figures.decisions'), num(timeToAction.decisions)],
              [t('transparency.figures.median'), hours(timeToAction.medianSeconds)],
              [t('transparency.figures.p90'), hours(timeToAction.p90Seconds)],
            ]}
          />
        </Section>
        <Section title={t('transparency.tables.expedited')}>
          <FigureTable
            t={t}
            caption={t('transparency.tables.expedited')}
            rows={[
              [t('transparency.figures.takedowns'), num(expedited.takedowns)],
              [t('transparency.figures.awaitingReview'), num(expedited.awaitingReview)],
              [t('transparency.figures.confirmed'), num(expedited.confirmed)],
              [t('transparency.figures.overturned'), num(expedited.overturned)],
            ]}
          />
        </Section>
        <Section title={t('transparency.tables.counterNotices')}>
          <FigureTable
            t={t}
            caption={t('transparency.tables.counterNotices')}
            rows={[
              [t('transparency.figures.filed'), num(counterNotices.filed)],
              [t('transparency.figures.restored'), num(counterNotices.restored)],
              [t('transparency.figures.upheld'), num(counterNotices.upheld)],
              [t('transparency.figures.withdrawn'), num(counterNotices.withdrawn)],
              [t('transparency.figures.pending'), num(counterNotices.pending)],
            ]}
          />
        </Section>
        <Section title={t('transparency.tables.stores')}>
          <FigureTable
            t={t}
            caption={t('transparency.tables.stores')}
            rows={[
              [t('transparency.figures.closed'), num(stores.closed)],
              [t('transparency.figures.banned'), num(stores.banned)],
              [t('transparency.figures.stillClosed'), num(stores.stillClosed)],
              [t('transparency.figures.banRecords'), num(stores.banRecords)],
              [t('transparency.figures.bansLifted'), num(stores.bansLifted)],
            ]}
          />
        </Section>
        <Section title={t('transparency.tables.listings')}>
          <FigureTable
            t={t}
            caption={t('transparency.tables.listings')}
            rows={[
              [t('transparency.figures.listingsTotal'), num(listingsRemoved.total)],
              [t('transparency.figures.listingsClaims'), num(listingsRemoved.claims)],
              [t('transparency.figures.listingsProtected'), num(listingsRemoved.protectedBrand)],
              [t('transparency.figures.listingsClosures'), num(listingsRemoved.closures)],
            ]}
          />
        </Section>
        <Section title={t('transparency.tables.sanctions')}>
          <FigureTable
            t={t}
            caption={t('transparency.tables.sanctions')}
            rows={[
              [t('transparency.figures.warnings'), num(sanctions.warnings)],
              [t('transparency.figures.suspensions'), num(sanctions.suspensions)],
              [t('transparency.figures.sanctionsLifted'), num(sanctions.lifted)],
            ]}
          />
        </Section>
      </div>

      <Section
        title={audience === 'staff' ? t('transparency.tables.filersStaff') : t('transparency.tables.filers')}
        note={
          audience === 'staff'
            ? t('transparency.filersStaffNote', { min: filers.minDecidedItems })
            : t('transparency.filersNote', { min: filers.minDecidedItems })
        }
      >
        {filers.rows.length ? (
          <Table>
            <caption className="sr-only">{audience === 'staff' ? t('transparency.tables.filersStaff') : t('transparency.tables.filers')}</caption>
            <thead>
              <tr>
                <Th>{t('transparency.columns.filer')}</Th>
                <Th className="text-right">{t('transparency.columns.decided')}</Th>
                <Th className="text-right">{t('transparency.columns.accuracy')}</Th>
                <Th className="text-right">{t('transparency.columns.restoredShare')}</Th>
                {audience === 'staff' ? <Th>{t('transparency.columns.volume')}</Th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {filers.rows.map((r) => (
                <tr key={r.organisationId}>
                  <Td>{r.name}</Td>
                  <Td className="text-right tabular-nums">{num(r.decided)}</Td>
                  <Td className="text-right tabular-nums">{formatShare(r.accuracy)}</Td>
                  <Td className="text-right tabular-nums">{formatShare(r.restoredShare)}</Td>
                  {audience === 'staff' ? (
                    <Td>{r.belowThreshold ? <Badge tone="warn">{t('transparency.belowThreshold', { min: filers.minDecidedItems })}</Badge> : null}</Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          noRows
        )}
      </Section>
    </div>
  );
}

/** What each figure means, in the reader's language (the definitions lib/data/transparency.ts implements). */
export function TransparencyMethodology({ t, minFilerItems }: { t: Translator; minFilerItems: number }) {
  const keys = ['period', 'notices', 'actions', 'trusted', 'speed', 'expedited', 'counterNotices', 'stores', 'listings', 'sanctions'] as const;
  return (
    <Card>
      <CardHeader title={t('transparency.methodology.heading')} />
      <CardBody>
        <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
          {keys.map((k) => (
            <li key={k}>{t(`transparency.methodology.${k}`)}</li>
          ))}
          <li>{t('transparency.methodology.filers', { min: minFilerItems })}</li>
        </ul>
      </CardBody>
    </Card>
  );
}
