/**
 * Who appears where: the events and articles of a topic, the articles of a publisher. Pure
 * functions over the loaded archive, for the /topik/ and /sumber/ pages.
 */
import type { ArchivedArticle } from './articles.ts';
import type { Entity, Publisher } from './schema.ts';
import { compareEntries, type EventEntry, involves } from './timeline.ts';

/** The events an entity takes part in or is the place of, oldest first. */
export function eventsOf(entityId: string, events: readonly EventEntry[]): EventEntry[] {
  return events.filter((event) => involves(event, entityId)).toSorted(compareEntries);
}

/** The articles that name an entity among their topics, newest first (as given). */
export function articlesAbout(entityId: string, articles: readonly ArchivedArticle[]): ArchivedArticle[] {
  return articles.filter((article) => article.entities.some((entity) => entity.id === entityId));
}

/** A publisher's articles: those it published, those based on its wire, those citing it. */
export function articlesOf(publisherId: string, articles: readonly ArchivedArticle[]) {
  const has = (list: readonly Publisher[]) => list.some((p) => p.id === publisherId);
  return {
    published: articles.filter((article) => article.publisher.id === publisherId),
    wire: articles.filter((article) => has(article.wire)),
    cited: articles.filter((article) => has(article.cited)),
  };
}

/** Items grouped by a key, in the order of `keys`; groups with no item are left out. */
export function groupBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K, keys: readonly K[]) {
  return keys
    .map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) }))
    .filter((group) => group.items.length > 0);
}

export const ENTITY_KINDS: readonly Entity['kind'][] = ['person', 'organisation', 'country', 'place'];
export const PUBLISHER_KINDS: readonly Publisher['kind'][] = ['outlet', 'agency'];
