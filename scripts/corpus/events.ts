/**
 * The events of the synthetic world: what the stories report, each with its date at the
 * precision the text gives, and the paragraphs that report it, each cited with the words it
 * relies on (the event's clause, which every report of it writes verbatim). One event is
 * reported by several articles, often of several outlets: on its day by the articles that
 * cover it, later by those that recall it ("Sebelumnya, pada Selasa, 4 Januari 2022, …").
 *
 * Only what later articles may still cite is kept: the events of the day, and each entity's
 * few latest events. An event no article can cite any more is written out at once, so memory
 * stays flat however large the corpus.
 */
import { formatDay, formatMonth } from '../../src/lib/dates.ts';
import type { Citation } from '../../src/lib/schema.ts';
import type { Day } from './calendar.ts';
import { isoDay } from './calendar.ts';
import type { Random } from './random.ts';
import { UniqueSlugs } from './slugs.ts';

/** An event as the generator keeps it until it is written. */
export interface CorpusEvent {
  id: string;
  title: string;
  /** "2021", "2021-12", "2022-01-04" or "2022-01-04T10:30+07:00". */
  date: string;
  place?: string;
  entities: readonly string[];
  /** The section whose stories report it. */
  section: string;
  /** The entity whose stories recall it. */
  main: string;
  /** The words every report of it writes, and every citation quotes. */
  clause: string;
  /** The time of day, for an event at minute precision: "10.30". */
  time?: string;
  /** How a later story recalls it: a sentence that holds the clause. */
  recall: string;
  citations: Citation[];
}

/** How a new event is dated. */
export type EventDate =
  | { precision: 'day'; day: Day }
  | { precision: 'minute'; day: Day; hour: number; minute: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'year'; year: number };

/** How many of an entity's latest events later stories may still recall. */
const RECALLED = 4;

const pad = (n: number) => String(n).padStart(2, '0');

/** The date as events.yaml writes it, and the sentence by which a later story recalls the clause. */
function dated(date: EventDate, clause: string): { date: string; recall: string; time?: string } {
  switch (date.precision) {
    case 'day': {
      const { year, month, day } = date.day;
      return {
        date: isoDay(date.day),
        recall: `Sebelumnya, pada ${formatDay(year, month, day)}, ${clause}.`,
      };
    }
    case 'minute': {
      const { year, month, day } = date.day;
      const time = `${pad(date.hour)}.${pad(date.minute)}`;
      return {
        date: `${isoDay(date.day)}T${pad(date.hour)}:${pad(date.minute)}+07:00`,
        recall: `Sebelumnya, pada ${formatDay(year, month, day)} pukul ${time} WIB, ${clause}.`,
        time,
      };
    }
    case 'month':
      return {
        date: `${date.year}-${pad(date.month)}`,
        recall: `Pada ${formatMonth(date.year, date.month)}, ${clause}.`,
      };
    case 'year':
      return { date: String(date.year), recall: `Sepanjang ${date.year}, ${clause}.` };
  }
}

/** An event as a record of events.yaml, in the style of content/events.yaml. */
export function eventYaml(event: CorpusEvent): string {
  const q = JSON.stringify;
  return [
    `- id: ${event.id}`,
    `  title: ${q(event.title)}`,
    `  date: '${event.date}'`,
    ...(event.place ? [`  place: ${event.place}`] : []),
    ...(event.entities.length > 0 ? [`  entities: [${event.entities.join(', ')}]`] : []),
    '  citations:',
    ...event.citations.map(
      (c) => `    - { article: ${c.article}, paragraph: ${c.paragraph}, quote: ${q(c.quote)} }`,
    ),
    '',
  ].join('\n');
}

/** The events while the corpus is written: created, cited, and written out once done. */
export class EventLog {
  readonly #write: (yaml: string) => void;
  readonly #ids = new UniqueSlugs();
  /** Events of the day being written, which the day's other articles may cover. */
  #today: CorpusEvent[] = [];
  /** Each entity's latest events, oldest first. */
  readonly #latest = new Map<string, CorpusEvent[]>();
  /** Events not yet written, in the order they were created. */
  readonly #open = new Set<CorpusEvent>();
  #written = 0;

  /** `write` receives each event's YAML once no article can cite it any more. */
  constructor(write: (yaml: string) => void) {
    this.#write = write;
  }

  /** How many events were created. */
  get count(): number {
    return this.#written + this.#open.size;
  }

  /** A new day: its events are the ones its articles cover. */
  startDay(): void {
    this.#today = [];
  }

  /** An event of today in a section, if there is one, for an article to cover. */
  ofToday(r: Random): CorpusEvent | undefined {
    const open = this.#today.filter((event) => this.#open.has(event));
    return open.length === 0 ? undefined : r.pick(open);
  }

  /** One of an entity's latest events, for an article to recall. */
  recent(entity: string, r: Random): CorpusEvent | undefined {
    const list = this.#latest.get(entity);
    return list && list.length > 0 ? r.pick(list) : undefined;
  }

  /** A new event; the entity's oldest event that can no longer be recalled is written out. */
  create(spec: {
    title: string;
    date: EventDate;
    place?: string;
    entities: readonly string[];
    section: string;
    main: string;
    clause: string;
  }): CorpusEvent {
    const { date, recall, time } = dated(spec.date, spec.clause);
    const event: CorpusEvent = {
      ...spec,
      id: this.#ids.take(spec.title, 6),
      date,
      recall,
      time,
      citations: [],
    };
    this.#open.add(event);
    if (spec.date.precision === 'day' || spec.date.precision === 'minute') this.#today.push(event);
    const list = this.#latest.get(spec.main) ?? [];
    list.push(event);
    if (list.length > RECALLED) this.#close(list.shift()!);
    this.#latest.set(spec.main, list);
    return event;
  }

  /** A paragraph that reports an event; an event already written takes no more. */
  cite(event: CorpusEvent, citation: Citation): boolean {
    if (!this.#open.has(event)) return false;
    event.citations.push(citation);
    return true;
  }

  /** Writes every event still open, in the order they were created. */
  finish(): void {
    for (const event of [...this.#open]) this.#close(event);
    this.#latest.clear();
    this.#today = [];
  }

  #close(event: CorpusEvent): void {
    if (!this.#open.delete(event)) return;
    this.#written += 1;
    this.#write(eventYaml(event));
  }
}
