/**
 * Page weight of a built site, page type by page type: the HTML, the stylesheets it links and
 * the scripts it loads, raw and gzipped (zlib's default level 6, as `gzip` does). What a page
 * loads is read from a real Chromium, so that a script added at run time counts too; the
 * search page is measured twice, as it opens and once it has searched.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_TYPES } from '../../src/lib/page-types.ts';
import { launch } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/server.ts';
import { klipingPageType, pagePath } from './pages.ts';

export interface PageWeight {
  type: string;
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  cssFiles: number;
  cssGzip: number;
  jsFiles: number;
  jsBytes: number;
  jsGzip: number;
  /** Bytes of inline scripts other than JSON data (JSON-LD). */
  inlineJsBytes: number;
  /** Other files fetched (Pagefind's WebAssembly and index), raw bytes. */
  otherFiles: number;
  otherBytes: number;
  /** The files loaded, for the record. */
  loaded: string[];
}

export const gzipBytes = (data: Uint8Array | string) => gzipSync(data).length;

/** The file dist/ serves for a URL path. */
function distFile(dist: string, pathname: string): string {
  const path = decodeURIComponent(pathname);
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

/** For each page type, the page of that type with the largest HTML (the worst case). */
export function pagesByType(dist: string): Map<string, string> {
  const chosen = new Map<string, { path: string; size: number }>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith('pagefind/')) continue;
    const path = pagePath(file);
    const type = klipingPageType(path);
    const size = statSync(join(dist, file)).size;
    const best = chosen.get(type);
    if (!best || size > best.size) chosen.set(type, { path, size });
  }
  return new Map([...chosen].map(([type, { path }]) => [type, path]));
}

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="([^"]+)"/;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** The search page once it has searched: weighed as a page type of its own. */
export const SEARCHING = 'search, searching';

/** The page types to weigh, in the order of src/lib/page-types.ts, the search page twice. */
export const WEIGHED_TYPES = PAGE_TYPES.flatMap((type) =>
  type.id === 'search' ? ['search', SEARCHING] : [type.id],
);

/** A query the search page is weighed with. */
export const SEARCHING_QUERY = 'Stoltenberg';

export async function weighPages(dist: string): Promise<PageWeight[]> {
  const pages = pagesByType(dist);
  pages.set(SEARCHING, `/cari/?q=${SEARCHING_QUERY}`);
  const server = await serve({ root: dist });
  const browser = await launch();
  const weights: PageWeight[] = [];
  try {
    // The page types of the table in order, then any page no type matches (/tentang/).
    const types = [
      ...WEIGHED_TYPES,
      ...[...pages.keys()].filter((type) => !WEIGHED_TYPES.includes(type)).sort(),
    ];
    for (const type of types) {
      const path = pages.get(type);
      if (path === undefined) continue;
      const context = await browser.newContext();
      const page = await context.newPage();
      const requested: { pathname: string; kind: string }[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === server.url)
          requested.push({ pathname: url.pathname, kind: request.resourceType() });
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      if (type === SEARCHING) {
        await page.waitForSelector('kliping-search ol li', { timeout: 30_000 });
        await page.waitForLoadState('networkidle');
      }
      await context.close();

      const html = readFileSync(distFile(dist, new URL(path, 'http://x').pathname), 'utf8');
      const css = [...html.matchAll(STYLESHEET)].map((link) => HREF.exec(link[0])?.[1]).filter(Boolean);
      const inline = [...html.matchAll(INLINE_SCRIPT)]
        .filter(
          ([, attributes]) =>
            !/\bsrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!),
        )
        .reduce((sum, [, , body]) => sum + Buffer.byteLength(body!), 0);
      const scripts = requested.filter((r) => r.kind === 'script');
      const others = requested.filter((r) => !['document', 'script', 'stylesheet'].includes(r.kind));
      const bytes = (list: { pathname: string }[]) =>
        list.map((r) => readFileSync(distFile(dist, r.pathname)));
      const scriptBytes = bytes(scripts);
      weights.push({
        type,
        path,
        htmlBytes: Buffer.byteLength(html),
        htmlGzip: gzipBytes(html),
        cssFiles: css.length,
        cssGzip: css.reduce((sum, href) => sum + gzipBytes(readFileSync(distFile(dist, href!))), 0),
        jsFiles: scripts.length,
        jsBytes: scriptBytes.reduce((sum, b) => sum + b.length, 0),
        jsGzip: scriptBytes.reduce((sum, b) => sum + gzipBytes(b), 0),
        inlineJsBytes: inline,
        otherFiles: others.length,
        otherBytes: bytes(others).reduce((sum, b) => sum + b.length, 0),
        loaded: requested.map((r) => `${r.kind} ${r.pathname}`),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return weights;
}
