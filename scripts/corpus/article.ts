/**
 * One synthetic article: first its raw capture, as the outlet's page would give it (the
 * outlet's own headline or none, credit lines first or last, dateline, "read also" lines),
 * then the article the archive makes of it, by the importer's own rules (src/lib/capture/):
 * the capture's account decides the headline, credits and paragraphs; the title, the wire
 * and cited agencies, the editor, byline and image credit are read from the capture as the
 * importer reads them; the body is `renderBody` of the capture's blocks, the file
 * `renderArticleFile`, the fixity `sha256` of the capture's bytes. So every article accounts
 * for its capture line for line, as the build requires.
 */
import { renderArticleFile } from '../../src/lib/article-file.ts';
import { renderBody } from '../../src/lib/body.ts';
import { decideSources } from '../../src/lib/capture/attribution.ts';
import { readCapture, storyParagraphs } from '../../src/lib/capture/lines.ts';
import type { Findings } from '../../src/lib/capture/options.ts';
import { decideTitle, firstSentence } from '../../src/lib/capture/title.ts';
import { sha256 } from '../../src/lib/capture-file.ts';
import { formatDay, formatMonth, weekdayName } from '../../src/lib/dates.ts';
import type { Entity } from '../../src/lib/schema.ts';
import { type Day, addDays, isoDay } from './calendar.ts';
import type { CorpusEvent, EventLog } from './events.ts';
import type { Random } from './random.ts';
import type { UniqueSlugs } from './slugs.ts';
import { Story, capitalise, shortDate } from './text.ts';
import type { Agency, Outlet, World } from './world.ts';

/** The files of one article. */
export interface ArticleFiles {
  id: string;
  /** The capture's file name in captures/. */
  captureName: string;
  capture: Buffer;
  /** The article file, content/articles/<id>.mdx. */
  article: string;
}

/** The note every synthetic article carries. */
const SYNTHETIC_NOTE = 'Artikel sintetis buatan scripts/corpus.ts untuk uji kinerja; bukan berita sungguhan.';

