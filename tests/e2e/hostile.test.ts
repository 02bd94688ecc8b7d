/**
 * Hostile text in an article: markup, script, MDX expressions and `javascript:` links in the
 * title, the summary, the credits, the notes and the captured text. A real build over a copy of
 * the content with such an article must succeed and show every string as the text it is, in a
 * real Chromium and in the feed; nothing of it may become an element or run. The same text
 * unescaped in the body, and a `javascript:` original URL, must stop the build and say where.
 * The site is served without its Content-Security-Policy: escaping must hold on its own.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/lib/body.ts';
import { sha256 } from '../../src/lib/capture-file.ts';
import { launch } from '../support/browser.ts';
import { build } from '../support/build.ts';
import { fold } from '../support/dist.ts';
import { strictOutputProblems } from '../support/outputs.ts';
import { CONTENT } from '../support/paths.ts';
import { serve, type StaticServer } from '../support/server.ts';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const LINK = '[klik](javascript:alert(1))';
const TITLE = `Uji zarniwoop ${IMG} ${SCRIPT} {} ${LINK}`;
const SUMMARY = `Ringkasan ${IMG} ${SCRIPT} {alert(1)} [tautan](javascript:alert(1)) "><b>tebal</b>.`;
/**
 * The capture: the headline, a credit line, then the story, one line each. The editor and the
 * byline are the capture's words, as the build requires of them.
 */
const EDITOR = '<img src=x onerror=alert(3)>';
const BYLINE = '{alert(4)} <script>alert(4)</script>';
const CAPTURE = [
  TITLE,
  `Sumber : <img src=x onerror=alert(2)> | Editor: ${EDITOR} | Penulis: ${BYLINE}`,
  `Paragraf ini memuat ${IMG} sebagai teks, bukan gambar.`,
  `Begitu pula ${SCRIPT} dan <script src="/x.js"></script>, yang tidak boleh berjalan.`,
  'Kurung kurawal {} dan {alert(1)} serta {...props} bukan ekspresi; &lt;b&gt; tetap tertulis.',
  `Tautan ${LINK}, <a href="javascript:alert(1)">klik</a> dan <javascript:alert(1)> bukan tautan.`,
];
const STORY = CAPTURE.slice(2);
const FILE = 'articles/uji-teks-berbahaya.mdx';
const URL_PATH = '/artikel/2022/01/13/uji-teks-berbahaya/';

function article(options: { body?: string; originalUrl?: string } = {}): string {
  const body = options.body ?? STORY.map(escapeMarkdown).join('\n\n');
  return [
    '---',
    `title: ${JSON.stringify(TITLE)}`,
    `summary: ${JSON.stringify(SUMMARY)}`,
    'published: "2022-01-13"',
    'publishedBasis: stated',
    'archived: "2026-11-23"',
    'publisher: medcom',
    `editor: ${JSON.stringify(EDITOR)}`,
    `byline: ${JSON.stringify(BYLINE)}`,
    `credits: [${JSON.stringify(CAPTURE[1])}]`,
    `originalUrl: ${JSON.stringify(options.originalUrl ?? 'https://contoh.example/berita?judul="><script>alert(5)</script>')}`,
    'capture: captures/uji-teks-berbahaya.txt',
    `captureSha256: ${sha256(new TextEncoder().encode(`${CAPTURE.join('\n')}\n`))}`,
    'notes:',
    '  - topic: text',
    `    text: ${JSON.stringify(`Catatan ${SCRIPT} ${IMG} {} [x](javascript:alert(6))`)}`,
    '---',
    '',
    body,
    '',
  ].join('\n');
}

