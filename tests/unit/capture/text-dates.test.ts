import { describe, expect, it } from 'vitest';
import {
  checkDate,
  describeTextDate,
  findTextDates,
  readCapture,
  shortDateYear,
  storyParagraphs,
  yearContext,
} from '../../../src/lib/capture/index.ts';
import { medcom, kontan } from './fixtures.ts';

describe('dates in the text', () => {
  it('accepts a weekday that fits its date (Rabu, 12 Januari 2022)', async () => {
    expect(checkDate({ weekday: 'Rabu', day: 12, month: 1, year: 2022 })).toBeUndefined();
  });

  it('flags "Rabu, 12 Januari 2021": it was a Selasa, and Rabu fits 2022', async () => {
    expect(checkDate({ weekday: 'Rabu', day: 12, month: 1, year: 2021 })).toEqual({
      kind: 'weekday',
      actual: 'Selasa',
      fitsYears: [2022],
    });
  });

  it('flags a day the month does not have', async () => {
    expect(checkDate({ day: 29, month: 2, year: 2022 })).toEqual({ kind: 'noSuchDay' });
    expect(checkDate({ day: 29, month: 2, year: 2024 })).toBeUndefined();
  });

  it('does not depend on the machine time zone', async () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = zone;
        expect(checkDate({ weekday: 'Rabu', day: 12, month: 1, year: 2021 })).toMatchObject({
          actual: 'Selasa',
        });
        expect(shortDateYear('Selasa', 4, 1, { latest: 2021, archived: 2026 })).toBe(2022);
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it('reads the year of "Selasa (4/1)" from the latest year the text names', async () => {
    expect(shortDateYear('Selasa', 4, 1, { latest: 2021, archived: 2026 })).toBe(2022);
    expect(shortDateYear('Selasa', 4, 1, { latest: 2022, archived: 2026 })).toBe(2022);
    expect(shortDateYear('Selasa', 4, 1, { latest: undefined, archived: 2026 })).toBeUndefined();
    expect(shortDateYear('Selasa', 4, 1, { latest: 2023, archived: 2026 })).toBeUndefined();
  });

  it('takes the latest year the text names, up to the year of archiving', async () => {
    expect(yearContext(['sejak 2002', 'pada tahun 2021', 'rencana 2030'], 2026)).toEqual({
      latest: 2021,
      archived: 2026,
    });
    expect(yearContext(['tanpa tahun'], 2026)).toEqual({ latest: undefined, archived: 2026 });
  });

  it('finds the kontan dates in text order, with their kind and reading', async () => {
    const text = storyParagraphs(readCapture(kontan));
    const dates = findTextDates(text, yearContext(text, 2026));
    expect(dates.map((date) => [date.text, date.paragraph, date.kind])).toEqual([
      ['Selasa (4/1)', 3, 'short'],
      ['sejak 2002', 3, 'year'],
      ['12 Januari', 3, 'dayMonth'],
      ['10 Januari', 3, 'dayMonth'],
      ['pukul 1300 GMT', 5, 'time'],
      ['12 Januari', 8, 'dayMonth'],
      ['13 Januari', 11, 'dayMonth'],
      ['pada tahun 2021', 12, 'year'],
    ]);
    expect(dates[0]).toMatchObject({ weekday: 'Selasa', day: 4, month: 1, year: 2022, yearFrom: 2021 });
    expect(dates[4]).toMatchObject({ hour: 13, minute: 0, zone: 'GMT' });
    expect(dates[1]).toMatchObject({ year: 2002 });
  });

  it('finds the medcom date and flags its weekday', async () => {
    const text = storyParagraphs(readCapture(medcom));
    const dates = findTextDates(text, yearContext(text, 2026));
    expect(dates).toEqual([
      {
        text: 'Rabu, 12 Januari 2021',
        paragraph: 1,
        kind: 'full',
        weekday: 'Rabu',
        day: 12,
        month: 1,
        year: 2021,
        problem: { kind: 'weekday', actual: 'Selasa', fitsYears: [2022] },
      },
      { text: 'pada 2014', paragraph: 4, kind: 'year', year: 2014 },
    ]);
    expect(describeTextDate(dates[0]!)).toBe(
      '"Rabu, 12 Januari 2021" (paragraph 1): the weekday does not fit: 12 Januari 2021 was a Selasa; Rabu, 12 Januari fits 2022',
    );
  });

  it('reads a month of a year and a year after "sejak", "pada (tahun)", but no year alone', async () => {
    const dates = findTextDates(
      ['Pada Desember 2021 dan 12 Januari 2022; sejak 2002, pada tahun 2014; 2030 orang; Tahun 1999.'],
      { archived: 2026 },
    );
    expect(dates.map((date) => [date.text, date.kind, date.year, date.month])).toEqual([
      ['Desember 2021', 'month', 2021, 12],
      ['12 Januari 2022', 'full', 2022, 1],
      ['sejak 2002', 'year', 2002, undefined],
      ['pada tahun 2014', 'year', 2014, undefined],
      ['Tahun 1999', 'year', 1999, undefined],
    ]);
  });

  it('reads times written "pukul 19.30 WIB" and dates written "Kamis (13/1/2022)"', async () => {
    const dates = findTextDates(['Kamis (13/1/2022) pukul 19.30 WIB.'], { archived: 2026 });
    expect(dates).toMatchObject([
      { kind: 'short', weekday: 'Kamis', day: 13, month: 1, year: 2022 },
      { kind: 'time', hour: 19, minute: 30, zone: 'WIB' },
    ]);
    expect(dates[0]!.problem).toBeUndefined();
  });
});
