// The history of one object (a user, claim, right, store…) from the audit log.
//
// ACCESS: this component does not decide who may see a history. The page that renders it
// must already have checked that the viewer may see the object itself (requirePermission
// plus the organisation-scoped lookup that returns null for someone else's object) and
// that its history is for the viewer's eyes. The component only withholds the network
// address of each event from roles the policy table does not allow ('audit.viewAddress':
// reviewers and admins).
import type { ReactNode } from 'react';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import type { SessionUser } from '@/lib/auth/session';
import { can } from '@/lib/authz/policy';
import { HISTORY_DEFAULT_LIMIT, listObjectHistory, type HistoryEvent } from '@/lib/data/audit';
import type { Format } from '@/lib/format';
import { getServerFormatter, getServerTranslator, type Translator } from '@/lib/i18n/server';

interface ObjectHistoryProps {
  /** AuditEvent.objectType, e.g. "user", "claim", "right", "store". */
  objectType: string;
  /** One object, or several of the type (their events interleaved, newest first). */
  objectId: string | readonly string[];
  viewer: SessionUser;
  limit?: number;
  /** A heading other than the generic "History". */
  title?: string;
  /** With several objects: what each event is about (object id → label), shown in its own column. */
  objectLabels?: Readonly<Record<string, string>>;
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function formatValue(t: Translator, format: Format, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('audit.history.emptyValue');
  if (typeof value === 'boolean') return t(value ? 'audit.values.true' : 'audit.values.false');
  if (typeof value === 'number') return format.number(value);
  if (typeof value === 'string') {
    if (t.has(`audit.values.${value}` as never) && /^[A-Z_]+$/.test(value)) return t(`audit.values.${value}` as never);
    if (ISO_MOMENT.test(value)) return format.dateTime(new Date(value));
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => formatValue(t, format, v)).join(t('common.listSeparator'));
  const json = JSON.stringify(value);
  return json.length > 200 ? `${json.slice(0, 199)}…` : json;
}

function fieldLabel(t: Translator, key: string): string {
  return t.has(`audit.fields.${key}` as never) ? t(`audit.fields.${key}` as never) : key;
}

/** What changed, as a small list: "Status: Active → Disabled", or just the new value. */
function Changes({ event, t, format }: { event: HistoryEvent; t: Translator; format: Format }): ReactNode {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (keys.length === 0) return <span className="text-slate-400">{t('audit.history.noChanges')}</span>;
  return (
    <dl className="space-y-0.5 text-xs">
      {keys.map((key) => (
        <div key={key} className="flex flex-wrap gap-x-1">
          <dt className="text-slate-500">{fieldLabel(t, key)}:</dt>
          <dd className="break-words text-slate-800">
            {key in before && key in after ? (
              <>
                <span className="sr-only">{t('audit.history.before')} </span>
                {formatValue(t, format, before[key])}
                <span aria-hidden="true"> → </span>
                <span className="sr-only">, {t('audit.history.after')} </span>
                {formatValue(t, format, after[key])}
              </>
            ) : key in after ? (
              formatValue(t, format, after[key])
            ) : (
              <>
                {formatValue(t, format, before[key])}
                <span aria-hidden="true"> → </span>
                <span className="sr-only">, {t('audit.history.after')} </span>
                {t('audit.history.emptyValue')}
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function actionLabel(t: Translator, action: string): string {
  return t.has(`audit.actions.${action}` as never) ? t(`audit.actions.${action}` as never) : action;
}

function actorLabel(t: Translator, event: HistoryEvent): string {
  if (event.actor) {
    return event.actor.role ? t('audit.history.byWithRole', { name: event.actor.name, role: t(`shell.roles.${event.actor.role}`) }) : event.actor.name;
  }
  // Nobody was signed in for a sign-up: the person registered themselves.
  return event.action === 'user.signUp' ? t('audit.history.selfService') : t('audit.history.system');
}

export async function ObjectHistory({ objectType, objectId, viewer, limit = HISTORY_DEFAULT_LIMIT, title, objectLabels }: ObjectHistoryProps) {
  const [t, format, { events, hasMore }] = await Promise.all([getServerTranslator(), getServerFormatter(), listObjectHistory(objectType, objectId, { limit })]);
  const showAddress = can(viewer.role, 'audit.viewAddress');
  const object = t.has(`audit.objects.${objectType}` as never) ? t(`audit.objects.${objectType}` as never) : t('audit.objects.other');
  return (
    <Card aria-label={title ?? t('audit.history.title')}>
      <CardHeader
        title={title ?? t('audit.history.title')}
        description={
          <>
            {t('audit.history.description', { object })}
            {hasMore ? ` ${t('audit.history.showingLatest', { count: events.length })}` : null}
          </>
        }
      />
      {events.length === 0 ? (
        <div className="px-5 py-4">
          <EmptyState title={t('audit.history.empty')} />
        </div>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t('audit.history.columns.when')}</Th>
              {objectLabels ? <Th>{t('audit.history.columns.object')}</Th> : null}
              <Th>{t('audit.history.columns.event')}</Th>
              <Th>{t('audit.history.columns.by')}</Th>
              <Th>{t('audit.history.columns.changes')}</Th>
              {showAddress ? <Th>{t('audit.history.columns.address')}</Th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.map((event) => (
              <tr key={event.id} className="align-top">
                <Td className="whitespace-nowrap">
                  <time dateTime={event.createdAt.toISOString()}>{format.dateTime(event.createdAt)}</time>
                </Td>
                <Td>{actionLabel(t, event.action)}</Td>
                <Td>{actorLabel(t, event)}</Td>
                <Td>
                  <Changes event={event} t={t} format={format} />
                </Td>
                {showAddress ? <Td className="font-mono text-xs whitespace-nowrap">{event.ipAddress ?? '—'}</Td> : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
