/**
 * Strict reading of a built site's outputs: every XML file (the feed, the sitemaps) through a
 * conforming XML 1.0 parser (saxes: well-formedness and the characters XML allows), every
 * JSON-LD block, JSON file (the web manifest too) and JSON Lines line through JSON.parse, every
 * CSV file through an RFC 4180 reader (each record as wide as the header), and no output carries a character that no
 * HTML page, feed or JSON-LD block may hold. Returns the problems, one line each.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { parseHTML } from 'linkedom';
import { parseCsv } from '../../src/lib/data/csv.ts';
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

export function strictOutputProblems(dist: string): {
  checked: number;
  problems: string[];
  kinds: Set<string>;
} {
  const problems: string[] = [];
  let checked = 0;
  const kinds = new Set<string>();
  for (const file of files(dist, /\.(xml|html|json|txt|csv|jsonl|webmanifest)$/)) {
    const text = readFileSync(join(dist, file), 'utf8');
    checked += 1;
    kinds.add(file.slice(file.lastIndexOf('.')));
    const forbidden = FORBIDDEN_CHARACTER.exec(text);
    if (forbidden) problems.push(`${file}: holds ${codePoint(forbidden[0])} at offset ${forbidden.index}`);
    if (file.endsWith('.xml')) for (const problem of xmlProblems(text)) problems.push(`${file}: ${problem}`);
    if (file.endsWith('.jsonl')) {
      text.split('\n').forEach((line, i) => {
        if (line === '') return;
        try {
          JSON.parse(line);
        } catch (error) {
          problems.push(`${file}:${i + 1}: ${(error as Error).message}`);
        }
      });
    }
    if (file.endsWith('.csv')) {
      const records = parseCsv(text);
      const width = records[0]?.length ?? 0;
      records.forEach((record, i) => {
        if (record.length !== width)
          problems.push(`${file}: record ${i + 1} has ${record.length} fields, the header ${width}`);
      });
    }
    if (file.endsWith('.json') || file.endsWith('.webmanifest')) {
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
  return { checked, problems, kinds };
}
