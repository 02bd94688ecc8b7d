/**
 * What a build wrote: the size and number of files of its output folder, its HTML pages, and
 * for each page type the largest page, raw and gzipped (zlib's default level 6, as `gzip`
 * and most hosts do), with how many pages pass the page limits of issue 10.
 *
 * Gzipping every page of 100,000 articles would take minutes, so only the largest page of
 * each type and every page over the gzip limit *raw* are gzipped: an HTML page smaller than
 * the limit raw is smaller than it gzipped too, so the counts over the limits are exact.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Classify, pagePath } from './pages.ts';

export interface PageSize {
  path: string;
  bytes: number;
  gzip: number;
}

/** The pages of one type. */
export interface TypeSizes {
  type: string;
  pages: number;
  /** Their HTML, summed. */
  bytes: number;
  /** The largest raw. */
  largest: PageSize;
  /** The largest gzipped (often the same page). */
  largestGzip: PageSize;
  /** How many are over the raw limit, and over the gzip limit. */
  overRaw: number;
  overGzip: number;
}

export interface DistFigures {
  bytes: number;
  files: number;
  htmlPages: number;
  /** The limits the counts are against. */
  limits: { raw: number; gzip: number };
  /** Every page type, the most pages first. */
  types: TypeSizes[];
  /** The largest file of each other kind of text the site serves (feeds, sitemaps, raw captures), by extension. */
  others: (PageSize & { kind: string })[];
}

/** Issue 10: no page over 150 KiB raw or 30 KiB gzip. */
export const PAGE_LIMITS = { raw: 150 * 1024, gzip: 30 * 1024 };

const gzipSize = (file: string) => gzipSync(readFileSync(file)).length;

/** Measures a built site's output folder; `classify` names each page's type. */
export function measureDist(dist: string, classify: Classify, limits = PAGE_LIMITS): DistFigures {
  let bytes = 0;
  let files = 0;
  const byType = new Map<string, { pages: { path: string; file: string; bytes: number }[] }>();
  const others = new Map<string, { path: string; file: string; bytes: number }>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const size = statSync(file).size;
    files += 1;
    bytes += size;
    const name = relative(dist, file);
    if (name.startsWith('pagefind/')) continue;
    const path = pagePath(name);
    if (name.endsWith('.html')) {
      const type = classify(path);
      const list = byType.get(type) ?? { pages: [] };
      list.pages.push({ path, file, bytes: size });
      byType.set(type, list);
    } else if (/\.(xml|txt|json|webmanifest)$/.test(name)) {
      const kind = name.slice(name.lastIndexOf('.'));
      const best = others.get(kind);
      if (!best || size > best.bytes) others.set(kind, { path, file, bytes: size });
    }
  }
  const types: TypeSizes[] = [...byType].map(([type, { pages }]) => {
    const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const largestSize = { path: largest.path, bytes: largest.bytes, gzip: gzipSize(largest.file) };
    let largestGzip = largestSize;
    let overGzip = largestSize.gzip > limits.gzip ? 1 : 0;
    for (const page of pages) {
      if (page === largest || page.bytes <= limits.gzip) continue;
      const gzip = gzipSize(page.file);
      if (gzip > limits.gzip) overGzip += 1;
      if (gzip > largestGzip.gzip) largestGzip = { path: page.path, bytes: page.bytes, gzip };
    }
    return {
      type,
      pages: pages.length,
      bytes: pages.reduce((sum, page) => sum + page.bytes, 0),
      largest: largestSize,
      largestGzip,
      overRaw: pages.filter((page) => page.bytes > limits.raw).length,
      overGzip,
    };
  });
  return {
    bytes,
    files,
    htmlPages: types.reduce((sum, type) => sum + type.pages, 0),
    limits,
    types: types.sort((a, b) => b.pages - a.pages || a.type.localeCompare(b.type)),
    others: [...others]
      .map(([kind, page]) => ({ kind, path: page.path, bytes: page.bytes, gzip: gzipSize(page.file) }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}
