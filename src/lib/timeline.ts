/**
 * The timeline: real-world events and the articles' publications, kept apart as two kinds of
 * entry, in date order and grouped by year and month. An event's date keeps its precision: an
 * event known only to the year is listed under the year, before its months.
 */
import { type ArchiveDate, sortKey } from './dates.ts';
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

/** An article that supports an event, and which of its paragraphs do. */
export interface EventSource {
  article: ArticleRef;
  paragraphs: number[];
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
    }
  | { kind: 'publication'; id: string; date: ArchiveDate; title: string; article: ArticleRef };

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
    const sources = new Map<string, EventSource>();
    for (const { article: id, paragraph } of event.citations) {
      const article = byId.get(id);
      if (!article) throw new Error(`event "${event.id}" cites unknown article "${id}"`);
      const source = sources.get(id) ?? { article, paragraphs: [] };
      if (!source.paragraphs.includes(paragraph)) source.paragraphs.push(paragraph);
      sources.set(id, source);
    }
    const ordered = [...sources.values()]
      .map((source) => ({ ...source, paragraphs: source.paragraphs.toSorted((x, y) => x - y) }))
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
    };
  });
}

/** One entry per article: the day it was published. */
export function publicationEntries(articles: readonly ArticleRef[]): TimelineEntry[] {
  return articles.map((article) => ({
    kind: 'publication' as const,
    id: `terbit-${article.id}`,
    date: article.published,
    title: article.title,
    article,
  }));
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
