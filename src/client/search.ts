/**
 * <kliping-search>: the search page's only script. It enhances a plain GET form: the state
 * (query, filters, sort) lives in the URL, so reloading, sharing and the back button work;
 * Pagefind loads on first use; results are built as text (only Pagefind's <mark> highlights
 * are rebuilt), each linking to the passage in the article with a text fragment.
 */
import { type AliasList, expandAliases } from '../lib/aliases.ts';
import {
  FILTER_NAMES,
  type FilterName,
  type SearchState,
  emptyFilters,
  hasCriteria,
  pagefindFilters,
  pagefindSort,
  stateFromParams,
  stateToUrl,
} from '../lib/search-state.ts';
import { matchedParagraph, textFragment } from '../lib/text-fragment.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors: { id: string; location: number }[];
  locations: number[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: object): Promise<PagefindSearch | null>;
  preload(term: string, options?: object): Promise<void>;
}

type StringKey = 'loading' | 'empty' | 'count' | 'none' | 'error' | 'aliases' | 'filtered' | 'more';

const PAGEFIND = '/pagefind/pagefind.js';
/** Results shown at first, and added by each "show more": each one is a request for its excerpt. */
const FIRST_PAGE = 10;
/** Letters typed before the index is fetched ahead of the search. */
const MIN_PRELOAD = 3;
const NEXT_PAGE = 20;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

class KlipingSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #sequence = 0;
  #timer?: ReturnType<typeof setTimeout>;
  /** True until the reader types after a search: the first keystroke starts a history entry. */
  #fresh = true;
  #form = this.querySelector('form')!;
  #input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
  #status = this.querySelector<HTMLElement>('[role="status"]')!;
  #list = this.querySelector('ol')!;
  #strings = JSON.parse(this.dataset.strings ?? '{}') as Record<`search.${StringKey}`, string>;
  #aliases = JSON.parse(this.dataset.aliases ?? '[]') as AliasList;
  #more = this.querySelector<HTMLButtonElement>('button.more')!;
  /** The current search's results, and the sort they are shown in. */
  #results: { list: PagefindResult[]; sort: SearchState['sort'] } = { list: [], sort: 'relevansi' };
  #filtersLoaded?: Promise<unknown>;

  connectedCallback() {
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#go('push');
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      // Pagefind starts loading while the reader types, and from the third letter on fetches the
      // index for the words so far (shorter prefixes would fetch large index chunks for nothing).
      const words = this.#input.value.trim();
      void this.#load().then((pagefind) =>
        words.length >= MIN_PRELOAD ? pagefind.preload(words) : undefined,
      );
      this.#timer = setTimeout(() => this.#go(this.#fresh ? 'push' : 'replace'), 120);
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
    window.addEventListener('popstate', () => this.#fromUrl());
    // The filters start folded (so a phone sees its results first); wider screens, or a URL that
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

  /** The state the form shows. */
  #state(): SearchState {
    const filters = emptyFilters();
    for (const box of this.#checkboxes()) if (box.checked) filters[box.name as FilterName].push(box.value);
    const params = new URLSearchParams();
    params.set('q', this.#input.value);
    params.set('urut', this.#form.querySelector('select')!.value);
    for (const name of FILTER_NAMES) for (const value of filters[name]) params.append(name, value);
    return stateFromParams(params);
  }

  /** Shows a state in the form. */
  #show(state: SearchState) {
    this.#input.value = state.query;
    this.#form.querySelector('select')!.value = state.sort;
    for (const box of this.#checkboxes())
      box.checked = state.filters[box.name as FilterName].includes(box.value);
    this.querySelector<HTMLElement>('.clear')!.hidden = !FILTER_NAMES.some(
      (n) => state.filters[n].length > 0,
    );
  }

  #fromUrl() {
    const state = stateFromParams(new URLSearchParams(location.search));
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

  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (pagefind: Pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      return pagefind;
    });
    return this.#pagefind;
  }

  async #search(state: SearchState) {
    const sequence = ++this.#sequence;
    const aliasQuery = expandAliases(state.query, this.#aliases);
    const aliasNote = this.querySelector<HTMLElement>('.aliases')!;
    aliasNote.hidden = aliasQuery === undefined;
    aliasNote.textContent = aliasQuery ? fill(this.#strings['search.aliases'], { query: aliasQuery }) : '';
    if (!hasCriteria(state)) {
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = this.#strings['search.empty'];
      this.#showCounts({});
      return;
    }
    this.#status.textContent = this.#strings['search.loading'];
    try {
      const pagefind = await this.#load();
      const options = { filters: pagefindFilters(state), sort: pagefindSort(state.sort) };
      // The reader's words, and the same words with aliases replaced by the entities' names.
      const terms = [state.query || null, ...(aliasQuery ? [aliasQuery] : [])];
      const searches = await Promise.all(terms.map((term) => pagefind.search(term, options)));
      if (sequence !== this.#sequence || searches.includes(null)) return;
      const list = merge(
        searches.map((search) => search!.results),
        state.sort === 'relevansi',
      );
      this.#results = { list, sort: state.sort };
      this.#list.replaceChildren();
      await this.#showMore(FIRST_PAGE, sequence);
      if (sequence !== this.#sequence) return;
      const key = list.length === 0 ? 'none' : state.query ? 'count' : 'filtered';
      this.#status.textContent = fill(this.#strings[`search.${key}`], {
        count: list.length,
        query: state.query,
      });
      // Counts come after the results, so that reading never waits for them.
      this.#showCounts(await this.#counts(pagefind, terms.at(-1)!, state));
    } catch (error) {
      if (sequence !== this.#sequence) return;
      console.error(error);
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = this.#strings['search.error'];
    }
  }

  /** Shows up to `count` more of the current results; "show more" offers the rest. */
  async #showMore(count: number, sequence: number) {
    const { list, sort } = this.#results;
    const start = this.#list.children.length;
    const page = await Promise.all(list.slice(start, start + count).map((result) => result.data()));
    if (sequence !== this.#sequence) return;
    if (sort !== 'relevansi') page.sort(byDate(sort === 'terbaru'));
    this.#list.append(...page.map(resultItem));
    const rest = list.length - this.#list.children.length;
    this.#more.hidden = rest <= 0;
    this.#more.textContent = fill(this.#strings['search.more'], { count: Math.min(rest, NEXT_PAGE) });
    if (start > 0) this.#list.querySelectorAll<HTMLAnchorElement>('h2 a')[start]?.focus();
  }

  /** For each filter group, how many results each value would give with the other groups applied. */
  async #counts(pagefind: Pagefind, term: string | null, state: SearchState) {
    // The filter data, without which searches return no counts, loads once, after the first results.
    await (this.#filtersLoaded ??= pagefind.filters());
    const counts: Partial<Record<FilterName, Record<string, number>>> = {};
    for (const name of FILTER_NAMES) {
      const search = await pagefind.search(term, { filters: pagefindFilters(state, name) });
      counts[name] = search?.filters[name] ?? {};
    }
    return counts;
  }

  #showCounts(counts: Partial<Record<FilterName, Record<string, number>>>) {
    for (const box of this.#checkboxes()) {
      const count = box.parentElement!.querySelector<HTMLElement>('[data-count]')!;
      const value = counts[box.name as FilterName]?.[box.value];
      count.textContent = value === undefined ? '' : `(${value})`;
      count.toggleAttribute('data-zero', value === 0);
    }
  }
}

/** The results of several searches as one list, each page once, with its best score. */
function merge(lists: PagefindResult[][], byScore: boolean): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  for (const result of lists.flat()) {
    const seen = best.get(result.id);
    if (!seen || result.score > seen.score) best.set(result.id, result);
  }
  const merged = [...best.values()];
  return byScore ? merged.sort((a, b) => b.score - a.score) : merged;
}

function byDate(newestFirst: boolean) {
  return (a: { meta: Record<string, string | undefined> }, b: { meta: Record<string, string | undefined> }) =>
    (a.meta.waktu ?? '').localeCompare(b.meta.waktu ?? '') * (newestFirst ? -1 : 1);
}

/** A result: outlet and date, the title linking to the passage, the excerpt with highlights. */
function resultItem(result: PagefindData) {
  const doc = new DOMParser().parseFromString(`<body>${result.excerpt}</body>`, 'text/html');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  const paragraph = matchedParagraph(result.anchors, result.locations);
  let before = '';
  let fragment = paragraph === '' ? '' : `#${paragraph}`;
  for (const node of doc.body.childNodes) {
    const text = node.textContent ?? '';
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = text;
      excerpt.append(mark);
      if (!fragment.includes(':~:')) fragment = textFragment(text, before, paragraph);
    } else {
      excerpt.append(text);
    }
    before += text;
  }
  const link = document.createElement('a');
  link.href = `${result.url}${fragment}`;
  link.textContent = result.meta.title ?? result.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [result.meta.penerbit, result.meta.tanggal].filter(Boolean).join(' · ');
  const item = document.createElement('li');
  item.append(meta, heading, excerpt);
  return item;
}

customElements.define('kliping-search', KlipingSearch);
