// What a counter-notice action answers: on a refusal, a message that says why, at the field
// it concerns when there is one. Shared by the seller's, the brand's and the reviewer's actions.
import 'server-only';
import { ActionError } from '@/lib/actions/action';
import type { CounterNoticeChange } from '@/lib/data/counter-notices';
import { getServerTranslator } from '@/lib/i18n/server';

export async function counterNoticeError(result: Extract<CounterNoticeChange, { ok: false }>): Promise<ActionError> {
  const t = await getServerTranslator();
  switch (result.violation) {
    case 'forbidden':
      return new ActionError('forbidden');
    case 'notFound':
      return new ActionError('notFound');
    case 'evidenceInvalid':
      return new ActionError('counterNotice.evidenceInvalid', 'invoiceDocumentIds');
    case 'evidenceRequired':
      return new ActionError('counterNotice.evidenceRequired', 'invoiceDocumentIds');
    case 'alreadyDecided':
      // A filing on a removal whose counter-notice was upheld, or a decision over another's.
      if (!('status' in result)) return new ActionError('counterNotice.alreadyDecidedUpheld');
      return new ActionError(result.by ? 'counterNotice.alreadyDecided' : 'counterNotice.alreadyDecidedBySomeone', undefined, {
        name: result.by ?? '',
        outcome: t(`counterNotices.status.${result.status}`),
      });
    case 'notAllowed':
      return new ActionError('counterNotice.notAllowed', undefined, { status: t(`counterNotices.status.${result.status}`) });
    case 'itemNotRemoved':
      return new ActionError('counterNotice.itemNotRemoved', undefined, { status: t(`review.claimItemStatus.${result.status}`) });
    default:
      return new ActionError(`counterNotice.${result.violation}`);
  }
}
