/**
 * The RSS feed: every article with its full captured text, not only the summary, and its
 * provenance and the archive's notes marked as such. The outlet and the wire agencies are the
 * item's creators (Dublin Core `dc:creator`; RSS's own `<author>` must be an e-mail address),
 * its topics its categories. The channel names its own address (`atom:link rel="self"`) and
 * its `lastBuildDate` is the newest capture among its items: the data's date, not the clock's.
 */
import type { RSSOptions } from '@astrojs/rss';
import type { ArchivedArticle } from './archive.ts';
import type { BodyBlock } from './body.ts';
import { newestArchived } from './collection-page.ts';
import { type ArchiveDate, machineDate } from './dates.ts';
import { t } from './i18n.ts';
import { paths } from './urls.ts';

/** What the feed reads of an article. */
export type FeedArticle = Pick<ArchivedArticle, 'url' | 'data' | 'publisher' | 'wire' | 'entities'> & {
  /** The article's body (read from its file for the feed's few articles). */
  blocks: readonly BodyBlock[];
};

/** Text escaped for XML (the feed's custom elements are parsed as XML before they are written). */
const escapeXml = (text: string) =>
  text.replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The instant RSS requires. A known time is used as it is; a day with no known time becomes
 * 12:00 WIB, which falls on that same date in nearly every time zone (midnight WIB would be
 * the previous day in Europe and the Americas).
 */
export function feedDate(published: ArchiveDate): Date {
  const value = machineDate(published);
  return new Date(value.includes('T') ? value : `${value}T12:00:00+07:00`);
}

/** The article as HTML for content:encoded: its paragraphs, read-also lines, notes. */
export function feedContent(article: Pick<FeedArticle, 'blocks' | 'data'>): string {
  const blocks = article.blocks.map((block) =>
    block.kind === 'paragraph'
      ? `<p id="p${block.number}">${escapeHtml(block.text)}</p>`
      : `<p><small>${escapeHtml(block.text)}</small></p>`,
  );
  const notes = article.data.notes.map((note) => `<li>${escapeHtml(note.text)}</li>`).join('');
  return [...blocks, notes && `<h2>${escapeHtml(t('notes.title'))}</h2><ul>${notes}</ul>`].join('\n');
}

/** Who made an item: the outlet, then the wire agencies it is based on. */
export function feedCreators(article: Pick<FeedArticle, 'publisher' | 'wire'>): string[] {
  return [article.publisher, ...article.wire].map((publisher) => publisher.name);
}

/** When the feed's content last changed: the newest capture among its items; none if empty. */
export function feedLastBuildDate(articles: readonly Pick<FeedArticle, 'data'>[]): Date | undefined {
  const newest = newestArchived(articles);
  return newest && feedDate(newest);
}

/** The options of @astrojs/rss for a feed of these articles (newest first), served at /rss.xml. */
export function feedOptions(articles: readonly FeedArticle[], site: URL): RSSOptions {
  const lastBuild = feedLastBuildDate(articles);
  return {
    title: t('feed.title'),
    description: t('feed.description'),
    site,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      '<language>id</language>',
      lastBuild ? `<lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${escapeXml(new URL(paths.feed, site).href)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: articles.map((article) => ({
      title: article.data.title,
      link: article.url,
      pubDate: feedDate(article.data.published),
      description: article.data.summary,
      content: feedContent(article),
      customData: feedCreators(article)
        .map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`)
        .join(''),
      categories: article.entities.map((entity) => entity.name),
    })),
  };
}
