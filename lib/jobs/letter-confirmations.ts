// Letters of authorization the brand was asked to confirm and did not answer by their due
// time (letterConfirmationDays) go back to the reviewer, who decides without the brand or
// asks again. Safe to run twice: each letter is claimed by moving it off REQUESTED in the
// same transaction as its notice (lib/data/application-letters.ts).
import { returnUnansweredLetters } from '../data/application-letters';
import type { Job } from './job';

export const letterConfirmationsJob: Job = {
  name: 'letter-confirmations',
  description: 'Return letters of authorization the brand did not confirm or deny in time to their reviewer',
  run: async ({ db, now }) => {
    const returned = await returnUnansweredLetters(db, now);
    return returned > 0 ? `${returned} unanswered letter(s) returned to reviewers` : null;
  },
};
