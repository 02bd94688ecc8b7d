/**
 * <kliping-search>: the search page's only script, a small controller. It enhances a plain
 * GET form: the state (query, filters, sort) lives in the URL, so reloading, sharing and the
 * back button work. The engine (src/lib/search-engine.ts) loads Pagefind on first use and
 * searches; src/lib/search-results.ts decides what a result shows; search-view.ts builds it.
 */
import type { AliasList } from '../lib/aliases.ts';
import type { SearchStringKey } from '../lib/i18n.ts';
import { type FacetCounts, type Pagefind, SearchEngine, type SearchOutcome } from '../lib/search-engine.ts';
import { resultView } from '../lib/search-results.ts';
import type { Shard } from '../lib/search-shards.ts';
import {
  type Facet,
  FILTER_NAMES,
  type FilterName,
  type SearchState,
  emptyFilters,
  hasCriteria,
  stateFromParams,
  stateToUrl,
} from '../lib/search-state.ts';
import { fill } from '../lib/template.ts';
import { renderFacet, resultItem } from './search-view.ts';

/** Results shown at first, and added by each "show more": each one is a request for its excerpt. */
const FIRST_PAGE = 10;
const NEXT_PAGE = 20;
/** Milliseconds after the last key before a search starts. */
const DEBOUNCE = 120;

