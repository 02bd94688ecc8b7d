/**
 * What Pagefind stores about an article besides its text: filters (publisher, year, month),
 * a sort key (publication day) and display metadata. The search page reads these back.
 */
import type { ArchivedArticle } from './articles.ts';
import { civilDay, formatArchiveDate, sortKey } from './dates.ts';

/** Filter names as the search page and its URL use them. */
export const FILTERS = { publisher: 'penerbit', year: 'tahun', month: 'bulan' } as const;
export const SORT_BY_DATE = 'tanggal';

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

export function searchRecord(article: Pick<ArchivedArticle, 'data' | 'publisher'>): SearchRecord {
  const { published } = article.data;
  const month = `${published.year}-${String(published.month).padStart(2, '0')}`;
  return {
    filters: [
      { name: FILTERS.publisher, value: article.publisher.name },
      { name: FILTERS.year, value: String(published.year) },
      { name: FILTERS.month, value: month },
    ],
    sort: { name: SORT_BY_DATE, value: sortKey(published) },
    meta: [
      { name: 'penerbit', value: article.publisher.name },
      { name: 'tanggal', value: formatArchiveDate(published) },
      { name: 'hari', value: civilDay(published) },
    ],
  };
}
