/**
 * What each listing page shows, decided once for the routes: the Indeks pages (years and
 * months as the way into their days, a period's articles listed when they fit on one page,
 * days paginated), the pages of a topic (its latest events, its articles paginated, all its
 * events), of a publisher, and of all the topics of one kind. Every list is paginated, so no
 * page grows with the archive; a small archive reads as one page per list.
 */
import type { ArchivedArticle } from './archive.ts';
import { type MonthCount, monthlyCounts } from './coverage.ts';
import { type IndexLevel, type IndexPage, indexPages } from './indexes.ts';
import { type ListPage, PAGE_SIZE, paginate } from './paginate.ts';
import {
  type PublisherArticle,
  articlesByEntity,
  articlesByPublisher,
  byName,
  eventsByEntity,
} from './relations.ts';
import type { Entity, Publisher } from './schema.ts';
import type { EventEntry } from './timeline.ts';
import { entityEventsPath, entityPath, eventPath, publisherPath, topicKindPath } from './urls.ts';

/** How many of a topic's events its first page shows before "all events". */
export const TOPIC_EVENTS_SHOWN = 10;
/** How many topics of a kind the topic index shows before "all of this kind". */
export const TOPICS_SHOWN = 30;
/** How many topics a page of a kind's list shows. */
export const TOPIC_PAGE_SIZE = 100;

/** A period of the Indeks that lists finer periods (a year's months, a month's days). */
export interface IndexChild {
  path: string;
  year: number;
  month?: number;
  day?: number;
  count: number;
}

export interface IndexView {
  page: IndexPage<ArchivedArticle>;
  /** The months of a year, the days of a month. */
  children: IndexChild[];
  /** The period's articles, when it lists them: a day always (paginated), a year or month when they fit on one page. */
  list?: ListPage<ArchivedArticle>;
}

/** Every page of the Indeks: years, months, days, and a busy day's further pages. */
export function indexViews(articles: readonly ArchivedArticle[]): IndexView[] {
  const dateOf = (article: ArchivedArticle) => article.data.published;
  const levels = (['year', 'month', 'day'] as const).map((level) => indexPages(articles, dateOf, level));
  const [years, months, days] = levels as [
    IndexPage<ArchivedArticle>[],
    IndexPage<ArchivedArticle>[],
    IndexPage<ArchivedArticle>[],
  ];
  const childrenOf = (level: IndexLevel) => {
    const finer = level === 'year' ? months : level === 'month' ? days : [];
    const byParent = new Map<string, IndexChild[]>();
    for (const child of finer) {
      const parent = child.path.replace(/[^/]+\/$/, '');
      const list = byParent.get(parent) ?? [];
      list.push({
        path: child.path,
        year: child.year,
        month: child.month,
        day: child.day,
        count: child.items.length,
      });
      byParent.set(parent, list);
    }
    return byParent;
  };
  const views: IndexView[] = [];
  for (const [level, pages] of [
    ['year', years],
    ['month', months],
  ] as const) {
    const children = childrenOf(level);
    for (const page of pages) {
      const list = page.items.length <= PAGE_SIZE ? paginate(page.items, page.path)[0] : undefined;
      views.push({ page, children: children.get(page.path) ?? [], list });
    }
  }
  for (const page of days) {
    for (const list of paginate(page.items, page.path)) views.push({ page, children: [], list });
  }
  return views;
}

/** A topic's page (or one of its further pages of articles). */
export interface TopicView {
  entity: Entity;
  /** The latest events, on the first page only; `eventCount` says how many there are in all. */
  events: EventEntry[];
  eventCount: number;
  articles: ListPage<ArchivedArticle>;
  /** Its articles per month (src/lib/coverage.ts), on the first page only; else empty. */
  coverage: MonthCount[];
}

/** A page of all of a topic's events. */
export interface TopicEventsView {
  entity: Entity;
  events: ListPage<EventEntry>;
}

