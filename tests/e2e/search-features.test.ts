/**
 * The search page's features in a real Chromium over the real index: filters with counts,
 * OR within a group, sort by date, state in the URL, history, keyboard, aliases, the passage
 * highlighted in the opened article, the form without JavaScript, and hostile queries.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { searchSettled } from '../support/search-page.ts';
import { openSite, recordErrors } from '../support/site.ts';

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

const status = () => page.locator('kliping-search [role="status"]');

/** Waits for the search to settle and returns the result paths in order. */
async function results(): Promise<string[]> {
  await searchSettled(page);
  return page.$$eval('kliping-search ol h2 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

async function open(query: string): Promise<string[]> {
  await page.goto(`${site.server.url}/cari/${query}`);
  return results();
}

/** Changes a control and waits for the new results (the status line changes). */
async function change(action: () => Promise<unknown>): Promise<string[]> {
  const before = page.url();
  await action();
  await page.waitForFunction((url) => location.href !== url, before);
  return results();
}

const box = (name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"]`);
const count = (name: string, value: string) =>
  page.locator(`label:has(input[name="${name}"][value="${value}"]) [data-count]`).textContent();

describe('filters', () => {
  it('narrow by publisher, with a count for each value', async () => {
    expect((await open('?q=Stoltenberg')).length).toBe(2);
    expect(await count('penerbit', 'medcom.id')).toBe('(1)');
    expect(await count('penerbit', 'kontan.co.id')).toBe('(1)');
    expect(await count('topik', 'Krimea')).toBe('(1)');
    expect(await change(() => box('penerbit', 'medcom.id').check())).toEqual([MEDCOM]);
    expect(new URL(page.url()).search).toBe('?q=Stoltenberg&penerbit=medcom.id');
  });

  it('two values of one group are alternatives (OR): both publishers give both articles', async () => {
    expect(await open('?q=NATO&penerbit=medcom.id')).toEqual([MEDCOM]);
    // Counts in a group ignore that group's own choice, so the other value still says 1.
    expect(await count('penerbit', 'kontan.co.id')).toBe('(1)');
    expect((await change(() => box('penerbit', 'kontan.co.id').check())).toSorted()).toEqual([
      KONTAN,
      MEDCOM,
    ]);
  });

  it('groups narrow each other (AND), and one action clears them all', async () => {
    expect(await open('?q=NATO&penerbit=kontan.co.id&topik=Krimea')).toEqual([]);
    expect(await status().textContent()).toMatch(/^Tidak ada hasil/);
    expect((await change(() => page.locator('button.clear').click())).toSorted()).toEqual([KONTAN, MEDCOM]);
    expect(new URL(page.url()).search).toBe('?q=NATO');
    expect(await page.locator('button.clear').isHidden()).toBe(true);
  });

  it('on a phone, fold away and end in a link back to the results', async () => {
    const phone = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await phone.newPage();
    await open('?q=NATO');
    const filters = page.locator('details.filters');
    expect(await filters.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await page.locator('details.filters summary').click();
    const back = page.getByRole('link', { name: /Kembali ke hasil/ });
    await back.scrollIntoViewIfNeeded();
    await back.click();
    await page.waitForURL((url) => url.hash === '#hasil');
    expect(await status().evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(844);
    expect(await status().evaluate((element) => document.activeElement === element)).toBe(true);
    // The jump searched nothing again: the results are those shown before.
    expect(await results()).toHaveLength(2);
    await phone.close();
  });

  it('work without a query: a filter alone lists its articles', async () => {
    expect(await open('?topik=Josep+Borrell')).toEqual([KONTAN]);
    expect(await status().textContent()).toBe('1 artikel sesuai filter');
  });
});

describe('sort', () => {
  it('orders by publication date, newest or oldest first, from a visible control', async () => {
    expect(await open('?q=NATO&urut=terbaru')).toEqual([MEDCOM, KONTAN]);
    expect(await page.locator('select[name="urut"]').inputValue()).toBe('terbaru');
    expect(await change(() => page.locator('select[name="urut"]').selectOption('terlama'))).toEqual([
      KONTAN,
      MEDCOM,
    ]);
    expect(new URL(page.url()).searchParams.get('urut')).toBe('terlama');
  });
});

describe('the URL holds the state', () => {
  it('a shared URL restores the query, filters and sort in the form and the results', async () => {
    expect(await open('?q=Rusia&penerbit=kontan.co.id&penerbit=medcom.id&tahun=2022&urut=terlama')).toEqual([
      KONTAN,
      MEDCOM,
    ]);
    expect(await page.locator('kliping-search input[name="q"]').inputValue()).toBe('Rusia');
    expect(await box('penerbit', 'kontan.co.id').isChecked()).toBe(true);
    expect(await box('tahun', '2022').isChecked()).toBe(true);
    await page.reload();
    expect(await results()).toEqual([KONTAN, MEDCOM]);
  });

  it('back and forward step through earlier searches and filter changes', async () => {
    await open('?q=NATO');
    await change(() => box('penerbit', 'kontan.co.id').check());
    await change(() => page.locator('select[name="urut"]').selectOption('terbaru'));
    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=NATO&penerbit=kontan.co.id');
    expect(await results()).toEqual([KONTAN]);
    expect(await page.locator('select[name="urut"]').inputValue()).toBe('relevansi');
    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=NATO');
    await page.waitForFunction(
      () => !document.querySelector<HTMLInputElement>('input[value="kontan.co.id"]')!.checked,
    );
    expect((await results()).length).toBe(2);
    await page.goForward();
    await page.waitForURL((url) => url.search === '?q=NATO&penerbit=kontan.co.id');
    expect(await box('penerbit', 'kontan.co.id').isChecked()).toBe(true);
  });
});

describe('keyboard', () => {
  it('"/" and Ctrl+K go to the box; arrows move through results; Enter opens; Escape clears', async () => {
    await open('?q=NATO');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.locator('h1').click();
    await page.keyboard.press('Control+K');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');

    const focused = () =>
      page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname);
    const links = await results();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(links[0]);
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.search === '');
    expect(await page.locator('kliping-search input[name="q"]').inputValue()).toBe('');
    expect(await page.locator('kliping-search ol li').count()).toBe(0);

    await page.keyboard.type('Krimea');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search === '?q=Krimea');
    await results();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === MEDCOM);
  });

  it('tells screen readers the result count through a polite live region', async () => {
    await open('?q=Borrell');
    expect(await status().getAttribute('aria-live')).toBe('polite');
    expect(await status().textContent()).toBe('1 hasil untuk “Borrell”');
  });
});

it('keeps every keystroke: a pause after a space, or results arriving while typing, take nothing', async () => {
  await open('');
  const box = page.locator('kliping-search input[name="q"]');
  await box.focus();
  // A search runs after each pause (the debounce is 120 ms); the box must keep the trailing space.
  await page.keyboard.type('NATO ');
  await page.waitForURL((url) => url.search === '?q=NATO');
  await searchSettled(page);
  expect(await box.inputValue()).toBe('NATO ');
  // Letters typed while the last search's results and counts come in stay in the box.
  await page.keyboard.type('Rusia Stoltenberg', { delay: 40 });
  await page.waitForURL((url) => url.searchParams.get('q') === 'NATO Rusia Stoltenberg');
  await searchSettled(page);
  expect(await box.inputValue()).toBe('NATO Rusia Stoltenberg');
});

describe('aliases', () => {
  it.each([
    ['Russia', [KONTAN, MEDCOM], 'Rusia'],
    ['Geneva', [KONTAN], 'Jenewa'],
    ['Vienna', [KONTAN], 'Wina'],
    ['Brussels', [KONTAN, MEDCOM], 'Brussel'],
    ['North Atlantic Treaty Organization', [KONTAN, MEDCOM], 'NATO'],
    ['OSCE', [KONTAN], undefined],
    ['Organisasi untuk Keamanan dan Kerjasama di Eropa', [KONTAN], 'OSCE'],
  ])('"%s" finds the Indonesian text', async (query, expected, alias) => {
    expect((await open(`?q=${encodeURIComponent(query)}`)).toSorted()).toEqual(expected);
    const note = page.locator('kliping-search .aliases');
    if (alias) expect(await note.textContent()).toBe(`Juga dicari: “${alias}”`);
    else expect(await note.isHidden()).toBe(true);
  });
});

describe('the opened article', () => {
  it('scrolls to the searched passage and highlights it, with no script on the article page', async () => {
    await open('?q=Kuleba');
    const link = page.locator('kliping-search ol h2 a').first();
    expect(await link.getAttribute('href')).toBe(`${KONTAN}#p14:~:text=Negeri%20Ukraina%20Dmytro-,Kuleba`);
    await link.click();
    await page.waitForURL((url) => url.pathname === KONTAN);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const top = document.getElementById('p14')!.getBoundingClientRect().top;
          return (
            scrollY > 0 && top >= 0 && top < innerHeight && document.querySelector('p:target')?.id === 'p14'
          );
        }),
      )
      .toBe(true);
    expect(await page.locator('script').count()).toBe(1); // the JSON-LD data block only
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
  });
});

