// What a reviewer's action answers: on success, the item's page and the queue show the new
// state; on a refusal, a message that says why — and the page is refreshed too, because a
// refusal usually means someone else changed the item, and the page must show it as it now
// stands (the decision that won, who took it).
import 'server-only';
import { revalidatePath } from 'next/cache';
import { ActionError } from '@/lib/actions/action';
import type { ClaimItemChange, ClaimItemRefusal } from '@/lib/data/claim-items';
import { getServerTranslator } from '@/lib/i18n/server';

const PROBLEM_KEYS: Record<string, string> = {
  rightNotUsable: 'claimItem.rightNotUsable',
  otherNeedsText: 'claimItem.otherNeedsText',
  tooLong: 'claimItem.tooLong',
  required: 'claimItem.messageRequired',
};

/** `fields` renames a problem's field to the form's own field name (each decision form has its own "note"). */
export async function refusalError(refusal: ClaimItemRefusal, fields: Record<string, string> = {}): Promise<ActionError> {
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
    case 'infoRequested':
      return new ActionError('claimItem.infoRequested', undefined, { name: refusal.by ?? '—' });
    case 'withdrawn':
      return new ActionError('claimItem.withdrawn');
    case 'takenByOther':
      return new ActionError('claimItem.takenByOther', undefined, { name: refusal.by ?? '—' });
    case 'notTaken':
      return new ActionError('claimItem.notTaken');
    case 'changed':
      return new ActionError('claimItem.changed');
    case 'notAllowed':
      return new ActionError('claimItem.notAllowed', undefined, { status: t(`review.claimItemStatus.${refusal.status}`) });
    case 'queueEmpty':
      return new ActionError('claimItem.queueEmpty');
    case 'invalid': {
      const problem = refusal.problems[0]!;
      return new ActionError(PROBLEM_KEYS[problem.key] ?? 'checkFields', fields[problem.field] ?? problem.field);
    }
  }
}

/** Refreshes the item's page and turns a refusal into the message the form shows. */
export async function settle(itemId: string, result: ClaimItemChange, fields: Record<string, string> = {}): Promise<void> {
  revalidatePath(`/review/items/${itemId}`);
  if (!result.ok) {
    if (result.violation !== 'invalid') revalidatePath('/review');
    throw await refusalError(result, fields);
  }
}
