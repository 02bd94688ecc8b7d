/**
 * Are the search's answers still right at this size? Not a timing: for a common query, each
 * sort order and each kind of filter, opened as a URL, once the page is quiet (every shard
 * merged) and after "show more" twice (so that the list spans several shards), checks what
 * the page lists:
 *
 * - newest first: publication days never increase down the list; oldest first: never decrease;
 * - a publisher: every result shows that outlet; a year or a month: every result's address is
 *   in it; a topic: every result's page is tagged with it (as the page tags itself for Pagefind);
 * - the count the page shows beside a publisher or a year for the query is the number of
 *   results it then finds with that filter.
 *
 * The day is read from the result's address (/artikel/YYYY/MM/DD/slug/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Facet } from '../../src/lib/search-state.ts';
import type { SearchCheck } from './results.ts';
import { openSession } from './search-session.ts';
import { RESULT } from './search-page.ts';
import { waitForQuiet } from './transfers.ts';

/** A query common enough to have results in every shard (9 % of the corpus's articles). */
export const CHECK_QUERY = 'korupsi';

interface Listed {
  href: string;
  meta: string;
}

const dayOf = (href: string) => /\/artikel\/(\d{4})\/(\d\d)\/(\d\d)\//.exec(href)?.slice(1).join('-') ?? '';

/** Checks a list against a rule; the detail says what was seen. */
export function checkList(
  name: string,
  url: string,
  listed: readonly Listed[],
  rule: (l: Listed, i: number) => boolean,
  what: string,
): SearchCheck {
  const bad = listed.findIndex((l, i) => !rule(l, i));
  const days = listed.map((l) => dayOf(l.href));
  const span = listed.length === 0 ? '' : `, ${days[0]} … ${days.at(-1)}`;
  return {
    name,
    url,
    ok: listed.length > 0 && bad < 0,
    detail:
      listed.length === 0
        ? 'no results'
        : bad < 0
          ? `${listed.length} results${span}: ${what}`
          : `result ${bad + 1} of ${listed.length} breaks it (${listed[bad]!.href}, ${listed[bad]!.meta})`,
  };
}

/** The rules, one per check, given the facets of the page. */
function plans(facets: readonly Facet[], dist: string) {
  const values = (name: string) => facets.find((f) => f.name === name)?.values ?? [];
  const busiest = (name: string) => values(name).toSorted((a, b) => b.count - a.count)[0];
  const publisher = busiest('penerbit');
  const year = values('tahun').toSorted((a, b) => a.value.localeCompare(b.value))[
    Math.floor(values('tahun').length / 2)
  ];
  const month = busiest('bulan');
  const topic = busiest('topik');
  const daysOf = (listed: readonly Listed[]) => listed.map((l) => dayOf(l.href));
  // The topic filter's values are the entities' names, as each article page tags itself for Pagefind.
  const attribute = (value: string) =>
    value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  const taggedWith = (href: string, value: string) => {
    const file = join(dist, new URL(href, 'http://x').pathname, 'index.html');
    return (
      existsSync(file) &&
      readFileSync(file, 'utf8').includes(
        `data-pagefind-filter="topik[data-value]" data-value="${attribute(value)}"`,
      )
    );
  };
  return [
    {
      name: 'sort: newest first',
      params: 'urut=terbaru',
      rule: (l: Listed, i: number, all: readonly Listed[]) => i === 0 || daysOf(all)[i - 1]! >= dayOf(l.href),
      what: 'days never increase',
    },
    {
      name: 'sort: oldest first',
      params: 'urut=terlama',
      rule: (l: Listed, i: number, all: readonly Listed[]) => i === 0 || daysOf(all)[i - 1]! <= dayOf(l.href),
      what: 'days never decrease',
    },
    ...(publisher
      ? [
          {
            name: `filter: publisher ${publisher.label}`,
            params: `penerbit=${encodeURIComponent(publisher.value)}&urut=terbaru`,
            counted: { name: 'penerbit', value: publisher.value },
            rule: (l: Listed, i: number, all: readonly Listed[]) =>
              l.meta.startsWith(publisher.label) && (i === 0 || daysOf(all)[i - 1]! >= dayOf(l.href)),
            what: `every one from ${publisher.label}, newest first`,
          },
        ]
      : []),
    ...(year
      ? [
          {
            name: `filter: year ${year.value}`,
            params: `tahun=${year.value}`,
            counted: { name: 'tahun', value: year.value },
            rule: (l: Listed) => dayOf(l.href).startsWith(`${year.value}-`),
            what: `every one published in ${year.value}`,
          },
        ]
      : []),
    ...(month
      ? [
          {
            name: `filter: month ${month.value}`,
            params: `bulan=${month.value}`,
            rule: (l: Listed) => dayOf(l.href).startsWith(month.value),
            what: `every one published in ${month.value}`,
          },
        ]
      : []),
    ...(topic
      ? [
          {
            name: `filter: topic ${topic.label}`,
            params: `topik=${encodeURIComponent(topic.value)}`,
            rule: (l: Listed) => taggedWith(l.href, topic.value),
            what: `every one's page is tagged with the topic ${topic.label}`,
          },
        ]
      : []),
  ];
}

