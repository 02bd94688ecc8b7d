/**
 * /data/timelinejs.json: the archive's events in TimelineJS3's JSON format
 * (https://timeline.knightlab.com/docs/json-format.html): one slide per event, its start date
 * at the event's precision (year, month, day, or hour and minute in WIB) with the date as the
 * archive writes it, its title as headline, and as text its place, who took part, and each
 * source as a link to the cited paragraph with the words it cites. Grouped by year. Every
 * text is escaped: TimelineJS reads headline and text as HTML, and the archive's are text.
 */
import type { Archive } from '../archive.ts';
import { formatArchiveDate } from '../dates.ts';
import { t } from '../i18n.ts';
import { absoluteUrl, paragraphPath } from '../urls.ts';
import type { EventEntry } from '../timeline.ts';
import { dataParts } from './parts.ts';

/** Text as HTML text: the five characters that could start markup or end an attribute, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date: string;
}

export interface TimelineJsSlide {
  unique_id: string;
  start_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
}

export interface TimelineJs {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
}

/** An event's date for TimelineJS, only the parts its precision knows. */
export function timelineJsDate(date: EventEntry['date']): TimelineJsDate {
  const { year, month, day, hour, minute, precision } = date;
  return {
    year,
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
    ...(precision === 'minute' ? { hour, minute } : {}),
    display_date: formatArchiveDate(date),
  };
}

function slide(archive: Archive, event: EventEntry, site: URL | string): TimelineJsSlide {
  const { articles } = dataParts(archive);
  const lines: string[] = [];
  if (event.place) lines.push(`<p>${escapeHtml(t('timelinejs.place', { name: event.place.name }))}</p>`);
  if (event.entities.length > 0) {
    const names = event.entities.map((entity) => entity.name).join(', ');
    lines.push(`<p>${escapeHtml(t('timelinejs.entities', { names }))}</p>`);
  }
  const sources = archive.eventRecords.get(event.id)!.citations.map((citation) => {
    const article = articles.get(citation.article)!;
    const href = absoluteUrl(paragraphPath(article.url, citation.paragraph), site);
    const label = t('timelinejs.source', {
      publisher: article.publisher.name,
      title: article.data.title,
      paragraph: citation.paragraph,
    });
    return `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a>: <q>${escapeHtml(citation.quote)}</q></li>`;
  });
  lines.push(`<ul>${sources.join('')}</ul>`);
  const onTimeline = absoluteUrl(event.location, site);
  lines.push(`<p><a href="${escapeHtml(onTimeline)}">${escapeHtml(t('timelinejs.onTimeline'))}</a></p>`);
  return {
    unique_id: event.id,
    start_date: timelineJsDate(event.date),
    text: { headline: escapeHtml(event.title), text: lines.join('') },
    group: String(event.date.year),
  };
}

/**
 * The most events /data/timelinejs.json holds: the newest, when there are more. TimelineJS
 * is made for tens or hundreds of slides; all the events of a large archive would be one file
 * that grows with it (tens of MiB at 100,000 articles). Each year's file holds all its events.
 */
export const TIMELINEJS_LATEST = 500;

/**
 * The events as a TimelineJS timeline, in date order: one year's ("2022"), or without a year
 * every event, or the newest TIMELINEJS_LATEST when there are more.
 */
export function timelineJs(archive: Archive, site: URL | string, year?: string): TimelineJs {
  const { years } = dataParts(archive);
  const all = year === undefined ? [...years.values()].flat() : (years.get(year) ?? []);
  const events = year === undefined ? all.slice(-TIMELINEJS_LATEST) : all;
  const intro =
    events.length < all.length
      ? t('timelinejs.introLatest', { count: events.length, total: all.length })
      : t('timelinejs.intro');
  return {
    title: {
      unique_id: 'kliping',
      text: {
        headline: escapeHtml(
          year === undefined ? t('timelinejs.title') : t('timelinejs.titleYear', { year }),
        ),
        text: `<p>${escapeHtml(intro)}</p>`,
      },
    },
    events: events.map((event) => slide(archive, event, site)),
  };
}

/** `/data/timelinejs.json`, and `/data/timelinejs/2022.json` for a year. */
export function timelineJsPath(year?: string): string {
  return year === undefined ? '/data/timelinejs.json' : `/data/timelinejs/${year}.json`;
}
