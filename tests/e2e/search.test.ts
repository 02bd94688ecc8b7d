/**
 * Search in a real Chromium and a real Firefox ESR against the real Pagefind index, served
 * over HTTP as a static host would serve dist/. The same tests in each browser, both driven
 * by puppeteer-core (tests/support/browsers.ts).
 */
import type { Page } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  appliesTextDirectives,
  BROWSERS,
  openSite,
  recordErrors,
  texts,
  waitForPath,
} from '../support/browsers.ts';
import { searchSettled } from '../support/search-page.ts';

const MEDCOM = '/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/';
const KONTAN = '/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/';

describe.each(BROWSERS)('searching the archive in %s', (name) => {
  const site = openSite(name);
  let page: Page;
  let errors: string[];

  beforeEach(async () => {
    page = await site.newPage();
    errors = recordErrors(page);
    return () => page.close();
  });

  /** The result links, once the status line says the search is done. */
  async function results(): Promise<string[]> {
    await searchSettled(page);
    return page.$$eval('kliping-search ol a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
  }

  async function search(query: string): Promise<string[]> {
    await page.goto(site.url(`/cari/?q=${encodeURIComponent(query)}`));
    return results();
  }

  const status = async () => (await texts(page, '[role="status"]'))[0];
  const box = 'kliping-search input[name="q"]';

  it('finds both articles for "Stoltenberg", with highlighted excerpts', async () => {
    expect((await search('Stoltenberg')).toSorted()).toEqual([KONTAN, MEDCOM]);
    expect((await texts(page, 'kliping-search ol mark'))[0]).toMatch(/Stoltenberg/i);
    expect(await status()).toBe('2 hasil untuk “Stoltenberg”');
    expect(errors).toEqual([]);
  });

  it('finds only the medcom article for "Krimea", only the kontan article for "Borrell"', async () => {
    expect(await search('Krimea')).toEqual([MEDCOM]);
    expect(await search('Borrell')).toEqual([KONTAN]);
  });

  it('does not find the outlet\'s "Baca Juga" links, which are not the story', async () => {
    expect(await search('Kremlin')).toEqual([]);
  });

  it('finds Indonesian inflections through their root (stemming)', async () => {
    // Neither page has the word "temu" or "dibekukan"; they have pertemuan/bertemu and membekukan.
    expect((await search('temu')).toSorted()).toEqual([KONTAN, MEDCOM]);
    expect(await search('dibekukan')).toEqual([MEDCOM]);
  });

  it('shows the outlet and the Indonesian date of each result', async () => {
    await search('Krimea');
    expect(await texts(page, 'kliping-search ol .meta')).toEqual(['medcom.id · Rabu, 12 Januari 2022']);
  });

  it('says so when nothing is found', async () => {
    expect(await search('zzqxj')).toEqual([]);
    expect(await status()).toMatch(/^Tidak ada hasil untuk “zzqxj”/);
  });

  it('opens the article when a result is clicked', async () => {
    await search('Borrell');
    await Promise.all([page.waitForNavigation(), page.click('kliping-search ol a')]);
    await waitForPath(page, KONTAN);
    expect((await texts(page, 'h1'))[0]).toContain('NATO Jadwalkan');
  });

  it('opens the article at the searched passage: the paragraph, and the word itself', async () => {
    expect(await search('Kuleba')).toEqual([KONTAN]);
    expect(await page.$eval('kliping-search ol a', (a) => a.getAttribute('href'))).toBe(
      `${KONTAN}#p14:~:text=Negeri%20Ukraina%20Dmytro-,Kuleba`,
    );
    await Promise.all([page.waitForNavigation(), page.click('kliping-search ol a')]);
    await waitForPath(page, KONTAN);
    /** Where the paragraph and the word are once the (smooth) scroll has stopped. */
    const place = () =>
      page.evaluate(async () => {
        for (let last = -1; last !== scrollY;) {
          last = scrollY;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        const paragraph = document.getElementById('p14')!;
        const text = paragraph.firstChild as Text; // the paragraph's own text comes first
        const word = document.createRange();
        word.setStart(text, text.data.indexOf('Kuleba'));
        word.setEnd(text, text.data.indexOf('Kuleba') + 'Kuleba'.length);
        const box = word.getBoundingClientRect();
        return {
          target: document.querySelector('p:target')?.id,
          inView: paragraph.getBoundingClientRect().top >= 0 && box.bottom <= innerHeight,
          // A text directive centres the word; the id alone puts the paragraph at the top.
          wordCentred: Math.abs((box.top + box.bottom) / 2 / innerHeight - 0.5) < 0.15,
        };
      });
    await expect
      .poll(place, { timeout: 10_000 })
      .toEqual({ target: 'p14', inView: true, wordCentred: appliesTextDirectives(name) });
    // The directive is the browser's alone: never in location (Chromium keeps it in page.url()).
    expect(await page.evaluate(() => location.hash)).toBe('#p14');
    expect(errors).toEqual([]);
  });

  it('keeps the query in the URL, and the back button returns to the earlier search', async () => {
    await page.goto(site.url('/cari/'));
    await page.type(box, 'Krimea'); // key by key, as a reader types
    await page.keyboard.press('Enter');
    expect(await results()).toEqual([MEDCOM]);
    expect(await page.evaluate(() => location.search)).toBe('?q=Krimea');
    await page.locator(box).fill('Borrell'); // replaces what is there
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search === '?q=Borrell');
    expect(await results()).toEqual([KONTAN]);
    // history.back(), not page.goBack(): with Firefox ESR 140, goBack() waits for ever on a
    // same-document (pushState) entry. And location, not page.url(), which ESR 140 leaves stale.
    await page.evaluate(() => history.back());
    await page.waitForFunction(() => location.search === '?q=Krimea');
    await page.waitForFunction(() =>
      document.querySelector('kliping-search [role="status"]')?.textContent?.includes('Krimea'),
    );
    expect(await page.$eval(box, (input) => (input as HTMLInputElement).value)).toBe('Krimea');
    expect(await results()).toEqual([MEDCOM]);
  });

  it('searches from the masthead form of any page, without the page needing JavaScript', async () => {
    await page.goto(site.url(MEDCOM));
    await page.locator('header input[name="q"]').fill('Jenewa');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => location.pathname + location.search)).toBe('/cari/?q=Jenewa');
    expect(await results()).toEqual([KONTAN]);
  });

  it('shows a hostile query as text: nothing injected, nothing run', async () => {
    const hostile = '<img src=x onerror=alert(1)>"\'*?[](){}\\ 🙂 שלום';
    await search(hostile);
    expect(await page.evaluate(() => document.querySelectorAll('kliping-search img').length)).toBe(0);
    expect(await status()).toContain(hostile.trim());
    expect(errors).toEqual([]);
  });
});
