// Filing's data layer refuses with FilingRefusal (lib/data/claim-filing.ts); the action
// wrapper shows ActionErrors. One translation between them for every filing action.
import { ActionError } from '@/lib/actions/action';
import { FilingRefusal } from '@/lib/data/claim-filing';
import { FilingSuspendedError } from '@/lib/data/filing-sanctions';
import { localizedIn } from '@/lib/domain/localized-text';
import { getLocale, getServerFormatter } from '@/lib/i18n/server';

/** Runs a data call, turning a refusal into the error shown at its field (or above the form). */
export async function refusingAsActionError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof FilingRefusal) throw new ActionError(`filing.errors.${error.code}`, error.field, error.params);
    if (error instanceof FilingSuspendedError) {
      // A suspension (DSA Art 23) names its end and its stored reason, in the reader's language.
      const [locale, format] = await Promise.all([getLocale(), getServerFormatter()]);
      const reason = localizedIn(error.reason, locale);
      throw error.endsAt
        ? new ActionError('sanctions.refusal.suspended', undefined, { until: format.date(error.endsAt), reason })
        : new ActionError('sanctions.refusal.suspendedNoEnd', undefined, { reason });
    }
    throw error;
  }
}
