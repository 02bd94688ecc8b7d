/**
 * The search engine over a Pagefind stand-in that behaves as Pagefind does for what the engine
 * relies on: the primary index and the indexes merged into it, `mergeFilter` tagging each
 * index's pages, filters as alternatives within a group, one sort key, scores for relevance,
 * and a result's data (its fragment) fetched on request. The real Pagefind is exercised by the
 * browser tests; this proves the engine's own logic, which they cannot reach case by case.
 */
import { describe, expect, it } from 'vitest';
import {
  type Pagefind,
  type PagefindData,
  type PagefindResult,
  SHARD_FILTER,
  SearchEngine,
  mergeByDate,
} from '../../src/lib/search-engine.ts';
import type { Shard } from '../../src/lib/search-shards.ts';
import { type SearchState, emptyFilters } from '../../src/lib/search-state.ts';

interface Page {
  id: string;
  shard: string;
  words: string[];
  date: string;
  filters: Record<string, string[]>;
}

const shard = (id: string): Shard => ({ id, glob: '', path: `/pagefind/${id}/`, from: '', to: '', pages: 0 });
const SHARDS = [shard('2024'), shard('2023')];

/** Pagefind as far as the engine uses it, over these pages, recording what it is asked. */
function fakePagefind(pages: readonly Page[]) {
  const loaded = new Set<string>();
  const log = { searches: 0, dataFetched: [] as string[], merged: [] as string[] };
  const primary = (url: string) => url.replace(/pagefind\.js$/, '');
  let primaryShard = '';
  const api: Pagefind = {
    async options(options) {
      primaryShard = (options.mergeFilter as Record<string, string>)[SHARD_FILTER]!;
      loaded.add(primaryShard);
    },
    async mergeIndex(_path, options) {
      const id = (options.mergeFilter as Record<string, string>)[SHARD_FILTER]!;
      log.merged.push(id);
      loaded.add(id);
    },
    async preload() {},
    async filters() {
      return {};
    },
    async search(term, options) {
      log.searches += 1;
      const words = term === null ? [] : term.toLowerCase().split(/\s+/);
      let found = pages.filter(
        (page) => loaded.has(page.shard) && words.every((w) => page.words.includes(w)),
      );
      for (const [name, { any }] of Object.entries(options.filters ?? {})) {
        found = found.filter((page) =>
          name === SHARD_FILTER ? any.includes(page.shard) : any.some((v) => page.filters[name]?.includes(v)),
        );
      }
      const sort = Object.entries(options.sort ?? {})[0];
      const results: PagefindResult[] = found
        .map((page) => ({
          id: page.id,
          score: page.words.filter((w) => words.includes(w)).length / page.words.length,
          data: async (): Promise<PagefindData> => {
            log.dataFetched.push(page.id);
            return {
              url: `/${page.id}/`,
              excerpt: '',
              meta: { title: page.id, waktu: page.date },
              anchors: [],
              locations: [],
              sub_results: [],
            };
          },
        }))
        .sort((a, b) => b.score - a.score);
      if (sort) {
        const date = (id: string) => pages.find((p) => p.id === id)!.date;
        results.sort((a, b) => (date(a.id) < date(b.id) ? -1 : 1) * (sort[1] === 'desc' ? -1 : 1));
      }
      const counts: Record<string, Record<string, number>> = {};
      for (const page of found)
        for (const [name, values] of Object.entries(page.filters))
          for (const v of values) (counts[name] ??= {})[v] = (counts[name]![v] ?? 0) + 1;
      return { results, filters: counts };
    },
  };
  void primary;
  return { api, log, primaryShard: () => primaryShard };
}

const PAGES: Page[] = [
  {
    id: 'a-2024-03',
    shard: '2024',
    words: ['rusia', 'nato'],
    date: '2024-03-01',
    filters: { penerbit: ['medcom.id'] },
  },
  {
    id: 'b-2024-01',
    shard: '2024',
    words: ['russia', 'nato', 'x', 'y'],
    date: '2024-01-05',
    filters: { penerbit: ['kontan.co.id'] },
  },
  {
    id: 'c-2023-12',
    shard: '2023',
    words: ['rusia'],
    date: '2023-12-30',
    filters: { penerbit: ['medcom.id'] },
  },
  {
    id: 'd-2023-06',
    shard: '2023',
    words: ['russia', 'rusia'],
    date: '2023-06-01',
    filters: { penerbit: ['kontan.co.id'] },
  },
  {
    id: 'e-2024-02',
    shard: '2024',
    words: ['russia'],
    date: '2024-02-10',
    filters: { penerbit: ['medcom.id'] },
  },
];

