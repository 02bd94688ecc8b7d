import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/lib/capture/index.ts';
import { captured, entities, kontan, medcom, publishers, read } from './fixtures.ts';

const known = { publishers, entities, file: 'articles/draft.mdx' };

describe('checkDraft', () => {
  it('passes the two committed articles against their captures', async () => {
    expect(
      await checkDraft(read('content/articles/pertemuan-nato-rusia-dimulai.mdx'), captured(medcom), known),
    ).toEqual([]);
    expect(
      await checkDraft(read('content/articles/nato-jadwalkan-dewan-nato-rusia.mdx'), captured(kontan), known),
    ).toEqual([]);
  });

  it('finds a changed capture, and a paragraph that is not the captured text', async () => {
    const mdx = read('content/articles/pertemuan-nato-rusia-dimulai.mdx').replace(
      'Belgia, Rabu, 12 Januari 2021',
      'Belgia, Rabu, 12 Januari 2022',
    );
    expect(await checkDraft(mdx, captured(medcom), known)).toEqual([
      expect.stringMatching(
        /^articles\/draft\.mdx: body: paragraph 1 differs from capture line 2 at column 125/,
      ),
    ]);
    const original = read('content/articles/pertemuan-nato-rusia-dimulai.mdx');
    expect(
      await checkDraft(original, captured(medcom.replace('12 Januari 2021', '12 Januari 2022')), known),
    ).toEqual([
      expect.stringMatching(
        /^articles\/draft\.mdx:\d+:16: captureSha256: .* has the SHA-256 [0-9a-f]{64}, the article records 3b00883f/,
      ),
    ]);
  });

  it('finds an article without frontmatter', async () => {
    expect(await checkDraft('Isi.\n', captured(medcom), known)).toEqual([
      'articles/draft.mdx:1:1: no frontmatter; expected the file to start with a "---" line and the fields to end with another',
    ]);
  });
});
