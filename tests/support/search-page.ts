/** What the search page's tests wait for, in Chromium (playwright-core) and Firefox (puppeteer-core) alike. */

interface Waits {
  waitForFunction(fn: () => boolean): Promise<unknown>;
}

/** Waits until the search page has shown its results and their filter counts (kliping-search loses data-busy). */
export async function searchSettled(page: Waits): Promise<void> {
  await page.waitForFunction(() => {
    const search = document.querySelector('kliping-search');
    const status = search?.querySelector('[role="status"]')?.textContent ?? '';
    return search !== null && !search.hasAttribute('data-busy') && status !== '' && status !== 'Mencari…';
  });
}
