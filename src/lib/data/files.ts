/**
 * The files of the data downloads: each table as CSV (RFC 4180) and as JSON Lines (one JSON
 * object a line), in one file or one file per part (src/lib/data/parts.ts), under /data/.
 * A file is written from its own part's rows only, so the build's memory for it is one part.
 */
import type { Archive } from '../archive.ts';
import { csvRecord } from './csv.ts';
import { cellText, jsonLine, orderedValues } from './fields.ts';
import { dataParts, partKeys } from './parts.ts';
import { type RowContext, type Table, TABLES } from './tables.ts';

export type DataFormat = 'csv' | 'jsonl';
export const FORMATS: readonly DataFormat[] = ['csv', 'jsonl'];

export const MEDIA_TYPES: Record<DataFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/jsonl; charset=utf-8',
};

/** Where the data downloads are served. */
export const DATA_ROOT = '/data/';

/** A file's path below /data/: "publishers.csv", or "articles/2022-01.csv" for a part. */
export function dataFilePath(table: Pick<Table, 'name'>, part: string, format: DataFormat): string {
  return part === '' ? `${table.name}.${format}` : `${table.name}/${part}.${format}`;
}

export interface DataFile {
  table: Table;
  part: string;
  format: DataFormat;
  /** Below /data/. */
  path: string;
}

/** Every file of a table in a format, in part order. */
export function tableFiles(archive: Archive, table: Table, format: DataFormat): DataFile[] {
  return partKeys(dataParts(archive), table.split).map((part) => ({
    table,
    part,
    format,
    path: dataFilePath(table, part, format),
  }));
}

/** Every file of the data downloads: each table in each format. */
export function dataFiles(archive: Archive): DataFile[] {
  return TABLES.flatMap((table) => FORMATS.flatMap((format) => tableFiles(archive, table, format)));
}

/** A file's text: CSV with its header record, or JSON Lines. */
export function renderDataFile(context: RowContext, table: Table, part: string, format: DataFormat): string {
  const rows = table.rows(context, part);
  if (format === 'jsonl') return rows.map((row) => jsonLine(row, table.fields)).join('');
  const lines = [csvRecord(table.fields.map((field) => field.name))];
  for (const row of rows) lines.push(csvRecord(orderedValues(row, table.fields).map(cellText)));
  return lines.join('');
}

/** The table of a name. */
export function tableNamed(name: string): Table {
  const table = TABLES.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`no data table "${name}"`);
  return table;
}
