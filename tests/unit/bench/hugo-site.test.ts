import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hugoArticle, hugoDate } from '../../../bench/lib/hugo-site.ts';
import { CONTENT } from '../../support/paths.ts';

describe('hugoDate', () => {
  it('keeps a plain date and gives a time its seconds, as Hugo reads them', () => {
    expect(hugoDate('2022-01-12')).toBe('2022-01-12');
    expect(hugoDate('2022-01-12T13:00+07:00')).toBe('2022-01-12T13:00:00+07:00');
    expect(hugoDate('2022-01-07T13:00:00+00:00')).toBe('2022-01-07T13:00:00+00:00');
  });
});

describe('hugoArticle', () => {
  it('writes the title and the date as Hugo frontmatter, and the body as is', () => {
    const mdx =
      '---\ntitle: "Rapat: \\"NATO\\""\npublished: "2022-01-12T13:00+07:00"\nsummary: x\n---\n\nSatu \\*dua\\*.\n\n<BacaJuga>Baca Juga: x</BacaJuga>\n';
    expect(hugoArticle(mdx)).toBe(
      '---\ntitle: "Rapat: \\"NATO\\""\ndate: 2022-01-12T13:00:00+07:00\n---\n\nSatu \\*dua\\*.\n\n<BacaJuga>Baca Juga: x</BacaJuga>\n',
    );
  });

  it("reads the archive's own articles", () => {
    for (const name of readdirSync(join(CONTENT, 'articles'))) {
      const page = hugoArticle(readFileSync(join(CONTENT, 'articles', name), 'utf8'));
      expect(page).toMatch(/^---\ntitle: ".+"\ndate: \d{4}-\d\d-\d\d\n---\n/);
    }
  });

  it('refuses a file without frontmatter, or without a title or a date', () => {
    expect(() => hugoArticle('no frontmatter')).toThrow(/frontmatter/);
    expect(() => hugoArticle('---\ntitle: x\n---\nbody')).toThrow(/published/);
  });
});
