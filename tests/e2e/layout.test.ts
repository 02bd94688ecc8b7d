/**
 * Layout in a real Chromium: every page type fits a 320 px phone without sideways scrolling,
 * and an article prints with its provenance and notes but without the site's navigation.
 */
import { openSite } from '../support/site.ts';
import { describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { serve, type StaticServer } from '../support/server';

const PAGES = [
  '/',
  '/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/',
  '/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/',
  '/linimasa/',
  '/cari/?q=Stoltenberg',
  '/topik/',
  '/topik/nato/',
  '/sumber/kontan/',
  '/indeks/2022/01/',
  '/tidak-ada/',
];

const site = openSite();

describe('a 320 px wide phone', () => {
  it.each(PAGES)('%s needs no sideways scrolling', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    if (path.startsWith('/cari/?q=')) await page.locator('kliping-search ol li').first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await context.close();
    expect(width).toBeLessThanOrEqual(320);
  });
});

describe('printing an article', () => {
  it('keeps the text, provenance and notes, and leaves out navigation', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).display !== 'none');
    expect(await shown('.masthead')).toBe(false);
    expect(await shown('footer')).toBe(false);
    expect(await shown('.prev-next')).toBe(false);
    expect(await shown('#p9')).toBe(true);
    expect(await shown('.provenance')).toBe(true);
    expect(await shown('.notes')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