/** Chances of the things an article may do (kept here, as they shape the corpus as a whole). */
const CHANCE = {
  /** An article covers an event another article reported the same day. */
  cover: 0.3,
  /** An article's lead reports an event of its own, which the archive records. */
  ownEvent: 0.22,
  /** An event of its own is dated to the minute ("pukul 10.30 WIB"). */
  minute: 0.25,
  /** An article recalls an earlier event of its main entity. */
  recall: 0.4,
  /** An article reports a figure of the last month or year, recorded as an event. */
  figure: 0.08,
  /** The short date of the lead carries its year: "Selasa (4/1/2022)". */
  year: 0.5,
  /** The article has a numbered list, one item a paragraph. */
  list: 0.06,
  /** The archive knows the original URL. */
  url: 0.5,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Writes the articles of the corpus, one at a time. */
export class ArticleWriter {
  readonly #r: Random;
  readonly #world: World;
  readonly #events: EventLog;
  readonly #slugs: UniqueSlugs;

  constructor(r: Random, world: World, events: EventLog, slugs: UniqueSlugs) {
    this.#r = r;
    this.#world = world;
    this.#events = events;
    this.#slugs = slugs;
  }

  /** The `sequence`-th synthetic article, published on `day`. */
  write(day: Day, sequence: number): ArticleFiles {
    const r = this.#r;
    const world = this.#world;
    const covered = r.chance(CHANCE.cover) ? this.#events.ofToday(r) : undefined;
    const section = covered
      ? world.sections.items.find((s) => s.id === covered.section)!
      : world.sections.pick(r);
    const main = covered ? world.entities.get(covered.main)! : section.actors.pick(r);
    const place = covered?.place ? world.entities.get(covered.place)! : section.places.pick(r);
    const outlet = section.outlets.pick(r);
    const agency =
      section.agencies.length > 0 && r.chance(outlet.wire) ? r.pick(section.agencies) : undefined;
    const story = new Story(r, world, section, day, main, place, true);

    // The lead: who did what, where, on which day (and hour). Its clause may be an event.
    let clause: string;
    let time = covered?.time;
    const ownEvent = !covered && r.chance(CHANCE.ownEvent);
    if (covered) {
      clause = covered.clause;
      for (const id of covered.entities) story.mention(id);
    } else {
      clause = `${story.mention(main.id)} ${story.verb()[0]} ${story.topic()}`;
      if (ownEvent && r.chance(CHANCE.minute)) time = `${pad(r.int(7, 21))}.${pad(r.int(0, 11) * 5)}`;
    }
    const when = `${weekdayName(day.year, day.month, day.day)} (${shortDate(day)}${r.chance(CHANCE.year) ? `/${day.year}` : ''})`;
    const lead = `${clause} di ${story.mention(place.id)}, ${when}${time ? ` pukul ${time} WIB` : ''}.`;

    // The paragraphs; some sentences are placed where an event's citation can point at them.
    const count = r.int(10, 20);
    const placed = new Map<number, string[]>();
    const put = (index: number, sentence: string) =>
      placed.set(index, [...(placed.get(index) ?? []), sentence]);
    // Events are created once the article has its id: a citation names it.
    const cites: { event: CorpusEvent | (() => CorpusEvent); paragraph: number; quote: string }[] = [];
    if (covered) cites.push({ event: covered, paragraph: 1, quote: clause });
    else if (ownEvent) {
      const at = time;
      cites.push({
        event: () =>
          this.#events.create({
            title: `${clause} di ${place.name}.`,
            date: at
              ? { precision: 'minute', day, hour: Number(at.slice(0, 2)), minute: Number(at.slice(3)) }
              : { precision: 'day', day },
            place: place.id,
            entities: [main.id],
            section: section.id,
            main: main.id,
            clause,
          }),
        paragraph: 1,
        quote: clause,
      });
    }
    const recalled = r.chance(CHANCE.recall) ? this.#events.recent(main.id, r) : undefined;
    if (recalled && recalled !== covered) {
      const index = r.int(1, Math.min(4, count - 1));
      put(index, recalled.recall);
      for (const id of recalled.entities) story.mention(id);
      cites.push({ event: recalled, paragraph: index + 1, quote: recalled.clause });
    }
    if (r.chance(CHANCE.figure)) {
      const index = r.int(2, count - 1);
      const figure = story.change(false);
      const actor = story.namedActor();
      // A figure of the month before, or of the year before.
      const byMonth = r.chance(0.7);
      const previous = addDays({ ...day, day: 1 }, -1);
      const period = byMonth
        ? `pada ${formatMonth(previous.year, previous.month)}`
        : `sepanjang ${day.year - 1}`;
      put(index, `${capitalise(period)}, ${figure}, menurut ${story.mention(actor.id)}.`);
      cites.push({
        event: () =>
          this.#events.create({
            title: `${capitalise(figure)} ${period}, menurut ${actor.name}.`,
            date: byMonth
              ? { precision: 'month', year: previous.year, month: previous.month }
              : { precision: 'year', year: day.year - 1 },
            entities: [actor.id],
            section: section.id,
            main: actor.id,
            clause: figure,
          }),
        paragraph: index + 1,
        quote: figure,
      });
    }
    const local = story.localQuote();
    if (local) put(r.int(1, count - 1), local);
    const list =
      count >= 12 && r.chance(CHANCE.list) ? { at: r.int(5, count - 4), items: r.int(2, 3) } : undefined;

    const dateline = datelineText(outlet, agency, place, day);
    const paragraphs: string[] = [];
    for (let i = 0; i < count; i++) {
      const given = placed.get(i) ?? [];
      if (i === 0) {
        const text = story.paragraph([capitalise(lead), ...given]);
        paragraphs.push(dateline === '' ? text : `${dateline} ${text}`);
      } else if (list && i >= list.at && i < list.at + list.items) {
        paragraphs.push(`${i - list.at + 1}. ${story.paragraph(given)}`);
      } else {
        paragraphs.push(story.paragraph(given));
      }
    }

    // The capture: headline, credit lines, the story with the outlet's "read also" lines.
    const readAlso = new Set<number>();
    if (r.chance(outlet.readAlso.chance)) {
      for (let k = r.int(1, outlet.readAlso.most); k > 0; k--) readAlso.add(r.int(1, count - 2));
    }
    const credit = creditFiller(r, world, outlet, agency);
    const lines: string[] = [];
    if (outlet.headline) lines.push(story.headline());
    lines.push(...(agency ? outlet.headWire : outlet.head).map(credit));
    paragraphs.forEach((paragraph, i) => {
      lines.push(paragraph);
      if (readAlso.has(i)) lines.push(`${outlet.readAlso.label} ${this.#otherHeadline(day)}`);
    });
    lines.push(...(agency ? outlet.tailWire : outlet.tail).map(credit));
    const captureText = `${lines.join('\n')}\n`;
    const capture = Buffer.from(captureText, 'utf8');
    const digest = sha256(capture);
    const captureName = `${String(sequence).padStart(6, '0')}_${digest.slice(0, 16)}.txt`;

    // The article, as the importer reads the capture.
    const reading = readCapture(captureText);
    const story_ = storyParagraphs(reading);
    if (story_.length !== count) {
      throw new Error(
        `corpus: article ${sequence}: the capture reads as ${story_.length} paragraphs, not ${count} (a generator bug)`,
      );
    }
    const found: Findings = { errors: [], warnings: [], notes: [] };
    const title = decideTitle(reading, undefined, outlet.publisher, found)!;
    const sources = decideSources(reading.credits, story_, world.publishers, found);
    const id = this.#slugs.take(title.title);
    const storyText = story_.join('\n');
    const entities = [...story.mentioned].filter((e) => storyText.includes(world.entities.get(e)!.name));
    const withoutDateline = dateline === '' ? story_[0]! : story_[0]!.slice(dateline.length + 1);

    for (const c of cites) {
      const event = typeof c.event === 'function' ? c.event() : c.event;
      if (!story_[c.paragraph - 1]!.includes(c.quote)) {
        throw new Error(
          `corpus: article ${id}: paragraph ${c.paragraph} lacks the quote of ${event.id} (a generator bug)`,
        );
      }
      this.#events.cite(event, { article: id, paragraph: c.paragraph, quote: c.quote });
    }

    const archivedDay = addDays(day, r.int(1, 60));
    const archived = r.chance(0.3)
      ? `${isoDay(archivedDay)}T${pad(r.int(7, 22))}:${pad(r.int(0, 59))}+07:00`
      : isoDay(archivedDay);
    const frontmatter = compact({
      title: title.title,
      titleDevised: title.devised ? true : undefined,
      summary: firstSentence(withoutDateline),
      published: isoDay(day),
      publishedBasis: 'inferred',
      archived,
      language: 'id',
      publisher: outlet.publisher.id,
      wire: sources.wire,
      cited: sources.cited,
      editor: reading.credits.editor,
      byline: reading.credits.byline,
      dateline: dateline === '' ? undefined : { text: dateline, place: place.id },
      imageCredit: reading.credits.imageCredit,
      credits: reading.credits.lines,
      originalUrl: r.chance(CHANCE.url)
        ? `${outlet.publisher.url}${section.id}/${isoDay(day).replaceAll('-', '/')}/${id}`
        : undefined,
      capture: `captures/${captureName}`,
      captureSha256: digest,
      entities,
      notes: [
        { topic: 'source', text: SYNTHETIC_NOTE },
        ...found.notes,
        { topic: 'date', text: dateNote(day, when) },
      ],
    });
    return { id, captureName, capture, article: renderArticleFile(frontmatter, renderBody(reading.blocks)) };
  }

  /** The headline of another story of the outlet, for a "read also" line. */
  #otherHeadline(day: Day): string {
    const r = this.#r;
    const section = this.#world.sections.pick(r);
    const before = addDays(day, -r.int(1, 30));
    return new Story(
      r,
      this.#world,
      section,
      before,
      section.actors.pick(r),
      section.places.pick(r),
    ).headline();
  }
}

