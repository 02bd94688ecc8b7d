/**
 * What a browser context fetched from the test server, response by response, with what each
 * would weigh from a static host: the server sends files as they are, so a response's body
 * is the file on disk; a host gzips HTML, CSS, JS, JSON, SVG and WebAssembly, while
 * Pagefind's own index files (pf_meta, pf_index, pf_fragment, pf_filter, and its wasm.*.pagefind)
 * are gzip already and go as they are. Headers count as Chromium reports them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Request } from 'playwright-core';
import type { KindBytes } from './results.ts';

export interface Transfer {
  path: string;
  /** Epoch ms, Chromium's clock. */
  started: number;
  ended: number;
  bytes: number;
  gzip: number;
}

/** Files a static host compresses (by type); Pagefind's are gzip already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|wasm|webmanifest)$/;

/** The file dist/ serves for a URL path. */
export const servedFile = (pathname: string) =>
  decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname);

/** What a file fetched while searching is, for the breakdown of the bytes. */
export function kindOf(path: string): string {
  if (!path.startsWith('/pagefind/')) return 'the page and its own files';
  const file = path.replace(/^\/pagefind\/(?:[^/]+\/)?/, '');
  if (/^pagefind(-worker)?\.js$/.test(file)) return "Pagefind's JS (pagefind.js, its worker)";
  if (/^wasm\./.test(file)) return "Pagefind's WebAssembly";
  if (/^(pagefind-entry\.json|.*\.pf_meta)$/.test(file)) return 'entry and page list (pf_meta)';
  if (file.startsWith('filter/')) return 'filter files';
  if (file.startsWith('index/')) return 'index chunks';
  if (file.startsWith('fragment/')) return 'fragments (one per result shown)';
  return 'other Pagefind files';
}

/** The shard a Pagefind file belongs to ("2024" for /pagefind/2024/…), if any. */
export const shardOf = (path: string) => /^\/pagefind\/([^/]+)\/./.exec(path)?.[1];

/** The responses that started at or after `from` and ended by `to` (epoch ms; 1 ms of slack for rounding). */
export const within = (transfers: readonly Transfer[], from: number, to: number) =>
  transfers.filter((t) => t.started >= from - 1 && t.ended <= to + 1);

export const sum = (transfers: readonly Transfer[], key: 'bytes' | 'gzip') =>
  transfers.reduce((total, t) => total + t[key], 0);

/** Bytes by kind of file. */
export function byKind(transfers: readonly Transfer[]): Record<string, KindBytes> {
  const kinds: Record<string, KindBytes> = {};
  for (const t of transfers) {
    const entry = (kinds[kindOf(t.path)] ??= { bytes: 0, gzip: 0, files: 0 });
    entry.bytes += t.bytes;
    entry.gzip += t.gzip;
    entry.files += 1;
  }
  return kinds;
}

/**
 * Records every response of a context from now on. `inFlight()` says how many requests are
 * still open, for waiting until the page is quiet.
 */
export function recordTransfers(
  context: BrowserContext,
  dist: string,
  origin: string,
): { transfers: Transfer[]; inFlight(): number } {
  const transfers: Transfer[] = [];
  const gzipCache = new Map<string, { raw: number; gzip: number }>();
  let open = 0;
  context.on('request', () => (open += 1));
  context.on('requestfailed', () => (open -= 1));
  context.on('requestfinished', (request: Request) => {
    void (async () => {
      try {
        const url = new URL(request.url());
        if (url.origin !== origin) return;
        const sizes = await request.sizes();
        const timing = request.timing();
        const file = servedFile(url.pathname);
        let size = gzipCache.get(file);
        if (!size) {
          try {
            const raw = readFileSync(join(dist, file));
            size = {
              raw: raw.length,
              gzip: COMPRESSIBLE.test(file) ? Math.min(gzipSync(raw).length, raw.length) : raw.length,
            };
          } catch {
            size = { raw: sizes.responseBodySize, gzip: sizes.responseBodySize }; // the 404 page, served for a missing file
          }
          gzipCache.set(file, size);
        }
        // Chromium reports no body size for some responses (a worker's script): the file's size is the body.
        transfers.push({
          path: url.pathname,
          started: timing.startTime,
          ended: timing.startTime + Math.max(timing.responseEnd, 0),
          bytes: size.raw + sizes.responseHeadersSize,
          gzip: size.gzip + sizes.responseHeadersSize,
        });
      } finally {
        open -= 1;
      }
    })();
  });
  return { transfers, inFlight: () => open };
}

/** Waits until no request has been open for `quietMs` (a page that searches in the background is not idle). */
export async function waitForQuiet(inFlight: () => number, quietMs = 500, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  let quietSince = Date.now();
  while (Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
  }
}
