// Notifications as data (lib/domain/notifications.ts): the types and the catalogue agree,
// recipients are counted once, stored values survive the JSON column, links stay on the
// site, and every type renders completely in both languages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_PARAMS,
  NOTIFICATION_TYPES,
  decodeParams,
  encodeParams,
  isPortalPath,
  mergeRecipients,
  renderNotification,
  renderNotificationEmail,
  type ParamValue,
  type RecipientUser,
} from '@/lib/domain/notifications';
import { LOCALES } from '@/lib/i18n/locales';

type Catalogue = { types: Record<string, { subject: string; body: string }> };
const catalogue = (locale: string) =>
  JSON.parse(readFileSync(path.resolve('messages', locale, 'notifications.json'), 'utf8')) as Catalogue;

/** Argument names of an ICU message ("{name}", "{count, plural, …}", nested branches too). */
const placeholders = (message: string) => new Set([...message.matchAll(/\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*[,}]/g)].map((m) => m[1]!));

const SAMPLE_OUTCOME: Partial<Record<keyof typeof NOTIFICATION_PARAMS, string>> = {
  counterNoticeDecided: 'restored',
  letterAnswered: 'denied',
  closureDecided: 'approved',
  appealDecided: 'granted',
};

/** A plausible value for each parameter name. */
function sampleParams(type: keyof typeof NOTIFICATION_PARAMS): Record<string, ParamValue> {
  const values: Record<string, ParamValue> = {};
  for (const name of NOTIFICATION_PARAMS[type]) {
    if (/By$|At$/.test(name)) values[name] = new Date('2026-12-06T09:30:00.000Z');
    else if (name === 'itemCount') values[name] = 3;
    else if (name === 'outcome') values[name] = SAMPLE_OUTCOME[type] ?? 'removed';
    else if (name === 'trigger') values[name] = 'STRIKE_THRESHOLD';
    else values[name] = `«${name}»`;
  }
  return values;
}

const user = (id: string, organisationId: string | null): RecipientUser => ({ id, email: `${id}@example.test`, name: id, locale: 'en', organisationId });

describe('notification types', () => {
  it('are exactly the catalogue’s notifications.types, in both languages', () => {
    for (const locale of LOCALES) expect(Object.keys(catalogue(locale).types).sort(), locale).toEqual([...NOTIFICATION_TYPES].sort());
  });

  it('each have a subject and a body that use only their declared values, and use all of them', () => {
    for (const locale of LOCALES) {
      for (const [type, messages] of Object.entries(catalogue(locale).types)) {
        expect(messages.subject?.trim(), `${locale} ${type}.subject`).toBeTruthy();
        expect(messages.body?.trim(), `${locale} ${type}.body`).toBeTruthy();
        const used = new Set([...placeholders(messages.subject), ...placeholders(messages.body)]);
        const declared = new Set<string>(NOTIFICATION_PARAMS[type as keyof typeof NOTIFICATION_PARAMS]);
        expect([...used].filter((p) => !declared.has(p)), `${locale} ${type}: undeclared`).toEqual([]);
        expect([...declared].filter((p) => !used.has(p)), `${locale} ${type}: unused`).toEqual([]);
      }
    }
  });

  it('render completely in both languages: every value appears, no placeholder is left', () => {
    for (const locale of LOCALES) {
      for (const type of NOTIFICATION_TYPES) {
        const params = sampleParams(type);
        const { subject, body } = renderNotification(locale, type, params);
        const text = `${subject}\n${body}`;
        expect(text, `${locale} ${type}`).not.toMatch(/[{}]|notifications\.types/);
        for (const [name, value] of Object.entries(params)) {
          // outcome and reason choose a branch of the message (a select), they are not shown as given
          if (typeof value === 'string' && name !== 'outcome' && name !== 'reason' && name !== 'trigger') expect(text, `${locale} ${type} shows ${name}`).toContain(value);
        }
      }
    }
  });

  it('show deadlines as a date and time in UTC', () => {
    const en = renderNotification('en', 'counterNoticeFiled', { listingTitle: 'Bag', claimReference: 'C-1', respondBy: new Date('2026-12-06T09:30:00Z') });
    expect(en.body).toContain('Dec 6, 2026');
    expect(en.body).toMatch(/09:30 (AM )?UTC/);
    const zh = renderNotification('zh-CN', 'counterNoticeFiled', { listingTitle: 'Bag', claimReference: 'C-1', respondBy: new Date('2026-12-06T09:30:00Z') });
    expect(zh.body).toContain('2026年12月6日');
  });

  it('choose the branch of an outcome', () => {
    const removed = renderNotification('en', 'claimItemDecided', { listingTitle: 'Bag', claimReference: 'C-1', outcome: 'removed', reason: 'COUNTERFEIT' });
    const rejected = renderNotification('en', 'claimItemDecided', { listingTitle: 'Bag', claimReference: 'C-1', outcome: 'rejected', reason: 'GENUINE_GOODS' });
    expect(removed.body).toContain('has been removed');
    expect(removed.body).toContain('counterfeit goods');
    expect(rejected.body).toContain('was rejected');
    expect(rejected.body).toContain('the goods are genuine');
    const zh = renderNotification('zh-CN', 'claimItemDecided', { listingTitle: 'Bag', claimReference: 'C-1', outcome: 'rejected', reason: 'INSUFFICIENT_EVIDENCE' });
    expect(zh.body).toContain('证据不足');
  });

  it('read generically when the type is unknown (written by another release)', () => {
    expect(renderNotification('en', 'noSuchType', {})).toEqual({ subject: 'Notification', body: '' });
  });

  it('never put user text into the message syntax', () => {
    const { subject } = renderNotification('en', 'brandVerified', { brandName: '{reason} <script>' });
    expect(subject).toBe('Brand verified: {reason} <script>');
  });
});

