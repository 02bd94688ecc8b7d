/** /rss.xml — the newest articles with their full text. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleBlocks, loadArchive } from '../lib/articles.ts';
import { feedOptions } from '../lib/feed.ts';

/** How many of the newest articles the feed carries (each with its full text). */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await loadArchive();
  const newest = articles
    .slice(0, FEED_SIZE)
    .map((article) => ({ ...article, blocks: articleBlocks(article) }));
  return rss(feedOptions(newest, site!));
};
