/**
 * The archive as the pages see it, loaded once per build. The only module that calls
 * `getCollection`: it hands the content collections to `resolveArchive` (src/lib/archive.ts),
 * so that pages and components only read data. An article's body is not in the collection
 * (100,000 bodies would not fit in Astro's data store): its page reads it from its file,
 * which the build checked as a whole before any page rendered (src/lib/content.ts).
 */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ArchivedArticle, type Archive, resolveArchive } from './archive.ts';
import { parseArticleFile } from './article-file.ts';
import { type BodyBlock, bodyBlocks } from './body.ts';

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
    })),
    events: events.map((entry) => entry.data),
    publishers: publishers.map((entry) => entry.data),
    entities: entities.map((entry) => entry.data),
  });
}

/** The content folder (astro.config.mjs resolves KLIPING_CONTENT from the project root). */
const CONTENT = process.env.KLIPING_CONTENT ?? './content';

/** The blocks of an article's body, read from its file when its page renders. */
export function articleBlocks(article: Pick<ArchivedArticle, 'id'>): BodyBlock[] {
  const parsed = parseArticleFile(readFileSync(join(CONTENT, 'articles', `${article.id}.mdx`), 'utf8'));
  if (!parsed.ok) throw new Error(`content/articles/${article.id}.mdx changed after it was checked`);
  return bodyBlocks(parsed.file.body);
}
