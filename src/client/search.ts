/**
 * <kliping-search>: the search page's only script. It enhances a plain GET form: reads the
 * query from the URL, loads Pagefind on first use, shows results as text (never as HTML
 * from the index, except the <mark> highlights it rebuilds), and keeps the query in the URL
 * so that reloading, sharing and the back button all work.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

type Strings = Record<
  'search.loading' | 'search.empty' | 'search.count' | 'search.none' | 'search.error',
  string
>;

const PAGEFIND = '/pagefind/pagefind.js';
const MAX_RESULTS = 50;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Rebuilds Pagefind's excerpt as text with <mark> highlights; anything else becomes text. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...doc.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

class KlipingSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #sequence = 0;
  #timer?: ReturnType<typeof setTimeout>;
  /** True until the reader types after a search: the first keystroke starts a new history entry. */
  #fresh = true;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector('input')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.#go(input.value, 'push');
    });
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#go(input.value, this.#fresh ? 'push' : 'replace'), 150);
    });
    window.addEventListener('popstate', () => this.#fromUrl());
    this.#fromUrl();
  }

  get #strings(): Strings {
    return JSON.parse(this.dataset.strings ?? '{}') as Strings;
  }

  #fromUrl() {
    const query = new URLSearchParams(location.search).get('q') ?? '';
    this.querySelector('input')!.value = query;
    this.#fresh = true;
    void this.#search(query);
  }

  #go(raw: string, mode: 'push' | 'replace') {
    const query = raw.trim();
    const url = query === '' ? location.pathname : `${location.pathname}?q=${encodeURIComponent(query)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    this.#fresh = mode === 'push' ? false : this.#fresh;
    void this.#search(query);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (pagefind: Pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      return pagefind;
    });
    return this.#pagefind;
  }

  async #search(raw: string) {
    const query = raw.trim();
    const sequence = ++this.#sequence;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const list = this.querySelector('ol')!;
    const strings = this.#strings;
    if (query === '') {
      list.replaceChildren();
      status.textContent = strings['search.empty'];
      return;
    }
    status.textContent = strings['search.loading'];
    try {
      const pagefind = await this.#load();
      const search = await pagefind.search(query);
      if (!search) return;
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (sequence !== this.#sequence) return;
      list.replaceChildren(...data.map((result) => this.#result(result)));
      status.textContent =
        data.length === 0
          ? fill(strings['search.none'], { query })
          : fill(strings['search.count'], { count: search.results.length, query });
    } catch (error) {
      if (sequence !== this.#sequence) return;
      console.error(error);
      list.replaceChildren();
      status.textContent = strings['search.error'];
    }
  }

  #result(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [result.meta.penerbit, result.meta.tanggal].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(meta, heading, excerpt);
    return item;
  }
}

customElements.define('kliping-search', KlipingSearch);
