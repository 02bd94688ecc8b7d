/**
 * What the /data/ page says about the files, computed from the same tables and parts as the
 * files themselves: each table with its files (one, or one per month or year: their number,
 * the first and the last), the TimelineJS files, and how to cite the data set (its year is
 * that of the newest capture, never the build's clock).
 */
import type { Archive } from '../archive.ts';
import { newestArchived } from '../collection-page.ts';
import { t } from '../i18n.ts';
import { absoluteUrl } from '../urls.ts';
import { DATA_ROOT, type DataFile, tableFiles } from './files.ts';
import { DATAPACKAGE_PATH } from './package.ts';
import { dataParts } from './parts.ts';
import { TABLES, type Table } from './tables.ts';
import { timelineJsPath } from './timelinejs.ts';

export interface TableGuide {
  table: Table;
  csv: DataFile[];
  jsonl: DataFile[];
}

/** The site path of a data file. */
export function dataFileHref(file: Pick<DataFile, 'path'>): string {
  return `${DATA_ROOT}${file.path}`;
}

export function tableGuides(archive: Archive): TableGuide[] {
  return TABLES.map((table) => ({
    table,
    csv: tableFiles(archive, table, 'csv'),
    jsonl: tableFiles(archive, table, 'jsonl'),
  }));
}

/** The TimelineJS files: all events, then one file per year of events. */
export function timelineJsFiles(archive: Archive): { year?: string; href: string }[] {
  return [
    { href: timelineJsPath() },
    ...[...dataParts(archive).years.keys()].map((year) => ({ year, href: timelineJsPath(year) })),
  ];
}

/** How to cite the data set: APA (7th ed., a data set) and BibTeX. */
export function dataCitation(archive: Archive, site: URL | string) {
  const newest = newestArchived(archive.articles);
  const year = newest ? String(newest.year).padStart(4, '0') : '';
  const url = absoluteUrl(DATA_ROOT, site);
  const title = t('data.citeTitle');
  const apa = `Kliping. (${year}). ${title} [${t('data.citeKind')}]. ${url}`;
  const bibtex = [
    `@misc{kliping_data_${year},`,
    `  author = {{Kliping}},`,
    `  title = {${title}},`,
    `  year = {${year}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {${t('data.citeNote', { datapackage: absoluteUrl(DATAPACKAGE_PATH, site) })}}`,
    '}',
  ].join('\n');
  return { apa, bibtex };
}
