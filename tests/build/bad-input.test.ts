/**
 * Real builds over broken copies of the content: each must stop, and say which file, which
 * field, which value and what was expected. (The full catalogue of cases is unit-tested in
 * tests/unit/schema.test.ts, integrity.test.ts and body.test.ts; these prove the wiring.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../support/build';
import { CONTENT } from '../support/paths';

const MEDCOM = 'articles/pertemuan-nato-rusia-dimulai.mdx';
const KONTAN = 'articles/nato-jadwalkan-dewan-nato-rusia.mdx';
const scratch = mkdtempSync(join(tmpdir(), 'kliping-bad-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds a copy of the content after `change` edits it; returns the build's output. */
function buildBroken(
  name: string,
  change: (edit: (file: string, f: (text: string) => string) => void, dir: string) => void,
) {
  const dir = join(scratch, name);
  cpSync(CONTENT, join(dir, 'content'), { recursive: true });
  const content = join(dir, 'content');
  change(
    (file, f) => writeFileSync(join(content, file), f(readFileSync(join(content, file), 'utf8'))),
    content,
  );
  const result = build({ content, outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') });
  expect(result.status, result.output).not.toBe(0);
  return { output: result.output, content };
}

describe('a build over bad content stops with a clear message', () => {
  it('a date that does not exist: names the file, field, value and the calendar fact', () => {
    const { output, content } = buildBroken('date', (edit) =>
      edit(MEDCOM, (text) => text.replace('published: "2022-01-12"', 'published: "2022-02-30"')),
    );
    expect(output).toContain('articles → pertemuan-nato-rusia-dimulai data does not match collection schema');
    expect(output).toContain('published: "2022-02-30" is not a calendar date: Februari 2022 has 28 days');
    expect(output).toContain(join(content, MEDCOM));
  });

  it('broken references, an empty body and a duplicate URL: every problem at once', () => {
    const { output } = buildBroken('references', (edit, dir) => {
      edit(MEDCOM, (text) => text.replace('publisher: medcom', 'publisher: detik'));
      edit('events.yaml', (text) =>
        text.replace(
          '{ article: pertemuan-nato-rusia-dimulai, paragraph: 4 }',
          '{ article: pertemuan-nato-rusia-dimulai, paragraph: 40 }',
        ),
      );
      writeFileSync(
        join(dir, 'articles/salinan.mdx'),
        readFileSync(join(dir, KONTAN), 'utf8').replace(
          'capture:',
          'slug: nato-jadwalkan-dewan-nato-rusia\ncapture:',
        ),
      );
      edit(KONTAN, (text) => text.slice(0, text.lastIndexOf('---') + 3));
    });
    expect(output).toContain(
      'pertemuan-nato-rusia-dimulai.mdx: publisher: "detik" is not in content/publishers.yaml; expected one of: kontan, medcom',
    );
    expect(output).toContain(
      'content/events.yaml (event "nato-bekukan-kerja-sama-2014"): citations[0].paragraph: 40 does not exist in "pertemuan-nato-rusia-dimulai"; expected 1–9',
    );
    expect(output).not.toContain('expected 1–0');
    expect(output).toContain(
      'nato-jadwalkan-dewan-nato-rusia.mdx: body: is empty; expected the captured paragraphs, one per block',
    );
    expect(output).toMatch(
      /salinan\.mdx: slug: \/artikel\/2022\/01\/04\/nato-jadwalkan-dewan-nato-rusia\/ is also the URL of .*nato-jadwalkan-dewan-nato-rusia\.mdx/,
    );
  });

  it('MDX that would run code: an import and a <script>, refused before anything compiles', () => {
    const { output } = buildBroken('code', (edit) =>
      edit(MEDCOM, (text) =>
        text
          .replace('\nPertemuan antara', "\nimport fs from 'node:fs'\n\nPertemuan antara")
          .replace(
            'Ini merupakan kali pertamanya',
            '<script>alert(1)</script> Ini merupakan kali pertamanya',
          ),
      ),
    );
    expect(output).toMatch(
      /pertemuan-nato-rusia-dimulai\.mdx: body: paragraph 1 starts with "import", which would run as a module import\/export/,
    );
    expect(output).toMatch(
      /pertemuan-nato-rusia-dimulai\.mdx: body: paragraph 5 has an unescaped "<" at column 1 .*which MDX reads as an element such as <script>/,
    );
    expect(output).not.toMatch(/Could not resolve|Transform failed/);
  });
});
