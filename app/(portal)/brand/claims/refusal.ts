// Filing's data layer refuses with FilingRefusal (lib/data/claim-filing.ts); the action
// wrapper shows ActionErrors. One translation between them for every filing action.
import { ActionError } from '@/lib/actions/action';
import { FilingRefusal } from '@/lib/data/claim-filing';

/** Runs a data call, turning a refusal into the error shown at its field (or above the form). */
export async function refusingAsActionError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof FilingRefusal) throw new ActionError(`filing.errors.${error.code}`, error.field, error.params);
    throw error;
  }
}
