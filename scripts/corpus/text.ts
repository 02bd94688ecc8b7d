/**
 * The news text of one synthetic story: sentences of real Indonesian words (affixed verbs,
 * derived nouns, the names of the world's entities) put together the way Indonesian news
 * writes them, from the word tables of data/vocabulary.yaml (weighted by word frequency) and
 * the topic words of the story's section. The text is rough but shaped like news, so that
 * Pagefind's Indonesian stemming and the index sizes behave as they would on real news.
 */
import { weekdayName } from '../../src/lib/dates.ts';
import type { Entity } from '../../src/lib/schema.ts';
import type { Day } from './calendar.ts';
import { type Random, sample } from './random.ts';
import type { Agency, Section, Verb, World } from './world.ts';

/** Someone who speaks in a story: an invented person with a title. */
export interface Speaker {
  person: Entity;
  /** "Juru Bicara Komisi Pemberantasan Korupsi", "pengamat politik". */
  role: string;
  /** The organisation in the role, if any. */
  organisation?: Entity;
}

/** The text with its first letter in upper case. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Joins the non-empty parts with single spaces. */
export const phrase = (...parts: string[]) => parts.filter((part) => part !== '').join(' ');
/** The number of words in a text (its words are separated by single spaces). */
export function wordCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) count += 1;
  return count;
}

/** "4/1": the day and month by which Indonesian news names the day of a report. */
export const shortDate = (d: Day) => `${d.day}/${d.month}`;

/** The state of one story while its text is written: who speaks, and whom it has named. */
export class Story {
  readonly mentioned = new Set<string>();
  readonly #introduced = new Set<Speaker>();
  /** A sentence written but not yet placed: it opens the next paragraph. */
  #carry: string | undefined;
  readonly r: Random;
  readonly world: World;
  readonly section: Section;
  /** The day of publication, which the text refers to ("Selasa (4/1)"). */
  readonly day: Day;
  /** What the story is mainly about: an organisation or a country. */
  readonly main: Entity;
  /** Where it happens. */
  readonly place: Entity;
  readonly speakers: readonly Speaker[];
  /** A local person the story quotes, if any. */
  readonly local: Speaker | undefined;
  /** The story's cast: the other organisations and countries it names, and the other places. */
  readonly #actors: readonly Entity[];
  readonly #places: readonly Entity[];
  /** The story's topic words: a few of its section's. */
  readonly #topics: readonly string[];

  /** With `quotesLocal`, the story may quote a local person (a headline alone never does). */
  constructor(
    r: Random,
    world: World,
    section: Section,
    day: Day,
    main: Entity,
    place: Entity,
    quotesLocal = false,
  ) {
    this.r = r;
    this.world = world;
    this.section = section;
    this.day = day;
    this.main = main;
    this.place = place;
    const v = world.vocabulary;
    // A story names a few entities and is about a few things, as a news story is.
    this.#actors = section.actors.distinct(r, r.int(1, 3)).filter((actor) => actor !== main);
    this.#places = section.places.distinct(r, r.int(0, 2)).filter((other) => other !== place);
    this.#topics = sample(r, section.subjects, r.int(2, 4));
    this.speakers = section.people.distinct(r, r.int(1, 3)).map((person): Speaker => {
      if (r.chance(0.4)) return { person, role: r.pick(section.roles) };
      const organisation = r.chance(0.6) || this.#actors.length === 0 ? main : r.pick(this.#actors);
      return { person, role: `${v.offices.pick(r)} ${organisation.name}`, organisation };
    });
    const { locals } = world;
    this.local =
      quotesLocal && r.chance(locals.spec.chance)
        ? { person: locals.draw(r), role: r.pick(locals.spec.roles) }
        : undefined;
  }

  /** The name of an entity, recorded as named. */
  mention(id: string): string {
    const entity = this.world.entities.get(id);
    if (!entity) throw new Error(`scripts/corpus/data: {${id}} is not an entity`);
    this.mentioned.add(id);
    return entity.name;
  }

  /** A phrase of the word tables with its {entity} names filled in. */
  fill(text: string): string {
    return text.includes('{') ? text.replace(/\{([a-z0-9-]+)\}/g, (_, id: string) => this.mention(id)) : text;
  }

