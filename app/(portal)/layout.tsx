import type { ReactNode } from 'react';
import { PortalHeader } from '@/components/shell/portal-header';
import { requireUser } from '@/lib/authz/guards';

// Every page under (portal) needs a signed-in user; each page still checks its own
// permission (requirePermission), because layouts do not re-run on every navigation.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-screen">
      <PortalHeader user={user} />
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
