/**
 * The archive as the pages see it, loaded once per build. The only module that calls
 * `getCollection`: it hands the content collections to `resolveArchive` (src/lib/archive.ts),
 * so that pages and components only read data.
 */
import { getCollection } from 'astro:content';
import { type Archive, resolveArchive } from './archive.ts';

let archive: Promise<Archive> | undefined;

/** The whole archive, loaded once per build (its content was checked when it was loaded). */
export function loadArchive(): Promise<Archive> {
  archive ??= load();
  return archive;
}

async function load(): Promise<Archive> {
  const [articles, events, publishers, entities] = await Promise.all([
    getCollection('articles'),
    getCollection('events'),
    getCollection('publishers'),
    getCollection('entities'),
  ]);
  return resolveArchive({
    articles: articles.map((entry) => ({
      id: entry.id,
      file: entry.filePath ?? `content/articles/${entry.id}.mdx`,
      data: entry.data,
      body: entry.body ?? '',
    })),
    events: events.map((entry) => entry.data),
    publishers: publishers.map((entry) => entry.data),
    entities: entities.map((entry) => entry.data),
  });
}
