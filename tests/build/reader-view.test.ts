/**
 * Firefox's Reader View over every article of dist/: Mozilla Readability, the library Firefox
 * runs, given the page as Firefox gives it (its own JSDOMParser) and as a plain DOM (linkedom).
 * It must find the headline as the title, the outlet as the byline, and the story paragraphs,
 * in order and exactly, and nothing else: no paragraph number glued to the text, no note, no
 * provenance, topics, events, coverage, citation, neighbours or "Baca Juga" line. The same
 * holds for a very short story, which takes Readability through its retry passes.
 */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fold, pageDocument, pagePaths, readPage } from '../support/dist.ts';
import { xhtml } from '../support/xhtml.ts';

const JSDOMParser = createRequire(import.meta.url)('@mozilla/readability/JSDOMParser.js') as new () => {
  parse(html: string, url: string): Document;
};
const SITE = 'https://kliping.example.org';
const articles = pagePaths().filter((path) => path.startsWith('/artikel/'));

const PARSERS = {
  'Firefox (XMLSerializer, then JSDOMParser)': (html: string, url: string) =>
    new JSDOMParser().parse(xhtml(parseHTML(html).document as unknown as Document), url),
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
};

/** What Reader View shows: title, byline, and the text of each block it keeps. */
function readerView(html: string, parser: keyof typeof PARSERS, url: string) {
  const result = new Readability(PARSERS[parser](html, url)).parse();
  if (!result) throw new Error(`Readability found no article at ${url}`);
  const content = parseHTML(`<!doctype html><html><body>${result.content ?? ''}</body></html>`).document;
  const leaves = [...content.body.querySelectorAll('*')].filter(
    (element) =>
      /^(P|LI|H[1-6]|PRE|DT|DD|BLOCKQUOTE|TD|FIGCAPTION)$/.test(element.tagName) &&
      !element.querySelector('p, li, pre, dd, dt, blockquote'),
  );
  return {
    title: result.title,
    byline: result.byline,
    blocks: leaves.map((element) => fold(element.textContent)).filter(Boolean),
    text: fold(result.textContent),
  };
}

/** The page with only its first two story paragraphs, each cut to 120 characters. */
function shortened(path: string): string {
  const { document } = parseHTML(readPage(path));
  const paragraphs = [...document.querySelectorAll('.para')];
  for (const para of paragraphs.slice(2)) para.remove();
  for (const block of document.querySelectorAll('.read-also')) block.remove();
  for (const p of document.querySelectorAll('.para > p[id]')) p.textContent = p.textContent!.slice(0, 120);
  return document.toString();
}

describe.each(Object.keys(PARSERS) as (keyof typeof PARSERS)[])('Reader View, page read by %s', (parser) => {
  it.each(articles)('%s: the headline, the outlet, the story paragraphs and nothing else', (path) => {
    const page = pageDocument(path);
    const story = [...page.querySelectorAll('.para > p[id^="p"]')].map((p) => fold(p.textContent));
    const outlet = fold(page.querySelector('.article-meta .outlet')?.textContent);
    expect(story.length).toBeGreaterThan(5);
    const view = readerView(readPage(path), parser, `${SITE}${path}`);
    expect(view.title).toBe(fold(page.querySelector('h1')?.textContent));
    expect(view.byline).toBe(outlet);
    expect(view.blocks).toEqual(story);
    expect(view.text.startsWith(story[0]!)).toBe(true);
  });

  it.each(articles)('%s, cut to a short story: still the story paragraphs only', (path) => {
    const html = shortened(path);
    const story = [...parseHTML(html).document.querySelectorAll('.para > p[id^="p"]')].map((p) =>
      fold(p.textContent),
    );
    expect(story).toHaveLength(2);
    expect(readerView(html, parser, `${SITE}${path}`).blocks).toEqual(story);
  });
});
