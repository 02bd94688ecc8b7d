/**
 * The archive as the pages see it. The only module that calls `getCollection`: it loads every
 * collection once and resolves references, so that pages and components only read data. The
 * content was checked as a whole when it was loaded (src/lib/content.ts): every reference here
 * points somewhere.
 */
import { getCollection } from 'astro:content';
import { type BodyBlock, bodyBlocks } from './body.ts';
import { sortKey } from './dates.ts';
import type { Article, Entity, Publisher } from './schema.ts';
import {
  type ArticleRef,
  type EventEntry,
  type YearGroup,
  eventEntries,
  groupTimeline,
  publicationEntries,
} from './timeline.ts';
import { articlePath } from './urls.ts';
import { compareKeys } from './order.ts';

export interface ArchivedArticle {
  id: string;
  /** The source file, relative to the project. */
  file: string;
  data: Article;
  url: string;
  blocks: BodyBlock[];
  publisher: Publisher;
  wire: Publisher[];
  cited: Publisher[];
  entities: Entity[];
  datelinePlace?: Entity;
  ref: ArticleRef;
}

export interface Archive {
  /** Newest first. */
  articles: ArchivedArticle[];
  /** Events with their citations resolved, in no particular order. */
  events: EventEntry[];
  publishers: Publisher[];
  entities: Entity[];
  timeline: YearGroup[];
}

let archive: Promise<Archive> | undefined;

/** The whole archive, loaded and checked once per build. */
export function loadArchive(): Promise<Archive> {
  archive ??= load();
  return archive;
}

async function load(): Promise<Archive> {
  const [articleEntries, eventEntriesRaw, publisherEntries, entityEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('events'),
    getCollection('publishers'),
    getCollection('entities'),
  ]);
  const publishers = publisherEntries.map((entry) => entry.data);
  const entities = entityEntries.map((entry) => entry.data);
  const events = eventEntriesRaw.map((entry) => entry.data);
  const inputs = articleEntries.map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `content/articles/${entry.id}.mdx`,
    data: entry.data,
    body: entry.body ?? '',
  }));

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
        blocks: bodyBlocks(input.body),
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
      };
    })
    .toSorted(newestFirst);

  const refs = articles.map((article) => article.ref);
  const resolved = eventEntries(events, refs, (id) => ({ id, name: entity(id).name }));
  const timeline = groupTimeline([...resolved, ...publicationEntries(refs)]);
  return { articles, events: resolved, publishers, entities, timeline };
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
