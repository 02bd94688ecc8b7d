/**
 * JSON-LD for listing pages (the front page, the timeline, topics, sources, the indexes): a
 * schema.org CollectionPage whose main entity is one or more ItemLists of what the page
 * lists, and a top-level `dateModified` taken from the data (the newest capture among the
 * articles the page lists or cites), never from the clock. Link unfurlers date a page by its
 * top-level JSON-LD before they fall back to the first `<time>` on it (metascraper dated the
 * timeline 2002-01-01 that way).
 *
 * A listing is given as plain items, so that a paginated page lists only its own items and
 * says where they start (`firstPosition`).
 */
import type {
  CollectionPage,
  Event,
  ItemList,
  ListItem,
  NewsArticle,
  Thing,
  WebPage,
  WithContext,
} from 'schema-dts';
import { type ArchiveDate, archiveDateOf, formatArchiveDate, machineDate, sortKey } from './dates.ts';
import {
  type EventView,
  type IndexView,
  type PublisherView,
  TOPIC_PAGE_SIZE,
  type TopicKindView,
  type TopicView,
} from './listings.ts';
import { articleNodeId, eventNodeId, organization, thing, websiteNodeId } from './metadata.ts';
import { PAGE_SIZE } from './paginate.ts';
import type { ArticleRef, TimelineEntry } from './timeline.ts';
import { t } from './i18n.ts';
import { absoluteUrl, entityPath, eventPath, indexPath } from './urls.ts';

/** One thing a listing page lists. */
export interface ListingItem {
  /** Its path on the site (or an absolute URL). */
  url: string;
  name: string;
  /** An article's publication date, an event's date; a page's none. */
  date?: ArchiveDate;
  /** What it is: an archived article (default), a real-world event, or another page. */
  kind?: 'article' | 'event' | 'page';
}

export interface ListingList {
  items: readonly ListingItem[];
  /** As the page shows them: newest first, oldest first, or in no date order. */
  order: 'descending' | 'ascending' | 'unordered';
  /** The list's heading, when the page has more than one. */
  name?: string;
  /** The position of the first item: 1, or where this page of a paginated listing starts. */
  firstPosition?: number;
  /** How many items the whole listing has, when this page shows only some of them. */
  total?: number;
}

/** Groups of links under headings (the topics' and the sources' pages), as lists of pages, in no date order. */
export function linkGroupLists(
  groups: readonly { title: string; links: readonly { href: string; label: string }[] }[],
): ListingList[] {
  return groups.map((group) => ({
    name: group.title,
    order: 'unordered',
    items: group.links.map((link) => ({ url: link.href, name: link.label, kind: 'page' })),
  }));
}

export interface ListingPage {
  /** The page's path on the site. */
  path: string;
  name: string;
  description?: string;
  lists: readonly ListingList[];
  /** The newest capture among the articles listed or cited (see newestArchived). */
  modified?: ArchiveDate;
  /** What the page is about: a topic or a publisher (see metadata.ts thing/organization). */
  about?: Thing;
  /** The period an index page covers, e.g. "2022-01". */
  temporalCoverage?: string;
}

const ORDER = {
  descending: 'schema:ItemListOrderDescending',
  ascending: 'schema:ItemListOrderAscending',
  unordered: 'schema:ItemListUnordered',
} as const;

function itemNode(item: ListingItem, site: URL): NewsArticle | Event | WebPage {
  const url = absoluteUrl(item.url, site);
  const date = item.date && machineDate(item.date);
  switch (item.kind ?? 'article') {
    case 'article':
      return {
        '@type': 'NewsArticle',
        '@id': articleNodeId(item.url, site),
        url,
        headline: item.name,
        ...(date ? { datePublished: date } : {}),
      };
    case 'event':
      return {
        '@type': 'Event',
        '@id': eventNodeId(item.url, site),
        url,
        name: item.name,
        ...(date ? { startDate: date } : {}),
      };
    case 'page':
      return { '@type': 'WebPage', '@id': url, url, name: item.name };
  }
}