function state(query: string, extra: Partial<SearchState> = {}): SearchState {
  return { query, filters: emptyFilters(), sort: 'relevansi', ...extra };
}

function engine(pages = PAGES) {
  const fake = fakePagefind(pages);
  const search = new SearchEngine({
    importModule: async () => fake.api,
    shards: SHARDS,
    aliases: [['Russia', 'Rusia']],
  });
  return { search, ...fake };
}

const ids = async (outcome: {
  results: { total: number; slice(s: number, c: number): Promise<PagefindData[]> };
}) => (await outcome.results.slice(0, outcome.results.total)).map((data) => data.meta.title);

describe('SearchEngine', () => {
  it('answers first from the newest shard alone, then from every shard', async () => {
    const { search, log } = engine();
    const seen: { complete: boolean; total: number }[] = [];
    await search.search(state('nato'), (outcome) =>
      seen.push({ complete: outcome.complete, total: outcome.results.total }),
    );
    expect(seen).toEqual([
      { complete: false, total: 2 },
      { complete: true, total: 2 },
    ]);
    expect(log.merged).toEqual(['2023']);
  });

  it("orders newest first across shards and across the reader's words and their alias form", async () => {
    const { search } = engine();
    const outcome = await search.search(state('Russia', { sort: 'terbaru' }));
    expect(outcome.aliasQuery).toBe('Rusia');
    // Every page once, in date order, though they come from two shards and two searches.
    expect(await ids(outcome)).toEqual(['a-2024-03', 'e-2024-02', 'b-2024-01', 'c-2023-12', 'd-2023-06']);
    const oldest = await search.search(state('Russia', { sort: 'terlama' }));
    expect(await ids(oldest)).toEqual(['d-2023-06', 'c-2023-12', 'b-2024-01', 'e-2024-02', 'a-2024-03']);
  });

  it("loads a result's data only as far as the results shown", async () => {
    const { search, log } = engine();
    const outcome = await search.search(state('Russia', { sort: 'terbaru' }));
    log.dataFetched.length = 0;
    expect((await outcome.results.slice(0, 2)).map((d) => d.meta.title)).toEqual(['a-2024-03', 'e-2024-02']);
    // The two lists' heads are compared by date, so a few more than shown may be fetched, not all.
    expect(new Set(log.dataFetched).size).toBeLessThan(5);
  });

  it('merges by best score for relevance, each page once', async () => {
    const { search } = engine();
    const outcome = await search.search(state('Russia'));
    const titles = await ids(outcome);
    expect(titles.toSorted()).toEqual(['a-2024-03', 'b-2024-01', 'c-2023-12', 'd-2023-06', 'e-2024-02']);
    expect(titles[0]).toBe('e-2024-02');
  });

  it('says which words of a query match nothing, and then gives no results', async () => {
    const { search } = engine();
    const outcome = await search.search(state('vaksin nato'));
    expect(outcome.unmatched).toEqual(['vaksin']);
    expect(outcome.results.total).toBe(0);
    expect((await search.search(state('rusia nato'))).unmatched).toEqual([]);
  });

  it('counts each filter group with the other groups applied, all groups at once', async () => {
    const { search, log } = engine();
    const chosen = { ...emptyFilters(), penerbit: ['medcom.id'] };
    const outcome = await search.search(state('rusia', { filters: chosen }));
    const before = log.searches;
    const counts = await search.counts(outcome.state, outcome);
    // The publisher group ignores its own choice, so both publishers keep their counts.
    expect(counts.penerbit).toEqual({ 'medcom.id': 2, 'kontan.co.id': 1 });
    expect(log.searches - before).toBe(4);
  });
});

describe('mergeByDate', () => {
  it('merges date-ordered lists lazily, dropping a page the other list already gave', async () => {
    const result = (id: string, date: string): PagefindResult => ({
      id,
      score: 0,
      data: async () => ({
        url: id,
        excerpt: '',
        meta: { waktu: date },
        anchors: [],
        locations: [],
        sub_results: [],
      }),
    });
    const merged = mergeByDate(
      [
        [result('x', '2024-05'), result('y', '2024-01')],
        [result('x', '2024-05'), result('z', '2024-03')],
      ],
      true,
    );
    expect(merged.total).toBe(3);
    expect((await merged.slice(0, 3)).map((d) => d.url)).toEqual(['x', 'z', 'y']);
  });
});
