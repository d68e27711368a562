// Client components get only part of the catalogue (lib/i18n/client-messages.ts). A client
// component that asks for a namespace outside that part renders raw keys in the browser and
// logs an error, and nothing else would notice before a user did; so every useTranslations
// call in the source is checked here against the list, and the list against the catalogue.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, getClientMessages, isClientNamespace, messagesAt, pickMessages } from '@/lib/i18n/client-messages';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

const SOURCE_DIRS = ['app', 'components', 'lib'];
const SKIP_DIRS = new Set(['node_modules', 'generated']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return SKIP_DIRS.has(name) ? [] : sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

/** The source without comments, so a comment that mentions useTranslations() is not a call. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

type Use = { file: string; namespace: string | null; text: string };

/**
 * Every useTranslations call (and `typeof useTranslations<'ns'>` type) in the source. Every
 * file is scanned, not only those starting with 'use client': a module without the directive
 * is a client component too when a client component imports it.
 */
function translationUses(): Use[] {
  const uses: Use[] = [];
  for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(path.resolve(dir)))) {
    const source = withoutComments(readFileSync(file, 'utf8'));
    for (const match of source.matchAll(/\buseTranslations\b\s*(<([^>]*)>)?\s*(\(([^)]*)\))?/g)) {
      const argument = (match[4] ?? match[2] ?? '').trim();
      const literal = /^(['"`])([\w.]+)\1$/.exec(argument);
      // A bare mention (the import) is neither a call nor a type argument.
      if (match[2] === undefined && match[3] === undefined) continue;
      uses.push({ file: path.relative(process.cwd(), file), namespace: literal ? literal[2]! : null, text: match[0] });
    }
  }
  return uses;
}

describe('client messages', () => {
  const uses = translationUses();

  it('finds the client components', () => {
    // Guards the scan itself: a regex that matched nothing would pass every check below.
    expect(uses.length).toBeGreaterThan(40);
  });

  it('every useTranslations call names a literal namespace', () => {
    const bad = uses.filter((u) => u.namespace === null).map((u) => `${u.file}: ${u.text}`);
    expect(bad).toEqual([]);
  });

  it('every namespace a client component uses is sent to the client', () => {
    const missing = uses.filter((u) => u.namespace !== null && !isClientNamespace(u.namespace)).map((u) => `${u.file}: ${u.namespace}`);
    expect(missing).toEqual([]);
  });

  it('no client component reads the whole catalogue', () => {
    const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.resolve(dir)));
    const readers = files.filter((file) => /\buseMessages\s*\(/.test(withoutComments(readFileSync(file, 'utf8'))));
    expect(readers).toEqual([]);
  });

  it.each(LOCALES)('every listed namespace exists in %s', (locale) => {
    const missing = CLIENT_NAMESPACES.filter((ns) => messagesAt(MESSAGES[locale], ns) === undefined);
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('the %s client catalogue holds the listed subtrees at their paths', (locale) => {
    const client = getClientMessages(locale);
    for (const ns of CLIENT_NAMESPACES) expect(messagesAt(client, ns)).toBe(messagesAt(MESSAGES[locale], ns));
    expect(client).toHaveProperty('review.takeNext');
    expect(client).not.toHaveProperty('review.queue');
    expect(client).not.toHaveProperty('notifications');
    expect(getClientMessages(locale)).toBe(client);
  });

  it('nests picked subtrees under shared parents', () => {
    const picked = pickMessages({ a: { b: { c: 'x', d: 'y' }, e: 'z' }, f: 'w' }, ['a.b.c', 'a.e', 'missing.path']);
    expect(picked).toEqual({ a: { b: { c: 'x' }, e: 'z' } });
  });

  it('covers a namespace inside a listed subtree, not a sibling with the same prefix', () => {
    expect(isClientNamespace('filing.listings.paste', ['filing.listings'])).toBe(true);
    expect(isClientNamespace('filing.listingsX', ['filing.listings'])).toBe(false);
    expect(isClientNamespace('filing', ['filing.listings'])).toBe(false);
  });
});
