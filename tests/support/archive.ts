/** The committed archive parsed through the real schemas, as input for checkArchive. */
import type { ArchiveInput } from '../../src/lib/integrity';
import { articleSchema, entitySchema, eventSchema, publisherSchema } from '../../src/lib/schema';
import { rawArticles, rawCollection, readCaptureFile } from './content.ts';

export function committedArchive(): ArchiveInput {
  return {
    articles: rawArticles().map((raw) => {
      const data = articleSchema.parse(raw.frontmatter);
      return { id: raw.id, file: raw.file, data, body: raw.body, capture: readCaptureFile(data.capture) };
    }),
    events: rawCollection('events').map((e) => eventSchema.parse(e)),
    publishers: rawCollection('publishers').map((p) => publisherSchema.parse(p)),
    entities: rawCollection('entities').map((e) => entitySchema.parse(e)),
  };
}
