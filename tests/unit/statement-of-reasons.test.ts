// The statement of reasons a seller receives with a removal (DSA Art 17): every field
// present in every language, the deadline computed from the policy, confidential evidence
// never named, and the record frozen as localized text.
import { describe, expect, it } from 'vitest';
import { decodeLocalizedText, encodeLocalizedText, localizedIn } from '@/lib/domain/localized-text';
import { POLICY_DEFAULTS } from '@/lib/domain/policy';
import {
  STATEMENT_TEXT_FIELDS,
  composeRemovalStatement,
  composeStrikeReason,
  statementRecord,
  type RemovalFacts,
} from '@/lib/domain/statement-of-reasons';
import { LOCALES } from '@/lib/i18n/locales';

const removedAt = new Date('2026-11-20T10:00:00Z');

function facts(overrides: Partial<RemovalFacts> = {}): RemovalFacts {
  return {
    marketplaceName: 'Assay Demo Marketplace',
    removedAt,
    automated: false,
    listing: { externalId: '652817401373', title: 'Classic Flap Handbag replica AAA' },
    store: { name: 'Lucky Star Trading' },
    claim: {
      reference: 'CLM-2026-000101',
      submittedAt: new Date('2026-11-19T08:00:00Z'),
      summary: 'Store-wide counterfeit goods.',
      brandName: 'Maison Aurel',
      filerName: 'Maison Aurel SA',
    },
    item: { infringementType: 'COUNTERFEIT', note: 'Priced at 5% of retail.' },
    decision: { removalReason: 'COUNTERFEIT', note: 'Wrong hardware stamp on the test purchase.' },
    right: { type: 'TRADEMARK', office: 'CNIPA', registrationNumber: '46281937', ownerName: 'Maison Aurel SA', jurisdiction: 'CN', classes: [18] },
    evidence: [
      { kind: 'TEST_PURCHASE', fileName: 'test-purchase.pdf', confidential: false },
      { kind: 'COMPARISON', fileName: 'internal-comparison-sheet.pdf', confidential: true },
    ],
    ...overrides,
  };
}

