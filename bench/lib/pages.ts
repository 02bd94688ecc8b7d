/**
 * Which kind of page a built file is. Kliping's page types come from its own table,
 * src/lib/page-types.ts (`pageTypeOf`), so that a new page type needs no change here; a
 * file that is not a page of any type (the feed, the raw captures, a page missing from the
 * table) is named by where it lives, e.g. "/naskah/…".
 */
import { pageTypeOf } from '../../src/lib/page-types.ts';

/** Classifies a page by its path ("/artikel/2022/01/04/slug/"). */
export type Classify = (path: string) => string;

/** The URL path a file of dist/ is served at: "artikel/x/index.html" → "/artikel/x/". */
export function pagePath(file: string): string {
  const path = `/${file.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** A path that is no page type, by its first folder: "/naskah/…", "/rss.xml", "/tentang/". */
export function untyped(path: string): string {
  const parts = path.split('/').filter((part) => part !== '');
  if (parts.length === 0) return '/';
  if (parts.length === 1) return path.endsWith('/') ? `/${parts[0]}/` : `/${parts[0]}`;
  return `/${parts[0]}/…`;
}

/** Kliping's pages, by src/lib/page-types.ts. */
export const klipingPageType: Classify = (path) => pageTypeOf(path)?.id ?? untyped(path);

/** The baseline's and Hugo's pages: the home page, and one page per article. */
export const peerPageType: Classify = (path) =>
  path === '/' ? 'home' : path.endsWith('/') ? 'article' : untyped(path);