/** An ItemList of a listing's items, each a ListItem at its position. */
export function itemListJsonLd(list: ListingList, site: URL): ItemList {
  const first = list.firstPosition ?? 1;
  return {
    '@type': 'ItemList',
    ...(list.name ? { name: list.name } : {}),
    numberOfItems: list.total ?? list.items.length,
    itemListOrder: { '@id': ORDER[list.order] },
    itemListElement: list.items.map((item, index): ListItem => ({
      '@type': 'ListItem',
      position: first + index,
      item: itemNode(item, site),
    })),
  };
}

/** A listing page as a CollectionPage, part of the site, with its lists as main entity. */
export function collectionPageJsonLd(page: ListingPage, site: URL): WithContext<CollectionPage> {
  const url = absoluteUrl(page.path, site);
  const lists = page.lists.map((list) => itemListJsonLd(list, site));
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name: page.name,
    ...(page.description ? { description: page.description } : {}),
    inLanguage: 'id',
    isPartOf: { '@id': websiteNodeId(site) },
    ...(page.modified ? { dateModified: machineDate(page.modified) } : {}),
    ...(page.about ? { about: page.about } : {}),
    ...(page.temporalCoverage ? { temporalCoverage: page.temporalCoverage } : {}),
    ...(lists.length > 0 ? { mainEntity: lists.length === 1 ? lists[0]! : lists } : {}),
  };
}

/**
 * The newest capture date among some articles: the date a listing of them last changed.
 * `undefined` for none. Of two captures on the same day, the one with a known time wins.
 */
export function newestArchived(
  articles: Iterable<{ data: { archived: ArchiveDate } }>,
): ArchiveDate | undefined {
  let newest: ArchiveDate | undefined;
  for (const { data } of articles) {
    if (!newest || sortKey(data.archived) > sortKey(newest)) newest = data.archived;
  }
  return newest;
}

/** An archived article as a listing item (from its `ref`). */
export function articleItem(article: Pick<ArticleRef, 'url' | 'title' | 'published'>): ListingItem {
  return { url: article.url, name: article.title, date: article.published, kind: 'article' };
}

/**
 * A timeline entry as listing items: an event (at its own page), or a day's publications: its
 * articles, or (a busy day) its Indeks page.
 */
export function timelineItems(entry: TimelineEntry): ListingItem[] {
  if (entry.kind === 'event')
    return [{ url: eventPath(entry), name: entry.title, date: entry.date, kind: 'event' }];
  if (entry.articles.length > 0) return entry.articles.map(articleItem);
  const { year, month, day } = entry.date;
  return [
    {
      url: indexPath(year, month, day),
      name: t('timeline.publications', { count: entry.count }),
      kind: 'page',
    },
  ];
}

/** The articles that some events cite, each once, looked up by id. */
export function citedArticles<T>(
  events: readonly { sources: readonly { article: { id: string } }[] }[],
  byId: ReadonlyMap<string, T>,
): T[] {
  const ids = new Set(events.flatMap((event) => event.sources.map((source) => source.article.id)));
  return [...ids].flatMap((id) => {
    const article = byId.get(id);
    return article ? [article] : [];
  });
}

/** Where a page of a paginated listing starts, and how many items the whole listing has. */
function pageOf(page: { number: number; total: number }, size: number) {
  return { firstPosition: (page.number - 1) * size + 1, total: page.total };
}

/** A topic's page: about the topic, its latest events (first page) and a page of its articles. */
export function topicPageJsonLd(
  view: TopicView,
  citing: ReadonlyMap<string, { data: { archived: ArchiveDate } }>,
  site: URL,
) {
  const articles = view.articles.items;
  return collectionPageJsonLd(
    {
      path: view.articles.path,
      name: view.entity.name,
      description: view.entity.description,
      about: thing(view.entity, site),
      // The page changes when an article it lists, or one its events cite, is captured.
      modified: newestArchived([...articles, ...citedArticles(view.events, citing)]),
      lists: [
        ...(view.events.length > 0
          ? [
              {
                name: t('topic.events'),
                order: 'ascending' as const,
                items: view.events.flatMap((e) => timelineItems(e)),
                total: view.eventCount,
              },
            ]
          : []),
        {
          name: t('topic.articles'),
          order: 'descending' as const,
          items: articles.map((a) => articleItem(a.ref)),
          ...pageOf(view.articles, PAGE_SIZE),
        },
      ],
    },
    site,
  );
}

