'use client';

import { useState, useSyncExternalStore } from 'react';
import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';

const subscribeNever = () => () => {};

/**
 * Signs out through next-auth, whose signOut event (lib/auth/options.ts) bumps the user's
 * token version: every session of this user, on every device, ends.
 *
 * Disabled until hydrated: the sign-out is a client call, so a click on the server-rendered
 * button before React has attached its handler did nothing (seen as a flaky e2e test on a
 * loaded machine). Disabled, it shows that it is not ready yet, and a test's click waits.
 */
export function SignOutButton({ label, hint }: { label: string; hint: string }) {
  const [pending, setPending] = useState(false);
  // false on the server and during hydration, true once the handler is attached
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  return (
    <Button
      variant="secondary"
      size="sm"
      title={hint}
      disabled={!hydrated || pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: '/sign-in' }).catch(() => setPending(false));
      }}
    >
      {label}
    </Button>
  );
}
