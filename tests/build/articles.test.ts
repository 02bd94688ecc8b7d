/**
 * Checks over the real dist/: every article has its page, nothing of a capture is lost on the
 * page or in the Pagefind index, "Baca Juga" lines are shown but not indexed, and the
 * provenance, dates and notes a reader needs are there.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountFor, captureLines } from '../../src/lib/account.ts';
import { articleSchema } from '../../src/lib/schema.ts';
import { articlePath, capturePath } from '../../src/lib/urls.ts';
import { CONTENT, DIST } from '../support/paths.ts';
import { rawArticles, readCaptureFile } from '../support/content.ts';
import { definitions, fold, indexRecords, pageDocument } from '../support/dist.ts';

const articles = rawArticles().map((raw) => {
  const data = articleSchema.parse(raw.frontmatter);
  return { ...raw, data, url: articlePath(raw.id, data), capture: readCaptureFile(data.capture) };
});
const records = indexRecords();

/** Capture lines that are the outlet's links, not the story. */
const isReadAlso = (line: string) => line.startsWith('Baca Juga:');

describe.each(articles)('$url', (article) => {
  const doc = pageDocument(article.url);
  const pageText = fold(doc.body.textContent);
  const record = records.find((r) => r.url === article.url);
  const lines = captureLines(article.capture).map((line) => line.text);

  it('has its page, in Indonesian', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('id');
    expect(fold(doc.querySelector('h1')?.textContent)).toBe(article.data.title);
  });

  it('shows every line of the raw capture, character for character (nothing lost)', () => {
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(pageText).toContain(line);
  });

  it('has its raw capture in the site at /naskah/, byte for byte', () => {
    const served = readFileSync(join(DIST, capturePath(article.data.capture)));
    expect(served.equals(readFileSync(join(CONTENT, article.data.capture)))).toBe(true);
  });

  it('gives every story paragraph its own stable anchor, in capture order', () => {
    const paragraphs = [...doc.querySelectorAll('p[id^="p"]')].filter((p) => /^p\d+$/.test(p.id));
    const story = lines.filter(
      (line) => !isReadAlso(line) && !article.data.credits.includes(line) && line !== article.data.title,
    );
    expect(paragraphs.map((p) => p.id)).toEqual(story.map((_, i) => `p${i + 1}`));
    expect(paragraphs.map((p) => p.textContent)).toEqual(story);
  });

  it('puts every story paragraph into the Pagefind index, the title as its title, and no "Baca Juga" line', () => {
    expect(record, `no index record for ${article.url}`).toBeDefined();
    const indexed = fold(record!.content);
    const account = accountFor(article.capture, { titleDevised: article.data.titleDevised });
    const story = account.blocks
      .filter((block) => block.kind === 'paragraph')
      .map((block) => fold(block.text));
    for (const paragraph of story) expect(indexed).toContain(paragraph);
    // The excerpts show the story: the headline is the record's title, not its first words.
    expect(record!.meta.title).toBe(article.data.title);
    expect(indexed.startsWith(story[0]!)).toBe(true);
    expect(indexed).not.toContain('Baca Juga');
  });

  it('stores the filters, sort key and metadata the search page uses', () => {
    const { published } = article.data;
    expect(record!.meta).toMatchObject({
      title: article.data.title,
      hari: article.url.slice(9, 19).replaceAll('/', '-'),
    });
    expect(record!.filters).toMatchObject({
      penerbit: [article.data.publisher === 'medcom' ? 'medcom.id' : 'kontan.co.id'],
      tahun: [String(published.year)],
      bulan: [`${published.year}-${String(published.month).padStart(2, '0')}`],
    });
    // One topic value per entity the article names (Pagefind lists them in its own order).
    expect(record!.filters.topik).toHaveLength(article.data.entities.length);
    expect(record!.filters.topik).toContain('NATO');
    expect(doc.querySelector('[data-pagefind-sort]')?.getAttribute('data-value')).toBe(
      article.url.slice(9, 19).replaceAll('/', '-'),
    );
  });

  it('shows the credit lines as captured, and links the raw capture, in the provenance record', () => {
    const provenance = doc.querySelector('details.provenance');
    for (const credit of article.data.credits) expect(fold(provenance?.textContent)).toContain(credit);
    const link = provenance?.querySelector(`a[href="${capturePath(article.data.capture)}"]`);
    expect(fold(link?.textContent)).toBe(article.data.capture.split('/').pop());
    expect(fold(provenance?.textContent)).toContain(article.data.captureSha256);
  });

  it('shows every archive note apart from the captured text: by its paragraph, or with the others', () => {
    const general = fold(doc.querySelector('.notes')?.textContent);
    const story = [...doc.querySelectorAll('p[id^="p"]')].map((p) => fold(p.textContent)).join(' ');
    for (const note of article.data.notes) {
      expect(story).not.toContain(fold(note.text));
      if (note.paragraph === undefined) {
        expect(general).toContain(fold(note.text));
        continue;
      }
      // The note sits in the paragraph's block, after the paragraph and its marker.
      const para = doc.getElementById(`p${note.paragraph}`)!.parentElement!;
      const aside = para.querySelector('aside.note');
      expect(fold(aside?.textContent)).toContain(fold(note.text));
      expect(general).not.toContain(fold(note.text));
    }
  });
});

