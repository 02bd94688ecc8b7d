/** /data/timelinejs.json — every event in TimelineJS3's JSON format (src/lib/data/timelinejs.ts). */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/articles.ts';
import { timelineJs } from '../../lib/data/timelinejs.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(timelineJs(await loadArchive(), site!)), {
    headers: { 'Content-Type': 'application/json' },
  });
