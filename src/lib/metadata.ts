/**
 * Structured data for search engines and citation tools: JSON-LD typed with schema-dts.
 * Dates keep their precision: a day is a schema.org Date ("2022-01-12"), a known time a
 * DateTime in WIB ("2022-01-07T20:00+07:00"); nothing is invented.
 */
import type { Country, NewsArticle, Organization, Person, Place, WebSite, WithContext } from 'schema-dts';
import { type ArchiveDate, machineDate } from './dates.ts';
import type { ArchivedArticle } from './articles.ts';
import type { Entity, Publisher } from './schema.ts';
import { absoluteUrl, entityPath, paths, publisherPath } from './urls.ts';

export const ARCHIVE_NAME = 'Kliping';

export interface ArticleMetadataInput {
  title: string;
  summary: string;
  published: ArchiveDate;
  archived: ArchiveDate;
  /** The article's path on the archive. */
  path: string;
  publisher: Publisher;
  wire: readonly Publisher[];
  cited: readonly Publisher[];
  editor?: string;
  byline?: string;
  dateline?: string;
  originalUrl?: string;
  entities: readonly Entity[];
}

function organization(publisher: Publisher, site: URL): Organization {
  return {
    '@type': 'NewsMediaOrganization',
    name: publisher.name,
    ...(publisher.url ? { sameAs: publisher.url } : {}),
    url: absoluteUrl(publisherPath(publisher.id), site),
  };
}

function thing(entity: Entity, site: URL): Person | Organization | Country | Place {
  const common = {
    name: entity.name,
    description: entity.description,
    url: absoluteUrl(entityPath(entity.id), site),
  };
  switch (entity.kind) {
    case 'person':
      return { '@type': 'Person', ...common };
    case 'organisation':
      return { '@type': 'Organization', ...common };
    case 'country':
      return { '@type': 'Country', ...common };
    case 'place':
      return { '@type': 'Place', ...common };
  }
}

/** NewsArticle: the original as published, and the archive's copy (archivedAt). */
export function articleJsonLd(article: ArticleMetadataInput, site: URL): WithContext<NewsArticle> {
  const archiveUrl = absoluteUrl(article.path, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    inLanguage: 'id',
    datePublished: machineDate(article.published),
    publisher: organization(article.publisher, site),
    ...(article.wire.length > 0
      ? { sourceOrganization: article.wire.map((p) => organization(p, site)) }
      : {}),
    ...(article.editor ? { editor: { '@type': 'Person', name: article.editor } } : {}),
    // The author named in the text, else the outlet: reader modes show it as the byline.
    author: article.byline
      ? { '@type': 'Person', name: article.byline }
      : organization(article.publisher, site),
    ...(article.dateline ? { dateline: article.dateline } : {}),
    ...(article.originalUrl ? { url: article.originalUrl, isBasedOn: article.originalUrl } : {}),
    mainEntityOfPage: archiveUrl,
    // Entities the text is about, and the agencies it quotes.
    mentions: [
      ...article.entities.map((entity) => thing(entity, site)),
      ...article.cited.map((p) => organization(p, site)),
    ],
    archivedAt: {
      '@type': 'WebPage',
      url: archiveUrl,
      datePublished: machineDate(article.archived),
      publisher: { '@type': 'Organization', name: ARCHIVE_NAME, url: absoluteUrl('/', site) },
    },
  };
}

/** WebSite, with the search page as its SearchAction. */
export function websiteJsonLd(description: string, site: URL): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: ARCHIVE_NAME,
    description,
    inLanguage: 'id',
    url: absoluteUrl('/', site),
    potentialAction: {
      '@type': 'SearchAction',
      target: `${absoluteUrl(paths.search, site)}?q={search_term_string}`,
      // schema-dts types the Google-specific "query-input" as unknown property; it is standard.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text cannot close the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The metadata input of an archived article. */
export function metadataOf(article: ArchivedArticle): ArticleMetadataInput {
  const { data } = article;
  return {
    ...data,
    path: article.url,
    publisher: article.publisher,
    wire: article.wire,
    cited: article.cited,
    dateline: data.dateline?.text,
    entities: article.entities,
  };
}
