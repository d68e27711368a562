// /admin/jobs shows each job's description in the reader's language; a job added to the
// registry without one fell back to English in every language.
import { describe, expect, it } from 'vitest';
import { JOBS } from '@/lib/jobs/registry';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

describe('job descriptions', () => {
  it('exist for every registered job in every language', () => {
    for (const locale of LOCALES) {
      const descriptions = MESSAGES[locale].enforcement.jobs.descriptions as Record<string, string>;
      expect(JOBS.map((job) => job.name).filter((name) => !descriptions[name]?.trim()), locale).toEqual([]);
    }
  });
});
