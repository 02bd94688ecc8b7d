import { describe, expect, it } from 'vitest';
import { resolvedArchive } from '../support/archive.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import {
  captureManifest,
  capturePath,
  eventPath,
  noteAnchor,
  noteMarkAnchor,
  publishedIndexPath,
  timelinePagePath,
} from '../../src/lib/urls.ts';

const date = (value: string) => {
  const result = parseArchiveDate(value);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
};

describe('urls', () => {
  it('gives an event its own page, and knows its place on the paged timeline', async () => {
    const archive = await resolvedArchive();
    const meeting = archive.events.find((event) => event.id === 'pertemuan-dewan-nato-rusia-brussel')!;
    expect(eventPath(meeting)).toBe('/peristiwa/pertemuan-dewan-nato-rusia-brussel/');
    expect(meeting.location).toBe('/linimasa/2022/01/#pertemuan-dewan-nato-rusia-brussel');
    const year = archive.events.find((event) => event.id === 'nato-bekukan-kerja-sama-2014')!;
    expect(year.location).toBe('/linimasa/2014/#nato-bekukan-kerja-sama-2014');
  });

  it("pages a year's timeline apart from its months: /linimasa/2022/10/ is October", () => {
    expect(timelinePagePath(2022, undefined, 1)).toBe('/linimasa/2022/');
    expect(timelinePagePath(2022, undefined, 10)).toBe('/linimasa/2022/sepanjang-tahun/10/');
    expect(timelinePagePath(2022, 10, 1)).toBe('/linimasa/2022/10/');
    expect(timelinePagePath(2022, 10, 2)).toBe('/linimasa/2022/10/2/');
  });

  it('lists each capture with its SHA-256 in BagIt manifest form, by file name', () => {
    expect(
      captureManifest([
        { capture: 'captures/b.txt', captureSha256: 'b'.repeat(64) },
        { capture: 'captures/a.txt', captureSha256: 'a'.repeat(64) },
      ]),
    ).toBe(`${'a'.repeat(64)}  a.txt\n${'b'.repeat(64)}  b.txt\n`);
  });

  it('serves a capture under /naskah/ by its file name', () => {
    expect(capturePath('captures/000_a0787a86cb8f5b8c.txt')).toBe('/naskah/000_a0787a86cb8f5b8c.txt');
  });

  it("links a publication date to the Indeks of its day in WIB, whatever the date's precision", () => {
    expect(publishedIndexPath(date('2022-01-12'))).toBe('/indeks/2022/01/12/');
    expect(publishedIndexPath(date('2022-01-04T23:30+07:00'))).toBe('/indeks/2022/01/04/');
  });

  it('gives a note and its marker anchors of their own', () => {
    expect([noteAnchor(1), noteMarkAnchor(1)]).toEqual(['catatan-1', 'tanda-catatan-1']);
  });
});