class KlipingSearch extends HTMLElement {
  #engine = new SearchEngine({
    importModule: (url) => import(/* @vite-ignore */ url) as Promise<Pagefind>,
    shards: JSON.parse(this.dataset.shards ?? '[]') as Shard[],
    aliases: JSON.parse(this.dataset.aliases ?? '[]') as AliasList,
    options: { excerptLength: 24 },
  });
  #strings = JSON.parse(this.dataset.strings ?? '{}') as Record<SearchStringKey, string>;
  #facets = JSON.parse(this.dataset.facets ?? '[]') as Facet[];
  #sequence = 0;
  #timer?: ReturnType<typeof setTimeout>;
  /** True until the reader types after a search: the first keystroke starts a history entry. */
  #fresh = true;
  /** The URL query the page last searched, so that a jump to #hasil is not taken for a new search. */
  #shownSearch = '';
  #outcome?: SearchOutcome;
  /** The last counts shown: kept while the next ones load, so the numbers never blink out. */
  #counts?: FacetCounts;
  #form = this.querySelector('form')!;
  #input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
  #sort = this.querySelector<HTMLSelectElement>('select[name="urut"]')!;
  #status = this.querySelector<HTMLElement>('[role="status"]')!;
  #aliasNote = this.querySelector<HTMLElement>('.aliases')!;
  #unmatched = this.querySelector<HTMLElement>('.unmatched')!;
  #list = this.querySelector('ol')!;
  #more = this.querySelector<HTMLButtonElement>('button.more')!;

  #t(key: SearchStringKey, values: Record<string, string | number> = {}) {
    return fill(this.#strings[key], values);
  }

  connectedCallback() {
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#go('push');
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      // Pagefind starts loading while the reader types, and fetches the index for the words so far.
      void this.#engine.preload(this.#input.value).catch(() => {});
      this.#timer = setTimeout(() => this.#go(this.#fresh ? 'push' : 'replace'), DEBOUNCE);
    });
    this.#more.addEventListener('click', () => void this.#showMore(NEXT_PAGE, this.#sequence));
    this.#form.addEventListener('change', (event) => {
      if (event.target !== this.#input) this.#go('push');
    });
    this.querySelector('.clear')!.addEventListener('click', () => {
      for (const box of this.#checkboxes()) box.checked = false;
      this.#go('push');
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
    document.addEventListener('keydown', (event) => this.#onShortcut(event));
    // Back and forward search again; a jump within the page (the filters' link to the results) does not.
    window.addEventListener('popstate', () => {
      if (location.search !== this.#shownSearch) this.#fromUrl();
    });
    // The filters start folded on a phone (its results come first); wider screens, or a URL that
    // uses a filter, unfold them.
    const state = stateFromParams(new URLSearchParams(location.search));
    this.querySelector('details')!.open =
      matchMedia('(min-width: 48rem)').matches || FILTER_NAMES.some((n) => state.filters[n].length > 0);
    this.#input.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
    this.#fromUrl();
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  /** The state the form shows (the chosen filters kept even when their box is not drawn). */
  #state(): SearchState {
    const filters = emptyFilters();
    for (const box of this.#checkboxes()) if (box.checked) filters[box.name as FilterName].push(box.value);
    const params = new URLSearchParams();
    params.set('q', this.#input.value);
    params.set('urut', this.#sort.value);
    for (const name of FILTER_NAMES) for (const value of filters[name]) params.append(name, value);
    return stateFromParams(params);
  }

  /**
   * Shows a state's filters, with the counts of its results (or the last ones, until they come).
   * The query box and the sort are the reader's: they are written only from the URL (#fromUrl),
   * never while the reader types (a trimmed query or a late count would eat keystrokes).
   */
  #show(state: SearchState, counts = this.#counts) {
    this.#counts = counts;
    for (const facet of this.#facets) {
      const fieldset = this.#form.querySelector<HTMLFieldSetElement>(`fieldset.${facet.name}`);
      if (fieldset) renderFacet(fieldset, facet, counts?.[facet.name], state);
    }
    this.querySelector<HTMLElement>('.clear')!.hidden = !FILTER_NAMES.some(
      (n) => state.filters[n].length > 0,
    );
  }

  #fromUrl() {
    this.#shownSearch = location.search;
    const state = stateFromParams(new URLSearchParams(location.search));
    this.#input.value = state.query;
    this.#sort.value = state.sort;
    this.#show(state);
    this.#fresh = true;
    void this.#search(state);
  }

  #go(mode: 'push' | 'replace') {
    clearTimeout(this.#timer);
    const state = this.#state();
    this.#show(state);
    const url = stateToUrl(state, location.pathname);
    if (url !== `${location.pathname}${location.search}`) {
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    this.#shownSearch = location.search;
    if (mode === 'push') this.#fresh = false;
    void this.#search(state);
  }

  #onShortcut(event: KeyboardEvent) {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    const slash = event.key === '/' && !typing;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !commandK) return;
    event.preventDefault();
    this.#input.focus();
    this.#input.select();
  }

  /** Arrow keys move between the box and the results; Escape clears the query. */
  #onKey(event: KeyboardEvent) {
    const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('h2 a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const inBox = document.activeElement === this.#input;
    if (event.key === 'ArrowDown' && (inBox || at >= 0)) {
      links[at + 1]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? this.#input : links[at - 1]!).focus();
    } else if (event.key === 'Escape' && (inBox || at >= 0)) {
      this.#input.value = '';
      this.#input.focus();
      this.#go('push');
    } else {
      return;
    }
    event.preventDefault();
  }

  /** Searches, marking the element data-busy until its results and counts are all shown. */
  async #search(state: SearchState) {
    const sequence = ++this.#sequence;
    this.toggleAttribute('data-busy', true);
    await this.#run(state, sequence);
    if (sequence === this.#sequence) this.toggleAttribute('data-busy', false);
  }

  async #run(state: SearchState, sequence: number) {
    this.#unmatched.hidden = true;
    if (!hasCriteria(state)) {
      this.#aliasNote.hidden = true;
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = this.#t('search.empty');
      return;
    }
    this.#status.textContent = this.#t('search.loading');
    try {
      const outcome = await this.#engine.search(state, (found) => {
        if (sequence === this.#sequence) void this.#showOutcome(found, sequence);
      });
      if (sequence !== this.#sequence) return;
      await this.#showOutcome(outcome, sequence);
      // Counts come after the results, so that reading never waits for them.
      const counts = await this.#engine.counts(state, outcome);
      if (sequence === this.#sequence) this.#show(state, counts);
    } catch (error) {
      if (sequence !== this.#sequence) return;
      console.error(error);
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = this.#t('search.error');
    }
  }

  async #showOutcome(outcome: SearchOutcome, sequence: number) {
    const { state, results } = outcome;
    if (this.#outcome === outcome) return;
    this.#outcome = outcome;
    this.#aliasNote.hidden = outcome.aliasQuery === undefined;
    this.#aliasNote.textContent = outcome.aliasQuery
      ? this.#t('search.aliases', { query: outcome.aliasQuery })
      : '';
    this.#list.replaceChildren();
    await this.#showMore(FIRST_PAGE, sequence);
    if (sequence !== this.#sequence || this.#outcome !== outcome) return;
    const values = { count: results.total, query: state.query };
    if (outcome.unmatched.length > 0) {
      this.#status.textContent = this.#t('search.unmatched', {
        query: state.query,
        words: outcome.unmatched.map((word) => `“${word}”`).join(', '),
      });
      this.#offerMatched(state, outcome.unmatched);
    } else if (!outcome.complete) {
      this.#status.textContent = this.#t(state.query ? 'search.partial' : 'search.partialFiltered', values);
    } else {
      this.#status.textContent = this.#t(
        results.total === 0 ? 'search.none' : state.query ? 'search.count' : 'search.filtered',
        values,
      );
    }
  }

  /** When some words match nothing: a link that searches the others. */
  #offerMatched(state: SearchState, unmatched: readonly string[]) {
    const rest = state.query
      .split(/\s+/)
      .filter((word) => word !== '' && !unmatched.includes(word))
      .join(' ');
    if (rest === '') return;
    const link = document.createElement('a');
    link.href = stateToUrl({ ...state, query: rest }, location.pathname);
    link.textContent = this.#t('search.unmatchedTry', { query: rest });
    this.#unmatched.replaceChildren(link);
    this.#unmatched.hidden = false;
  }

  /** Shows up to `count` more of the current results; "show more" offers the rest. */
  async #showMore(count: number, sequence: number) {
    const outcome = this.#outcome;
    if (!outcome) return;
    const start = this.#list.children.length;
    const page = await outcome.results.slice(start, count);
    if (sequence !== this.#sequence || this.#outcome !== outcome) return;
    this.#list.append(...page.map((data) => resultItem(resultView(data), this.#t('search.devised'))));
    const rest = outcome.results.total - this.#list.children.length;
    this.#more.hidden = rest <= 0;
    this.#more.textContent = this.#t('search.more', { count: Math.min(rest, NEXT_PAGE) });
    if (start > 0) this.#list.querySelectorAll<HTMLAnchorElement>('h2 a')[start]?.focus();
  }
}

customElements.define('kliping-search', KlipingSearch);
