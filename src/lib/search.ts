/**
 * What Pagefind stores about an article besides its text: filters (publisher, year, month),
 * a sort key (publication day) and display metadata. The search page reads these back.
 */
import type { ArchivedArticle } from './articles.ts';
import { civilDay, formatArchiveDate, monthName, sortKey } from './dates.ts';

import { type FilterName, SORT_KEY } from './search-state.ts';

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
      { name: 'penerbit', value: article.publisher.name },
      { name: 'tanggal', value: formatArchiveDate(published) },
      { name: 'hari', value: civilDay(published) },
      { name: 'waktu', value: sortKey(published) },
    ],
  };
}

/** A filter group of the search page: its name and every value the archive has, labelled. */
export interface Facet {
  name: FilterName;
  values: { value: string; label: string }[];
}

/** The filter groups, from the articles themselves (so they match what the index holds). */
export function searchFacets(articles: readonly ArchivedArticle[]): Facet[] {
  const collator = new Intl.Collator('id');
  const distinct = (values: string[]) => [...new Set(values)];
  const publishers = distinct(articles.map((a) => a.publisher.name)).sort(collator.compare);
  const years = distinct(articles.map((a) => String(a.data.published.year)))
    .sort()
    .reverse();
  const months = distinct(articles.map((a) => searchRecord(a).filters.find((f) => f.name === 'bulan')!.value))
    .sort()
    .reverse();
  const topics = distinct(articles.flatMap((a) => a.entities.map((e) => e.name))).sort(collator.compare);
  const plain = (value: string) => ({ value, label: value });
  return [
    { name: 'penerbit', values: publishers.map(plain) },
    { name: 'tahun', values: years.map(plain) },
    {
      name: 'bulan',
      values: months.map((value) => ({
        value,
        label: `${monthName(Number(value.slice(5)))} ${value.slice(0, 4)}`,
      })),
    },
    { name: 'topik', values: topics.map(plain) },
  ];
}
