// The message catalogue (messages/<locale>/<namespace>.json): every English key has a
// Simplified Chinese translation and vice versa, with the same placeholders, and no
// Chinese entry is an untranslated English copy.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MESSAGES_DIR = path.resolve('messages');

/**
 * Entries that are rightly the same in both languages: proper names, brand and office
 * names, codes. Add to this list only for such names, never for untranslated text.
 */
const SAME_IN_BOTH_LANGUAGES = new Set([
  'Assay',
  'English',
  '简体中文',
  'USPTO',
  'EUIPO',
  'CNIPA',
  'WIPO',
  'SHA-256',
  'PDF',
  'CSV',
  'URL',
  'ID',
]);

type Catalogue = Map<string, string>; // "namespace.key.path" → message

function flatten(value: unknown, prefix: string, into: Catalogue): void {
  if (typeof value === 'string') {
    into.set(prefix, value);
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, `${prefix}.${key}`, into);
  } else {
    throw new Error(`${prefix}: a message must be a string or an object of messages`);
  }
}

function load(locale: string): { namespaces: string[]; catalogue: Catalogue } {
  const dir = path.join(MESSAGES_DIR, locale);
  const namespaces = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
  const catalogue: Catalogue = new Map();
  for (const ns of namespaces) flatten(JSON.parse(readFileSync(path.join(dir, `${ns}.json`), 'utf8')), ns, catalogue);
  return { namespaces, catalogue };
}

/**
 * The text of a message without its ICU syntax: arguments go, the text of plural and
 * select branches stays ("{count, plural, other {# 项}}" → "# 项").
 */
function words(message: string): string {
  let text = message;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}/g, '') // {name}
      .replace(/\{\s*[A-Za-z_][A-Za-z0-9_]*\s*,\s*(plural|select|selectordinal)\s*,/g, '') // {n, plural,
      .replace(/(=\d+|[A-Za-z_][A-Za-z0-9_]*)\s*\{([^{}]*)\}/g, ' $2 '); // branch {text}
  }
  return text.replace(/[{}]/g, '');
}

/** Names of the ICU arguments a message uses: "{name}", "{count, plural, …}". */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

const en = load('en');
const zh = load('zh-CN');

describe('message catalogue', () => {
  it('has the same namespaces in both languages', () => {
    expect(zh.namespaces).toEqual(en.namespaces);
    expect(en.namespaces).toEqual(expect.arrayContaining(['app', 'common', 'errors', 'validation']));
  });

  it('has every English key in Chinese', () => {
    const missing = [...en.catalogue.keys()].filter((k) => !zh.catalogue.has(k));
    expect(missing).toEqual([]);
  });

  it('has no Chinese key that English lacks', () => {
    const extra = [...zh.catalogue.keys()].filter((k) => !en.catalogue.has(k));
    expect(extra).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...en.catalogue]
      .filter(([key, message]) => zh.catalogue.has(key) && placeholders(message).join() !== placeholders(zh.catalogue.get(key)!).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('has no empty messages', () => {
    const empty = [...en.catalogue, ...zh.catalogue].filter(([, m]) => !m.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('translates: no Chinese message is a copy of the English one, except names', () => {
    const copies = [...en.catalogue]
      .filter(([key, message]) => zh.catalogue.get(key) === message)
      // A message with no words (only placeholders, digits, punctuation) needs no translation.
      .filter(([, message]) => /[A-Za-z]/.test(words(message)))
      .filter(([, message]) => !SAME_IN_BOTH_LANGUAGES.has(message))
      .map(([key]) => key);
    expect(copies).toEqual([]);
  });

  it('writes Chinese messages in Chinese', () => {
    const notChinese = [...zh.catalogue]
      .filter(([, message]) => !SAME_IN_BOTH_LANGUAGES.has(message))
      .filter(([, message]) => /[A-Za-z]{3,}/.test(words(message)) && !/[\u3400-\u9fff]/.test(words(message)))
      .map(([key]) => key);
    expect(notChinese).toEqual([]);
  });
});