describe('the passage a result links to', () => {
  // The queries that pointed at the wrong paragraph before, and others: the paragraph the link
  // names must hold the words the excerpt highlights.
  it.each([
    'Ukraina',
    'keamanan Eropa',
    'Stoltenberg',
    'Borrell',
    'Jenewa',
    'Krimea',
    'spionase',
    'sanksi',
    'Kuleba',
    'OSCE',
    'Rusia',
    'pertemuan',
    'NATO',
  ])(
    '"%s": every result\'s #pN holds the highlighted words, and its excerpt is from that paragraph',
    async (query) => {
      await open(`?q=${encodeURIComponent(query)}`);
      const items = await page.$$eval('kliping-search ol li', (lis) =>
        lis.map((li) => ({
          href: li.querySelector('h2 a')!.getAttribute('href')!,
          marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!),
          excerpt: li.querySelector('.excerpt')!.textContent!,
        })),
      );
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const [path, hash = ''] = item.href.split('#');
        const id = /^p\d+/.exec(hash)?.[0];
        expect(id, item.href).toBeDefined();
        const paragraph = await page.evaluate(
          async ([url, anchor]) => {
            const html = await (await fetch(url!)).text();
            return (
              new DOMParser().parseFromString(html, 'text/html').getElementById(anchor!)?.textContent ?? ''
            );
          },
          [path, id],
        );
        const words = (text: string) =>
          text
            .toLowerCase()
            .replace(/[^\p{L}\p{N}\s]/gu, ' ')
            .split(/\s+/)
            .filter(Boolean);
        for (const mark of item.marks)
          for (const word of words(mark)) expect(words(paragraph), `${item.href}: ${mark}`).toContain(word);
        const shown = item.excerpt
          .replace(/^… | …$/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        expect(paragraph.replace(/\s+/g, ' '), item.href).toContain(shown);
      }
    },
  );

  it('shows the devised-title mark on a result whose title the archive wrote', async () => {
    await open('?q=Borrell');
    expect(await page.locator('kliping-search ol li .devised').textContent()).toBe('Judul disusun arsip');
  });

  it('repeats no headline in the excerpts (the story is indexed, the headline is the title)', async () => {
    await open('?q=Dipertaruhkan');
    expect(await results()).toEqual([MEDCOM]);
    expect(await page.locator('kliping-search ol .excerpt').textContent()).not.toContain(
      'Keamanan Eropa Dipertaruhkan',
    );
  });
});

