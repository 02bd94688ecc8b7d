/** /data/datapackage.json — the data downloads described as a Frictionless Tabular Data Package (src/lib/data/package.ts). */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/articles.ts';
import { dataPackage } from '../../lib/data/package.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(dataPackage(await loadArchive(), site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
