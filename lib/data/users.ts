// Every query about users. Admin-only operations take the acting admin and audit in the
// same transaction as the change.
import 'server-only';
import { db } from '../db';
import type { Locale } from '../i18n/locales';

export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  const prisma = await db();
  await prisma.user.update({ where: { id: userId }, data: { locale } });
}