describe('words that match nothing', () => {
  // Words no prefix of which is indexed either: for a word it does not hold, Pagefind 1.6 searches
  // its longest indexed prefix ("covid" finds "KONTAN.CO.ID" by "co"; Pagefind issue #793).
  it('are never dropped in silence: no results, the words named, and the others offered', async () => {
    expect(await open('?q=vaksin%20pandemi%20Stoltenberg')).toEqual([]);
    expect(await status().textContent()).toBe(
      'Tidak ada hasil untuk “vaksin pandemi Stoltenberg”: kata “vaksin”, “pandemi” tidak ada dalam arsip.',
    );
    const offer = page.locator('kliping-search .unmatched a');
    expect(await offer.textContent()).toBe('Cari “Stoltenberg” saja');
    expect(await change(() => offer.click())).toHaveLength(2);
    expect(new URL(page.url()).search).toBe('?q=Stoltenberg');
  });

  it('a single word that matches nothing says so', async () => {
    expect(await open('?q=vaksin')).toEqual([]);
    expect(await status().textContent()).toMatch(/^Tidak ada hasil untuk “vaksin”/);
  });
});

describe('without JavaScript', () => {
  it('the form still submits to /cari/?q= and says search needs JavaScript, pointing elsewhere', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.server.url}/cari/`);
    await noJs.locator('kliping-search input[name="q"]').fill('Krimea');
    await noJs.locator('details.filters summary').click();
    await noJs.locator('input[name="penerbit"][value="medcom.id"]').check();
    await noJs.locator('kliping-search button[type="submit"]').click();
    await noJs.waitForURL((url) => url.search.includes('q=Krimea'));
    expect(new URL(noJs.url()).searchParams.getAll('penerbit')).toEqual(['medcom.id']);
    const message = noJs.locator('.noscript');
    expect(await message.textContent()).toContain('Pencarian memerlukan JavaScript');
    expect(
      await message.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['/linimasa/', '/indeks/', '/topik/']);
    await context.close();
  });
});

describe('hostile queries', () => {
  it.each([
    ['empty', ''],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['quotes', `"'"'`],
    ['wildcards and brackets', '*?[](){}\\'],
    ['emoji', '🙂🔥 NATO'],
    ['right-to-left', 'שלום مرحبا'],
    ['script in a filter value', ''],
  ])('%s: no error, nothing injected, results stay text', async (name, query) => {
    const filter = name === 'script in a filter value' ? '&penerbit=%3Cscript%3Ealert(1)%3C/script%3E' : '';
    await page.goto(`${site.server.url}/cari/?q=${encodeURIComponent(query)}${filter}`);
    await page.waitForFunction(
      () => (document.querySelector('[role="status"]')?.textContent ?? '') !== 'Mencari…',
    );
    await results();
    expect(
      await page.locator('kliping-search img, kliping-search script, kliping-search ol iframe').count(),
    ).toBe(0);
    expect(await page.locator('kliping-search input[name="q"]').inputValue()).toBe(
      query.trim().slice(0, 200),
    );
    expect(errors).toEqual([]);
  });
});
