/**
 * The site under its own security headers: dist/ served with exactly the headers that
 * dist/_headers gives every path, every page opened in a real Chromium, and search run to
 * its results. A Content-Security-Policy violation shows either as a `securitypolicyviolation`
 * event (recorded on window by an init script) or as the console message Chromium writes;
 * both must stay empty (inside Pagefind's worker, the worker reports it). One test proves that
 * a violation, when there is one, is seen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { openSite } from '../support/site.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { pagePaths } from '../support/dist.ts';
import { headersFor, parseHeaders, parsePolicy } from '../support/headers.ts';
import { DIST } from '../support/paths.ts';

const headers = headersFor(parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8')), '/');
const policy = headers['Content-Security-Policy'] ?? '';

const ARTICLES = [
  '/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/',
  '/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/',
];
/** Every page of dist/ but the 404 page, which is opened at an unknown address instead. */
const pages = pagePaths().filter((path) => path !== '/404.html');

let page: Page;
/** Console messages of every level from the page and its workers, and uncaught errors. */
let messages: string[];
let workers: string[];

/** The page's window, with the violations the init script records. */
type Recording = typeof window & { cspViolations: string[] };

const site = openSite({ headers });
beforeEach(async () => {
  page = await site.browser.newPage();
  messages = [];
  workers = [];
  await page.addInitScript(() => {
    const recording = window as Recording;
    recording.cspViolations = [];
    recording.addEventListener(
      'securitypolicyviolation',
      (event) =>
        recording.cspViolations.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
        ),
      true,
    );
  });
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  page.on('worker', (worker) => {
    workers.push(new URL(worker.url()).pathname);
    // A violation inside a worker fires there, not on window: have the worker say it.
    void worker
      .evaluate(() =>
        self.addEventListener('securitypolicyviolation', (event) =>
          console.error(
            `Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI}`,
          ),
        ),
      )
      .catch(() => undefined);
  });
  page.on('dialog', (dialog) => {
    messages.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return () => page.close();
});

/** Opens a page and returns its response once it has loaded and any violation has been reported. */
async function open(path: string): Promise<Response> {
  const response = await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${path}`);
  await settle();
  return response;
}

/** Violation events are queued as tasks: let them run. */
async function settle() {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

const violations = () => page.evaluate(() => (window as Recording).cspViolations);
const cspMessages = () => messages.filter((m) => /Content[ -]Security[ -]Policy/i.test(m));
const errors = () => messages.filter((m) => /^(error|warning|pageerror|dialog)/.test(m));

describe('the headers in dist/_headers', () => {
  it('are a strict policy: no inline script or style, no eval but WebAssembly, no plugins, no framing', () => {
    const directives = parsePolicy(policy);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    const loose = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', 'blob:', '*'];
    expect([...directives.values()].flat().filter((source) => loose.includes(source))).toEqual([]);
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    });
  });

  it('arrive with the page, and are enforced: an injected inline script and style are blocked and seen', async () => {
    const response = await open('/');
    expect(response.headers()['content-security-policy']).toBe(policy);
    expect(response.headers()['x-frame-options']).toBe('DENY');
    const effect = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.ran = "yes"';
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      document.head.append(script, style);
      return new Promise((resolve) =>
        setTimeout(() => resolve([document.body.dataset.ran, getComputedStyle(document.body).display]), 50),
      );
    });
    expect(effect).toEqual([undefined, 'block']);
    expect((await violations()).toSorted()).toEqual([
      expect.stringMatching(/^script-src-elem blocked inline/),
      expect.stringMatching(/^style-src-elem blocked inline/),
    ]);
  });

  it('turn off every feature the Permissions-Policy names, each one Chromium knows', async () => {
    await open('/');
    const named = [...(headers['Permissions-Policy'] ?? '').matchAll(/([a-z-]+)=\(\)/g)].map((m) => m[1]!);
    const [known, allowed] = await page.evaluate(() => {
      const { featurePolicy } = document as unknown as {
        featurePolicy: { features(): string[]; allowedFeatures(): string[] };
      };
      return [featurePolicy.features(), featurePolicy.allowedFeatures()];
    });
    expect(named.length).toBeGreaterThanOrEqual(10);
    expect(named.filter((feature) => !known.includes(feature))).toEqual([]);
    expect(named.filter((feature) => allowed.includes(feature))).toEqual([]);
  });
});

describe('with these headers', () => {
  it('every page of the site loads with no violation', async () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        '/',
        ...ARTICLES,
        '/linimasa/',
        '/topik/',
        '/topik/nato/',
        '/sumber/',
        '/sumber/kontan/',
        '/indeks/',
        '/indeks/2022/',
        '/indeks/2022/01/',
        '/indeks/2022/01/12/',
        '/cari/',
        '/tentang/',
        '/data/',
      ]),
    );
    for (const path of pages) {
      const response = await open(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-security-policy'], path).toBe(policy);
      expect(await violations(), path).toEqual([]);
    }
    expect(cspMessages()).toEqual([]);
    expect(errors()).toEqual([]);
  });

  it('article pages carry JSON-LD, which is data, not script, and is not blocked', async () => {
    for (const path of ARTICLES) {
      await open(path);
      const jsonLd = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
        scripts.map((s) => JSON.parse(s.textContent ?? '') as { '@type'?: string }),
      );
      expect(
        jsonLd.map((data) => data['@type']),
        path,
      ).toEqual(['NewsArticle']);
      expect(await violations(), path).toEqual([]);
    }
    expect(cspMessages()).toEqual([]);
  });

  it('the 404 page arrives with the headers and no violation', async () => {
    const response = await open('/tidak-ada/');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-security-policy']).toBe(policy);
    expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
    expect(await violations()).toEqual([]);
    expect(cspMessages()).toEqual([]);
  });

  it('search works: Pagefind loads, runs its WebAssembly in its worker and lists results', async () => {
    await open('/cari/?q=Stoltenberg');
    const links = page.locator('kliping-search ol a');
    await expect
      .poll(async () => (await links.count()) > 0 || errors().length > 0, { timeout: 10_000 })
      .toBe(true);
    await settle();
    expect(await violations()).toEqual([]);
    expect(cspMessages()).toEqual([]);
    // Pagefind says so when its WebAssembly or its worker fails (it would then fall back to
    // the main thread, with a warning).
    expect(errors()).toEqual([]);
    // One worker, from the newest shard of the index (the only one at two articles).
    expect(workers).toEqual(['/pagefind/2022/pagefind-worker.js']);
    const results = await links.evaluateAll((list) =>
      list.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(results.toSorted()).toEqual(ARTICLES);
  });
});
