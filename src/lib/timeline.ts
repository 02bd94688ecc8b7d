/**
 * The timeline: real-world events and the articles' publications, kept apart as two kinds of
 * entry, in date order and grouped by year and month. An event's date keeps its precision: an
 * event known only to the year is listed under the year, before its months. Publications are
 * one entry per day (a busy day is one line that leads to its Indeks page, not a hundred).
 *
 * The timeline's pages: /linimasa/ (the years and months with their counts), a page per year
 * (its events known only to the year, and its months) and per month, paginated, so that no
 * page grows with the archive.
 */
import { type ArchiveDate, archiveDateOf, civilDay, sortKey } from './dates.ts';
import { type ListPage, paginateAt } from './paginate.ts';
import type { ArchiveEvent } from './schema.ts';
import { compareKeys, compareNames } from './order.ts';

/** What the timeline needs to know of an article. */
export interface ArticleRef {
  id: string;
  title: string;
  titleDevised: boolean;
  url: string;
  publisherName: string;
  published: ArchiveDate;
}

/** A person, organisation or place, as a link. */
export interface EntityRef {
  id: string;
  name: string;
}

/** An article that supports an event, which of its paragraphs do, and the words each relies on. */
export interface EventSource {
  article: ArticleRef;
  paragraphs: number[];
  /** The cited words, paragraph by paragraph (as `paragraphs`). */
  quotes: string[];
}

export type TimelineEntry =
  | {
      kind: 'event';
      id: string;
      date: ArchiveDate;
      title: string;
      place?: EntityRef;
      entities: EntityRef[];
      sources: EventSource[];
      /** Its place on the timeline's pages (path and anchor), once they are paged (see eventLocations). */
      location: string;
    }
  | {
      kind: 'publication';
      id: string;
      /** The day (in WIB) the articles were published. */
      date: ArchiveDate;
      title: string;
      /** The day's articles when there are few enough to list, in publication order; else empty. */
      articles: ArticleRef[];
      /** How many articles were published that day. */
      count: number;
    };

export type EventEntry = Extract<TimelineEntry, { kind: 'event' }>;

export interface MonthGroup {
  month: number;
  entries: TimelineEntry[];
}

export interface YearGroup {
  year: number;
  /** Entries known only to the year. */
  entries: TimelineEntry[];
  months: MonthGroup[];
}

/** Chronological order; a coarser date first; publications after events of the same moment. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const byDate = compareKeys(sortKey(a.date), sortKey(b.date));
  if (byDate !== 0) return byDate;
  if (a.kind !== b.kind) return a.kind === 'event' ? -1 : 1;
  return compareNames(a.title, b.title) || compareKeys(a.id, b.id);
}

/** Resolves each event's citations to the articles they name, grouped per article. */
export function eventEntries(
  events: readonly ArchiveEvent[],
  articles: readonly ArticleRef[],
  entityOf: (id: string) => EntityRef,
): EventEntry[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return events.map((event) => {
    const sources = new Map<string, { article: ArticleRef; cited: Map<number, string> }>();
    for (const { article: id, paragraph, quote } of event.citations) {
      const article = byId.get(id);
      if (!article) throw new Error(`event "${event.id}" cites unknown article "${id}"`);
      const source = sources.get(id) ?? { article, cited: new Map<number, string>() };
      if (!source.cited.has(paragraph)) source.cited.set(paragraph, quote);
      sources.set(id, source);
    }
    const ordered = [...sources.values()]
      .map(({ article, cited }) => {
        const paragraphs = [...cited.keys()].toSorted((x, y) => x - y);
        return { article, paragraphs, quotes: paragraphs.map((n) => cited.get(n)!) };
      })
      .toSorted(
        (x, y) =>
          compareKeys(sortKey(x.article.published), sortKey(y.article.published)) ||
          compareKeys(x.article.id, y.article.id),
      );
    return {
      kind: 'event' as const,
      id: event.id,
      date: event.date,
      title: event.title,
      place: event.place ? entityOf(event.place) : undefined,
      entities: event.entities.map(entityOf),
      sources: ordered,
      location: '',
    };
  });
}

/** A day with more publications than this is one line on the timeline, leading to its Indeks page. */
export const LISTED_PUBLICATIONS = 3;

/** One entry per publication day (WIB): its articles, or their number on a busy day. */
export function publicationEntries(articles: readonly ArticleRef[]): TimelineEntry[] {
  const days = new Map<string, ArticleRef[]>();
  for (const article of articles) {
    const day = civilDay(article.published);
    const list = days.get(day);
    if (list) list.push(article);
    else days.set(day, [article]);
  }
  return [...days].map(([day, list]) => {
    const ordered = list.toSorted(
      (a, b) => compareKeys(sortKey(a.published), sortKey(b.published)) || compareKeys(a.id, b.id),
    );
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return {
      kind: 'publication' as const,
      id: `terbit-${day}`,
      date: archiveDateOf(year, month, date),
      title: ordered.length === 1 ? ordered[0]!.title : '',
      articles: ordered.length <= LISTED_PUBLICATIONS ? ordered : [],
      count: ordered.length,
    };
  });
}

