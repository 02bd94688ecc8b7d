/**
 * The pages the browser checks (axe, layout) open: one of each page type (src/lib/page-types.ts,
 * so a new page type is checked without a list to keep), every article, a search with results,
 * and an address that is no page (the 404 page as a host serves it).
 */
import { sitePages, typeSamples } from '../../src/lib/page-types.ts';
import { resolvedArchive } from './archive.ts';

export const SEARCH_WITH_RESULTS = '/cari/?q=Stoltenberg';

export async function pagesToCheck(): Promise<string[]> {
  const archive = await resolvedArchive();
  const articles = sitePages(archive).filter((page) => page.type === 'article');
  const samples = typeSamples(archive).filter((page) => page.type !== 'not-found');
  const paths = [...samples, ...articles].map((page) => page.path);
  return [...new Set(paths), SEARCH_WITH_RESULTS, '/tidak-ada/'];
}
