/**
 * The synthetic world the corpus is written in: its outlets and agencies, its entities, its
 * sections of news, its words and its calendar. All of it is data, in scripts/corpus/data/
 * (one YAML file per table, each documented at its top); this module reads the files strictly
 * (src/lib/yaml.ts), checks them with zod, and joins them with the real archive's publishers
 * and entities, which the corpus keeps.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { type Entity, type Publisher, entitySchema, publisherSchema } from '../../src/lib/schema.ts';
import { slugify } from '../../src/lib/capture/title.ts';
import { readYaml } from '../../src/lib/yaml.ts';
import { LocalPeople } from './locals.ts';
import { Weighted, zipf } from './random.ts';

const DATA = new URL('./data/', import.meta.url);

/** How an outlet's pages look, and so its captures. See data/outlets.yaml. */
export interface Outlet {
  publisher: Publisher;
  headline: boolean;
  head: readonly string[];
  headWire: readonly string[];
  tail: readonly string[];
  tailWire: readonly string[];
  dateline: string;
  readAlso: { label: string; chance: number; most: number };
  /** The share of its stories taken from an agency. */
  wire: number;
}

/** An agency, and how outlets credit, date and cite its copy. See data/agencies.yaml. */
export interface Agency {
  publisher: Publisher;
  credit: string;
  dateline: string;
  cite: readonly string[];
}

/** A field of news: its topic words, its experts, and who acts, speaks and publishes in it. */
export interface Section {
  id: string;
  subjects: readonly string[];
  roles: readonly string[];
  /** Organisations and countries, by prominence (Zipf). */
  actors: Weighted<Entity>;
  /** Places, by prominence (Zipf). */
  places: Weighted<Entity>;
  /** The invented people who speak, by prominence (Zipf). */
  people: Weighted<Entity>;
  /** The outlets that publish it, by their share and their interest in it. */
  outlets: Weighted<Outlet>;
  /** The agencies that supply or are cited in it. */
  agencies: readonly Agency[];
}

/** A transitive verb: the active me- form, the passive di- form, the headline form. */
export type Verb = readonly [active: string, passive: string, headline: string];

/** The word tables of data/vocabulary.yaml: weighted by word frequency, or uniform. */
export interface Vocabulary {
  verbs: Weighted<Verb>;
  modals: Weighted<string>;
  intents: Weighted<string>;
  changes: Weighted<string>;
  comparisons: Weighted<string>;
  says: Weighted<string>;
  quoteTags: Weighted<string>;
  connectors: Weighted<string>;
  conjunctions: Weighted<string>;
  adjectives: Weighted<string>;
  generalSubjects: Weighted<string>;
  genericActors: Weighted<string>;
  offices: Weighted<string>;
  times: Weighted<string>;
  quoteStates: readonly string[];
  units: readonly string[];
  smallWords: ReadonlySet<string>;
  photoCredits: readonly string[];
}

/** When articles are published. See data/calendar.yaml. */
export interface CalendarSpec {
  first: string;
  last: string;
  weekdays: readonly number[];
  growth: number;
  noise: number;
  empty: number;
}

export interface World {
  sections: Weighted<Section>;
  vocabulary: Vocabulary;
  calendar: CalendarSpec;
  /** Names for credit lines (editors, reporters). */
  staff: readonly string[];
  /** Every publisher the corpus has: the real ones, then the outlets and agencies added. */
  publishers: readonly Publisher[];
  /** The publishers the corpus adds to the real publishers.yaml. */
  addedPublishers: readonly Publisher[];
  /** Every entity the corpus has, by id: the real ones and the added (the locals as they come). */
  entities: ReadonlyMap<string, Entity>;
  /** The entities the corpus adds to the real entities.yaml, but the locals. */
  addedEntities: readonly Entity[];
  /** The local people stories quote, made as they are needed. */
  locals: LocalPeople;
  outlets: readonly Outlet[];
  agencies: readonly Agency[];
}

// ---------------------------------------------------------------------------------------------
// The data files and their schemas

const text = z.string().trim().min(1);
const weight = z.number().nonnegative();
/** A weighted table: { phrase: frequency rank }, chosen with weight 1/rank. */
const ranked = z.record(z.string(), z.number().int().positive());

const sectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+$/),
  share: weight,
  subjects: z.array(text).min(1),
  roles: z.array(text).min(1),
});

const sectionsField = z.array(z.string()).min(1);
const syntheticEntitySchema = entitySchema.extend({ sections: sectionsField });
const peopleSchema = z.strictObject({
  description: text,
  locals: z.strictObject({
    chance: z.number().min(0).max(1),
    description: text,
    roles: z.array(text).min(1),
    given: z.array(text).min(2),
    family: z.array(text).min(1),
  }),
  people: z.array(z.strictObject({ name: text, sections: sectionsField })).min(1),
});
const realEntitySchema = z.strictObject({ id: z.string(), sections: sectionsField });

