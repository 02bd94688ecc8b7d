/**
 * What the search benchmark watches in the page: a script added before the page's own notes
 * each keystroke's `input` event in the search box and each time results are added to the
 * list, with the query the URL holds then (the search box puts the query it searches for in
 * the URL as it starts, and drops results of older queries). "First results" for a query are
 * the first `kliping-search ol li` added while the URL holds that whole query: the newest
 * search shard's results, which the page shows before it has merged the others. A query with
 * no results at all is answered when the status line says so (in the page's own words, from
 * src/lib/i18n.ts).
 */
import type { Page } from 'playwright-core';
import { searchStrings } from '../../src/lib/i18n.ts';

export const INPUT = 'kliping-search input[name="q"]';
export const RESULT = 'kliping-search ol li';
const STATUS = 'kliping-search [role="status"]';

/** What the page notes. */
export interface PageState {
  /** performance.now() of the last input event in the box. */
  lastInput: number;
  /** Each addition of results (or the answer that there are none: `shown` 0). */
  renders: { at: number; epoch: number; q: string | null; shown: number }[];
}

/** What the instrument needs to know of the page. */
export interface Watched {
  input: string;
  result: string;
  status: string;
  /** The status lines that say a query has no results: "{query}" stands for it; "{words}" ends a prefix. */
  none: string;
  unmatched: string;
}

export function watched(): Watched {
  const strings = searchStrings();
  return {
    input: INPUT,
    result: RESULT,
    status: STATUS,
    none: strings['search.none'],
    unmatched: strings['search.unmatched'],
  };
}

/** Runs in the page before its scripts (page.addInitScript). */
export function instrument(selectors: Watched) {
  const state: PageState = { lastInput: 0, renders: [] };
  (window as unknown as { __bench: PageState }).__bench = state;
  document.addEventListener(
    'input',
    (event) => {
      if (event.target instanceof Element && event.target.matches(selectors.input))
        state.lastInput = performance.now();
    },
    true,
  );
  new MutationObserver((records) => {
    const added = records.some((record) =>
      [...record.addedNodes].some(
        (node) =>
          node instanceof Element &&
          (node.matches(selectors.result) || node.querySelector(selectors.result) !== null),
      ),
    );
    const q = new URLSearchParams(location.search).get('q');
    const status = document.querySelector(selectors.status)?.textContent ?? '';
    const answer = (template: string) => template.split('{words}')[0]!.replaceAll('{query}', q ?? '');
    const none = status === answer(selectors.none) || status.startsWith(answer(selectors.unmatched));
    const last = state.renders.at(-1);
    if (!added && !(none && (last?.q !== q || last.shown > 0))) return;
    const at = performance.now();
    state.renders.push({
      at,
      epoch: performance.timeOrigin + at,
      q,
      shown: added ? document.querySelectorAll(selectors.result).length : 0,
    });
  }).observe(document, { subtree: true, childList: true });
}

/** The first results for `query`: after the last keystroke (when `afterInput`), with the whole query in the URL. */
export interface FirstResults {
  /** ms from the last keystroke, or from the navigation when the query came in the URL. */
  ms: number;
  /** Epoch ms of the results and of the last keystroke (the navigation's start when there was none). */
  epoch: number;
  lastInputEpoch: number;
  results: number;
  /**
   * Set when the box no longer holds the query typed: the page replaced what the reader typed
   * (with an earlier query, as it showed that one's filter counts), so the keys were lost.
   */
  lost?: string;
}

export async function firstResults(page: Page, query: string, afterInput: boolean): Promise<FirstResults> {
  try {
    const handle = await page.waitForFunction(
      ({ wanted, afterInput, input }) => {
        const state = (window as unknown as { __bench: PageState }).__bench;
        const from = afterInput ? state.lastInput : 0;
        const held = document.querySelector<HTMLInputElement>(input)?.value;
        if (afterInput && held !== undefined && held.trim() !== wanted) {
          return {
            ms: NaN,
            epoch: NaN,
            lastInputEpoch: performance.timeOrigin + from,
            results: 0,
            lost: held,
          };
        }
        const first = state.renders.find((r) => r.at > from && r.q?.trim() === wanted);
        return (
          first && {
            ms: first.at - from,
            epoch: first.epoch,
            lastInputEpoch: performance.timeOrigin + from,
            results: first.shown,
          }
        );
      },
      { wanted: query.trim(), afterInput, input: INPUT },
      { timeout: 60_000, polling: 20 },
    );
    return (await handle.jsonValue()) as FirstResults;
  } catch (error) {
    // What the page showed instead, for the message.
    const seen = await page
      .evaluate(
        (status) => ({
          url: location.href,
          status: document.querySelector(status)?.textContent,
          state: (window as unknown as { __bench: PageState }).__bench,
        }),
        STATUS,
      )
      .catch(() => undefined);
    throw new Error(`no results for ${JSON.stringify(query)} within 60 s: ${JSON.stringify(seen)}`, {
      cause: error,
    });
  }
}
