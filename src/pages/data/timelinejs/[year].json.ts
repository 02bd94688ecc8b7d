/** /data/timelinejs/<year>.json — one year's events in TimelineJS3's JSON format, for a timeline of a size TimelineJS can show. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../lib/articles.ts';
import { dataParts } from '../../../lib/data/parts.ts';
import { timelineJs } from '../../../lib/data/timelinejs.ts';

export const getStaticPaths = (async () => {
  const parts = dataParts(await loadArchive());
  return [...parts.years.keys()].map((year) => ({ params: { year } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(JSON.stringify(timelineJs(await loadArchive(), site!, params.year)), {
    headers: { 'Content-Type': 'application/json' },
  });
