/**
 * The archive as the pages see it: every collection's records with their references
 * resolved (an article's publisher, agencies and topics; an event's sources), the articles
 * newest first, the timeline grouped and paged. Pure: src/lib/articles.ts feeds it the
 * content collections, the tests feed it the content as src/lib/content.ts reads it. The
 * content was checked as a whole before (src/lib/content.ts): every reference points somewhere.
 */
import { sortKey } from './dates.ts';
import { compareKeys } from './order.ts';
import type { ArchiveEvent, Article, Entity, Publisher } from './schema.ts';
import {
  type ArticleRef,
  type EventEntry,
  type TimelineYear,
  type YearGroup,
  eventEntries,
  eventLocations,
  groupTimeline,
  publicationEntries,
  timelineYears,
} from './timeline.ts';
import { articlePath, timelinePagePath } from './urls.ts';

export interface ArchivedArticle {
  id: string;
  /** The source file, relative to the project. */
  file: string;
  data: Article;
  url: string;
  publisher: Publisher;
  wire: Publisher[];
  cited: Publisher[];
  entities: Entity[];
  datelinePlace?: Entity;
  ref: ArticleRef;
  /** The archived articles its "read also" lines name, by the line as captured. */
  readAlso: ReadonlyMap<string, ArticleRef>;
}

const NO_LINKS: ReadonlyMap<string, ArticleRef> = new Map();

export interface Archive {
  /** Newest first. */
  articles: ArchivedArticle[];
  /** Events with their citations resolved, in no particular order. */
  events: EventEntry[];
  /** The events as the content holds them, by id: each citation with the words it cites. */
  eventRecords: ReadonlyMap<string, ArchiveEvent>;
  publishers: Publisher[];
  entities: Entity[];
  timeline: YearGroup[];
  /** The timeline as pages: years, months, each month's pages. */
  timelinePages: TimelineYear[];
  /** Where each event is on the timeline's pages (event id → path#anchor). */
  eventLocations: Map<string, string>;
}

/** An article as the content holds it: its id, file and frontmatter (its body is read when its page renders). */
export interface ArticleRecord {
  id: string;
  file: string;
  data: Article;
}

/** The archive from the records of its four collections. */
export function resolveArchive(input: {
  articles: readonly ArticleRecord[];
  events: readonly ArchiveEvent[];
  publishers: readonly Publisher[];
  entities: readonly Entity[];
}): Archive {
  const { publishers, entities, events } = input;
  const inputs = input.articles;
  const publisher = lookup(publishers);
  const entity = lookup(entities);
  const articles = inputs
    .map((input): ArchivedArticle => {
      const { data } = input;
      const url = articlePath(input.id, data);
      const outlet = publisher(data.publisher);
      return {
        ...input,
        url,
        publisher: outlet,
        wire: data.wire.map(publisher),
        cited: data.cited.map(publisher),
        entities: data.entities.map(entity),
        datelinePlace: data.dateline && entity(data.dateline.place),
        ref: {
          id: input.id,
          title: data.title,
          titleDevised: data.titleDevised,
          url,
          publisherName: outlet.name,
          published: data.published,
        },
        readAlso: NO_LINKS,
      };
    })
    .toSorted(newestFirst);

  const refs = articles.map((article) => article.ref);
  const refOf = lookup(refs);
  for (const article of articles) {
    const links = article.data.readAlsoLinks;
    if (links.length > 0) article.readAlso = new Map(links.map((link) => [link.line, refOf(link.article)]));
  }
  const resolved = eventEntries(events, refs, (id) => ({ id, name: entity(id).name }));
  const timeline = groupTimeline([...resolved, ...publicationEntries(refs)]);
  const timelinePages = timelineYears(timeline, timelinePagePath);
  const locations = eventLocations(timelinePages);
  for (const event of resolved) event.location = locations.get(event.id)!;
  return {
    articles,
    events: resolved,
    eventRecords: new Map(events.map((event) => [event.id, event])),
    publishers: [...publishers],
    entities: [...entities],
    timeline,
    timelinePages,
    eventLocations: locations,
  };
}

function newestFirst(a: ArchivedArticle, b: ArchivedArticle): number {
  return compareKeys(sortKey(b.data.published), sortKey(a.data.published)) || compareKeys(a.id, b.id);
}

/** A lookup by id; the archive check has already proved every id exists. */
function lookup<T extends { id: string }>(items: readonly T[]): (id: string) => T {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`unknown id "${id}"`);
    return item;
  };
}

/** The outlet and the wire agencies, as a reader sees them: "kontan.co.id · Reuters". */
export function sourceNames(article: Pick<ArchivedArticle, 'publisher' | 'wire'>): string {
  return [article.publisher, ...article.wire].map((publisher) => publisher.name).join(' · ');
}

/** The articles published just before and just after the one at `index` (newest first). */
export function neighbours(articles: readonly ArchivedArticle[], index: number) {
  return { newer: articles[index - 1], older: articles[index + 1] };
}
