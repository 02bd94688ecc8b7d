/** /data/berkas.txt — the address of every data file, one a line, for `wget -i` and the like. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/articles.ts';
import { dataFiles } from '../../lib/data/files.ts';
import { dataFileHref, timelineJsFiles } from '../../lib/data/guide.ts';
import { DATAPACKAGE_PATH } from '../../lib/data/package.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const paths = [
    DATAPACKAGE_PATH,
    ...dataFiles(archive).map(dataFileHref),
    ...timelineJsFiles(archive).map((file) => file.href),
  ];
  return new Response(paths.map((path) => `${absoluteUrl(path, site!)}\n`).join(''), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
