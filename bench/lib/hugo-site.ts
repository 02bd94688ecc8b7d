/**
 * The peer a user would pick instead of Kliping: a minimal Hugo site over the same corpus,
 * indexed by Pagefind's CLI. The benchmark writes it into its work folder from the corpus;
 * nothing of it is committed but this writer. Each article becomes content/artikel/<file>.md
 * with the same title and date and the body as is: the corpus's MDX bodies are Markdown-safe
 * text (paragraphs, backslash escapes), and the one element they hold, `<BacaJuga>`, is raw
 * HTML to Hugo, which leaves it out and keeps its text. One layout renders an article
 * (`data-pagefind-body` on it, as on Kliping's and the baseline's article pages), one the
 * index of every article, newest first: the baseline's two pages, in Hugo.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const CONFIG = `# Written by bench/lib/hugo-site.ts: the benchmark's Hugo + Pagefind peer.
baseURL = 'https://hugo.example.org/'
languageCode = 'id'
title = 'Hugo + Pagefind'
# The articles and the index page only, as the baseline: no taxonomies, feeds or sitemap.
disableKinds = ['section', 'taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']
`;

const SINGLE = `<!DOCTYPE html>
<html lang="id">
  <head>
    <meta charset="utf-8">
    <title>{{ .Title }}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{{ .Title }}</h1>
      <p>{{ .Date.Format "2006-01-02" }}</p>
      {{ .Content }}
    </main>
  </body>
</html>
`;

const INDEX = `<!DOCTYPE html>
<html lang="id">
  <head>
    <meta charset="utf-8">
    <title>{{ .Site.Title }}</title>
  </head>
  <body>
    <h1>{{ .Site.Title }}</h1>
    <ul>
      {{ range .Site.RegularPages.ByDate.Reverse }}
      <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>
      {{ end }}
    </ul>
  </body>
</html>
`;

/** A date of the archive as Hugo reads it: a plain date as is, a time with its seconds. */
export function hugoDate(published: string): string {
  return published.replace(/^(\d{4}-\d\d-\d\dT\d\d:\d\d)([+-]\d\d:\d\d|Z)$/, '$1:00$2');
}

/** An article of the corpus (its .mdx file's text) as a Hugo page: the title, the date, the body as is. */
export function hugoArticle(mdx: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error('an article without frontmatter');
  const data = parse(match[1]!) as { title?: unknown; published?: unknown };
  if (typeof data.title !== 'string' || typeof data.published !== 'string') {
    throw new Error('an article without a title or a published date');
  }
  // JSON strings are YAML strings: any title is safe quoted so.
  const front = `---\ntitle: ${JSON.stringify(data.title)}\ndate: ${hugoDate(data.published)}\n---\n`;
  return front + mdx.slice(match[0].length);
}

/** Writes the Hugo site for a corpus into `site` (emptied first); returns the number of articles. */
export function writeHugoSite(corpus: string, site: string): number {
  rmSync(site, { recursive: true, force: true });
  const articles = join(site, 'content/artikel');
  mkdirSync(articles, { recursive: true });
  mkdirSync(join(site, 'layouts/_default'), { recursive: true });
  writeFileSync(join(site, 'hugo.toml'), CONFIG);
  writeFileSync(join(site, 'layouts/_default/single.html'), SINGLE);
  writeFileSync(join(site, 'layouts/index.html'), INDEX);
  let count = 0;
  for (const name of readdirSync(join(corpus, 'articles'))) {
    if (!name.endsWith('.mdx')) continue;
    const text = readFileSync(join(corpus, 'articles', name), 'utf8');
    try {
      writeFileSync(join(articles, name.replace(/\.mdx$/, '.md')), hugoArticle(text));
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`);
    }
    count += 1;
  }
  return count;
}