/** Every page of every topic: its own pages of articles, and its pages of events. */
export function topicViews(
  entities: readonly Entity[],
  articles: readonly ArchivedArticle[],
  events: readonly EventEntry[],
) {
  const articlesOf = articlesByEntity(articles);
  const eventsOf = eventsByEntity(events);
  const topics: TopicView[] = [];
  const topicEvents: TopicEventsView[] = [];
  for (const entity of entities) {
    const own = eventsOf.get(entity.id) ?? [];
    const list = articlesOf.get(entity.id) ?? [];
    for (const page of paginate(list, entityPath(entity.id))) {
      const first = page.number === 1;
      topics.push({
        entity,
        events: first ? own.slice(-TOPIC_EVENTS_SHOWN) : [],
        eventCount: own.length,
        articles: page,
        coverage: first ? monthlyCounts(list.map((article) => article.data.published)) : [],
      });
    }
    // A topic whose events all fit on its own page needs no page of them.
    if (own.length > TOPIC_EVENTS_SHOWN) {
      for (const page of paginate(own, entityEventsPath(entity.id)))
        topicEvents.push({ entity, events: page });
    }
  }
  return { topics, topicEvents };
}

/** How many articles name each topic, for the topic lists. */
export function topicCounts(articles: readonly ArchivedArticle[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles)
    for (const entity of article.entities) counts.set(entity.id, (counts.get(entity.id) ?? 0) + 1);
  return counts;
}

export interface TopicEntry {
  entity: Entity;
  count: number;
}

/** A page of the list of all topics of one kind, by name. */
export interface TopicKindView {
  kind: Entity['kind'];
  topics: ListPage<TopicEntry>;
}

/**
 * The topic index's sections, one per kind: every topic of the kind when there are few, else
 * the most covered (by name), with the way to the kind's full list; and that list's pages.
 */
export function topicKinds(
  entities: readonly Entity[],
  articles: readonly ArchivedArticle[],
  kinds: readonly Entity['kind'][],
) {
  const counts = topicCounts(articles);
  const sections: { kind: Entity['kind']; shown: TopicEntry[]; total: number; path: string }[] = [];
  const pages: TopicKindView[] = [];
  for (const kind of kinds) {
    const all = byName(entities.filter((entity) => entity.kind === kind)).map((entity) => ({
      entity,
      count: counts.get(entity.id) ?? 0,
    }));
    if (all.length === 0) continue;
    const shown =
      all.length <= TOPICS_SHOWN
        ? all
        : all
            .toSorted((a, b) => b.count - a.count)
            .slice(0, TOPICS_SHOWN)
            .toSorted((a, b) => all.indexOf(a) - all.indexOf(b));
    sections.push({ kind, shown, total: all.length, path: topicKindPath(kind) });
    for (const page of paginate(all, topicKindPath(kind), TOPIC_PAGE_SIZE))
      pages.push({ kind, topics: page });
  }
  return { sections, pages };
}

/** A page of a publisher's articles, each with what the publisher is to it. */
export interface PublisherView {
  publisher: Publisher;
  articles: ListPage<PublisherArticle>;
  /** Its articles (in every role) per month, on the first page only; else empty. */
  coverage: MonthCount[];
}

/** Every page of every publisher. */
export function publisherViews(
  publishers: readonly Publisher[],
  articles: readonly ArchivedArticle[],
): PublisherView[] {
  const articlesOf = articlesByPublisher(articles);
  return publishers.flatMap((publisher) => {
    const list = articlesOf.get(publisher.id) ?? [];
    return paginate(list, publisherPath(publisher.id)).map((page) => ({
      publisher,
      articles: page,
      coverage: page.number === 1 ? monthlyCounts(list.map(({ article }) => article.data.published)) : [],
    }));
  });
}

/** The rest parameter of a route for a page's path below `prefix`: "2022/01/2" for /indeks/2022/01/2/. */
export function restParam(path: string, prefix: string): string | undefined {
  const rest = path.slice(prefix.length).replace(/\/$/, '');
  return rest === '' ? undefined : rest;
}

/** How many of an event's sources a timeline entry shows before "and N more" (its own page has all). */
export const SOURCES_SHOWN = 3;

/** A page of an event: what happened, and a page of the articles that report it, each with its cited words. */
export interface EventView {
  event: EventEntry;
  sources: ListPage<EventEntry['sources'][number]>;
}

/** Every page of every event. */
export function eventViews(events: readonly EventEntry[]): EventView[] {
  return events.flatMap((event) =>
    paginate(event.sources, eventPath(event)).map((sources) => ({ event, sources })),
  );
}
