// Page arithmetic shared by every paginated list, so that an out-of-range page number in
// a URL lands on the nearest real page instead of an empty one.

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A page number within 1..pageCount (garbage reads as page 1). */
export function clampPage(page: number, pageCount: number): number {
  if (!Number.isFinite(page)) return 1;
  return Math.min(Math.max(1, Math.floor(page)), Math.max(1, pageCount));
}

/** skip/take for a page that is known to exist. */
export function pageSlice(page: number, pageSize: number): { skip: number; take: number } {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

/** The 1-based positions of the first and last row shown (0, 0 when there are none). */
export function pageRange(page: number, pageSize: number, total: number): { first: number; last: number } {
  if (total === 0) return { first: 0, last: 0 };
  const first = (page - 1) * pageSize + 1;
  return { first, last: Math.min(total, page * pageSize) };
}

/**
 * Which page links to show: the first, the last and a window around the current page,
 * with null where pages are left out (rendered as an ellipsis).
 */
export function pageLinks(page: number, pageCount: number, around = 1): (number | null)[] {
  const wanted = new Set<number>([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const links: (number | null)[] = [];
  for (const p of sorted) {
    const previous = links[links.length - 1];
    if (typeof previous === 'number' && p - previous === 2) links.push(previous + 1);
    else if (typeof previous === 'number' && p - previous > 2) links.push(null);
    links.push(p);
  }
  return links;
}
