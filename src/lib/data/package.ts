/**
 * /data/datapackage.json: the data downloads as a Frictionless Tabular Data Package (v1):
 * every table twice, as CSV and as JSON Lines, each a resource with its Table Schema (every
 * field typed and described, primary and foreign keys), in one file or several (`path` an
 * array: each CSV part begins with the header, which a reader skips in the parts after the
 * first, as frictionless-py does). The archive's own metadata is CC BY 4.0; the captured text
 * belongs to its publishers, and the tables that hold it say so in their own licence.
 */
import type { Archive } from '../archive.ts';
import { absoluteUrl } from '../urls.ts';
import { DATA_ROOT, type DataFormat, FORMATS, tableFiles } from './files.ts';
import type { Table } from './tables.ts';
import { TABLES } from './tables.ts';

export const DATAPACKAGE_PATH = `${DATA_ROOT}datapackage.json`;

export const LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
};

const CAPTURED_LICENCE = {
  name: 'other-closed',
  title:
    'Teks naskah (judul, paragraf, baris keterangan, kutipan) tetap milik penerbit aslinya; arsip menyimpannya untuk keperluan penelitian dan rujukan.',
};

/** The resource name of a table in a format: "articles" for CSV, "articles-json" for JSON Lines. */
export function resourceName(table: Pick<Table, 'name'>, format: DataFormat): string {
  return format === 'csv' ? table.name : `${table.name}-json`;
}

function resource(archive: Archive, table: Table, format: DataFormat) {
  const paths = tableFiles(archive, table, format).map((file) => file.path);
  const csv = format === 'csv';
  return {
    profile: 'tabular-data-resource',
    name: resourceName(table, format),
    title: csv ? table.title : `${table.title} (JSON Lines)`,
    description: csv
      ? table.description
      : `${table.description} Baris yang sama dengan ${table.name} (CSV), satu objek JSON per baris.`,
    path: paths.length === 1 ? paths[0] : paths,
    format,
    mediatype: csv ? 'text/csv' : 'application/jsonl',
    encoding: 'utf-8',
    ...(csv
      ? {
          dialect: {
            delimiter: ',',
            lineTerminator: '\r\n',
            quoteChar: '"',
            doubleQuote: true,
            header: true,
          },
        }
      : {}),
    ...(table.captured ? { licenses: [CAPTURED_LICENCE] } : {}),
    schema: {
      fields: table.fields,
      primaryKey: table.primaryKey,
      ...(table.foreignKeys.length > 0
        ? {
            foreignKeys: table.foreignKeys.map((key) => ({
              fields: key.fields,
              reference: {
                ...key.reference,
                resource: resourceName({ name: key.reference.resource }, format),
              },
            })),
          }
        : {}),
      missingValues: [''],
    },
  };
}

/** The descriptor: the package, and a resource per table and format that has any file. */
export function dataPackage(archive: Archive, site: URL | string) {
  const resources = TABLES.flatMap((table) =>
    FORMATS.filter((format) => tableFiles(archive, table, format).length > 0).map((format) =>
      resource(archive, table, format),
    ),
  );
  return {
    profile: 'tabular-data-package',
    name: 'kliping',
    id: absoluteUrl(DATAPACKAGE_PATH, site),
    title: 'Kliping: arsip berita berbahasa Indonesia',
    description:
      'Arsip Kliping sebagai data: artikel dan setiap paragrafnya, peristiwa dan setiap sumbernya (dengan kata-kata yang dikutip), topik, serta penerbit. Setiap tabel tersedia sebagai CSV (RFC 4180, UTF-8) dan JSON Lines. Metadata arsip berlisensi CC BY 4.0; teks naskah tetap milik penerbitnya.',
    homepage: absoluteUrl(DATA_ROOT, site),
    keywords: ['berita', 'Indonesia', 'arsip', 'linimasa', 'news archive'],
    licenses: [LICENCE],
    contributors: [{ title: 'Kliping', role: 'publisher', path: absoluteUrl('/', site) }],
    resources,
  };
}
