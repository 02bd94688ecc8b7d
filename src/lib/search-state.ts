/**
 * The state of a search as it lives in the URL, so that reloading, sharing and the back
 * button restore it: `/cari/?q=rusia&penerbit=kontan.co.id&penerbit=medcom.id&urut=terbaru`.
 * Pure; the search page's script and the tests use it. Anything odd in the URL is read
 * leniently (unknown keys ignored, values trimmed, the query capped) and never executed.
 */

/** Filter names, as in the index and in the URL. */
export const FILTER_NAMES = ['penerbit', 'tahun', 'bulan', 'topik'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export const SORT_ORDERS = ['relevansi', 'terbaru', 'terlama'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The sort key every article carries (its publication day or time in WIB). */
export const SORT_KEY = 'tanggal';

/** Longer queries are cut: no reader types more, and a huge one only costs time. */
export const MAX_QUERY = 200;

/** The id of the results' status line: the filters' "back to the results" link points at it. */
export const RESULTS_ID = 'hasil';

export interface SearchState {
  query: string;
  filters: Record<FilterName, string[]>;
  sort: SortOrder;
}

export function emptyFilters(): Record<FilterName, string[]> {
  return { penerbit: [], tahun: [], bulan: [], topik: [] };
}

/** Reads a state from URL parameters. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).map((value) => value.trim().slice(0, MAX_QUERY));
    filters[name] = [...new Set(values.filter((value) => value !== ''))].sort();
  }
  const sort = params.get('urut');
  return {
    query: (params.get('q') ?? '').trim().slice(0, MAX_QUERY),
    filters,
    sort: SORT_ORDERS.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevansi',
  };
}

/** Writes a state as URL parameters, in one canonical order (so equal states give equal URLs). */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const name of FILTER_NAMES) {
    for (const value of [...state.filters[name]].sort()) params.append(name, value);
  }
  if (state.sort !== 'relevansi') params.set('urut', state.sort);
  return params;
}

/** The search page's address for a state. */
export function stateToUrl(state: SearchState, path = '/cari/'): string {
  const params = stateToParams(state).toString();
  return params === '' ? path : `${path}?${params}`;
}

/** Whether there is anything to search for. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || FILTER_NAMES.some((name) => state.filters[name].length > 0);
}

/**
 * Pagefind's filters for a state: values within one group are alternatives (any of them),
 * groups narrow each other. `except` leaves one group out, to count that group's values.
 */
export function pagefindFilters(state: SearchState, except?: FilterName): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) {
    if (name !== except && state.filters[name].length > 0) filters[name] = { any: state.filters[name] };
  }
  return filters;
}

/** Pagefind's sort option for an order; relevance is Pagefind's own. */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> {
  if (sort === 'terbaru') return { [SORT_KEY]: 'desc' };
  if (sort === 'terlama') return { [SORT_KEY]: 'asc' };
  return {};
}

/** A value of a filter group: what the index holds, what the reader sees, and how many articles have it. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/**
 * A filter group of the search page: its name and the values it knows before any search: the
 * archive's most frequent (FACET_LIMIT), and every value whose label is not the value itself
 * (a month's name). A search's counts bring the rest: a topic's or a publisher's label is its value.
 */
export interface Facet {
  name: FilterName;
  values: FacetValue[];
}

/** How many values of a group the page shows at once: the most frequent (a year's worth of months). */
export const FACET_LIMIT = 12;

/** Groups whose values are periods: shown newest first, not by frequency. */
const BY_VALUE: readonly FilterName[] = ['tahun', 'bulan'];

/**
 * The values of a group the page shows: those with results (the most frequent, at most
 * FACET_LIMIT) and every chosen one, periods newest first and the others by count then label.
 * `counts` are the current results' counts, or undefined before any search (then the
 * archive's own counts decide).
 */
export function shownValues(
  facet: Facet,
  counts: Record<string, number> | undefined,
  chosen: readonly string[],
): FacetValue[] {
  const known = new Map(facet.values.map((value) => [value.value, value]));
  const universe = new Set([...known.keys(), ...Object.keys(counts ?? {}), ...chosen]);
  const withCounts = [...universe].map((value) => ({
    value,
    label: known.get(value)?.label ?? value,
    count: counts ? (counts[value] ?? 0) : (known.get(value)?.count ?? 0),
  }));
  const frequent = withCounts
    .filter((value) => value.count > 0)
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .slice(0, FACET_LIMIT);
  const shown = withCounts.filter((value) => chosen.includes(value.value) || frequent.includes(value));
  const byValue = BY_VALUE.includes(facet.name);
  return shown.sort((a, b) =>
    byValue
      ? b.value < a.value
        ? -1
        : b.value > a.value
          ? 1
          : 0
      : b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}