/** The note on the publication date, which the archive infers from the lead's short date. */
function dateNote(day: Day, when: string): string {
  const year = when.includes(`/${day.year})`)
    ? ''
    : ` Tahunnya tidak tertulis; arsip memberinya ${day.year}.`;
  return `Tanggal terbit tidak tercantum dalam tangkapan. Arsip menyimpulkannya dari "${when}" dalam paragraf 1: ${formatDay(day.year, day.month, day.day)}.${year}`;
}

/** The dateline that opens the story, e.g. "WARTANUSANTARA.EXAMPLE - JAKARTA."; "" for none. */
function datelineText(outlet: Outlet, agency: Agency | undefined, place: Entity, day: Day): string {
  // An outlet that prints a headline keeps the agency's dateline; one without opens with its own.
  const template = agency && agency.dateline !== '' && outlet.headline ? agency.dateline : outlet.dateline;
  const name = outlet.publisher.name;
  return template
    .replace('{OUTLET}', name.toUpperCase())
    .replace('{Outlet}', capitalise(name))
    .replace('{PLACE}', place.name.toUpperCase())
    .replace('{Place}', place.name)
    .replace('{WEEKDAY}', weekdayName(day.year, day.month, day.day).toUpperCase());
}

/** Fills the tokens of an outlet's credit lines for one article. */
function creditFiller(r: Random, world: World, outlet: Outlet, agency: Agency | undefined) {
  const byline = r.pick(world.staff);
  let editor = r.pick(world.staff);
  if (editor === byline) editor = world.staff[(world.staff.indexOf(byline) + 1) % world.staff.length]!;
  const photo = r.pick(world.vocabulary.photoCredits);
  return (template: string) =>
    template
      .replace('{outlet}', outlet.publisher.name)
      .replace('{agency}', agency?.credit ?? outlet.publisher.name)
      .replace('{byline}', byline)
      .replace('{editor}', editor)
      .replace('{photo}', photo);
}

/** The object without its undefined fields and empty lists, keeping the order of the rest. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}