/** Groups entries by year and month, every level in chronological order. */
export function groupTimeline(entries: readonly TimelineEntry[]): YearGroup[] {
  const years = new Map<number, YearGroup>();
  for (const entry of entries.toSorted(compareEntries)) {
    const { year, month } = entry.date;
    let group = years.get(year);
    if (!group) {
      group = { year, entries: [], months: [] };
      years.set(year, group);
    }
    if (month === undefined) {
      group.entries.push(entry);
      continue;
    }
    let monthGroup = group.months.find((m) => m.month === month);
    if (!monthGroup) {
      monthGroup = { month, entries: [] };
      group.months.push(monthGroup);
    }
    monthGroup.entries.push(entry);
  }
  return [...years.values()];
}

/** Whether an event involves an entity, as a participant or as its place. */
export function involves(entry: EventEntry, entityId: string): boolean {
  return entry.place?.id === entityId || entry.entities.some((entity) => entity.id === entityId);
}

/** The events each article is cited by, in one pass over the events. */
export function eventsByArticle(events: readonly EventEntry[]): Map<string, EventEntry[]> {
  const byArticle = new Map<string, EventEntry[]>();
  for (const event of events) {
    for (const { article } of event.sources)
      byArticle.set(article.id, [...(byArticle.get(article.id) ?? []), event]);
  }
  return byArticle;
}

/**
 * "Other coverage of this event": the other articles that cite an event this article cites,
 * in publication order, each with the shared events in date order. `events` may be all events, or only
 * those citing the article (see eventsByArticle).
 */
export function otherCoverage(articleId: string, events: readonly EventEntry[]) {
  const shared = new Map<string, { article: ArticleRef; events: EventEntry[] }>();
  for (const event of events) {
    if (!event.sources.some((source) => source.article.id === articleId)) continue;
    for (const { article } of event.sources) {
      if (article.id === articleId) continue;
      const entry = shared.get(article.id) ?? { article, events: [] };
      entry.events.push(event);
      shared.set(article.id, entry);
    }
  }
  return [...shared.values()]
    .map((entry) => ({ ...entry, events: entry.events.toSorted(compareEntries) }))
    .toSorted(
      (a, b) =>
        compareKeys(sortKey(a.article.published), sortKey(b.article.published)) ||
        compareKeys(a.article.id, b.article.id),
    );
}

/** A month of the timeline, as the overview lists it. */
export interface TimelineMonth {
  year: number;
  month: number;
  /** Events of the month (at month or finer precision). */
  events: number;
  /** Articles published in the month. */
  publications: number;
  pages: ListPage<TimelineEntry>[];
}

/** A year of the timeline: its events known only to the year, and its months. */
export interface TimelineYear {
  year: number;
  /** Entries known only to the year, in order, in pages (the first at the year's address). */
  pages: ListPage<TimelineEntry>[];
  months: TimelineMonth[];
  /** Events of the whole year, at any precision. */
  events: number;
  publications: number;
}

const count = (entries: readonly TimelineEntry[], kind: TimelineEntry['kind']) =>
  entries.reduce(
    (sum, entry) => sum + (entry.kind !== kind ? 0 : entry.kind === 'event' ? 1 : entry.count),
    0,
  );

/**
 * The timeline as pages: each year's own entries and each month's in pages of `size`, at the
 * paths `pathOf` gives (page 1 of a year or a month at its own address).
 */
export function timelineYears(
  groups: readonly YearGroup[],
  pathOf: (year: number, month: number | undefined, page: number) => string,
  size?: number,
): TimelineYear[] {
  return groups.map((group) => {
    const months = group.months.map((m) => ({
      year: group.year,
      month: m.month,
      events: count(m.entries, 'event'),
      publications: count(m.entries, 'publication'),
      pages: paginateAt(m.entries, (n) => pathOf(group.year, m.month, n), size),
    }));
    return {
      year: group.year,
      pages: paginateAt(group.entries, (n) => pathOf(group.year, undefined, n), size),
      months,
      events: count(group.entries, 'event') + months.reduce((sum, m) => sum + m.events, 0),
      publications: count(group.entries, 'publication') + months.reduce((sum, m) => sum + m.publications, 0),
    };
  });
}

/** Where each event is on the timeline's pages: its id → the page's path and its anchor. */
export function eventLocations(years: readonly TimelineYear[]): Map<string, string> {
  const locations = new Map<string, string>();
  for (const year of years) {
    for (const page of [...year.pages, ...year.months.flatMap((month) => month.pages)]) {
      for (const entry of page.items)
        if (entry.kind === 'event') locations.set(entry.id, `${page.path}#${entry.id}`);
    }
  }
  return locations;
}
