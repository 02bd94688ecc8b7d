/**
 * /naskah/<file>.txt — each raw capture an article derives from, byte for byte, as plain text.
 * The bytes are the ones whose SHA-256 the article records (checked again here).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../lib/articles.ts';
import { readCaptureBytes } from '../../lib/capture-file.ts';
import { capturePath } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const { articles } = await loadArchive();
  const captures = new Map(articles.map(({ data }) => [data.capture, data.captureSha256]));
  return [...captures].map(([capture, sha256]) => ({
    params: { file: capturePath(capture).split('/').pop()! },
    props: { capture, sha256 },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ capture: string; sha256: string }> = async ({ props }) =>
  new Response(await readCaptureBytes(process.env.KLIPING_CONTENT!, props.capture, props.sha256), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