export async function checkSearch(browser: Browser, dist: string, origin: string): Promise<SearchCheck[]> {
  const session = await openSession(browser, dist, origin);
  const checks: SearchCheck[] = [];
  try {
    const { page } = session;
    await page.goto(`${origin}/cari/`, { waitUntil: 'load' });
    const facets = JSON.parse((await page.getAttribute('kliping-search', 'data-facets')) ?? '[]') as Facet[];
    const all = plans(facets, dist);
    // The counts beside each filter value, for the query alone, once every shard is merged.
    await page.goto(`${origin}/cari/?q=${encodeURIComponent(CHECK_QUERY)}`, { waitUntil: 'load' });
    await page.waitForSelector(RESULT, { timeout: 60_000 });
    await waitForQuiet(session.inFlight);
    const shownCount = (name: string, value: string) =>
      page
        .locator(`kliping-search label:has(input[name="${name}"][value="${value}"]) .count`)
        .textContent({ timeout: 5_000 })
        .then((text) => Number((text ?? '').replace(/\D/g, '')))
        .catch(() => NaN);
    const expected = new Map<string, number>();
    for (const plan of all) {
      if ('counted' in plan && plan.counted)
        expected.set(plan.name, await shownCount(plan.counted.name, plan.counted.value));
    }
    for (const plan of all) {
      const url = `/cari/?q=${encodeURIComponent(CHECK_QUERY)}&${plan.params}`;
      await page.goto(`${origin}${url}`, { waitUntil: 'load' });
      await page.waitForSelector(RESULT, { timeout: 60_000 });
      await waitForQuiet(session.inFlight);
      for (let more = 0; more < 2; more++) {
        const button = page.locator('kliping-search button.more');
        if (!(await button.isVisible())) break;
        await button.click();
        await waitForQuiet(session.inFlight);
      }
      const listed = await page.$$eval(RESULT, (items) =>
        items.map((li) => ({
          href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
          meta: li.querySelector('.meta')?.textContent ?? '',
        })),
      );
      const check = checkList(plan.name, url, listed, (l, i) => plan.rule(l, i, listed), plan.what);
      console.log(`search check: ${check.name} — ${check.ok ? 'ok' : 'WRONG'}: ${check.detail}`);
      checks.push(check);
      const wanted = expected.get(plan.name);
      if (wanted !== undefined) {
        // The status line begins with the number of results: "12 hasil untuk …".
        const status = (await page.locator('kliping-search [role="status"]').textContent()) ?? '';
        const found = Number(/^[\d.,]+/.exec(status.trim())?.[0]?.replace(/\D/g, '') ?? NaN);
        const counted: SearchCheck = {
          name: `count: ${plan.name.replace(/^filter: /, '')}`,
          url,
          ok: Number.isFinite(wanted) && wanted === found,
          detail: `the unfiltered page shows (${wanted}) beside it; filtered, it finds ${found} (“${status.trim()}”)`,
        };
        console.log(`search check: ${counted.name} — ${counted.ok ? 'ok' : 'WRONG'}: ${counted.detail}`);
        checks.push(counted);
      }
    }
  } finally {
    await session.context.close();
  }
  return checks;
}
