/**
 * How the large tables are split into files: the article tables by month of publication
 * (WIB), the event tables by year of the event, each part's rows in a fixed order. A part
 * holds about a month's articles whatever the archive's size, so no file grows with the
 * archive, and adding an article rewrites only its month's files. Worked out once per archive.
 */
import type { ArchivedArticle, Archive } from '../archive.ts';
import { civilDay, sortKey } from '../dates.ts';
import { compareKeys } from '../order.ts';
import type { EventEntry } from '../timeline.ts';

export interface DataParts {
  /** "2022-01" → that month's articles, oldest first (then by id). */
  months: Map<string, ArchivedArticle[]>;
  /** "2022" → that year's events, in date order (a year before its months, then by id). */
  years: Map<string, EventEntry[]>;
  /** Every article by id. */
  articles: Map<string, ArchivedArticle>;
}

const cache = new WeakMap<Archive, DataParts>();

/** The month of an article's publication, "YYYY-MM" (WIB). */
export function monthPart(article: Pick<ArchivedArticle, 'data'>): string {
  return civilDay(article.data.published).slice(0, 7);
}

/** The year of an event, "YYYY". */
export function yearPart(event: Pick<EventEntry, 'date'>): string {
  return String(event.date.year).padStart(4, '0');
}

function grouped<T>(items: readonly T[], keyOf: (item: T) => string, order: (a: T, b: T) => number) {
  const groups = new Map<string, T[]>();
  for (const item of items.toSorted(order)) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return new Map([...groups].toSorted(([a], [b]) => compareKeys(a, b)));
}

export function dataParts(archive: Archive): DataParts {
  let parts = cache.get(archive);
  if (!parts) {
    parts = {
      months: grouped(
        archive.articles,
        monthPart,
        (a, b) =>
          compareKeys(sortKey(a.data.published), sortKey(b.data.published)) || compareKeys(a.id, b.id),
      ),
      years: grouped(
        archive.events,
        yearPart,
        (a, b) => compareKeys(sortKey(a.date), sortKey(b.date)) || compareKeys(a.id, b.id),
      ),
      articles: new Map(archive.articles.map((article) => [article.id, article])),
    };
    cache.set(archive, parts);
  }
  return parts;
}

/** The parts of a split, in order: months, years, or the one part of an unsplit table (""). */
export function partKeys(parts: DataParts, split: 'none' | 'month' | 'year'): string[] {
  if (split === 'month') return [...parts.months.keys()];
  if (split === 'year') return [...parts.years.keys()];
  return [''];
}
