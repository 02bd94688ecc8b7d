/**
 * Layout in a real Chromium: every page type holds at every width from a 320 px phone to a
 * 1920 px screen (no word squeezed into a column narrower than itself, no sideways scrolling of
 * the page or of any box in it), and an article prints with its provenance and notes but
 * without the site's navigation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pagesToCheck } from '../support/pages.ts';
import { openSite } from '../support/site.ts';

const PAGES = await pagesToCheck();
const WIDTHS = [320, 390, 768, 1024, 1280, 1440, 1920];

const site = openSite();

/**
 * What does not fit on the open page: each word of six or more letters in `main` that is wider
 * than the box its text flows in (the nearest ancestor that is not inline), each box in `main`
 * that scrolls sideways, and the page's own overflow.
 */
function misfits(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const main = document.querySelector('main')!;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
    const flowBox = (element: Element): Element => {
      let box = element;
      while (box !== main && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement!;
      return box;
    };
    /** The width a word takes on one line, in the font of the element it is in. */
    const wordWidth = (element: Element, word: string) => {
      const probe = document.createElement('span');
      probe.textContent = word;
      probe.style.whiteSpace = 'nowrap';
      probe.style.position = 'absolute';
      probe.style.visibility = 'hidden';
      element.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width;
    };
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    for (const text of texts) {
      const element = text.parentElement!;
      const range = document.createRange();
      range.selectNodeContents(text);
      // Not rendered (hidden, a closed <details>, <noscript>) or visually hidden on purpose.
      if (range.getClientRects().length === 0 || element.closest('.visually-hidden')) continue;
      const words = [...new Set(text.data.match(/\p{L}{6,}/gu) ?? [])];
      if (words.length === 0) continue;
      const box = flowBox(element);
      const style = getComputedStyle(box);
      const available =
        box.getBoundingClientRect().width -
        parseFloat(style.paddingInlineStart) -
        parseFloat(style.paddingInlineEnd) -
        parseFloat(style.borderInlineStartWidth) -
        parseFloat(style.borderInlineEndWidth);
      for (const word of words) {
        const width = wordWidth(element, word);
        if (width > available + 0.5) {
          problems.push(
            `"${word}" (${Math.round(width)} px) in ${describe(box)} of ${Math.round(available)} px`,
          );
        }
      }
    }
    for (const element of main.querySelectorAll('*')) {
      if (
        element.scrollWidth > element.clientWidth + 1 &&
        /auto|scroll/.test(getComputedStyle(element).overflowX)
      )
        problems.push(
          `${describe(element)} scrolls sideways: ${element.scrollWidth} px in ${element.clientWidth} px`,
        );
    }
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth) problems.push(`the page is ${page.scrollWidth} px wide`);
    return problems;
  });
}

describe.each(WIDTHS)('at %i px wide', (width) => {
  it.each(PAGES)('%s fits: no squeezed word, no sideways scrolling', async (path) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url(path));
    if (path.startsWith('/cari/?q=')) await page.locator('kliping-search ol li').first().waitFor();
    const problems = await misfits(page);
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('printing an article, %s scheme', (colorScheme) => {
  it('keeps the text, byline, provenance, notes and citation, leaves out navigation, black on white', async () => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(site.url('/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/'));
    await page.emulateMedia({ media: 'print', colorScheme });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          // checkVisibility: not display:none, and not inside a closed <details> either.
          const box = element.getBoundingClientRect();
          return element.checkVisibility() && box.width > 0 && box.height > 0;
        });
    for (const selector of ['.masthead', '.site-footer', '.prev-next', 'a.skip', '.note .back'])
      expect(await shown(selector), selector).toBe(false);
    for (const selector of [
      'h1',
      '.article-meta .sources',
      '.article-meta .published',
      '#p1',
      '#p9',
      '#catatan-1',
      '.notes',
      'details.provenance dl',
      '.cite h3:last-of-type',
      '.cite .bibtex',
    ])
      expect(await shown(selector), selector).toBe(true);
    expect(await page.locator('.cite .bibtex').textContent()).toMatch(/^@online\{medcom2022pertemuan,/);

    // Every piece of text in black or dark grey, on white or nothing.
    const colours = await page.evaluate(() => {
      const found = new Set<string>();
      for (const element of document.querySelectorAll('main *')) {
        const own = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
        if (!own || element.getClientRects().length === 0) continue;
        const style = getComputedStyle(element);
        const [r, g, b] = style.color.match(/\d+/g)!.map(Number);
        if (Math.max(r!, g!, b!) > 0x33)
          found.add(`${element.tagName.toLowerCase()}.${element.className}: ${style.color}`);
        const background = style.backgroundColor;
        if (!/^rgba\(0, 0, 0, 0\)$|^rgb\(255, 255, 255\)$/.test(background))
          found.add(`${element.tagName.toLowerCase()}.${element.className} on ${background}`);
      }
      return [...found];
    });
    expect(colours).toEqual([]);

    const margins = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
        .map((rule) => rule.style.marginTop),
    );
    expect(margins.length).toBeGreaterThan(0);
    expect(margins.every((margin) => parseFloat(margin) > 0)).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});
