// Rules of a brand's protection settings. Pure.

/** Whether the admin's policy forces protection on a brand of this category (case and spacing do not matter). */
export function protectionRequiredFor(category: string | null, protectedCategories: readonly string[]): boolean {
  if (!category) return false;
  const key = normalizeCategory(category);
  return protectedCategories.some((c) => normalizeCategory(c) === key);
}

function normalizeCategory(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The brand's product lines: those it has reference prices for, sorted, each once. */
export function brandProductLines(referencePrices: readonly { productLine: string }[]): string[] {
  return [...new Set(referencePrices.map((p) => p.productLine))].sort((a, b) => a.localeCompare(b));
}
