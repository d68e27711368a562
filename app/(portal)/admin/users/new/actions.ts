'use server';

import { ActionError, defineAction } from '@/lib/actions/action';
import { hashPassword } from '@/lib/auth/password';
import { createStaffUser } from '@/lib/data/users';
import { CreateStaffUserSchema } from '@/lib/validations/users';

export const createStaffUserAction = defineAction({
  permission: 'user.createStaff',
  schema: CreateStaffUserSchema,
  revalidate: ['/admin', '/admin/users'],
  run: async (input, { user, meta }) => {
    const passwordHash = await hashPassword(input.password);
    const result = await createStaffUser(user, { name: input.name, email: input.email, role: input.role, passwordHash }, meta);
    if (!result.ok) {
      throw result.violation === 'emailTaken' ? new ActionError('emailTaken', 'email') : new ActionError('noMarketplace');
    }
    return { redirectTo: `/admin/users/${result.userId}?created=1` };
  },
});
