import { describe, expect, it } from 'vitest';
import {
  civilDay,
  formatArchiveDate,
  machineDate,
  monthName,
  parseArchiveDate,
  sortKey,
  weekdayName,
} from '../../src/lib/dates.ts';

function parse(value: string) {
  const result = parseArchiveDate(value);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

describe('the machine time zone', () => {
  it('is the one this project run asked for, so the tests below prove independence from it', () => {
    const offset = new Date(2022, 0, 12).getTimezoneOffset();
    if (process.env.TZ === 'America/Los_Angeles') expect(offset).toBe(480);
    else expect(typeof offset).toBe('number');
  });
});

describe('parseArchiveDate', () => {
  it('keeps the precision the content gives', () => {
    expect(parse('2014').precision).toBe('year');
    expect(parse('2021-10').precision).toBe('month');
    expect(parse('2022-01-12')).toMatchObject({ precision: 'day', year: 2022, month: 1, day: 12 });
  });

  it('resolves a time with an offset to the civil date and time in WIB', () => {
    const date = parse('2022-01-07T13:00+00:00');
    expect(date).toMatchObject({ precision: 'minute', year: 2022, month: 1, day: 7, hour: 20, minute: 0 });
    expect(date.instant).toBe('2022-01-07T13:00:00.000Z');
  });

  it('moves a late-evening UTC time to the next day in Jakarta', () => {
    expect(civilDay(parse('2022-01-11T20:30Z'))).toBe('2022-01-12');
  });

  it('refuses text that is not a date, saying what was expected', () => {
    const result = parseArchiveDate('bukan-tanggal');
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining('"bukan-tanggal" is not a date; expected YYYY'),
    });
  });

  it('refuses a day that the month does not have instead of rolling over', () => {
    expect(parseArchiveDate('2022-02-30')).toEqual({
      ok: false,
      reason: '"2022-02-30" is not a calendar date: Februari 2022 has 28 days',
    });
    expect(parseArchiveDate('2024-02-29').ok).toBe(true);
    expect(parseArchiveDate('2022-13').ok).toBe(false);
  });

  it('refuses a time without an offset, which would depend on the machine', () => {
    expect(parseArchiveDate('2022-01-12T10:00').ok).toBe(false);
    expect(parseArchiveDate('2022-01-12T24:00+07:00').ok).toBe(false);
  });
});

describe('years 0001 to 9999', () => {
  it('reads and shows a year below 100 as written, never as 19xx', () => {
    const date = parse('0079-08-24');
    expect(date.year).toBe(79);
    expect(formatArchiveDate(date, { weekday: false })).toBe('24 Agustus 79');
    expect(civilDay(date)).toBe('0079-08-24');
    expect(machineDate(date)).toBe('0079-08-24');
    expect(sortKey(parse('0079')) < sortKey(parse('1979'))).toBe(true);
  });

  it('reads the first and the last day of the calendar, and refuses the year 0000', () => {
    expect(civilDay(parse('0001-01-01'))).toBe('0001-01-01');
    expect(civilDay(parse('9999-12-31'))).toBe('9999-12-31');
    expect(parseArchiveDate('0000-01-01').ok).toBe(false);
  });

  it('refuses a moment whose day in WIB falls outside them', () => {
    expect(parseArchiveDate('0001-01-01T00:00+14:00')).toEqual({
      ok: false,
      reason:
        '"0001-01-01T00:00+14:00" falls in the year 0 in WIB (UTC+7), where the archive shows it; expected a moment in the years 0001–9999 in WIB',
    });
    expect(parseArchiveDate('9999-12-31T23:00-12:00').ok).toBe(false);
    expect(civilDay(parse('9999-12-31T16:59Z'))).toBe('9999-12-31');
  });
});

describe('formatArchiveDate', () => {
  it('writes a day as an Indonesian reader does, with the weekday', () => {
    expect(formatArchiveDate(parse('2022-01-12'))).toBe('Rabu, 12 Januari 2022');
    expect(formatArchiveDate(parse('2022-01-04'))).toBe('Selasa, 4 Januari 2022');
    expect(formatArchiveDate(parse('2022-01-12'), { weekday: false })).toBe('12 Januari 2022');
  });

  it('writes a time in WIB', () => {
    expect(formatArchiveDate(parse('2022-01-07T13:00+00:00'))).toBe('Jumat, 7 Januari 2022, 20.00 WIB');
  });

  it('writes only what is known for month and year precision', () => {
    expect(formatArchiveDate(parse('2021-10'))).toBe('Oktober 2021');
    expect(formatArchiveDate(parse('2014'))).toBe('2014');
  });

  it('names months and weekdays in Indonesian', () => {
    expect([1, 2, 8, 12].map(monthName)).toEqual(['Januari', 'Februari', 'Agustus', 'Desember']);
    expect(weekdayName(2021, 1, 12)).toBe('Selasa');
    expect(weekdayName(2022, 1, 12)).toBe('Rabu');
  });
});

describe('machine-readable dates', () => {
  it('gives <time datetime> values at the precision known, WIB for times', () => {
    expect(machineDate(parse('2021-10'))).toBe('2021-10');
    expect(machineDate(parse('2022-01-12'))).toBe('2022-01-12');
    expect(machineDate(parse('2022-01-07T13:00+00:00'))).toBe('2022-01-07T20:00+07:00');
  });

  it('sorts a coarser date before the finer dates it contains', () => {
    const keys = ['2021-10-01', '2021', '2022-01-07T13:00Z', '2021-10', '2022-01-07'].map((v) =>
      sortKey(parse(v)),
    );
    expect(keys.toSorted()).toEqual(['2021', '2021-10', '2021-10-01', '2022-01-07', '2022-01-07T20:00']);
  });
});
