/**
 * /data/<table>.csv, /data/<table>/<part>.csv (and .jsonl): the archive's tables as data
 * (src/lib/data/): CSV per RFC 4180 and JSON Lines, each file one table's part.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleBlocks, loadArchive } from '../../lib/articles.ts';
import { type DataFormat, MEDIA_TYPES, dataFiles, renderDataFile, tableNamed } from '../../lib/data/files.ts';

interface Props {
  table: string;
  part: string;
  format: DataFormat;
}

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return dataFiles(archive).map(({ table, part, format, path }) => ({
    params: { file: path },
    props: { table: table.name, part, format } satisfies Props,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const archive = await loadArchive();
  const text = renderDataFile(
    { archive, site: site!, blocks: articleBlocks },
    tableNamed(props.table),
    props.part,
    props.format,
  );
  return new Response(text, { headers: { 'Content-Type': MEDIA_TYPES[props.format] } });
};