describe('notification e-mail', () => {
  const input = {
    recipientName: 'Ana',
    type: 'claimItemWithdrawn' as const,
    params: { listingTitle: 'Bag\r\nBcc: victim@example.test', brandName: 'Aurel' },
    url: 'https://assay.example/notifications/n1/open',
    portal: 'https://assay.example',
  };

  it('greets, tells, links into the portal and says why, in the recipient’s language', () => {
    const en = renderNotificationEmail({ ...input, locale: 'en' });
    expect(en.bodyText).toMatch(/^Hello Ana,\n\n/);
    expect(en.bodyText).toContain('Open it in Assay: https://assay.example/notifications/n1/open');
    expect(en.bodyText).toContain('account on Assay (https://assay.example)');
    const zh = renderNotificationEmail({ ...input, locale: 'zh-CN' });
    expect(zh.bodyText).toMatch(/^Ana，您好：/);
    expect(zh.subject).toMatch(/^商品已恢复：/);
    expect(zh.bodyText).toContain('在 Assay 中查看：https://assay.example/notifications/n1/open');
  });

  it('keeps the subject on one line whatever the values contain', () => {
    const { subject } = renderNotificationEmail({ ...input, locale: 'en' });
    expect(subject).toBe('Listing restored: Bag Bcc: victim@example.test');
    expect(subject).not.toMatch(/[\r\n]/);
  });
});

describe('mergeRecipients', () => {
  it('gives each user one entry, however many ways they were named', () => {
    const merged = mergeRecipients([user('u2', 'o1'), user('u1', 'o1'), user('u2', 'o1')], [user('u1', 'o1'), user('u3', 'o2'), user('u3', 'o3')]);
    expect(merged.map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
  });

  it('files a user reached through an organisation under that organisation', () => {
    const merged = mergeRecipients([user('u1', 'own')], [user('u1', 'agency-client')]);
    expect(merged).toEqual([user('u1', 'agency-client')]);
  });

  it('is empty when nobody is named', () => {
    expect(mergeRecipients([], [])).toEqual([]);
  });
});

describe('stored values', () => {
  it('come back as they went in, dates as dates', () => {
    const params = { title: 'Bag', count: 3, due: new Date('2026-12-06T09:30:00.000Z') };
    const stored = JSON.parse(JSON.stringify(encodeParams(params))) as unknown;
    expect(decodeParams(stored)).toEqual(params);
  });

  it('drop whatever is malformed instead of failing', () => {
    expect(decodeParams(null)).toEqual({});
    expect(decodeParams(['a'])).toEqual({});
    expect(decodeParams({ a: { $date: 'not a date' }, b: { nested: 1 }, c: Number.NaN, d: true, e: 'ok' })).toEqual({ e: 'ok' });
  });
});

describe('isPortalPath', () => {
  it.each(['/notifications', '/seller/notices/0196-abc?tab=reasons#facts', '/brand/claims/1'])('accepts %s', (link) => {
    expect(isPortalPath(link)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    'javascript:alert(1)',
    'notifications',
    '',
    '/ok\r\nLocation: https://evil.example',
    '/tab\there',
    `/${'a'.repeat(2001)}`,
  ])('refuses %j', (link) => {
    expect(isPortalPath(link)).toBe(false);
  });
});
