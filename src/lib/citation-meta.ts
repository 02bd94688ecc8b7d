/**
 * The tags reference managers read in an article page's <head>, so that Zotero (its Embedded
 * Metadata and RDF translators), Citoid and other readers of embedded metadata save the page
 * as a newspaper article of its outlet, kept by the archive:
 *
 * - Dublin Core: `DC.type` "newspaperArticle" (Zotero's own DC export names the item type so),
 *   the title (in brackets when the archive devised it), date, language, and the authors: a
 *   byline and the wire agencies (wire copy is cited under its agency).
 * - PRISM `publicationName`: the outlet, which Zotero takes as publicationTitle.
 * - Zotero's export namespace: `z.archive` "Kliping" and `z.archiveLocation` (the capture file).
 * - RDFa `schema:contributor`: the editor. Zotero's newspaperArticle has no editor role, and an
 *   editor tag would be saved as a co-author.
 *
 * No `citation_*` tags: `citation_journal_title` and its kin force other item types. Cited
 * agencies are not creators.
 */
import type { ArchivedArticle } from './archive.ts';
import { type ArchiveDate, machineDate } from './dates.ts';
import { ARCHIVE_NAME } from './metadata.ts';

/** Extra <head> data for Base.astro: RDFa prefixes for <html>, <link>s and <meta>s. */
export interface HeadTags {
  /** The `prefix` attribute of <html> (RDFa), e.g. "schema: http://schema.org/". */
  prefix?: string;
  links: { rel: string; href: string }[];
  meta: ({ name: string; content: string } | { property: string; content: string })[];
}

export interface CitationInput {
  title: string;
  titleDevised: boolean;
  /** The outlet's name, as it writes it. */
  publisherName: string;
  published: ArchiveDate;
  language: string;
  /** A byline named in the capture. */
  byline?: string;
  /** The wire agencies the text is based on. */
  wireNames: readonly string[];
  editor?: string;
  /** The raw capture's path, relative to content/ ("captures/<file>.txt"). */
  capture: string;
}

const NAMESPACES = {
  DC: 'http://purl.org/dc/elements/1.1/',
  prism: 'http://prismstandard.org/namespaces/basic/2.0/',
  z: 'http://www.zotero.org/namespaces/export#',
};

/** The title as a bibliography shows it: a title the archive supplied is in brackets. */
export function citedTitle(input: Pick<CitationInput, 'title' | 'titleDevised'>): string {
  return input.titleDevised ? `[${input.title}]` : input.title;
}

/** The tags of one article, in a fixed order. */
export function citationTags(input: CitationInput): HeadTags {
  const name = (key: string, content: string) => ({ name: key, content });
  const creators = [...(input.byline ? [input.byline] : []), ...input.wireNames];
  return {
    ...(input.editor ? { prefix: 'schema: http://schema.org/' } : {}),
    links: Object.entries(NAMESPACES).map(([prefix, href]) => ({ rel: `schema.${prefix}`, href })),
    meta: [
      name('DC.type', 'newspaperArticle'),
      name('DC.title', citedTitle(input)),
      name('prism.publicationName', input.publisherName),
      name('DC.date', machineDate(input.published)),
      name('DC.language', input.language),
      ...creators.map((creator) => name('DC.creator', creator)),
      ...(input.editor ? [{ property: 'schema:contributor', content: input.editor }] : []),
      name('z.archive', ARCHIVE_NAME),
      name('z.archiveLocation', input.capture.split('/').pop()!),
    ],
  };
}

/** The citation input of an archived article. */
export function citationInputOf(article: ArchivedArticle): CitationInput {
  const { data } = article;
  return {
    title: data.title,
    titleDevised: data.titleDevised,
    publisherName: article.publisher.name,
    published: data.published,
    language: data.language,
    byline: data.byline,
    wireNames: article.wire.map((p) => p.name),
    editor: data.editor,
    capture: data.capture,
  };
}
