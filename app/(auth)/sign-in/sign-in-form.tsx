'use client';

import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { THROTTLE_RULES } from '@/lib/domain/sign-in-throttle';

// The codes next-auth hands back (lib/auth/options.ts SIGN_IN_ERRORS; not imported, that
// module is server-only).
const INVALID = 'CredentialsSignin';
const THROTTLED = 'Throttled';
const LOCK_MINUTES = Math.round(THROTTLE_RULES.email.lockMs / 60_000);

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const t = useTranslations('auth.signIn');
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  const message =
    error === null
      ? null
      : error === THROTTLED
        ? t('throttled', { minutes: LOCK_MINUTES })
        : error === INVALID
          ? t('invalid')
          : t('failed');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
        callbackUrl,
      });
      if (result?.ok && !result.error) {
        // A full load, so the whole page (its language included) is rendered for the new session.
        window.location.assign(callbackUrl);
        return;
      }
      setError(result?.error ?? 'unknown');
    } catch {
      setError('unknown');
    }
    setPending(false);
  }

  return (
    // method="post": should the form ever submit natively, the password stays out of the URL.
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField name="email" type="email" label={t('email')} autoComplete="username" inputMode="email" required aria-required />
      <TextField name="password" type="password" label={t('password')} autoComplete="current-password" required aria-required />
      <Alert tone="error">{message}</Alert>
      <Button type="submit" className="w-full" disabled={pending} aria-disabled={pending}>
        {pending ? t('pending') : t('submit')}
      </Button>
    </form>
  );
}
