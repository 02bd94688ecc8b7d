/**
 * /naskah/manifest-sha256.txt — the raw captures the archive serves (at /naskah/<file>), each
 * with its SHA-256, one per line as BagIt writes its manifests ("<sha256>  <file>"). It is the
 * archive's fixity record for anyone who downloads a capture, and the list scripts/build.ts
 * copies into the site, checking every digest.
 */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/articles.ts';
import { captureManifest } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { articles } = await loadArchive();
  return new Response(captureManifest(articles.map((article) => article.data)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
