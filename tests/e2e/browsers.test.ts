/** The browser harness itself: each browser reports errors, honours the options, sizes pages alike. */
import { describe, expect, it } from 'vitest';
import { BROWSERS, openSite, recordErrors, VIEWPORT } from '../support/browsers.ts';

describe.each(BROWSERS)('in %s', (name) => {
  describe('by default', () => {
    const site = openSite(name);

    it('reports script errors, console errors and dialogs alike', async () => {
      const page = await site.newPage();
      const errors = recordErrors(page);
      await page.goto(site.url('/'));
      await page.evaluate(() => {
        console.error('console says no');
        setTimeout(() => alert('a dialog'));
        setTimeout(() => {
          throw new TypeError('a script error');
        });
      });
      await expect
        .poll(() => errors.toSorted())
        .toEqual(['TypeError: a script error', 'console says no', 'dialog: a dialog']);
      await page.close();
    });

    it('opens pages at the same size, runs Pagefind, and prefers the light scheme', async () => {
      const page = await site.newPage();
      await page.goto(site.url('/cari/?q=Krimea'));
      await page.waitForSelector('kliping-search ol li');
      expect(
        await page.evaluate(() => ({
          width: innerWidth,
          height: innerHeight,
          dark: matchMedia('(prefers-color-scheme: dark)').matches,
          wasm: typeof WebAssembly.instantiate,
        })),
      ).toEqual({ ...VIEWPORT, dark: false, wasm: 'function' });
      await page.close();
    });
  });

  describe('dark', () => {
    const site = openSite(name, { colorScheme: 'dark' });

    it('prefers the dark scheme', async () => {
      const page = await site.newPage();
      await page.goto(site.url('/'));
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await page.close();
    });
  });

  describe('with JavaScript off', () => {
    const site = openSite(name, { javaScript: false });

    it('runs no script on the page, and says search needs it', async () => {
      const page = await site.newPage();
      await page.goto(site.url('/cari/?q=Krimea'));
      expect(
        await page.evaluate(() => ({
          noscript: getComputedStyle(document.querySelector('.noscript')!).display !== 'none',
          results: document.querySelectorAll('kliping-search ol li').length,
        })),
      ).toEqual({ noscript: true, results: 0 });
      await page.close();
    });
  });
});
