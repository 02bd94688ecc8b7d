/**
 * Listing pages in runs of a fixed size, with stable URLs: the first page at the list's own
 * address (`/topik/nato/`), the others below it (`/topik/nato/2/`). No page grows with the
 * archive, and a page's address never depends on anything but its place in the list.
 */
import { t } from './i18n.ts';

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
  return paginateAt(items, (n) => pagePath(base, n), size);
}

/** The pages of a list, each at the address `pathOf` gives its number. */
export function paginateAt<T>(
  items: readonly T[],
  pathOf: (n: number) => string,
  size = PAGE_SIZE,
): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    return {
      items: items.slice(i * size, number * size),
      number,
      count,
      total: items.length,
      path: pathOf(number),
      previous: number > 1 ? pathOf(number - 1) : undefined,
      next: number < count ? pathOf(number + 1) : undefined,
    };
  });
}

/** The page number in a route's rest parameter: undefined for page 1 ("/topik/nato/"), "2" for page 2. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}

/** A page's title: the list's own on page 1, "… (Halaman 2 dari 40)" on the others, so no two pages share one. */
export function pagedTitle(title: string, page: { number: number; count: number }): string {
  return page.number === 1
    ? title
    : `${title} (${t('pagination.where', { number: page.number, count: page.count })})`;
}
