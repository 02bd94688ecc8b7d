/**
 * The article file the importer drafts, checked exactly as the build checks an article
 * (src/lib/content.ts) before anything is written.
 */
import type { z } from 'astro/zod';
import { checkArticleSource } from '../content.ts';
import { checkArchive } from '../integrity.ts';
import type { articleSchema, Entity, Publisher } from '../schema.ts';

/** The frontmatter the importer writes: the schema's input, in the order it is written. */
export type DraftFrontmatter = z.input<typeof articleSchema>;

export { renderArticleFile as renderArticle } from '../article-file.ts';
export { renderBody } from '../body.ts';

/**
 * The problems the build would find in an article's MDX and its capture, given the archive's
 * publishers and entities: the schema, the body, the capture's digest and account, and the
 * references. Empty when none.
 */
export async function checkDraft(
  mdx: string,
  capture: { text: string; sha256: string; bytes: number },
  known: { publishers: readonly Publisher[]; entities: readonly Entity[]; file?: string },
): Promise<string[]> {
  const file = known.file ?? 'the draft';
  const { article, problems } = await checkArticleSource({
    id: 'draft',
    file,
    source: mdx,
    readCapture: async () => ({ ok: true, ...capture }),
  });
  if (!article || problems.length > 0) return problems;
  const located = <T>(data: T) => ({ data, at: () => file });
  return checkArchive({
    articles: [article],
    events: [],
    publishers: known.publishers.map(located),
    entities: known.entities.map(located),
  });
}
