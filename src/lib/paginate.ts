/**
 * Listing pages in runs of a fixed size, with stable URLs: the first page at the list's own
 * address (`/topik/nato/`), the others below it (`/topik/nato/2/`). No page grows with the
 * archive, and a page's address never depends on anything but its place in the list.
 */

/** How many items a listing page shows. */
export const PAGE_SIZE = 50;

export interface ListPage<T> {
  items: readonly T[];
  /** From 1. */
  number: number;
  /** How many pages the list has (at least 1). */
  count: number;
  /** How many items the whole list has. */
  total: number;
  path: string;
  previous?: string;
  next?: string;
}

/** The address of page `n` of the list at `base`: `base` itself for page 1, else `base` + `n/`. */
export function pagePath(base: string, n: number): string {
  return n === 1 ? base : `${base}${n}/`;
}

/**
 * The pages of a list, in order. An empty list still has its first page (it says there is
 * nothing yet), so a list's address always exists.
 */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    return {
      items: items.slice(i * size, number * size),
      number,
      count,
      total: items.length,
      path: pagePath(base, number),
      previous: number > 1 ? pagePath(base, number - 1) : undefined,
      next: number < count ? pagePath(base, number + 1) : undefined,
    };
  });
}

/** The page number in a route's rest parameter: undefined for page 1 ("/topik/nato/"), "2" for page 2. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}
