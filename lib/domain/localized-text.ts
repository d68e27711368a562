// Text the platform composes once and keeps as a record — a statement of reasons, a
// strike's reason — is frozen at the moment it is issued, in every language the portal
// speaks, so each reader sees the same record in their own language and it never changes
// when a right or a translation is edited later. It is stored in the existing text columns
// as a JSON object { "en": "…", "zh-CN": "…" }; text written before (the seed, older rows)
// is plain and reads the same in every language. See docs/decisions/0007.
import { LOCALES, type Locale } from '../i18n/locales';

export type LocalizedText = Record<Locale, string>;

export function encodeLocalizedText(text: LocalizedText): string {
  return JSON.stringify(Object.fromEntries(LOCALES.map((locale) => [locale, text[locale]])));
}

export interface ReadText {
  /** The text in each language. */
  text: LocalizedText;
  /** True when the stored text was plain (one language for every reader). */
  plain: boolean;
}

/** Reads a stored text; anything that is not a complete localized object is plain text. */
export function decodeLocalizedText(stored: string): ReadText {
  if (stored.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(stored);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        const record = parsed as Record<string, unknown>;
        if (LOCALES.every((locale) => typeof record[locale] === 'string')) {
          return { text: Object.fromEntries(LOCALES.map((l) => [l, record[l] as string])) as LocalizedText, plain: false };
        }
      }
    } catch {
      // not JSON: plain text that happens to start with a brace
    }
  }
  return { text: Object.fromEntries(LOCALES.map((l) => [l, stored])) as LocalizedText, plain: true };
}

/** The text in one language (plain text is the same in all). */
export function localizedIn(stored: string, locale: Locale): string {
  return decodeLocalizedText(stored).text[locale];
}
