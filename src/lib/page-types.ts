/**
 * Every kind of page the site has, in one table: its address pattern, its place in the main
 * navigation, and every page of it for an archive, computed by the same functions the routes
 * use. The masthead reads the navigation from it; the tests read every page (and one sample
 * of each kind) from it; the benchmarks tell page types apart with it. A new page type is one
 * row here and its route.
 */
import type { Archive } from './archive.ts';
import type { StringKey } from './i18n.ts';
import { eventViews, indexViews, publisherViews, topicKinds, topicViews } from './listings.ts';
import { ENTITY_KINDS } from './relations.ts';
import { timelinePageViews } from './timeline-pages.ts';
import { paths } from './urls.ts';

export interface PageType {
  id: string;
  /** Its paths, e.g. /topik/nato/2/ for a topic. */
  pattern: RegExp;
  /** Its label and address in the masthead's navigation, for the pages listed there (in this order). */
  nav?: { label: StringKey; href: string };
  /** Every page of this type in an archive. */
  paths(archive: Archive): string[];
}

const one = (path: string) => () => [path];

export const PAGE_TYPES: readonly PageType[] = [
  { id: 'home', pattern: /^\/$/, nav: { label: 'nav.home', href: paths.home }, paths: one(paths.home) },
  {
    id: 'article',
    pattern: /^\/artikel\/\d{4}\/\d\d\/\d\d\/[^/]+\/$/,
    paths: (a) => a.articles.map((x) => x.url),
  },
  {
    id: 'timeline',
    pattern: /^\/linimasa\/$/,
    nav: { label: 'nav.timeline', href: paths.timeline },
    paths: one(paths.timeline),
  },
  {
    id: 'timeline-period',
    // A year, a month, a month's further pages, and a year's further pages of the events known
    // only to the year (/linimasa/2022/sepanjang-tahun/2/, see timelinePagePath).
    pattern: /^\/linimasa\/\d{4}\/(?:\d\d\/(?:\d+\/)?|sepanjang-tahun\/\d+\/)?$/,
    paths: (a) => timelinePageViews(a.timelinePages).map((view) => view.path),
  },
  {
    id: 'indexes',
    pattern: /^\/indeks\/$/,
    nav: { label: 'nav.indexes', href: paths.indexes },
    paths: one(paths.indexes),
  },
  {
    id: 'index-period',
    pattern: /^\/indeks\/\d{4}\/(?:\d\d\/(?:\d\d\/(?:\d+\/)?)?)?$/,
    paths: (a) => indexViews(a.articles).map((view) => view.list?.path ?? view.page.path),
  },
  {
    id: 'topics',
    pattern: /^\/topik\/$/,
    nav: { label: 'nav.topics', href: paths.topics },
    paths: one(paths.topics),
  },
  {
    id: 'topic',
    pattern: /^\/topik\/[^/]+\/(?:\d+\/)?$/,
    paths: (a) => [
      ...topicViews(a.entities, a.articles, a.events).topics.map((view) => view.articles.path),
      ...topicKinds(a.entities, a.articles, ENTITY_KINDS).pages.map((view) => view.topics.path),
    ],
  },
  {
    id: 'topic-events',
    pattern: /^\/topik\/[^/]+\/peristiwa\/(?:\d+\/)?$/,
    paths: (a) => topicViews(a.entities, a.articles, a.events).topicEvents.map((view) => view.events.path),
  },
  {
    id: 'sources',
    pattern: /^\/sumber\/$/,
    nav: { label: 'nav.sources', href: paths.sources },
    paths: one(paths.sources),
  },
  {
    id: 'source',
    pattern: /^\/sumber\/[^/]+\/(?:\d+\/)?$/,
    paths: (a) => publisherViews(a.publishers, a.articles).map((view) => view.articles.path),
  },
  {
    id: 'event',
    pattern: /^\/peristiwa\/[^/]+\/(?:\d+\/)?$/,
    paths: (a) => eventViews(a.events).map((view) => view.sources.path),
  },
  { id: 'about', pattern: /^\/tentang\/$/, paths: one(paths.about) },
  {
    id: 'search',
    pattern: /^\/cari\/$/,
    nav: { label: 'nav.search', href: paths.search },
    paths: one(paths.search),
  },
  { id: 'data', pattern: /^\/data\/$/, paths: one(paths.data) },
  { id: 'not-found', pattern: /^\/404\.html$/, paths: one('/404.html') },
];

/** The type of a page of the site, by its path; undefined for a path that is no page. */
export function pageTypeOf(path: string): PageType | undefined {
  return PAGE_TYPES.find((type) => type.pattern.test(path));
}

/** Every page of the site for an archive, each with its type. */
export function sitePages(archive: Archive): { path: string; type: string }[] {
  return PAGE_TYPES.flatMap((type) => type.paths(archive).map((path) => ({ path, type: type.id })));
}

/** Of each page type, its page in the middle of the list (a busy one, not only the first): what reviews and checks open. */
export function typeSamples(archive: Archive): { path: string; type: string }[] {
  return PAGE_TYPES.flatMap((type) => {
    const paths = type.paths(archive);
    const path = paths[Math.floor(paths.length / 2)];
    return path ? [{ path, type: type.id }] : [];
  });
}

/** The masthead's navigation: the page types it lists, in order. */
export const NAVIGATION = PAGE_TYPES.flatMap((type) => (type.nav ? [type.nav] : []));
