import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from '@/lib/auth/callback-url';

describe('safeCallbackUrl', () => {
  it('keeps a path on this site', () => {
    expect(safeCallbackUrl('/review')).toBe('/review');
    expect(safeCallbackUrl('/admin/users?role=SELLER&page=2')).toBe('/admin/users?role=SELLER&page=2');
  });

  it('sends everything else home', () => {
    for (const value of [
      undefined,
      null,
      42,
      '',
      'review',
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      '/\tevil',
      'javascript:alert(1)',
      '/' + 'a'.repeat(3000),
    ]) {
      expect(safeCallbackUrl(value)).toBe('/');
    }
  });

  it('does not send a signed-in user back to the sign-in or sign-up page', () => {
    expect(safeCallbackUrl('/sign-in')).toBe('/');
    expect(safeCallbackUrl('/sign-in?callbackUrl=%2Fadmin')).toBe('/');
    expect(safeCallbackUrl('/sign-up')).toBe('/');
    expect(safeCallbackUrl('/sign-input-guide')).toBe('/sign-input-guide');
  });
});
