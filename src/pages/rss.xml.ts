/** /rss.xml — the newest articles with their full text. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { sourceNames } from '../lib/archive.ts';
import { loadArchive } from '../lib/articles.ts';
import { feedContent, feedDate } from '../lib/feed.ts';
import { t } from '../lib/i18n.ts';

/** How many of the newest articles the feed carries (each with its full text). */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await loadArchive();
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: site!,
    trailingSlash: true,
    customData: '<language>id</language>',
    items: articles.slice(0, FEED_SIZE).map((article) => ({
      title: article.data.title,
      link: article.url,
      pubDate: feedDate(article.data.published),
      description: article.data.summary,
      content: feedContent(article),
      categories: [sourceNames(article), ...article.entities.map((entity) => entity.name)],
    })),
  });
};