/** A publisher's page: about the publisher, a page of its articles. */
export function publisherPageJsonLd(view: PublisherView, site: URL) {
  const articles = view.articles.items.map((item) => item.article);
  return collectionPageJsonLd(
    {
      path: view.articles.path,
      name: view.publisher.name,
      description: view.publisher.description,
      about: organization(view.publisher, site),
      modified: newestArchived(articles),
      lists: [
        {
          order: 'descending',
          items: articles.map((a) => articleItem(a.ref)),
          ...pageOf(view.articles, PAGE_SIZE),
        },
      ],
    },
    site,
  );
}

/** A page of the timeline: what it lists, in date order. */
export function timelinePageJsonLd(
  input: {
    path: string;
    name: string;
    entries: readonly TimelineEntry[];
    modified?: ArchiveDate;
    total?: number;
    firstPosition?: number;
  },
  site: URL,
) {
  return collectionPageJsonLd(
    {
      path: input.path,
      name: input.name,
      description: t('timeline.intro'),
      modified: input.modified,
      lists: [
        {
          name: t('meta.timeline'),
          order: 'ascending',
          items: input.entries.flatMap((entry) => timelineItems(entry)),
          ...(input.total === undefined ? {} : { total: input.total, firstPosition: input.firstPosition }),
        },
      ],
    },
    site,
  );
}

/** A page of the list of every topic of one kind. */
export function topicKindPageJsonLd(view: TopicKindView, site: URL) {
  return collectionPageJsonLd(
    {
      path: view.topics.path,
      name: t('topics.kindTitle', { kind: t(`topics.kind.${view.kind}`) }),
      lists: [
        {
          order: 'unordered',
          items: view.topics.items.map(({ entity }) => ({
            url: entityPath(entity.id),
            name: entity.name,
            kind: 'page' as const,
          })),
          ...pageOf(view.topics, TOPIC_PAGE_SIZE),
        },
      ],
    },
    site,
  );
}

/**
 * An event's page: about the event, a page of the articles that report it (oldest first), and
 * changed when one of them is captured.
 */
export function eventPageJsonLd(
  view: EventView,
  byId: ReadonlyMap<string, { data: { archived: ArchiveDate } }>,
  site: URL,
) {
  const { event, sources } = view;
  const articles = sources.items.map((source) => source.article);
  return collectionPageJsonLd(
    {
      path: sources.path,
      name: event.title,
      about: itemNode({ url: eventPath(event), name: event.title, date: event.date, kind: 'event' }, site),
      modified: newestArchived(citedArticles([{ sources: sources.items }], byId)),
      lists: [{ order: 'ascending', items: articles.map(articleItem), ...pageOf(sources, PAGE_SIZE) }],
    },
    site,
  );
}

/**
 * A page of the Indeks: its articles when it lists them (a day, or a period that fits on one
 * page), else its months or days, so a year of 30,000 articles describes 12 months, not them all.
 */
export function indexPageJsonLd(view: IndexView, name: string, site: URL) {
  const { page, children, list } = view;
  return collectionPageJsonLd(
    {
      path: list?.path ?? page.path,
      name,
      temporalCoverage: machineDate(archiveDateOf(page.year, page.month, page.day)),
      modified: newestArchived(page.items),
      lists: [
        list
          ? {
              order: 'descending',
              items: list.items.map((a) => articleItem(a.ref)),
              ...pageOf(list, PAGE_SIZE),
            }
          : {
              order: 'ascending',
              items: children.map((child) => ({
                url: child.path,
                name: formatArchiveDate(archiveDateOf(child.year, child.month, child.day)),
                kind: 'page' as const,
              })),
            },
      ],
    },
    site,
  );
}
