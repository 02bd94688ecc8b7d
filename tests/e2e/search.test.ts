/**
 * Search in a real Chromium against the real Pagefind index, served over HTTP as a static
 * host would serve dist/.
 */
import type { Page } from 'playwright-core';
import { openSite, recordErrors } from '../support/site.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { serve, type StaticServer } from '../support/server';

const MEDCOM = '/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/';
const KONTAN = '/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/';

let page: Page;
let errors: string[];

const site = openSite();
beforeEach(async () => {
  page = await site.browser.newPage();
  errors = recordErrors(page);
  return () => page.close();
});

/** The result links, once the status line says the search is done. */
async function results(): Promise<string[]> {
  await page.waitForFunction(() => {
    const status = document.querySelector('kliping-search [role="status"]')?.textContent ?? '';
    return status !== '' && status !== 'Mencari…';
  });
  return page.$$eval('kliping-search ol a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

async function search(query: string): Promise<string[]> {
  await page.goto(`${site.server.url}/cari/?q=${encodeURIComponent(query)}`);
  return results();
}

describe('searching the archive', () => {
  it('finds both articles for "Stoltenberg", with highlighted excerpts', async () => {
    expect((await search('Stoltenberg')).toSorted()).toEqual([KONTAN, MEDCOM]);
    expect(await page.locator('kliping-search ol mark').first().textContent()).toMatch(/Stoltenberg/i);
    expect(await page.locator('[role="status"]').textContent()).toBe('2 hasil untuk “Stoltenberg”');
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
    expect(await page.locator('kliping-search ol .meta').textContent()).toBe(
      'medcom.id · Rabu, 12 Januari 2022',
    );
  });

  it('says so when nothing is found', async () => {
    expect(await search('zzqxj')).toEqual([]);
    expect(await page.locator('[role="status"]').textContent()).toMatch(/^Tidak ada hasil untuk “zzqxj”/);
  });

  it('opens the article when a result is clicked', async () => {
    await search('Borrell');
    await page.locator('kliping-search ol a').first().click();
    await page.waitForURL((url) => url.pathname === KONTAN);
    expect(await page.locator('h1').textContent()).toContain('NATO Jadwalkan');
  });

  it('keeps the query in the URL, and the back button returns to the earlier search', async () => {
    await page.goto(`${site.server.url}/cari/`);
    const box = page.locator('kliping-search input[name="q"]');
    await box.fill('Krimea');
    await box.press('Enter');
    expect(await results()).toEqual([MEDCOM]);
    expect(new URL(page.url()).search).toBe('?q=Krimea');
    await box.fill('Borrell');
    await box.press('Enter');
    await page.waitForURL(/q=Borrell/);
    expect(await results()).toEqual([KONTAN]);
    await page.goBack();
    await page.waitForURL(/q=Krimea/);
    await page.waitForFunction(() =>
      document.querySelector('kliping-search [role="status"]')?.textContent?.includes('Krimea'),
    );
    expect(await box.inputValue()).toBe('Krimea');
    expect(await results()).toEqual([MEDCOM]);
  });

  it('searches from the masthead form of any page, without the page needing JavaScript', async () => {
    await page.goto(`${site.server.url}${MEDCOM}`);
    await page.locator('header input[name="q"]').fill('Jenewa');
    await page.locator('header input[name="q"]').press('Enter');
    await page.waitForURL(/\/cari\/\?q=Jenewa/);
    expect(await results()).toEqual([KONTAN]);
  });

  it('shows a hostile query as text: nothing injected, nothing run', async () => {
    const hostile = '<img src=x onerror=alert(1)>"\'*?[](){}\\ 🙂 שלום';
    await search(hostile);
    expect(await page.locator('kliping-search img').count()).toBe(0);
    expect(await page.locator('[role="status"]').textContent()).toContain(hostile.trim());
    expect(errors).toEqual([]);
  });
});
