import { describe, expect, it } from 'vitest';
import {
  findTextDates,
  inferPublished,
  readCapture,
  storyParagraphs,
  yearContext,
} from '../../../src/lib/capture/index.ts';
import { medcom, kontan } from './fixtures.ts';

describe('inferPublished', () => {
  const datesOf = (capture: string) => {
    const text = storyParagraphs(readCapture(capture));
    return findTextDates(text, yearContext(text, 2026));
  };

  it('infers 2022-01-04 for kontan from "Selasa (4/1)"', async () => {
    expect(inferPublished(datesOf(kontan))).toMatchObject({ ok: true, date: '2022-01-04' });
  });

  it('refuses medcom, naming the date whose weekday does not fit', async () => {
    const result = inferPublished(datesOf(medcom));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain('"Rabu, 12 Januari 2021" (paragraph 1)');
      expect(result.reason).toContain('12 Januari 2021 was a Selasa; Rabu, 12 Januari fits 2022');
      expect(result.reason).toContain('--published');
    }
  });

  it('refuses a text that names no day with its weekday', async () => {
    const dates = findTextDates(['Pada 12 Januari pukul 13.00 WIB.'], { archived: 2026 });
    expect(inferPublished(dates)).toEqual({ ok: false, reason: expect.stringContaining('names no day') });
  });

  it('infers from a full date whose weekday fits', async () => {
    const dates = findTextDates(['Dimulai Rabu, 12 Januari 2022.'], { latest: 2022, archived: 2026 });
    expect(inferPublished(dates)).toMatchObject({ ok: true, date: '2022-01-12' });
  });
});