const scratch = mkdtempSync(join(tmpdir(), 'kliping-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds a copy of the content plus the hostile article (as given) and its capture. */
function buildWith(name: string, mdx: string) {
  const dir = join(scratch, name);
  const content = join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  writeFileSync(join(content, 'captures/uji-teks-berbahaya.txt'), `${CAPTURE.join('\n')}\n`);
  writeFileSync(join(content, FILE), mdx);
  const outDir = join(dir, 'dist');
  return { ...build({ content, outDir, cacheDir: join(dir, 'cache') }), content, outDir };
}

describe('an article full of markup, script and expressions, escaped as captured text', () => {
  let built: ReturnType<typeof buildWith>;
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  const events: string[] = [];

  beforeAll(async () => {
    built = buildWith('escaped', article());
    expect(built.status, built.output).toBe(0);
    [browser, server] = await Promise.all([launch(), serve({ root: `${built.outDir}/` })]);
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      events.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => events.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      if (/\/x(\.js)?$/.test(new URL(request.url()).pathname)) events.push(`request: ${request.url()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(() => {
    events.length = 0;
  });

  it('is escaped in the source the way the importer writes it', () => {
    const source = readFileSync(join(built.content, FILE), 'utf8');
    expect(source).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(source).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(source).toContain('Kurung kurawal \\{\\} dan \\{alert(1)\\}');
    expect(source).toContain('\\[klik\\](javascript:alert(1))');
    expect(source).toContain('\\&lt;b\\&gt;');
  });

  /** What the page shows, and every element or attribute that the hostile text could have made. */
  async function inspect(path: string) {
    await page.goto(`${server.url}${path}`);
    return look();
  }

  async function look() {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    return page.evaluate(() => ({
      // The full provenance is one click away: open it, as a reader would, to read it.
      text: (document.querySelectorAll('details').forEach((d) => (d.open = true)), document.body.innerText),
      title: document.title,
      images: [...document.querySelectorAll('img')].map((img) => img.outerHTML),
      handlers: [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((a) => a.name.startsWith('on'))
          .map((a) => `${element.tagName} ${a.name}`),
      ),
      scripts: [...document.scripts]
        .filter((s) => s.type !== 'application/ld+json' && !s.src.includes('/_astro/'))
        .map((s) => s.outerHTML),
      bold: document.querySelectorAll('main b').length,
      links: [...document.querySelectorAll('a[href]')]
        .map((a) => (a as HTMLAnchorElement).href)
        .filter((href) => !/^https?:/.test(href)),
    }));
  }

  it('the article page shows every string as text, and none becomes an element or runs', async () => {
    const seen = await inspect(URL_PATH);
    expect(seen.title).toBe(`${TITLE} — Kliping`);
    for (const line of [TITLE, ...STORY]) expect(seen.text).toContain(line);
    expect(seen.text).toContain('<img src=x onerror=alert(2)>'); // credit line
    expect(seen.text).toContain('<img src=x onerror=alert(3)>'); // editor
    expect(seen.text).toContain(`Catatan ${SCRIPT} ${IMG} {} [x](javascript:alert(6))`); // note
    expect(seen).toMatchObject({ images: [], handlers: [], scripts: [], bold: 0, links: [] });
    expect(events).toEqual([]);
  });

  it('keeps the original URL inside its attribute and the JSON-LD inside its script', async () => {
    await page.goto(`${server.url}${URL_PATH}`);
    const hrefs = await page.$$eval('a[href^="https://contoh.example/"]', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(hrefs.length).toBeGreaterThanOrEqual(1);
    expect(new Set(hrefs)).toEqual(
      new Set(['https://contoh.example/berita?judul="><script>alert(5)</script>']),
    );
    const jsonLd = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
      scripts.map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>),
    );
    expect(jsonLd).toEqual([expect.objectContaining({ headline: TITLE, description: SUMMARY })]);
    expect(await page.getAttribute('meta[name="description"]', 'content')).toBe(SUMMARY);
  });

  it.each(['/', '/indeks/2022/01/13/', '/sumber/medcom/', '/linimasa/'])(
    '%s lists it with its title as text',
    async (path) => {
      const seen = await inspect(path);
      expect(seen.text).toContain(TITLE);
      expect(seen).toMatchObject({ images: [], handlers: [], scripts: [], bold: 0, links: [] });
      expect(events).toEqual([]);
    },
  );

  it('search finds it and shows its title and text as text', async () => {
    await page.goto(`${server.url}/cari/?q=zarniwoop`);
    await page.waitForFunction(() => document.querySelectorAll('kliping-search ol a').length > 0);
    const seen = await look();
    expect(await page.locator('kliping-search ol a').first().textContent()).toContain(TITLE);
    expect(seen).toMatchObject({ images: [], handlers: [], scripts: [], bold: 0, links: [] });
    const tags = await page.$$eval('kliping-search ol *', (elements) => elements.map((e) => e.localName));
    expect(tags.filter((tag) => ['img', 'script', 'b', 'iframe', 'svg'].includes(tag))).toEqual([]);
    expect(events).toEqual([]);
  });

  it('every output of the build parses strictly', () => {
    expect(strictOutputProblems(built.outDir).problems).toEqual([]);
  });

  it('the feed carries the text escaped, so a feed reader shows it as text too', async () => {
    const feed = await new Parser().parseString(readFileSync(join(built.outDir, 'rss.xml'), 'utf8'));
    const item = feed.items.find((entry) => entry.link?.endsWith(URL_PATH));
    expect(item?.title).toBe(TITLE);
    const { document } = parseHTML(
      `<!doctype html><html><body>${item?.['content:encoded'] as string}</body></html>`,
    );
    for (const line of STORY) expect(fold(document.body.textContent)).toContain(line);
    expect(document.querySelectorAll('img, script, b, [onerror], a[href^="javascript:"]')).toHaveLength(0);
  });
});

describe('a build stops, naming the file and the problem, when the hostile text', () => {
  it('is in the body unescaped: MDX would read <script> as an element', () => {
    const body = STORY.map((line) => (line.includes(SCRIPT) ? line : escapeMarkdown(line))).join('\n\n');
    const { status, output } = buildWith('unescaped', article({ body }));
    expect(status, output).not.toBe(0);
    expect(output).toMatch(
      /uji-teks-berbahaya\.mdx: body: paragraph 2 has an unescaped "<" at column 13 .*which MDX reads as an element such as <script>/,
    );
    expect(output).not.toMatch(/Could not resolve|Transform failed/);
  });

  it('is a javascript: original URL: only http(s) addresses are links', () => {
    const { status, output, content } = buildWith(
      'javascript-url',
      article({ originalUrl: 'javascript:alert(1)' }),
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain(join(content, FILE));
    expect(output).toContain(
      'originalUrl: "javascript:alert(1)" is not a web address; expected an http(s) URL',
    );
  });
});