describe('composeRemovalStatement', () => {
  it('fills every Art 17 field in every language', () => {
    const statement = composeRemovalStatement(facts(), POLICY_DEFAULTS);
    expect(statement.restriction).toBe('LISTING_REMOVAL');
    expect(statement.automated).toBe(false);
    for (const field of STATEMENT_TEXT_FIELDS) {
      for (const locale of LOCALES) {
        const text = statement[field][locale];
        expect(text.trim(), `${field} in ${locale}`).not.toBe('');
        // Every placeholder was filled: no ICU argument is left in the text.
        expect(text, `${field} in ${locale}`).not.toMatch(/\{[a-zA-Z]+\}/);
      }
    }
  });

  it('sets the counter-notice deadline from the policy window', () => {
    const statement = composeRemovalStatement(facts(), { counterNoticeWindowDays: 14 });
    expect(statement.contestUntil.toISOString()).toBe('2026-12-04T10:00:00.000Z');
    const longer = composeRemovalStatement(facts(), { counterNoticeWindowDays: 30 });
    expect(longer.contestUntil.toISOString()).toBe('2026-12-20T10:00:00.000Z');
    // …and says so in the redress text, with the marketplace's complaint route and the others.
    expect(statement.redress.en).toContain('Dec 4, 2026');
    expect(statement.redress.en).toContain('counter-notice');
    expect(statement.redress.en).toContain('internal complaint');
    expect(statement.redress.en).toContain('out-of-court');
    expect(statement.redress.en).toContain('court');
    expect(statement.redress['zh-CN']).toContain('2026年12月4日');
    expect(statement.redress['zh-CN']).toContain('反通知');
  });

  it('states the scope, the facts and the grounds', () => {
    const statement = composeRemovalStatement(facts(), POLICY_DEFAULTS);
    expect(statement.scope.en).toContain('652817401373');
    expect(statement.scope.en).toContain('Lucky Star Trading');
    expect(statement.scope.en).toContain('Assay Demo Marketplace');
    expect(statement.facts.en).toContain('CLM-2026-000101');
    expect(statement.facts.en).toContain('Counterfeit');
    // Quoted notes keep their words; the sentence gives the one full stop.
    expect(statement.facts.en).toContain('“Priced at 5% of retail”.');
    expect(statement.facts.en).not.toContain('.”.');
    expect(statement.facts.en).toContain('Wrong hardware stamp');
    expect(statement.facts['zh-CN']).toContain('假冒');
    expect(statement.legalGround.en).toContain('Trademark CNIPA 46281937 (class 18)');
    expect(statement.legalGround.en).toContain('Maison Aurel SA');
    expect(statement.legalGround.en).toContain('CN');
    expect(statement.legalGround['zh-CN']).toContain('商标 CNIPA 46281937（第 18 类）');
    expect(statement.contractualGround.en).toContain('clause 4.2');
    expect(statement.contractualGround['zh-CN']).toContain('第 4.2 条');
  });

  it('names confidential evidence only as a confidential document', () => {
    const statement = composeRemovalStatement(facts(), POLICY_DEFAULTS);
    expect(statement.evidenceSummary.en).toContain('Test purchase (test-purchase.pdf)');
    expect(statement.evidenceSummary.en).toContain('a confidential document');
    expect(statement.evidenceSummary.en).not.toContain('internal-comparison-sheet');
    expect(statement.evidenceSummary.en).not.toContain('Comparison');
    expect(statement.evidenceSummary['zh-CN']).toContain('一份保密文件');
    expect(statement.evidenceSummary['zh-CN']).not.toContain('internal-comparison-sheet');
  });

  it('says when there was no evidence, and leaves out notes nobody wrote', () => {
    const statement = composeRemovalStatement(
      facts({ evidence: [], item: { infringementType: 'COUNTERFEIT', note: '  ' }, decision: { removalReason: 'COUNTERFEIT', note: null }, claim: { ...facts().claim, summary: null } }),
      POLICY_DEFAULTS,
    );
    expect(statement.evidenceSummary.en).toMatch(/No documents/);
    expect(statement.facts.en).not.toContain('note on this listing');
    expect(statement.facts.en).not.toContain('reasoning');
    expect(statement.facts.en).not.toContain('The claim states');
  });

  it('marks an automated (expedited) removal as such', () => {
    const statement = composeRemovalStatement(facts({ automated: true }), POLICY_DEFAULTS);
    expect(statement.automated).toBe(true);
    expect(statement.facts.en).toContain('expedited');
  });

  it('keeps text as typed: escaping is the page’s job, not the record’s', () => {
    const script = '<script>alert(1)</script>';
    const statement = composeRemovalStatement(facts({ decision: { removalReason: 'OTHER', note: script } }), POLICY_DEFAULTS);
    expect(statement.facts.en).toContain(script);
  });

  it('has a clause for every removal reason', () => {
    for (const reason of ['COUNTERFEIT', 'TRADEMARK_INFRINGEMENT', 'COPYRIGHT_INFRINGEMENT', 'DESIGN_INFRINGEMENT', 'UNAUTHORIZED_PROTECTED_BRAND', 'OTHER'] as const) {
      const statement = composeRemovalStatement(facts({ decision: { removalReason: reason, note: 'n' } }), POLICY_DEFAULTS);
      expect(statement.contractualGround.en).toMatch(/clause \d\.\d/);
      expect(statement.contractualGround['zh-CN']).toMatch(/第 \d\.\d 条/);
    }
  });

  it('stores every text field as localized text that reads back the same', () => {
    const statement = composeRemovalStatement(facts(), POLICY_DEFAULTS);
    const record = statementRecord(statement);
    for (const field of STATEMENT_TEXT_FIELDS) {
      const read = decodeLocalizedText(record[field]);
      expect(read.plain).toBe(false);
      expect(read.text).toEqual(statement[field]);
    }
    expect(record.contestUntil).toEqual(statement.contestUntil);
    expect(record.automated).toBe(false);
  });
});

describe('composeStrikeReason', () => {
  it('names the listing, the claim and the reason in every language', () => {
    const reason = composeStrikeReason(facts());
    expect(reason.en).toBe('Listing 652817401373 removed after claim CLM-2026-000101: Counterfeit goods.');
    expect(reason['zh-CN']).toContain('652817401373');
    expect(reason['zh-CN']).toContain('CLM-2026-000101');
  });
});

describe('localized text', () => {
  it('round-trips', () => {
    const text = { en: 'Hello', 'zh-CN': '你好' };
    expect(decodeLocalizedText(encodeLocalizedText(text))).toEqual({ text, plain: false });
    expect(localizedIn(encodeLocalizedText(text), 'zh-CN')).toBe('你好');
  });

  it('reads plain text (older records) as the same text in every language', () => {
    expect(decodeLocalizedText('Marketplace listing policy §4.2')).toEqual({
      text: { en: 'Marketplace listing policy §4.2', 'zh-CN': 'Marketplace listing policy §4.2' },
      plain: true,
    });
    expect(decodeLocalizedText('{not json').plain).toBe(true);
    expect(decodeLocalizedText('{"en":"only one language"}').plain).toBe(true);
    expect(decodeLocalizedText('["en"]').plain).toBe(true);
  });
});
