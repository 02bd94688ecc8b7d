/**
 * Strict reading of a built site's outputs: every XML file (the feed, the sitemaps) through a
 * conforming XML 1.0 parser (saxes: well-formedness and the characters XML allows), every
 * JSON-LD block and JSON file through JSON.parse, and no output carries a character that no
 * HTML page, feed or JSON-LD block may hold. Returns the problems, one line each.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { parseHTML } from 'linkedom';
import { FORBIDDEN_CHARACTER, codePoint } from '../../src/lib/schema.ts';

function files(dist: string, pattern: RegExp): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file) && !file.startsWith('pagefind/'))
    .sort();
}

/** Problems of one XML text: the first error a strict parser finds, with its line and column. */
export function xmlProblems(text: string): string[] {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const problems: string[] = [];
  parser.on('error', (error) => problems.push(error.message));
  try {
    parser.write(text).close();
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems.slice(0, 1);
}

export function strictOutputProblems(dist: string): { checked: number; problems: string[] } {
  const problems: string[] = [];
  let checked = 0;
  for (const file of files(dist, /\.(xml|html|json|txt)$/)) {
    const text = readFileSync(join(dist, file), 'utf8');
    checked += 1;
    const forbidden = FORBIDDEN_CHARACTER.exec(text);
    if (forbidden) problems.push(`${file}: holds ${codePoint(forbidden[0])} at offset ${forbidden.index}`);
    if (file.endsWith('.xml')) for (const problem of xmlProblems(text)) problems.push(`${file}: ${problem}`);
    if (file.endsWith('.json')) {
      try {
        JSON.parse(text);
      } catch (error) {
        problems.push(`${file}: ${(error as Error).message}`);
      }
    }
    if (file.endsWith('.html')) {
      const { document } = parseHTML(text);
      for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
        try {
          JSON.parse(script.textContent ?? '');
        } catch (error) {
          problems.push(`${file}: JSON-LD: ${(error as Error).message}`);
        }
      }
    }
  }
  return { checked, problems };
}