  /** A speaker as named in a sentence: title and full name the first time, then the surname. */
  speakerName(speaker: Speaker, form: 'subject' | 'quote'): string {
    const name = speaker.person.name;
    if (this.#introduced.has(speaker)) return name.split(' ').at(-1)!;
    this.#introduced.add(speaker);
    this.mention(speaker.person.id);
    if (speaker.organisation) this.mention(speaker.organisation.id);
    return form === 'subject' ? `${speaker.role} ${name}` : `${name}, ${speaker.role}`;
  }

  /** A named actor: the story's main entity most often, else another of its cast. */
  namedActor(): Entity {
    return this.r.chance(0.5) || this.#actors.length === 0 ? this.main : this.r.pick(this.#actors);
  }

  /** A place of the story: where it happens most often, else another of its cast. */
  somePlace(): Entity {
    return this.r.chance(0.6) || this.#places.length === 0 ? this.place : this.r.pick(this.#places);
  }

  /** Who does something: a named entity, a speaker, or people in general ("pemerintah"). */
  actor(): string {
    const roll = this.r.next();
    if (roll < 0.45) return this.mention(this.namedActor().id);
    if (roll < 0.65) return this.speakerName(this.r.pick(this.speakers), 'subject');
    return this.fill(this.world.vocabulary.genericActors.pick(this.r));
  }

  /** One of the story's topic words. */
  topic(): string {
    return this.r.pick(this.#topics);
  }

  /** What a sentence is about: a topic word mostly, else a general one. */
  subject(): string {
    const { r } = this;
    const v = this.world.vocabulary;
    const base = r.chance(0.6) ? this.topic() : this.fill(v.generalSubjects.pick(r));
    const roll = r.next();
    if (roll < 0.15) return `${base} yang ${v.adjectives.pick(r)}`;
    if (roll < 0.22) return `${base} di ${this.mention(this.somePlace().id)}`;
    return base;
  }

  /** When, where or how: "pada Selasa (4/1)", "di Medan", "tahun ini". */
  adverbial(): string {
    const { r } = this;
    const roll = r.next();
    if (roll < 0.15)
      return `pada ${weekdayName(this.day.year, this.day.month, this.day.day)} (${shortDate(this.day)})`;
    if (roll < 0.3) return `di ${this.mention(this.place.id)}`;
    if (roll < 0.4) return `secara ${this.world.vocabulary.adjectives.pick(r)}`;
    if (roll < 0.45) return '';
    return this.fill(this.world.vocabulary.times.pick(r));
  }

  /** A figure as Indonesian news writes it: "4,2 persen", "Rp 120 miliar", "3.400 ton". */
  amount(): string {
    const { r } = this;
    const unit = r.pick(this.world.vocabulary.units);
    const decimal = (max: number) => (r.chance(0.5) ? `${r.int(1, max)}` : `${r.int(1, max)},${r.int(1, 9)}`);
    if (unit === 'miliar' || unit === 'triliun') return `Rp ${decimal(999)} ${unit}`;
    if (unit === 'persen') return `${decimal(40)} persen`;
    return `${String(r.int(2, 90_000)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ${unit}`;
  }

  verb(): Verb {
    return this.world.vocabulary.verbs.pick(this.r);
  }

  /** A clause without its full stop. */
  clause(): string {
    const { r } = this;
    const v = this.world.vocabulary;
    const verb = this.verb();
    const roll = r.next();
    if (roll < 0.35) return phrase(this.actor(), v.modals.pick(r), verb[0], this.subject(), this.adverbial());
    if (roll < 0.6) return phrase(this.subject(), v.modals.pick(r), verb[1], this.adverbial());
    if (roll < 0.75) return this.change();
    if (roll < 0.92)
      return phrase(this.actor(), v.intents.pick(r), verb[0], this.subject(), this.adverbial());
    return phrase(this.subject(), 'dinilai masih', v.adjectives.pick(r), 'oleh', this.actor());
  }

  /** How a figure moved: "harga beras naik 4,2 persen dibandingkan tahun lalu". */
  change(comparison = true): string {
    const v = this.world.vocabulary;
    return phrase(
      this.topic(),
      v.changes.pick(this.r),
      this.amount(),
      comparison ? v.comparisons.pick(this.r) : '',
    );
  }

  /** What a speaker says, in the first person. */
  quoteClause(): string {
    const { r } = this;
    const v = this.world.vocabulary;
    const verb = this.verb();
    switch (r.int(0, 3)) {
      case 0:
        return phrase('kami', v.modals.pick(r), verb[0], this.subject(), this.adverbial());
      case 1:
        return phrase(this.subject(), 'harus', verb[1], this.adverbial());
      case 2:
        return phrase('kita perlu', verb[0], this.subject(), 'secara', v.adjectives.pick(r));
      default:
        return r.pick(v.quoteStates);
    }
  }

  /** A quotation and who said it; now and then with straight quotes, or an exclamation. */
  quotation(): string {
    const { r } = this;
    const said = `${this.world.vocabulary.quoteTags.pick(r)} ${this.speakerName(r.pick(this.speakers), 'quote')}`;
    const text = capitalise(this.quoteClause());
    if (r.chance(0.05)) return `“${text}!” ${said}.`;
    return r.chance(0.3) ? `"${text}," ${said}.` : `“${text},” ${said}.`;
  }

  /** What the story's local person says, if it has one: “…,” kata Budi Agus Santoso, petani. */
  localQuote(): string | undefined {
    if (!this.local) return undefined;
    return `“${capitalise(this.quoteClause())},” ${this.world.vocabulary.quoteTags.pick(this.r)} ${this.speakerName(this.local, 'quote')}.`;
  }

  /** A rarer sentence: an agency cited, social media handles, an ampersand. */
  aside(): string {
    const { r } = this;
    const roll = r.next();
    if (roll < 0.25 && this.section.agencies.length > 0)
      return cite(r.pick(this.section.agencies), this.clause(), r);
    if (roll < 0.7) {
      const handle = this.place.name.toLowerCase().replace(/\W+/g, '');
      const tag = this.topic().split(/\W+/).map(capitalise).join('');
      return `Informasi terbaru disampaikan melalui akun media sosial @humas_${handle} dengan tagar #${tag}.`;
    }
    return `Kegiatan tersebut melibatkan kalangan akademisi, dunia usaha & komunitas di ${this.mention(this.place.id)}.`;
  }

  /** One sentence, with its full stop. */
  sentence(): string {
    const { r } = this;
    const v = this.world.vocabulary;
    const roll = r.next();
    if (roll < 0.3) return `${capitalise(this.clause())}.`;
    if (roll < 0.5) return this.quotation();
    if (roll < 0.58)
      return `Menurut ${this.speakerName(r.pick(this.speakers), 'subject')}, ${this.clause()}.`;
    if (roll < 0.73) return `${v.connectors.pick(r)} ${this.clause()}.`;
    if (roll < 0.85) return `${capitalise(this.clause())} ${v.conjunctions.pick(r)} ${this.clause()}.`;
    if (roll < 0.96) {
      const who = capitalise(this.speakerName(r.pick(this.speakers), 'subject'));
      return `${who} ${v.says.pick(r)} bahwa ${this.clause()}.`;
    }
    return this.aside();
  }

  /**
   * A paragraph of 15–55 words (as long as no single sentence is longer): the given sentences
   * first, then more until it reaches a random length; a sentence that would overflow opens the
   * next paragraph.
   */
  paragraph(opening: readonly string[] = []): string {
    const target = this.r.int(15, 55);
    const parts = [...opening];
    let count = parts.reduce((sum, part) => sum + wordCount(part), 0);
    while (count < target) {
      const next = this.#carry ?? this.sentence();
      this.#carry = undefined;
      const n = wordCount(next);
      if (count + n > 55 && count >= 15) {
        this.#carry = next;
        break;
      }
      parts.push(next);
      count += n;
    }
    return parts.join(' ');
  }

  /** A headline for a story of the section, every word capitalised but the small ones. */
  headline(): string {
    const { r } = this;
    const v = this.world.vocabulary;
    const verb = this.verb();
    const tail = r.chance(0.5)
      ? ''
      : r.chance(0.5)
        ? `di ${this.mention(this.place.id)}`
        : this.fill(v.times.pick(r));
    const name = this.mention(this.namedActor().id);
    let text: string;
    switch (r.int(0, 2)) {
      case 0:
        text = phrase(name, verb[2], this.topic(), tail);
        break;
      case 1:
        text = phrase(this.topic(), v.changes.pick(r), this.amount(), tail);
        break;
      default:
        text = phrase(this.topic(), verb[1], tail);
    }
    return text
      .split(' ')
      .map((word, i) => (i > 0 && v.smallWords.has(word) ? word : capitalise(word)))
      .join(' ');
  }
}

/** A sentence that quotes an agency, in one of its ways ("…, dilansir dari Antara."). */
export function cite(agency: Agency, clause: string, r: Random): string {
  return r.pick(agency.cite).replace('{Clause}', capitalise(clause)).replace('{clause}', clause);
}
