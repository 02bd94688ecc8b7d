/**
 * The search index in shards: one Pagefind index per publication year, or per month for a
 * year too big for one (100,000 articles in a year make twelve shards of about 8,000). The
 * indexer's memory grows with its pages, and a reader's first results need only the newest
 * shard: the others are merged in at query time (Pagefind's multisite search). Shards follow
 * the calendar, so adding an article rebuilds only its period's shard.
 */
import { compareKeys } from './order.ts';

/** The most article pages one shard holds before its year is split into months. */
export const SHARD_PAGES = 15_000;

export interface Shard {
  /** "2022" or "2022-01". */
  id: string;
  /** The article pages it indexes, relative to dist/. */
  glob: string;
  /** Where its index is written and served from. */
  path: string;
  /** The first and last publication day it holds, "YYYY-MM-DD". */
  from: string;
  to: string;
  pages: number;
}

/** The manifest the build writes and the search page reads: the shards, newest first. */
export interface ShardManifest {
  shards: Shard[];
}

export const SHARDS_PATH = '/pagefind/shards.json';

/**
 * The shards for the article pages published on each day (WIB, "YYYY-MM-DD" → pages),
 * newest first. `limit` is SHARD_PAGES but for tests.
 */
export function shardPlan(days: ReadonlyMap<string, number>, limit = SHARD_PAGES): Shard[] {
  const byPeriod = new Map<string, { days: string[]; pages: number }>();
  const add = (period: string, day: string, pages: number) => {
    const entry = byPeriod.get(period) ?? { days: [], pages: 0 };
    entry.days.push(day);
    entry.pages += pages;
    byPeriod.set(period, entry);
  };
  const years = new Map<string, number>();
  for (const [day, pages] of days) years.set(day.slice(0, 4), (years.get(day.slice(0, 4)) ?? 0) + pages);
  for (const [day, pages] of days) {
    const year = day.slice(0, 4);
    add(years.get(year)! > limit ? day.slice(0, 7) : year, day, pages);
  }
  return [...byPeriod]
    .map(([id, { days: list, pages }]) => {
      const sorted = list.toSorted(compareKeys);
      const folder = id.replace('-', '/');
      return {
        id,
        glob: `artikel/${folder}/**/*.html`,
        path: `/pagefind/${id}/`,
        from: sorted[0]!,
        to: sorted.at(-1)!,
        pages,
      };
    })
    .toSorted((a, b) => compareKeys(b.id, a.id));
}
