/**
 * The article file the importer drafts, checked exactly as the build checks an article
 * (src/lib/content.ts) before anything is written; and the candidate events it suggests,
 * checked as the build would check them in events.yaml once the archivist confirms them.
 */
import type { z } from 'astro/zod';
import { type ArticleSource, checkArticleSource } from '../content.ts';
import { type Located, checkArchive } from '../integrity.ts';
import {
  type ArchiveEvent,
  type articleSchema,
  type Entity,
  type Publisher,
  eventSchema,
} from '../schema.ts';

/** The frontmatter the importer writes: the schema's input, in the order it is written. */
export type DraftFrontmatter = z.input<typeof articleSchema>;

export { renderArticleFile as renderArticle } from '../article-file.ts';
export { renderBody } from '../body.ts';

/** What the archive holds that a draft refers to. */
export interface DraftContext {
  publishers: readonly Publisher[];
  entities: readonly Entity[];
  /** The file as named in messages, e.g. "articles/x.mdx". */
  file?: string;
  /** The article's id (its file name without .mdx): what a citation of it names. */
  id?: string;
  /** Ids of the archived articles, which a "read also" link may name. */
  articles?: ReadonlySet<string>;
}

interface CheckedDraft {
  /** The problems the build would find in the draft; empty when none. */
  problems: string[];
  /** The problems the build would find in an event of events.yaml (before its schema: as written). */
  checkEvent(event: unknown): string[];
}

/** Checks a draft, and gives a checker for events that cite it. */
export async function checkDraftWithEvents(
  mdx: string,
  capture: { text: string; sha256: string; bytes: number },
  known: DraftContext,
): Promise<CheckedDraft> {
  const file = known.file ?? 'the draft';
  const { article, problems } = await checkArticleSource({
    id: known.id ?? 'draft',
    file,
    source: mdx,
    readCapture: async () => ({ ok: true, ...capture }),
  });
  const located = <T>(data: T): Located<T> => ({ data, at: () => file });
  const check = (checked: ArticleSource, events: Located<ArchiveEvent>[]) =>
    checkArchive({
      articles: [checked],
      events,
      publishers: known.publishers.map(located),
      entities: known.entities.map(located),
      knownArticles: known.articles,
    });
  if (!article || problems.length > 0) return { problems, checkEvent: () => ['the draft has problems'] };
  return {
    problems: check(article, []),
    checkEvent(event) {
      const parsed = eventSchema.safeParse(event);
      if (!parsed.success)
        return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      return check(article, [located(parsed.data)]);
    },
  };
}

/**
 * The problems the build would find in an article's MDX and its capture, given the archive's
 * publishers, entities and articles: the schema, the body, the capture's digest and account,
 * and the references. Empty when none.
 */
export async function checkDraft(
  mdx: string,
  capture: { text: string; sha256: string; bytes: number },
  known: DraftContext,
): Promise<string[]> {
  return (await checkDraftWithEvents(mdx, capture, known)).problems;
}
