/** Reading the built site: its pages as DOM documents, and the Pagefind index's records. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { DIST } from './paths.ts';

/** Every HTML file of dist/, as a site path ("/linimasa/"). */
export function pagePaths(dist = DIST): string[] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files.map((file) => `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`).sort();
}

export function readPage(path: string, dist = DIST): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(dist, file), 'utf8');
}

export function pageDocument(path: string, dist = DIST): Document {
  return parseHTML(readPage(path, dist)).document as unknown as Document;
}

/** Text with runs of white space folded to one space. */
export function fold(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export interface IndexRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * The records of the real Pagefind index: each fragment is gzip of "pagefind_dcd" followed
 * by the page's JSON record.
 */
export function indexRecords(dist = DIST): IndexRecord[] {
  const shards = readdirSync(join(dist, 'pagefind'), { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  );
  return shards.flatMap((shard) => {
    const dir = join(dist, 'pagefind', shard.name, 'fragment');
    return readdirSync(dir).map((file) => {
      const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as IndexRecord;
    });
  });
}

export function relativeToDist(file: string, dist = DIST): string {
  return relative(dist, file);
}

/** The terms of a definition list and their descriptions: { "Editor": ["Noverius Laoli"] }. */
export function definitions(list: Element | null): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  let term = '';
  for (const child of list?.children ?? []) {
    if (child.tagName === 'DT') term = fold(child.textContent);
    else if (child.tagName === 'DD') (result[term] ??= []).push(fold(child.textContent));
  }
  return result;
}

/** The text a reader sees in the body: scripts and styles left out, white space folded. */
export function visibleText(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  for (const element of body.querySelectorAll('script, style, template')) element.remove();
  return fold(body.textContent);
}
