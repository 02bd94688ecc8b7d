/**
 * Structured data for search engines and citation tools: JSON-LD typed with schema-dts.
 * Dates keep their precision: a day is a schema.org Date ("2022-01-12"), a known time a
 * DateTime in WIB ("2022-01-07T20:00+07:00"); nothing is invented.
 */
import type { Country, NewsArticle, Organization, Person, Place, WebSite, WithContext } from 'schema-dts';
import { type ArchiveDate, machineDate } from './dates.ts';
import type { ArchivedArticle } from './archive.ts';
import type { Entity, Publisher } from './schema.ts';
import { t } from './i18n.ts';
import { absoluteUrl, entityPath, paths, publisherPath } from './urls.ts';

/** The archive's name, as the site shows it (src/lib/i18n.ts). */
export const ARCHIVE_NAME = t('site.name');

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

/** An outlet or agency, with its page on the archive. */
export function organization(publisher: Publisher, site: URL): Organization {
  return {
    '@type': 'NewsMediaOrganization',
    name: publisher.name,
    ...(publisher.url ? { sameAs: publisher.url } : {}),
    url: absoluteUrl(publisherPath(publisher.id), site),
  };
}

/** A topic (person, organisation, country, place), with its page on the archive. */
export function thing(entity: Entity, site: URL): Person | Organization | Country | Place {
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

/**
 * The node id of an article, as the archive describes it: `<archive page>#artikel`. The
 * article page and every listing that names the article use it, so that they describe one
 * node, not two.
 */
export function articleNodeId(path: string, site: URL): string {
  return `${absoluteUrl(path, site)}#artikel`;
}

/** The node id of an event, on its own page (`/peristiwa/<id>/#peristiwa`), apart from the page. */
export function eventNodeId(path: string, site: URL): string {
  return `${absoluteUrl(path, site)}#peristiwa`;
}

/** The node id of the site itself (`/#website`), which every listing page is part of. */
export function websiteNodeId(site: URL): string {
  return `${absoluteUrl('/', site)}#website`;
}

/** NewsArticle: the original as published, and the archive's copy (archivedAt). */
export function articleJsonLd(article: ArticleMetadataInput, site: URL): WithContext<NewsArticle> {
  const archiveUrl = absoluteUrl(article.path, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': articleNodeId(article.path, site),
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

/**
 * WebSite, with the search page as its SearchAction. The target is an EntryPoint whose
 * urlTemplate holds the `{search_term_string}` placeholder as text: a bare template in `target` would be read
 * as an IRI, which braces make invalid. (Google's `query-input` is not schema.org vocabulary.)
 */
export function websiteJsonLd(description: string, site: URL): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteNodeId(site),
    name: ARCHIVE_NAME,
    description,
    inLanguage: 'id',
    url: absoluteUrl('/', site),
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${absoluteUrl(paths.search, site)}?q={search_term_string}`,
      },
    },
  };
}

/** Several JSON-LD nodes as one block: one `@context`, the nodes in `@graph`. */
export function jsonLdGraph(...nodes: readonly object[]): object {
  return {
    '@context': 'https://schema.org',
    '@graph': nodes.map((node) =>
      Object.fromEntries(Object.entries(node).filter(([key]) => key !== '@context')),
    ),
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
