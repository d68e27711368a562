import { describe, expect, it } from 'vitest';
import { LOCALE_COOKIE, localeFromAcceptLanguage, localeFromCookieHeader } from '@/lib/i18n/locales';

describe('localeFromCookieHeader', () => {
  it('finds the chosen locale among other cookies', () => {
    expect(localeFromCookieHeader(`a=1; ${LOCALE_COOKIE}=zh-CN; assay.session-token=xyz`)).toBe('zh-CN');
    expect(localeFromCookieHeader(`${LOCALE_COOKIE}=en`)).toBe('en');
  });

  it('ignores a missing, unknown or malformed value', () => {
    expect(localeFromCookieHeader(undefined)).toBeNull();
    expect(localeFromCookieHeader('')).toBeNull();
    expect(localeFromCookieHeader(`${LOCALE_COOKIE}=fr`)).toBeNull();
    expect(localeFromCookieHeader(`${LOCALE_COOKIE}=%E0%A4%A`)).toBeNull();
    expect(localeFromCookieHeader(`x${LOCALE_COOKIE}=zh-CN`)).toBeNull();
  });
});

describe('localeFromAcceptLanguage', () => {
  it('prefers the first supported language', () => {
    expect(localeFromAcceptLanguage('zh-TW,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('fr-FR,en-GB;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage(null)).toBe('en');
  });
});
