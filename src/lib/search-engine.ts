/**
 * The search engine behind the search page, along Pagefind's own seam: it loads the index
 * (the newest shard first, the others merged in at query time), runs the reader's query and
 * its alias form, merges them in the right order across every page of results, tells which
 * words match nothing, and counts each filter value. Pagefind itself is passed in, so that
 * all of this is unit-tested without a browser; src/client/ only renders.
 *
 * Shards (src/lib/search-shards.ts) hold disjoint runs of publication days, newest first. A
 * query first searches the newest shard alone, so the first results come from a small index
 * (a few hundred KiB at 100,000 articles instead of a megabyte); the complete results follow
 * once every shard is merged. Newest-first results of the newest shard are the head of the
 * complete list, so they only grow; relevance results may reorder when complete.
 */
import { type AliasList, expandAliases } from './aliases.ts';
import { compareKeys } from './order.ts';
import {
  FILTER_NAMES,
  type FilterName,
  type SearchState,
  hasCriteria,
  pagefindFilters,
  pagefindSort,
} from './search-state.ts';
import type { Shard } from './search-shards.ts';

/** What Pagefind returns for a result's page, as far as the archive reads it. */
export interface PagefindData {
  url: string;
  excerpt: string;
  plain_excerpt?: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text?: string; location: number; title?: string }[];
  locations: number[];
  sub_results: {
    title: string;
    url: string;
    excerpt: string;
    plain_excerpt?: string;
    locations: number[];
    anchor?: { element: string; id: string; text?: string; location: number };
  }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

export interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's module the engine uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: SearchOptions): Promise<PagefindResponse | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  /** Loads every filter's data; searches count filter values only once it is loaded. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The synthetic filter that says which shard a page is in (Pagefind's mergeFilter). */
export const SHARD_FILTER = 'arsip';

/** Words shorter than this are not fetched ahead while the reader types (they would fetch large chunks). */
export const MIN_PRELOAD = 3;

/** Results in their final order; each one's data is loaded when it is shown. */
export interface ResultList {
  /** How many results there are. */
  total: number;
  /** The results from `start`, up to `count` of them, with their data. */
  slice(start: number, count: number): Promise<PagefindData[]>;
}

export interface SearchOutcome {
  state: SearchState;
  results: ResultList;
  /** False while only the newest shard has been searched. */
  complete: boolean;
  /** The query with aliases replaced by the entities' names, when any occurs. */
  aliasQuery?: string;
  /**
   * Words of a query of several words (in its alias form, if it has one) that match nothing in
   * the archive: then there are no results, and the page says which words.
   */
  unmatched: string[];
}

export type FacetCounts = Partial<Record<FilterName, Record<string, number>>>;

/** Results merged from several searches: each page once, the best score kept. */
export function mergeByScore(lists: readonly (readonly PagefindResult[])[]): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  for (const result of lists.flat()) {
    const seen = best.get(result.id);
    if (!seen || result.score > seen.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** A cache of each result's data, so that a page's fragment is fetched once however it is used. */
function dataOf(result: PagefindResult, cache: Map<string, Promise<PagefindData>>): Promise<PagefindData> {
  let data = cache.get(result.id);
  if (!data) {
    data = result.data();
    cache.set(result.id, data);
  }
  return data;
}

/** A list whose order is already known. */
function fixedList(
  results: readonly PagefindResult[],
  cache: Map<string, Promise<PagefindData>>,
): ResultList {
  return {
    total: results.length,
    slice: (start, count) => Promise.all(results.slice(start, start + count).map((r) => dataOf(r, cache))),
  };
}

/**
 * Lists that are each in date order, merged in date order (newest or oldest first), each page
 * once. The date is in a result's data (`meta.waktu`), so the merge loads data only as far as
 * the results shown: a reader who looks at ten results loads about ten fragments per list.
 */
export function mergeByDate(
  lists: readonly (readonly PagefindResult[])[],
  newestFirst: boolean,
  cache: Map<string, Promise<PagefindData>> = new Map(),
): ResultList {
  const total = new Set(lists.flat().map((result) => result.id)).size;
  const heads = lists.map(() => 0);
  const merged: PagefindResult[] = [];
  const seen = new Set<string>();
  let pending: Promise<void> = Promise.resolve();

  const fill = async (upTo: number) => {
    while (merged.length < upTo) {
      let best: { list: number; key: string } | undefined;
      for (let i = 0; i < lists.length; i++) {
        // Skip what an earlier list already gave.
        while (heads[i]! < lists[i]!.length && seen.has(lists[i]![heads[i]!]!.id)) heads[i]! += 1;
        const head = lists[i]![heads[i]!];
        if (!head) continue;
        const key = (await dataOf(head, cache)).meta.waktu ?? '';
        const order = best === undefined ? -1 : compareKeys(key, best.key) * (newestFirst ? -1 : 1);
        if (order < 0) best = { list: i, key };
      }
      if (!best) return;
      const result = lists[best.list]![heads[best.list]!]!;
      heads[best.list]! += 1;
      seen.add(result.id);
      merged.push(result);
    }
  };
  return {
    total,
    slice: async (start, count) => {
      pending = pending.then(() => fill(start + count));
      await pending;
      return Promise.all(merged.slice(start, start + count).map((r) => dataOf(r, cache)));
    },
  };
}

/** The words of a query, as Pagefind splits them (white space), without empty ones. */
export function queryWords(query: string): string[] {
  return query.split(/\s+/).filter((word) => word !== '');
}

export class SearchEngine {
  readonly #importModule: (url: string) => Promise<Pagefind>;
  readonly #shards: readonly Shard[];
  readonly #aliases: AliasList;
  readonly #options: Record<string, unknown>;
  #primary?: Promise<Pagefind>;
  #merged?: Promise<Pagefind>;
  #filtersLoaded?: Promise<unknown>;

  constructor(input: {
    importModule: (url: string) => Promise<Pagefind>;
    shards: readonly Shard[];
    aliases: AliasList;
    /** Pagefind options for every shard (excerpt length, ranking). */
    options?: Record<string, unknown>;
  }) {
    this.#importModule = input.importModule;
    this.#shards = input.shards;
    this.#aliases = input.aliases;
    this.#options = input.options ?? {};
  }

  /** Pagefind over the newest shard: its script, its WebAssembly, its page list. */
  load(): Promise<Pagefind> {
    this.#primary ??= (async () => {
      const newest = this.#shards[0];
      if (!newest) throw new Error('the archive has no search index');
      const pagefind = await this.#importModule(`${newest.path}pagefind.js`);
      await pagefind.options({ ...this.#options, mergeFilter: { [SHARD_FILTER]: newest.id } });
      return pagefind;
    })();
    return this.#primary;
  }

  /** Pagefind over every shard: the older ones merged into the newest's instance. */
  loadAll(): Promise<Pagefind> {
    this.#merged ??= (async () => {
      const pagefind = await this.load();
      await Promise.all(
        this.#shards
          .slice(1)
          .map((shard) =>
            pagefind.mergeIndex(shard.path, { ...this.#options, mergeFilter: { [SHARD_FILTER]: shard.id } }),
          ),
      );
      return pagefind;
    })();
    return this.#merged;
  }

  get sharded(): boolean {
    return this.#shards.length > 1;
  }

  /** Fetches ahead the index for words being typed (from the third letter on). */
  async preload(words: string): Promise<void> {
    const pagefind = await this.load();
    if (words.trim().length >= MIN_PRELOAD) await pagefind.preload(words.trim());
  }

  /**
   * Searches for a state: `onOutcome` gets the newest shard's results first (when there are
   * older shards not merged yet), then the complete ones. Returns the complete outcome.
   */
  async search(
    state: SearchState,
    onOutcome: (outcome: SearchOutcome) => void = () => {},
  ): Promise<SearchOutcome> {
    const aliasQuery = expandAliases(state.query, this.#aliases);
    const terms = [state.query || null, ...(aliasQuery ? [aliasQuery] : [])];
    const cache = new Map<string, Promise<PagefindData>>();
    // The newest shard's results are the head of the whole list for relevance (roughly) and
    // newest first (exactly), not for oldest first.
    if (this.sharded && this.#merged === undefined && state.sort !== 'terlama') {
      const results = await this.#run(await this.load(), terms, state, cache, [this.#shards[0]!]);
      onOutcome({ state, results, complete: false, aliasQuery, unmatched: [] });
    }
    const pagefind = await this.loadAll();
    const [results, unmatched] = await Promise.all([
      this.#run(pagefind, terms, state, cache, this.#shards),
      // With aliases, the words that stand for the reader's are the alias form's ("NATO" for "North Atlantic…").
      this.#unmatched(pagefind, aliasQuery ?? state.query),
    ]);
    const outcome: SearchOutcome = {
      state,
      results: unmatched.length > 0 ? fixedList([], cache) : results,
      complete: true,
      aliasQuery,
      unmatched,
    };
    onOutcome(outcome);
    return outcome;
  }

  /** The results of the terms over the shards given, in the state's order. */
  async #run(
    pagefind: Pagefind,
    terms: readonly (string | null)[],
    state: SearchState,
    cache: Map<string, Promise<PagefindData>>,
    shards: readonly Shard[],
  ): Promise<ResultList> {
    if (!hasCriteria(state)) return fixedList([], cache);
    const filters = pagefindFilters(state);
    if (state.sort === 'relevansi') {
      const searches = await Promise.all(terms.map((term) => pagefind.search(term, { filters })));
      return fixedList(mergeByScore(searches.map((search) => search?.results ?? [])), cache);
    }
    // In date order: shard by shard (they hold disjoint runs of days), each sorted by Pagefind.
    const ordered = state.sort === 'terbaru' ? shards : shards.toReversed();
    const sort = pagefindSort(state.sort);
    const perShard = await Promise.all(
      ordered.map((shard) =>
        Promise.all(
          terms.map((term) =>
            pagefind.search(term, { filters: { ...filters, [SHARD_FILTER]: { any: [shard.id] } }, sort }),
          ),
        ),
      ),
    );
    const lists = perShard.map((searches) => searches.map((search) => search?.results ?? []));
    if (lists.every((list) => list.length <= 1)) return fixedList(lists.flat(2), cache);
    // Shards follow one another: within one, the reader's words and their alias form are merged by date.
    const shardLists = lists.map((list) => mergeByDate(list, state.sort === 'terbaru', cache));
    return concatenate(shardLists);
  }

  /** The words of a query of several words that, searched alone, match nothing. */
  async #unmatched(pagefind: Pagefind, query: string): Promise<string[]> {
    const words = queryWords(query);
    if (words.length < 2) return [];
    const searches = await Promise.all(words.map((word) => pagefind.search(word, {})));
    return words.filter((_, i) => (searches[i]?.results.length ?? 0) === 0);
  }

  /**
   * For each filter group, how many results each value would give with the other groups
   * applied (so a group's alternatives stay visible), all groups at once.
   */
  async counts(state: SearchState, outcome: SearchOutcome): Promise<FacetCounts> {
    const pagefind = await this.loadAll();
    await (this.#filtersLoaded ??= pagefind.filters());
    const term = outcome.aliasQuery ?? (state.query || null);
    const searches = await Promise.all(
      FILTER_NAMES.map((name) => pagefind.search(term, { filters: pagefindFilters(state, name) })),
    );
    const counts: FacetCounts = {};
    FILTER_NAMES.forEach((name, i) => (counts[name] = searches[i]?.filters[name] ?? {}));
    return counts;
  }
}

/** Lists one after the other. */
function concatenate(lists: readonly ResultList[]): ResultList {
  const total = lists.reduce((sum, list) => sum + list.total, 0);
  return {
    total,
    slice: async (start, count) => {
      const out: PagefindData[] = [];
      let offset = 0;
      for (const list of lists) {
        const from = Math.max(0, start - offset);
        if (from < list.total && out.length < count)
          out.push(...(await list.slice(from, count - out.length)));
        offset += list.total;
        if (out.length >= count) break;
      }
      return out;
    },
  };
}
