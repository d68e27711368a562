// What the brand's actions on its claim page answer when the data layer refuses: a message
// that says what stands now (a reviewer decided first, the item was already withdrawn…).
import 'server-only';
import { ActionError } from '@/lib/actions/action';
import type { WithdrawalRefusal } from '@/lib/data/claim-withdrawal';
import { getServerTranslator } from '@/lib/i18n/server';

/** `field` is where a problem with the typed text is shown (the form's own field name). */
export async function brandRefusalError(refusal: WithdrawalRefusal, field: string, subject: 'item' | 'claim'): Promise<ActionError> {
  const t = await getServerTranslator();
  switch (refusal.violation) {
    case 'forbidden':
      return new ActionError('forbidden');
    case 'notFound':
      return new ActionError('notFound');
    case 'alreadyDecided':
      return new ActionError(refusal.by ? 'claimItem.alreadyDecided' : 'claimItem.alreadyDecidedBySomeone', undefined, {
        name: refusal.by ?? '',
        outcome: t(`review.claimItemStatus.${refusal.status}`),
      });
    case 'withdrawn':
      return new ActionError(subject === 'claim' ? 'withdrawal.claimWithdrawn' : 'claimItem.withdrawn');
    case 'nothingToWithdraw':
      return new ActionError('withdrawal.nothingToWithdraw');
    case 'notAllowed':
      return new ActionError('claimItem.notAllowed', undefined, { status: t(`review.claimItemStatus.${refusal.status}`) });
    case 'invalid': {
      const key = refusal.problems[0]?.key;
      if (key === 'required') return new ActionError(field === 'reason' ? 'withdrawal.reasonRequired' : 'checkFields', field);
      if (key === 'tooLong') return new ActionError('withdrawal.reasonTooLong', field);
      return new ActionError('checkFields', field);
    }
    case 'infoRequested':
    case 'takenByOther':
    case 'notTaken':
    case 'queueEmpty':
    case 'changed':
      return new ActionError('claimItem.changed');
  }
}