const outletSchema = publisherSchema.omit({ kind: true }).extend({
  share: weight,
  sections: z.record(z.string(), weight).default({}),
  headline: z.boolean(),
  head: z.array(text),
  headWire: z.array(text).optional(),
  tail: z.array(text),
  tailWire: z.array(text).optional(),
  dateline: z.string(),
  readAlso: z.strictObject({ label: text, chance: z.number().min(0).max(1), most: z.number().int().min(1) }),
  wire: z.number().min(0).max(1),
});

const agencySchema = z.strictObject({
  id: z.string(),
  name: text,
  url: z.string().optional(),
  description: text.optional(),
  credit: text,
  dateline: z.string(),
  cite: z.array(text).min(1),
  sections: sectionsField,
});

const vocabularySchema = z.strictObject({
  verbs: z.array(z.tuple([text, text, text, z.number().int().positive()])).min(1),
  modals: ranked,
  intents: ranked,
  changes: ranked,
  comparisons: ranked,
  says: ranked,
  quoteTags: ranked,
  connectors: ranked,
  conjunctions: ranked,
  adjectives: ranked,
  generalSubjects: ranked,
  genericActors: ranked,
  offices: ranked,
  times: ranked,
  quoteStates: z.array(text).min(1),
  units: z.array(text).min(1),
  smallWords: z.array(text),
  photoCredits: z.array(text).min(1),
});

const calendarSchema = z.strictObject({
  first: z.string().regex(/^\d{4}-\d\d-\d\d$/),
  last: z.string().regex(/^\d{4}-\d\d-\d\d$/),
  weekdays: z.array(weight).length(7),
  growth: z.number(),
  noise: z.number().nonnegative(),
  empty: z.number().min(0).max(1),
});