describe('the medcom article', () => {
  const doc = pageDocument('/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/');

  it('is dated Wednesday 12 January 2022 in Indonesian, marked as inferred, and keeps "2021" in the text', () => {
    const published = doc.querySelector('.published time');
    expect(published?.textContent).toBe('Rabu, 12 Januari 2022');
    expect(published?.getAttribute('datetime')).toBe('2022-01-12');
    expect(published?.closest('a')?.getAttribute('href')).toBe('/indeks/2022/01/12/');
    expect(fold(doc.querySelector('.published')?.textContent)).toContain('diperkirakan dari isi berita');
    expect(doc.querySelector('#p1')?.textContent).toContain('Rabu, 12 Januari 2021');
  });

  it('marks ¶1, outside its captured text, with a note marker that links to the note and back', () => {
    const p1 = doc.querySelector('#p1')!;
    expect(p1.children).toHaveLength(0);
    expect(p1.textContent).toMatch(/termasuk situasi di dalam dan sekitar Ukraina\.$/);
    const mark = p1.nextElementSibling;
    expect(mark?.matches('a.mark')).toBe(true);
    expect(mark?.getAttribute('href')).toBe('#catatan-1');
    expect(mark?.getAttribute('aria-label')).toBe('Catatan arsip 1');
    const note = doc.getElementById('catatan-1');
    expect(fold(note?.textContent)).toContain('12 Januari 2021 jatuh pada hari Selasa');
    expect(note?.querySelector(`a[href="#${mark?.id}"]`)).not.toBeNull();
    expect(doc.querySelectorAll('a.mark')).toHaveLength(1);
  });

  it('names the agency it cites, and links to the older article', () => {
    expect(definitions(doc.querySelector('.provenance dl'))).toMatchObject({
      Penerbit: ['medcom.id'],
      Mengutip: ['Anadolu Agency'],
      'Kredit gambar': ['medcom.id (gambarnya tidak ikut disimpan)'],
      'Keterangan di naskah asli': ['Sumber : medcom.id', 'Gambar : medcom.id'],
      'Artikel asli': ['Alamatnya tidak tercatat di naskah'],
      'Disimpan di arsip': ['Senin, 23 November 2026'],
    });
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
      '/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/',
    );
    expect(doc.querySelector('a[rel="next"]')).toBeNull();
  });
});

describe('the kontan article', () => {
  const doc = pageDocument('/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/');

  it('marks its title as devised by the archive', () => {
    expect(fold(doc.querySelector('.devised')?.textContent)).toBe(
      'Judul dari arsip Naskah aslinya tidak berjudul; judul ini disusun oleh Kliping.',
    );
  });

  it('shows Reuters as the wire source, the editor and the dateline', () => {
    expect(definitions(doc.querySelector('.provenance dl'))).toMatchObject({
      Penerbit: ['kontan.co.id'],
      'Berdasarkan laporan': ['Reuters'],
      Editor: ['Noverius Laoli'],
      'Keterangan tempat': ['KONTAN.CO.ID - BRUSSELS.'],
      'Keterangan di naskah asli': ['Sumber: Reuters | Editor: Noverius Laoli'],
    });
    expect(doc.querySelector('time')?.textContent).toBe('Selasa, 4 Januari 2022');
  });

  it('shows the three "Baca Juga" lines as the outlet\'s links, outside the story paragraphs', () => {
    const readAlso = [...doc.querySelectorAll('.read-also')];
    expect(readAlso).toHaveLength(3);
    for (const block of readAlso) {
      expect(block.getAttribute('data-pagefind-ignore')).not.toBeNull();
      const [line, why] = [...block.querySelectorAll('p')].map((p) => fold(p.textContent));
      expect(line).toMatch(/^Baca Juga: ./);
      expect(why).toBe('Tautan “Baca Juga” dari kontan.co.id; alamat tautannya tidak ikut tersimpan.');
    }
  });
});

describe('the captures manifest, /naskah/manifest-sha256.txt', () => {
  const manifest = readFileSync(join(DIST, 'naskah/manifest-sha256.txt'), 'utf8');

  it('lists every capture once with the SHA-256 of the bytes served, as sha256sum -c reads it', () => {
    const lines = manifest.trimEnd().split('\n');
    expect(lines.map((line) => line.split('  ')[1])).toEqual(
      articles.map((article) => article.data.capture.replace(/^captures\//, '')).sort(),
    );
    for (const line of lines) {
      const [digest, file] = line.split('  ');
      expect(
        createHash('sha256')
          .update(readFileSync(join(DIST, 'naskah', file!)))
          .digest('hex'),
        file,
      ).toBe(digest);
    }
    for (const article of articles) expect(manifest).toContain(`${article.data.captureSha256}  `);
  });
});
