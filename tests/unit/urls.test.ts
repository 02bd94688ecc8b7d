import { describe, expect, it } from 'vitest';
import { resolvedArchive } from '../support/archive.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import {
  capturePath,
  eventPath,
  noteAnchor,
  noteMarkAnchor,
  publishedIndexPath,
} from '../../src/lib/urls.ts';

const date = (value: string) => {
  const result = parseArchiveDate(value);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
};

describe('urls', () => {
  it('links an event to its place on the paged timeline', async () => {
    const archive = await resolvedArchive();
    const meeting = archive.events.find((event) => event.id === 'pertemuan-dewan-nato-rusia-brussel')!;
    expect(eventPath(meeting)).toBe('/linimasa/2022/01/#pertemuan-dewan-nato-rusia-brussel');
    const year = archive.events.find((event) => event.id === 'nato-bekukan-kerja-sama-2014')!;
    expect(eventPath(year)).toBe('/linimasa/2014/#nato-bekukan-kerja-sama-2014');
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
