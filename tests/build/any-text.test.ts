/**
 * Any captured text can be archived (a property test): random capture lines — markup, MDX
 * syntax, lines that start like module code, rules or lists, character references, scripts in
 * many alphabets, emoji, combining marks — go through the real importer and a real build,
 * and every line comes out exactly: on the page in its role, and in the search index.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { accountFor } from '../../src/lib/account.ts';
import { articleSchema } from '../../src/lib/schema.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { build } from '../support/build.ts';
import { splitMdx } from '../support/content.ts';
import { fold, indexRecords, pageDocument } from '../support/dist.ts';
import { strictOutputProblems } from '../support/outputs.ts';
import { CONTENT, ROOT } from '../support/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kliping-any-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Characters a capture may hold: every ASCII punctuation mark, letters of many scripts, marks, emoji. */
const CHARACTERS = [
  ...' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'éèêëàâäîïôöûüçñÉ',
  ...'αβγΩжщЖ',
  ...'ابتثעברית',
  ...'中文字日本語한국어',
  '\u0301',
  '\u00A0',
  '\t',
  '\u200D',
  '😀',
  '🇮🇩',
  '“',
  '”',
  '—',
  '…',
];

/** What an MDX compiler would read as code or markup at the start of a line, or anywhere. */
const HAZARDS = [
  'import x from "y"',
  'export const a = 1',
  'export default {}',
  '---',
  '===',
  '***',
  '# judul',
  '> kutipan',
  '- butir',
  '+ butir',
  '1. satu',
  '2) dua',
  '<script>alert(1)</script>',
  '<BacaJuga>x</BacaJuga>',
  '{alert(1)}',
  '&amp; &lt;b&gt; &#105; &#x41;',
  '<!-- komentar -->',
  '[tautan](javascript:alert(1))',
  '\\',
  '`kode`',
];

const text = fc.string({ unit: fc.constantFrom(...CHARACTERS), minLength: 1, maxLength: 60 });
const line = fc
  .oneof(
    text,
    fc.tuple(fc.constantFrom(...HAZARDS), text).map(([hazard, rest]) => `${hazard} ${rest}`),
    fc.tuple(text, fc.constantFrom(...HAZARDS)).map(([rest, hazard]) => `${rest} ${hazard}`),
  )
  .filter((value) => value.trim() !== '');
const capture = fc.tuple(
  text.filter((t) => /[a-z]/i.test(t)),
  fc.array(line, { minLength: 3, maxLength: 25 }),
);

/**
 * A paragraph as Pagefind stores it: it separates block elements with a full stop when the
 * element's HTML ends in a word character, ")", "$" or "*" (SENTENCE_CHARS in its parser; a
 * quote mark ends in ";" in the HTML, where Astro writes it as a character reference), so
 * that excerpts read as sentences. The words are unchanged.
 */
function pagefindSentence(paragraph: string): string {
  const last = [...paragraph.trimEnd()].at(-1) ?? '';
  return /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc})$*]|\u200C|\u200D/u.test(last) ? `${paragraph}.` : paragraph;
}

/** Imports each capture with the real command into a fresh content folder, builds it, and returns the folders. */
function importAndBuild(run: number, captures: readonly [string, string[]][]) {
  const dir = join(scratch, String(run));
  const content = join(dir, 'content');
  mkdirSync(join(content, 'captures'), { recursive: true });
  for (const file of ['publishers.yaml', 'entities.yaml'])
    copyFileSync(join(CONTENT, file), join(content, file));
  writeFileSync(join(content, 'events.yaml'), '[]\n');
  captures.forEach(([headline, lines], index) => {
    const file = join(dir, `tangkapan-${index}.txt`);
    writeFileSync(file, `Judul ${headline}\n${lines.join('\n')}\nSumber : medcom.id\n`);
    const result = spawnSync(
      process.execPath,
      [
        'scripts/import.ts',
        file,
        '--content',
        content,
        '--publisher',
        'medcom',
        '--published',
        `2022-01-${String(10 + index).padStart(2, '0')}`,
        '--slug',
        `uji-${index}`,
        '--archived',
        '2026-11-23',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
  });
  const outDir = join(dir, 'dist');
  const built = build({ content, outDir, cacheDir: join(dir, 'cache') });
  expect(built.status, built.output).toBe(0);
  return { content, outDir };
}

describe('any captured text can be archived', () => {
  it('random capture lines, imported and built, reach the page and the index exactly', () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(capture, { minLength: 1, maxLength: 3 }), (captures) => {
        const { content, outDir } = importAndBuild(++run, captures);
        // Every output of the build parses strictly, whatever the text.
        expect(strictOutputProblems(outDir).problems).toEqual([]);
        const records = new Map(indexRecords(outDir).map((record) => [record.url, record]));
        for (const file of readdirSync(join(content, 'articles'))) {
          const { frontmatter } = splitMdx(readFileSync(join(content, 'articles', file), 'utf8'));
          const data = articleSchema.parse(frontmatter);
          const account = accountFor(readFileSync(join(content, data.capture), 'utf8'), {
            titleDevised: data.titleDevised,
          });
          const url = articlePath(file.replace(/\.mdx$/, ''), data);
          const page = pageDocument(url, outDir);
          expect(page.querySelector('h1')?.textContent).toBe(data.title);
          if (!data.titleDevised) expect(data.title).toBe(account.headline?.text);
          const paragraphs = account.blocks.filter((block) => block.kind === 'paragraph');
          paragraphs.forEach((block, index) => {
            // The page shows each paragraph character for character, at its anchor.
            expect(page.getElementById(`p${index + 1}`)?.textContent, `line ${block.line}`).toBe(block.text);
          });
          const shown = fold(page.body.textContent);
          for (const block of account.blocks) expect(shown, `line ${block.line}`).toContain(fold(block.text));
          for (const credit of account.credits) expect(shown).toContain(fold(credit.text));
          // The index holds the story's paragraphs, in order, and nothing of the read-also lines.
          const record = records.get(url);
          expect(record, url).toBeDefined();
          const indexed = fold(record!.content);
          const story = fold(paragraphs.map((block) => pagefindSentence(block.text)).join(' '));
          expect(indexed.endsWith(story), `${url}: ${indexed.slice(0, 200)}`).toBe(true);
        }
      }),
      {
        numRuns: 3,
        seed: Number(process.env.KLIPING_PROPERTY_SEED ?? Date.now() % 2 ** 31),
        endOnFailure: true,
      },
    );
  });
});
