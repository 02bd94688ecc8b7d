import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits the YAML fields from the body', () => {
    expect(splitFrontmatter('---\ntitle: Judul\n---\n\nParagraf.\n')).toEqual({
      ok: true,
      frontmatter: { title: 'Judul' },
      body: '\nParagraf.\n',
    });
  });

  it('keeps an unquoted date as the text written, so an impossible day cannot roll over', () => {
    const result = splitFrontmatter('---\npublished: 2022-02-30\narchived: 2026-11-23\n---\nTeks');
    expect(result).toMatchObject({
      ok: true,
      frontmatter: { published: '2022-02-30', archived: '2026-11-23' },
    });
  });

  it('says what is wrong with a file without frontmatter, or with broken YAML', () => {
    expect(splitFrontmatter('Teks saja')).toEqual({
      ok: false,
      reason: 'no frontmatter; expected the file to start with a "---" line',
    });
    const broken = splitFrontmatter('---\ntitle: [tidak ditutup\n---\nTeks');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.reason).toMatch(/^the frontmatter is not valid YAML: /);
    expect(splitFrontmatter('---\n- a\n- b\n---\nTeks')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a set of fields/),
    });
  });
});
