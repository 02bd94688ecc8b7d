/**
 * The publication calendar: how many articles each day of the corpus's years gets. Each day
 * has a weight (data/calendar.yaml: busier weekdays, more each year, log-normal noise, some
 * empty days), and the articles are shared out in proportion by cumulative rounding, so that
 * the days add up to exactly the number asked for. Civil dates only: no clock, no time zone.
 */
import { utcDate } from '../../src/lib/dates.ts';
import type { Random } from './random.ts';
import type { CalendarSpec } from './world.ts';

/** A civil date. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** The day `offset` days after `from` (before, when negative). */
export function addDays(from: Day, offset: number): Day {
  const date = new Date(utcDate(from.year, from.month, from.day).getTime() + offset * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "YYYY-MM-DD". */
export function isoDay(d: Day): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function parseDay(text: string): Day {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** The days of the calendar, each with its number of articles, in order; `total` in all. */
export function schedule(r: Random, spec: CalendarSpec, total: number): { day: Day; articles: number }[] {
  const first = parseDay(spec.first);
  const last = parseDay(spec.last);
  const length =
    Math.round(
      (utcDate(last.year, last.month, last.day).getTime() -
        utcDate(first.year, first.month, first.day).getTime()) /
        DAY_MS,
    ) + 1;
  const days: Day[] = [];
  const weights: number[] = [];
  for (let i = 0; i < length; i++) {
    const day = addDays(first, i);
    const weekday = utcDate(day.year, day.month, day.day).getUTCDay();
    const noise = Math.exp(spec.noise * r.normal());
    const empty = r.chance(spec.empty);
    days.push(day);
    weights.push(empty ? 0 : spec.weekdays[weekday]! * (1 + spec.growth * (day.year - first.year)) * noise);
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let given = 0;
  return days.map((day, i) => {
    cumulative += weights[i]!;
    const upTo = Math.round((total * cumulative) / sum);
    const articles = upTo - given;
    given = upTo;
    return { day, articles };
  });
}
