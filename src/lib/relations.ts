/**
 * Who appears where: the events and articles of each topic, the articles of each publisher.
 * Each is built in one pass over the archive (not one pass per topic), for the /topik/ and
 * /sumber/ pages.
 */
import type { ArchivedArticle } from './archive.ts';
import { compareNames } from './order.ts';
import type { Entity, Publisher } from './schema.ts';
import { compareEntries, type EventEntry } from './timeline.ts';

/** Items listed under each of their keys, in the order given. */
function index<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = byKey.get(key);
      if (list) list.push(item);
      else byKey.set(key, [item]);
    }
  }
  return byKey;
}

/** Each entity's events: those it takes part in or is the place of, oldest first. */
export function eventsByEntity(events: readonly EventEntry[]): Map<string, EventEntry[]> {
  const byEntity = index(events.toSorted(compareEntries), (event) => [
    ...(event.place ? [event.place.id] : []),
    ...event.entities.map((entity) => entity.id),
  ]);
  return byEntity;
}

/** Each entity's articles: those that name it among their topics, newest first (as given). */
export function articlesByEntity(articles: readonly ArchivedArticle[]): Map<string, ArchivedArticle[]> {
  return index(articles, (article) => article.entities.map((entity) => entity.id));
}

/** What a publisher is to an article: it published it, the text is based on its wire, or quotes it. */
export type PublisherRole = 'published' | 'wire' | 'cited';

export interface PublisherArticle {
  article: ArchivedArticle;
  role: PublisherRole;
}

/** Each publisher's articles with its role in each, newest first (as given). */
export function articlesByPublisher(articles: readonly ArchivedArticle[]): Map<string, PublisherArticle[]> {
  const byPublisher = new Map<string, PublisherArticle[]>();
  const add = (id: string, entry: PublisherArticle) => {
    const list = byPublisher.get(id);
    if (list) list.push(entry);
    else byPublisher.set(id, [entry]);
  };
  for (const article of articles) {
    add(article.publisher.id, { article, role: 'published' });
    for (const wire of article.wire) add(wire.id, { article, role: 'wire' });
    for (const cited of article.cited) {
      if (!article.wire.some((wire) => wire.id === cited.id)) add(cited.id, { article, role: 'cited' });
    }
  }
  return byPublisher;
}

/** Items grouped by a key, in the order of `keys`; groups with no item are left out. */
export function groupBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K, keys: readonly K[]) {
  return keys
    .map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) }))
    .filter((group) => group.items.length > 0);
}

/** Topics in the order a reader looks for them: by name, as Indonesian sorts. */
export function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return items.toSorted((a, b) => compareNames(a.name, b.name));
}

export const ENTITY_KINDS: readonly Entity['kind'][] = ['person', 'organisation', 'country', 'place'];
export const PUBLISHER_KINDS: readonly Publisher['kind'][] = ['outlet', 'agency'];
