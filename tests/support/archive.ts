/** The committed archive, read and checked as the build does: as content records, and resolved as the pages see it. */
import { type Archive, resolveArchive } from '../../src/lib/archive.ts';
import type { ContentRead } from '../../src/lib/content.ts';
import { readChecked } from './content.ts';
import { CONTENT } from './paths.ts';

export async function committedArchive(): Promise<ContentRead> {
  return readChecked();
}

/** A content folder's archive as the pages see it (what loadArchive gives them in the build). */
export async function resolvedArchive(content = CONTENT): Promise<Archive> {
  const read = await readChecked(content);
  if (read.problems.length > 0) throw new Error(read.problems.join('\n'));
  return resolveArchive({
    articles: read.articles.map(({ id, file, data }) => ({ id, file, data })),
    events: read.events.map((event) => event.data),
    publishers: read.publishers.map((publisher) => publisher.data),
    entities: read.entities.map((entity) => entity.data),
  });
}
