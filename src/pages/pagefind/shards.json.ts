/** /pagefind/shards.json — the search index's shards (src/lib/search-shards.ts): the build indexes them, the search page reads them. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/articles.ts';
import { searchShards } from '../../lib/search.ts';

export const GET: APIRoute = async () => {
  const { articles } = await loadArchive();
  return new Response(JSON.stringify({ shards: searchShards(articles) }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
