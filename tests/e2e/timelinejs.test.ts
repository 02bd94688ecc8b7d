/**
 * The TimelineJS export (/data/timelinejs.json) loaded into TimelineJS3 itself, from npm
 * and each year's file (/data/timelinejs/<year>.json)
 * (@knight-lab/timelinejs: its JS, CSS and Indonesian strings), in a real Chromium, on a page
 * of the test's own: a folder with that page, TimelineJS's files and a copy of the export,
 * served by the tests' static server. The page is not part of the site (it runs an inline
 * script, which the site's CSP forbids). Every event must become a slide, with its headline.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';
import { serve, type StaticServer } from '../support/server.ts';

const timelinejs = join(
  dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')),
  'dist',
);
/** The exports: the newest events, and one file per year. */
const FILES = [
  'timelinejs.json',
  ...readdirSync(join(DIST, 'data', 'timelinejs'))
    .sort()
    .map((name) => `timelinejs/${name}`),
];
const exported = (file: string) =>
  JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8')) as {
    events: { unique_id: string; text: { headline: string } }[];
  };

/** TimelineJS from its own files, no CDN: script_path points at them, and no web font is loaded. */
const PAGE = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>TimelineJS: uji ekspor Kliping</title>
<link rel="stylesheet" href="/css/timeline.css">
<script src="/js/timeline.js"></script>
</head>
<body>
<div id="timeline" style="width: 1200px; height: 700px"></div>
<script>
  window.timeline = new TL.Timeline('timeline', '/' + new URLSearchParams(location.search).get('file'), {
    language: 'id',
    script_path: location.origin + '/js/',
    font: null,
  });
</script>
</body>
</html>
`;

let root: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kliping-timelinejs-'));
  cpSync(join(timelinejs, 'js'), join(root, 'js'), { recursive: true });
  cpSync(join(timelinejs, 'css'), join(root, 'css'), { recursive: true });
  cpSync(join(DIST, 'data', 'timelinejs.json'), join(root, 'timelinejs.json'));
  cpSync(join(DIST, 'data', 'timelinejs'), join(root, 'timelinejs'), { recursive: true });
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, '404.html'), 'not found');
  [server, browser] = await Promise.all([serve({ root: `${root}/` }), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the TimelineJS export in TimelineJS3', () => {
  it.each(FILES)(
    '%s: renders every event as a slide, with its headline, and asks for nothing beyond the page',
    async (file) => {
      const { events: expected } = exported(file);
      expect(expected.length).toBeGreaterThan(0);
      const page = await browser.newPage();
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        if (!request.url().startsWith(server.url)) outside.push(request.url());
      });
      await page.goto(`${server.url}/?file=${file}`);
      await page.locator('.tl-slide').nth(expected.length).waitFor({ state: 'attached' });
      const slides = await page.$$eval('.tl-slide', (elements) =>
        elements.map((slide) => ({
          id: slide.id,
          headline: (slide.querySelector('.tl-headline')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
      );
      const events = slides.filter((slide) => slide.id !== 'kliping');
      expect(events.map((slide) => slide.id).toSorted()).toEqual(expected.map((e) => e.unique_id).toSorted());
      const text = (html: string) =>
        html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
      for (const event of expected)
        expect(events.find((slide) => slide.id === event.unique_id)!.headline).toBe(
          text(event.text.headline),
        );
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await page.close();
    },
  );
});
