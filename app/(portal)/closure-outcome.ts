// What a closure or appeal action answers on a refusal: a message that says why. Shared by
// the reviewer's closure, appeal and standing pages and the seller's store page.
import 'server-only';
import { ActionError } from '@/lib/actions/action';
import type { ClosureChange } from '@/lib/data/closures';
import { getServerTranslator } from '@/lib/i18n/server';

export async function closureError(result: Extract<ClosureChange, { ok: false }>): Promise<ActionError> {
  const t = await getServerTranslator();
  switch (result.violation) {
    case 'forbidden':
      return new ActionError('forbidden');
    case 'notFound':
      return new ActionError('notFound');
    case 'reasonRequired':
      return new ActionError('enforcement.errors.reasonRequired');
    case 'notAllowed':
      return new ActionError('enforcement.errors.notAllowed', undefined, { status: t(`enforcement.status.${result.status}`) });
    case 'alreadyDecided':
      return new ActionError(result.by ? 'enforcement.errors.alreadyDecided' : 'enforcement.errors.alreadyDecidedBySomeone', undefined, {
        status: t(`enforcement.status.${result.status}`),
        name: result.by ?? '',
      });
    case 'appealDecided':
      return new ActionError('enforcement.errors.appealDecided', undefined, { status: t(`enforcement.appealStatus.${result.status}`) });
    case 'storeClosed':
      return new ActionError('enforcement.errors.storeClosed');
    default:
      return new ActionError(`enforcement.errors.${result.violation}`);
  }
}
