'use client';

import { useState } from 'react';
import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';

/**
 * Signs out through next-auth, whose signOut event (lib/auth/options.ts) bumps the user's
 * token version: every session of this user, on every device, ends.
 */
export function SignOutButton({ label, hint }: { label: string; hint: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      size="sm"
      title={hint}
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: '/sign-in' }).catch(() => setPending(false));
      }}
    >
      {label}
    </Button>
  );
}
