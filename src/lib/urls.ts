/**
 * Every URL of the site is made here, so that pages, feeds and tests agree on them.
 * Paths end with "/" (the site is built as directories).
 */
import { type ArchiveDate, civilDay } from './dates.ts';
import type { Article, Entity } from './schema.ts';

/** `/artikel/YYYY/MM/DD/slug/`: the publication day in WIB and the article's slug. */
export function articlePath(id: string, data: Pick<Article, 'published' | 'slug'>): string {
  const [year, month, day] = civilDay(data.published).split('-');
  return `/artikel/${year}/${month}/${day}/${data.slug ?? id}/`;
}

/** The anchor of a paragraph of an article: `#p3`. */
export function paragraphAnchor(paragraph: number): string {
  return `p${paragraph}`;
}

/** A link to a paragraph of an article. */
export function paragraphPath(articleUrl: string, paragraph: number): string {
  return `${articleUrl}#${paragraphAnchor(paragraph)}`;
}

/** The anchor of an archive note about a paragraph: `#catatan-1`. */
export function noteAnchor(number: number): string {
  return `catatan-${number}`;
}

/** The anchor of a note's marker in the text, which the note links back to: `#tanda-catatan-1`. */
export function noteMarkAnchor(number: number): string {
  return `tanda-catatan-${number}`;
}

/** `/peristiwa/<id>/`: an event, every source that reports it, and its place on the timeline. */
export function eventPath(event: { id: string }): string {
  return `/peristiwa/${event.id}/`;
}

/** The captures' fixity manifest: each served capture's SHA-256 and file name (BagIt's format). */
export const CAPTURE_MANIFEST = '/naskah/manifest-sha256.txt';

/** The lines of the captures' manifest, "<sha256>  <file>", by file name. */
export function captureManifest(captures: readonly { capture: string; captureSha256: string }[]): string {
  const lines = captures.map((c) => `${c.captureSha256}  ${capturePath(c.capture).slice('/naskah/'.length)}`);
  return `${lines.sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : a.slice(66) > b.slice(66) ? 1 : 0)).join('\n')}\n`;
}

/** `/naskah/<file>.txt`: the raw capture an article derives from, served byte for byte as text. */
export function capturePath(capture: string): string {
  return `/naskah/${capture.slice(capture.lastIndexOf('/') + 1)}`;
}

/** The Indeks page of the day an article was published (its day in WIB). */
export function publishedIndexPath(published: ArchiveDate): string {
  const [year, month, day] = civilDay(published).split('-').map(Number);
  return indexPath(year!, month, day);
}

/** The anchor of a month on a timeline page: `#y2022-01`; of a year: `#y2022`. */
export function timelineAnchor(year: number, month?: number): string {
  return month === undefined ? `y${year}` : `y${year}-${String(month).padStart(2, '0')}`;
}

/** `/linimasa/`, `/linimasa/2022/` or `/linimasa/2022/01/`: the timeline, a year, a month. */
export function timelinePath(year?: number, month?: number): string {
  if (year === undefined) return '/linimasa/';
  const parts = [String(year).padStart(4, '0')];
  if (month !== undefined) parts.push(String(month).padStart(2, '0'));
  return `/linimasa/${parts.join('/')}/`;
}

/**
 * Page `n` of a year's or a month's timeline. A month's further pages are `/linimasa/2022/01/2/`;
 * a year's, of the events known only to the year, `/linimasa/2022/sepanjang-tahun/2/`, since
 * `/linimasa/2022/10/` is October.
 */
export function timelinePagePath(year: number, month: number | undefined, n: number): string {
  const base = timelinePath(year, month);
  if (n === 1) return base;
  return month === undefined ? `${base}sepanjang-tahun/${n}/` : `${base}${n}/`;
}

/** `/indeks/2022/`, `/indeks/2022/01/` or `/indeks/2022/01/12/`: the articles published then. */
export function indexPath(year: number, month?: number, day?: number): string {
  const parts = [String(year).padStart(4, '0')];
  if (month !== undefined) parts.push(String(month).padStart(2, '0'));
  if (month !== undefined && day !== undefined) parts.push(String(day).padStart(2, '0'));
  return `/indeks/${parts.join('/')}/`;
}

/** `/topik/<id>/`: a person, organisation, country or place; its further pages `/topik/<id>/2/`. */
export function entityPath(id: string): string {
  return `/topik/${id}/`;
}

/** `/topik/<id>/peristiwa/`: all the events of a topic. */
export function entityEventsPath(id: string): string {
  return `/topik/${id}/peristiwa/`;
}

/**
 * The lists of all topics of one kind, `/topik/tokoh/` and so on. These words cannot be
 * topic ids (the entity schema refuses them), so the two kinds of page never share an address.
 */
export const TOPIC_KIND_PATHS = {
  person: 'tokoh',
  organisation: 'organisasi',
  country: 'negara',
  place: 'tempat',
} as const satisfies Record<Entity['kind'], string>;

/** `/topik/tokoh/`: every topic of a kind. */
export function topicKindPath(kind: Entity['kind']): string {
  return `/topik/${TOPIC_KIND_PATHS[kind]}/`;
}

/** `/sumber/<id>/`: an outlet or an agency; its further pages `/sumber/<id>/2/`. */
export function publisherPath(id: string): string {
  return `/sumber/${id}/`;
}

/** The absolute URL of a path on the public site. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

export const paths = {
  home: '/',
  timeline: '/linimasa/',
  search: '/cari/',
  indexes: '/indeks/',
  topics: '/topik/',
  sources: '/sumber/',
  about: '/tentang/',
  /** The archive as data: CSV and JSON Lines, described by /data/datapackage.json. */
  data: '/data/',
  feed: '/rss.xml',
  /** The search page with a query, as a reader can bookmark or share it. */
  searchFor: (query: string) => `/cari/?q=${encodeURIComponent(query)}`,
} as const;
