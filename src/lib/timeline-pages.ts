/**
 * The timeline's own pages for the routes: one per page of each year (its events known only
 * to the year; the first page lists its months too) and one per page of each month, each with
 * the previous and next year or month that has entries, so that empty periods are skipped.
 */
import type { ListPage } from './paginate.ts';
import type { TimelineEntry, TimelineMonth, TimelineYear } from './timeline.ts';
import { timelinePath } from './urls.ts';

export interface Neighbour {
  path: string;
  year: number;
  month?: number;
}

export type TimelinePageView =
  | {
      kind: 'year';
      path: string;
      year: TimelineYear;
      page: ListPage<TimelineEntry>;
      previous?: Neighbour;
      next?: Neighbour;
    }
  | {
      kind: 'month';
      path: string;
      year: TimelineYear;
      month: TimelineMonth;
      page: ListPage<TimelineEntry>;
      previous?: Neighbour;
      next?: Neighbour;
    };

/** Every page of every year and of every month, oldest first. */
export function timelinePageViews(years: readonly TimelineYear[]): TimelinePageView[] {
  const views: TimelinePageView[] = [];
  const yearAt = (i: number): Neighbour | undefined => {
    const year = years[i];
    return year && { path: timelinePath(year.year), year: year.year };
  };
  const months = years.flatMap((year) => year.months.map((month) => ({ year, month })));
  const monthAt = (i: number): Neighbour | undefined => {
    const entry = months[i];
    return (
      entry && {
        path: timelinePath(entry.year.year, entry.month.month),
        year: entry.year.year,
        month: entry.month.month,
      }
    );
  };
  years.forEach((year, i) => {
    for (const page of year.pages) {
      views.push({ kind: 'year', path: page.path, year, page, previous: yearAt(i - 1), next: yearAt(i + 1) });
    }
  });
  months.forEach(({ year, month }, i) => {
    for (const page of month.pages) {
      views.push({
        kind: 'month',
        path: page.path,
        year,
        month,
        page,
        previous: monthAt(i - 1),
        next: monthAt(i + 1),
      });
    }
  });
  return views;
}
