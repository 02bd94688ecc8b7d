/**
 * Reading pages in a real Chromium and a real Firefox ESR: the timeline's paragraph links land
 * on the paragraph. The same tests in each browser, both driven by puppeteer-core.
 */
import type { Page } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, openSite, texts } from '../support/browsers.ts';

describe.each(BROWSERS)('in %s', (name) => {
  describe('the timeline with JavaScript off', () => {
    const site = openSite(name, { javaScript: false });

    it('is in date order, and complete', async () => {
      const page = await site.newPage();
      await page.goto(site.url('/linimasa/'));
      // page.evaluate, not $$eval: see texts() in browsers.ts.
      const dates = await page.evaluate(() =>
        [...document.querySelectorAll('li.entry time')].map((time) => time.getAttribute('datetime')!),
      );
      expect(dates.length).toBeGreaterThanOrEqual(15);
      expect(dates).toEqual(dates.toSorted());
      await page.close();
    });
  });

  describe('with JavaScript', () => {
    const site = openSite(name);
    let page: Page;
    beforeEach(async () => {
      page = await site.newPage();
      return () => page.close();
    });

    it('links each cited paragraph: a click opens the article scrolled to that paragraph', async () => {
      await page.goto(site.url('/linimasa/'));
      const link = '#pembicaraan-osce-wina a.para';
      expect(await page.$eval(link, (a) => a.getAttribute('href'))).toBe(
        '/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/#p11',
      );
      await Promise.all([page.waitForNavigation(), page.click(link)]);
      await page.waitForFunction(() => location.hash === '#p11');
      expect(await page.$eval('p:target', (p) => p.id)).toBe('p11');
      expect((await texts(page, 'p:target'))[0]).toMatch(/^Pada 13 Januari, pembicaraan akan berlanjut/);
      await expect
        .poll(() =>
          page.$eval('p:target', (p) => {
            const r = p.getBoundingClientRect();
            return r.top >= 0 && r.top < innerHeight;
          }),
        )
        .toBe(true);
    });

    it("returns 404 with the archive's own page for an unknown address", async () => {
      const response = await page.goto(site.url('/artikel/2099/01/01/tidak-ada/'));
      expect(response?.status()).toBe(404);
      expect(await texts(page, 'h1')).toEqual(['Halaman tidak ditemukan']);
    });
  });
});
