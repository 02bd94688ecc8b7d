/**
 * What Pagefind stores about an article besides its text: filters (publisher, year, month),
 * a sort key (publication day) and display metadata. The search page reads these back.
 */
import type { ArchivedArticle } from './archive.ts';
import { civilDay, formatArchiveDate, formatMonth, sortKey } from './dates.ts';
import { compareKeys } from './order.ts';

import {
  FACET_LIMIT,
  type Facet,
  type FacetValue,
  FILTER_NAMES,
  type FilterName,
  SORT_KEY,
} from './search-state.ts';
import { DEVISED } from './search-results.ts';
import { type Shard, shardPlan } from './search-shards.ts';

/** A named value; rendered as `data-pagefind-filter="name[data-value]" data-value="value"`. */
export interface Field {
  name: string;
  value: string;
}

export interface SearchRecord {
  filters: Field[];
  sort: Field;
  meta: Field[];
}

export function searchRecord(
  article: Pick<ArchivedArticle, 'data' | 'publisher' | 'entities'>,
): SearchRecord {
  const { published } = article.data;
  const month = `${published.year}-${String(published.month).padStart(2, '0')}`;
  return {
    filters: [
      { name: 'penerbit', value: article.publisher.name },
      { name: 'tahun', value: String(published.year) },
      { name: 'bulan', value: month },
      ...article.entities.map((entity) => ({ name: 'topik', value: entity.name })),
    ],
    sort: { name: SORT_KEY, value: sortKey(published) },
    meta: [
      // The title is searched as the page's title, not as text (the excerpts show the story).
      { name: 'title', value: article.data.title },
      ...(article.data.titleDevised ? [{ name: 'judulDisusun', value: DEVISED }] : []),
      { name: 'penerbit', value: article.publisher.name },
      { name: 'tanggal', value: formatArchiveDate(published) },
      { name: 'hari', value: civilDay(published) },
      { name: 'waktu', value: sortKey(published) },
    ],
  };
}

/**
 * The filter groups, from the articles themselves (so they match what the index holds), with
 * their counts: what the search page knows before a search (see Facet), a few KiB at any size.
 */
export function searchFacets(articles: readonly ArchivedArticle[]): Facet[] {
  const groups = new Map<FilterName, Map<string, FacetValue>>(FILTER_NAMES.map((name) => [name, new Map()]));
  for (const article of articles) {
    for (const { name, value } of searchRecord(article).filters) {
      const group = groups.get(name as FilterName)!;
      const entry = group.get(value) ?? { value, label: labelOf(name as FilterName, value), count: 0 };
      entry.count += 1;
      group.set(value, entry);
    }
  }
  return FILTER_NAMES.map((name) => {
    const values = [...groups.get(name)!.values()];
    const frequent = new Set(
      values
        .toSorted((a, b) => b.count - a.count || compareKeys(a.value, b.value))
        .slice(0, FACET_LIMIT)
        .map((value) => value.value),
    );
    return {
      name,
      values: values
        .filter((value) => frequent.has(value.value) || value.label !== value.value)
        .sort((a, b) => compareKeys(a.value, b.value)),
    };
  });
}

/** What a reader sees for a filter value: a month as "Januari 2022", the rest as it is. */
function labelOf(name: FilterName, value: string): string {
  return name === 'bulan' ? formatMonth(Number(value.slice(0, 4)), Number(value.slice(5))) : value;
}

/** The search index's shards for the archive's articles, newest first. */
export function searchShards(articles: readonly Pick<ArchivedArticle, 'data'>[]): Shard[] {
  const days = new Map<string, number>();
  for (const article of articles) {
    const day = civilDay(article.data.published);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return shardPlan(days);
}
