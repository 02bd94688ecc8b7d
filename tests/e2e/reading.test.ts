/** Reading pages in a real Chromium: the timeline's paragraph links land on the paragraph. */
import type { Page } from 'playwright-core';
import { openSite } from '../support/site.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { serve, type StaticServer } from '../support/server';

let page: Page;

const site = openSite();
beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('the timeline', () => {
  it('is in date order, and complete with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.server.url}/linimasa/`);
    const dates = await noJs.$$eval('li.entry time', (times) =>
      times.map((t) => t.getAttribute('datetime')!),
    );
    expect(dates.length).toBeGreaterThanOrEqual(15);
    expect(dates).toEqual(dates.toSorted());
    await context.close();
  });

  it('links each cited paragraph: a click opens the article scrolled to that paragraph', async () => {
    await page.goto(`${site.server.url}/linimasa/`);
    const link = page.locator('#pembicaraan-osce-wina a.para').first();
    expect(await link.getAttribute('href')).toBe('/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/#p11');
    await link.click();
    await page.waitForURL(/#p11$/);
    const target = page.locator('p:target');
    expect(await target.getAttribute('id')).toBe('p11');
    expect(await target.textContent()).toMatch(/^Pada 13 Januari, pembicaraan akan berlanjut/);
    await expect
      .poll(() =>
        target.evaluate((p) => {
          const r = p.getBoundingClientRect();
          return r.top >= 0 && r.top < innerHeight;
        }),
      )
      .toBe(true);
  });
});

describe('the skip links', () => {
  it('from the top of a reading page, the second Tab stop leads to the masthead search box', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(site.url('/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/'));
    await noJs.keyboard.press('Tab');
    expect(await noJs.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Langsung ke isi');
    await noJs.keyboard.press('Tab');
    const skip = await noJs.evaluate(() => {
      const link = document.activeElement as HTMLElement;
      const box = link.getBoundingClientRect();
      return { text: link.textContent?.trim(), visible: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ text: 'Langsung ke pencarian', visible: true });
    await noJs.keyboard.press('Enter');
    await noJs.keyboard.type('Krimea');
    expect(await noJs.inputValue('#q-header')).toBe('Krimea');
    await context.close();
  });
});

describe('an article page', () => {
  it("returns 404 with the archive's own page for an unknown address", async () => {
    const response = await page.goto(`${site.server.url}/artikel/2099/01/01/tidak-ada/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
  });
});