/** One data file, read strictly and checked; a problem names the file and the field. */
function readData<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  const file = `scripts/corpus/data/${name}.yaml`;
  const yaml = readYaml(readFileSync(new URL(`${name}.yaml`, DATA), 'utf8'));
  if (!yaml.ok) throw new Error(`${file}:${yaml.problems[0]!.line}: ${yaml.problems[0]!.message}`);
  const parsed = schema.safeParse(yaml.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** A weighted table of data/vocabulary.yaml: each phrase with weight 1 / its frequency rank. */
function byRank(table: Record<string, number>): Weighted<string> {
  const entries = Object.entries(table);
  return new Weighted(
    entries.map(([phrase]) => phrase),
    entries.map(([, rank]) => 1 / rank),
  );
}

// ---------------------------------------------------------------------------------------------
// The world

/**
 * The world of the data files, joined with the real archive's publishers and entities (which
 * it must not contradict: an added id that is already real is an error).
 */
export function loadWorld(real: { publishers: readonly Publisher[]; entities: readonly Entity[] }): World {
  const sectionRows = readData('sections', z.array(sectionSchema).min(1));
  const sectionIds = new Set(sectionRows.map((section) => section.id));
  const checkSections = (file: string, id: string, sections: readonly string[]) => {
    for (const section of sections) {
      if (!sectionIds.has(section)) {
        throw new Error(
          `scripts/corpus/data/${file}.yaml: ${id}: the section "${section}" is not in sections.yaml`,
        );
      }
    }
  };

  // Entities: the real ones the stories use, then the added ones, each with its sections.
  const realById = new Map(real.entities.map((entity) => [entity.id, entity]));
  const entities = new Map(realById);
  const sectionsOf = new Map<Entity, readonly string[]>();
  const added: Entity[] = [];
  const add = (file: string, { sections, ...entity }: Entity & { sections: string[] }) => {
    if (entities.has(entity.id)) {
      throw new Error(
        `scripts/corpus/data/${file}.yaml: ${entity.id}: is already an entity (content/entities.yaml or above)`,
      );
    }
    checkSections(file, entity.id, sections);
    entities.set(entity.id, entity);
    sectionsOf.set(entity, sections);
    added.push(entity);
  };
  for (const { id, sections } of readData('real-entities', z.array(realEntitySchema))) {
    const entity = realById.get(id);
    if (!entity)
      throw new Error(`scripts/corpus/data/real-entities.yaml: ${id}: is not in content/entities.yaml`);
    checkSections('real-entities', id, sections);
    sectionsOf.set(entity, sections);
  }
  for (const row of readData('entities', z.array(syntheticEntitySchema))) add('entities', row);
  const people = readData('people', peopleSchema);
  for (const { name, sections } of people.people) {
    add('people', {
      id: slugify(name, 8),
      name,
      kind: 'person',
      description: people.description,
      aliases: [],
      sections,
    });
  }

  // Publishers: the real ones, the added agencies, the outlets.
  const publishers = new Map(real.publishers.map((publisher) => [publisher.id, publisher]));
  const addedPublishers: Publisher[] = [];
  const agencyRows = readData('agencies', z.array(agencySchema).min(1));
  const agencies = agencyRows.map((row): Agency & { sections: readonly string[] } => {
    checkSections('agencies', row.id, row.sections);
    let publisher = publishers.get(row.id);
    if (publisher === undefined) {
      publisher = publisherSchema.parse({
        id: row.id,
        name: row.name,
        kind: 'agency',
        url: row.url,
        description: row.description,
      });
      publishers.set(publisher.id, publisher);
      addedPublishers.push(publisher);
    } else if (publisher.kind !== 'agency' || publisher.name !== row.name) {
      throw new Error(
        `scripts/corpus/data/agencies.yaml: ${row.id}: content/publishers.yaml has it as the ${publisher.kind} "${publisher.name}"`,
      );
    }
    return { publisher, credit: row.credit, dateline: row.dateline, cite: row.cite, sections: row.sections };
  });
  const outletRows = readData('outlets', z.array(outletSchema).min(1));
  const outlets = outletRows.map((row) => {
    checkSections('outlets', row.id, Object.keys(row.sections));
    if (publishers.has(row.id))
      throw new Error(`scripts/corpus/data/outlets.yaml: ${row.id}: is already a publisher`);
    const publisher = publisherSchema.parse({
      id: row.id,
      name: row.name,
      kind: 'outlet',
      url: row.url ?? `https://${row.name}/`,
      description: row.description,
    });
    publishers.set(publisher.id, publisher);
    addedPublishers.push(publisher);
    const outlet: Outlet = {
      publisher,
      headline: row.headline,
      head: row.head,
      headWire: row.headWire ?? row.head,
      tail: row.tail,
      tailWire: row.tailWire ?? row.tail,
      dateline: row.dateline,
      readAlso: row.readAlso,
      wire: row.wire,
    };
    return { outlet, share: row.share, sections: row.sections };
  });

  const ranked = (section: string, kinds: readonly Entity['kind'][]) =>
    [...sectionsOf]
      .filter(([entity, sections]) => sections.includes(section) && kinds.includes(entity.kind))
      .map(([entity]) => entity);
  // The real entities rank first in their sections (real-entities.yaml says so).
  const sections = sectionRows.map((row): Section => {
    const list = (kinds: readonly Entity['kind'][]) => {
      const all = ranked(row.id, kinds);
      if (all.length === 0)
        throw new Error(
          `scripts/corpus/data: the section "${row.id}" has no entity of kind ${kinds.join(' or ')}`,
        );
      return zipf(all);
    };
    const publishing = outlets.filter((o) => (o.sections[row.id] ?? 1) > 0);
    return {
      id: row.id,
      subjects: row.subjects,
      roles: row.roles,
      actors: list(['organisation', 'country']),
      places: list(['place']),
      people: list(['person']),
      outlets: new Weighted(
        publishing.map((o) => o.outlet),
        publishing.map((o) => o.share * (o.sections[row.id] ?? 1)),
      ),
      agencies: agencies.filter((agency) => agency.sections.includes(row.id)),
    };
  });

  const vocabulary = readData('vocabulary', vocabularySchema);
  return {
    sections: new Weighted(
      sections,
      sectionRows.map((row) => row.share),
    ),
    vocabulary: {
      verbs: new Weighted(
        vocabulary.verbs.map(([active, passive, headline]) => [active, passive, headline] as const),
        vocabulary.verbs.map(([, , , rank]) => 1 / rank),
      ),
      modals: byRank(vocabulary.modals),
      intents: byRank(vocabulary.intents),
      changes: byRank(vocabulary.changes),
      comparisons: byRank(vocabulary.comparisons),
      says: byRank(vocabulary.says),
      quoteTags: byRank(vocabulary.quoteTags),
      connectors: byRank(vocabulary.connectors),
      conjunctions: byRank(vocabulary.conjunctions),
      adjectives: byRank(vocabulary.adjectives),
      generalSubjects: byRank(vocabulary.generalSubjects),
      genericActors: byRank(vocabulary.genericActors),
      offices: byRank(vocabulary.offices),
      times: byRank(vocabulary.times),
      quoteStates: vocabulary.quoteStates,
      units: vocabulary.units,
      smallWords: new Set(vocabulary.smallWords),
      photoCredits: vocabulary.photoCredits,
    },
    calendar: readData('calendar', calendarSchema),
    staff: readData('staff', z.array(text).min(2)),
    publishers: [...publishers.values()],
    addedPublishers,
    entities,
    addedEntities: added,
    locals: new LocalPeople(people.locals, entities),
    outlets: outlets.map((o) => o.outlet),
    agencies,
  };
}
