// A signed-in user as lib/auth/session.ts hands it to pages and actions, made by the
// factories: the actor of a data-layer call in a database test.
import type { SessionUser } from '@/lib/auth/session';
import type { Db } from '@/lib/db';
import { createUser } from '@/lib/factories';
import type { Role } from '@/lib/generated/prisma/enums';

/** A new user of `role`, in a new organisation of the right kind or in `organisationId`. */
export async function makeSessionUser(prisma: Db, role: Role, organisationId?: string): Promise<SessionUser> {
  const made = await createUser(prisma, { role, ...(organisationId ? { organisationId } : {}) });
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: made.organisationId } });
  return {
    id: made.user.id,
    email: made.user.email,
    name: made.user.name,
    role,
    organisationId: organisation.id,
    organisationName: organisation.name,
    organisationKind: organisation.kind,
    locale: 'en',
  };
}
