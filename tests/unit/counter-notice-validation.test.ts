// The counter-notice forms' schemas: what each refuses, at which field, and how the upload
// fields' hidden inputs (one string or several) arrive.
import { describe, expect, it } from 'vitest';
import { DecideCounterNoticeSchema, FileCounterNoticeSchema, RespondToCounterNoticeSchema } from '@/lib/validations/counter-notices';

const DOC = '01890a5d-ac96-774b-bcce-b302099a8057';
const DOC2 = '01890a5d-ac96-774b-bcce-b302099a8058';

/** Each field's one message (a field with two messages fails: the form would show both). */
function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const fields: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0]);
    expect(fields[field], `${field}: ${issue.message}`).toBeUndefined();
    fields[field] = issue.message;
  }
  return fields;
}

const valid = {
  itemId: 'item-1',
  ground: 'GENUINE_GOODS',
  statement: 'Bought from the authorised distributor in Milan.',
  invoiceDocumentIds: DOC,
  perjuryDeclared: 'on',
  jurisdictionConsent: 'on',
  signatureName: ' Li Wei ',
};

describe('FileCounterNoticeSchema', () => {
  it('accepts a complete filing, trimming the signature and listing the documents', () => {
    const parsed = FileCounterNoticeSchema.parse({ ...valid, otherDocumentIds: [DOC2, DOC2, ''] });
    expect(parsed).toMatchObject({ signatureName: 'Li Wei', invoiceDocumentIds: [DOC], otherDocumentIds: [DOC2], authorizationDocumentIds: [], perjuryDeclared: true });
  });

  it('refuses an empty form at every field', () => {
    expect(fieldsOf(FileCounterNoticeSchema.safeParse({ itemId: 'item-1' }))).toEqual({
      ground: 'validation.counterNotice.groundRequired',
      statement: 'validation.required',
      perjuryDeclared: 'validation.counterNotice.perjuryRequired',
      jurisdictionConsent: 'validation.counterNotice.jurisdictionRequired',
      signatureName: 'validation.counterNotice.signatureRequired',
    });
  });

  it('needs a document for genuine goods (shown at the invoices field), not for other grounds', () => {
    const { invoiceDocumentIds: _, ...noDocs } = valid;
    expect(fieldsOf(FileCounterNoticeSchema.safeParse(noDocs))).toEqual({ invoiceDocumentIds: 'validation.counterNotice.evidenceRequired' });
    expect(FileCounterNoticeSchema.safeParse({ ...noDocs, ground: 'MISTAKE' }).success).toBe(true);
  });

  it('refuses a short statement, an unknown ground and a tampered document id', () => {
    expect(fieldsOf(FileCounterNoticeSchema.safeParse({ ...valid, statement: 'fake claim' }))).toEqual({ statement: 'validation.counterNotice.statementTooShort' });
    expect(fieldsOf(FileCounterNoticeSchema.safeParse({ ...valid, ground: 'BECAUSE' }))).toEqual({ ground: 'validation.counterNotice.groundRequired' });
    expect(fieldsOf(FileCounterNoticeSchema.safeParse({ ...valid, invoiceDocumentIds: '../../etc/passwd' }))).toEqual({
      invoiceDocumentIds: 'validation.counterNotice.evidenceInvalid',
    });
  });
});

describe('the response and the decision', () => {
  it('need their text', () => {
    expect(fieldsOf(RespondToCounterNoticeSchema.safeParse({ counterNoticeId: 'c', version: '0', response: '   ' }))).toEqual({
      response: 'validation.counterNotice.responseRequired',
    });
    expect(fieldsOf(DecideCounterNoticeSchema.safeParse({ counterNoticeId: 'c', version: '1', decision: 'restore', reason: '' }))).toEqual({
      reason: 'validation.counterNotice.decisionReasonRequired',
    });
    expect(fieldsOf(DecideCounterNoticeSchema.safeParse({ counterNoticeId: 'c', version: '1', decision: 'delete', reason: 'x' }))).toEqual({
      decision: 'validation.counterNotice.decisionRequired',
    });
    expect(DecideCounterNoticeSchema.parse({ counterNoticeId: 'c', version: '1', decision: 'uphold', reason: ' Because. ' })).toMatchObject({ version: 1, reason: 'Because.' });
  });
});
