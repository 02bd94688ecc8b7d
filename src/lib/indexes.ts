/**
 * The "Indeks" pages Indonesian readers know from their news sites: every day, month and year
 * on which an article was published, each with the previous and next such day (month, year),
 * so that empty days are skipped. Days are publication days in WIB.
 */
import type { ArchiveDate } from './dates.ts';
import { indexPath } from './urls.ts';
import { compareKeys } from './order.ts';

export type IndexLevel = 'year' | 'month' | 'day';

export interface IndexPage<T> {
  level: IndexLevel;
  year: number;
  month?: number;
  day?: number;
  path: string;
  /** Newest first. */
  items: T[];
  previous?: { path: string; year: number; month?: number; day?: number };
  next?: { path: string; year: number; month?: number; day?: number };
}

type Key = { year: number; month?: number; day?: number };

function keyOf(date: ArchiveDate, level: IndexLevel): Key {
  if (level === 'year') return { year: date.year };
  if (level === 'month') return { year: date.year, month: date.month };
  return { year: date.year, month: date.month, day: date.day };
}

const pathOf = (key: Key) => indexPath(key.year, key.month, key.day);

/**
 * The index pages at one level, oldest first. `items` must be newest first (as the archive
 * keeps them); each page keeps that order.
 */
export function indexPages<T>(
  items: readonly T[],
  dateOf: (item: T) => ArchiveDate,
  level: IndexLevel,
): IndexPage<T>[] {
  const pages = new Map<string, IndexPage<T>>();
  for (const item of items) {
    const key = keyOf(dateOf(item), level);
    const path = pathOf(key);
    const page = pages.get(path) ?? { level, ...key, path, items: [] };
    page.items.push(item);
    pages.set(path, page);
  }
  const ordered = [...pages.values()].sort((a, b) => compareKeys(a.path, b.path));
  return ordered.map((page, i) => {
    const link = (other: IndexPage<T> | undefined) =>
      other && { path: other.path, year: other.year, month: other.month, day: other.day };
    return { ...page, previous: link(ordered[i - 1]), next: link(ordered[i + 1]) };
  });
}

/** Every index page: years, months and days. */
export function allIndexPages<T>(items: readonly T[], dateOf: (item: T) => ArchiveDate): IndexPage<T>[] {
  return (['year', 'month', 'day'] as const).flatMap((level) => indexPages(items, dateOf, level));
}
