/**
 * The local people a story quotes now and then (data/people.yaml, `locals`): a resident, a
 * trader, a village head, each named by two given names and a family name drawn at random.
 * A name drawn again is the same person, so most locals are in one article and a few in two
 * or three, and their number grows with the corpus, as the names of a real archive do (up to
 * the number of possible names). Each new one is an entity of the corpus.
 */
import { slugify } from '../../src/lib/capture/title.ts';
import type { Entity } from '../../src/lib/schema.ts';
import type { Random } from './random.ts';

export interface LocalsSpec {
  chance: number;
  description: string;
  roles: readonly string[];
  given: readonly string[];
  family: readonly string[];
}

export class LocalPeople {
  readonly spec: LocalsSpec;
  readonly #entities: Map<string, Entity>;
  #new: Entity[] = [];

  /** `entities` is the world's map of entities, to which new locals are added. */
  constructor(spec: LocalsSpec, entities: Map<string, Entity>) {
    this.spec = spec;
    this.#entities = entities;
  }

  /** A local person: the one of the name drawn, or a new one. */
  draw(r: Random): Entity {
    const { given, family } = this.spec;
    const first = r.pick(given);
    let second = r.pick(given);
    if (second === first) second = given[(given.indexOf(first) + 1) % given.length]!;
    const name = `${first} ${second} ${r.pick(family)}`;
    const id = slugify(name, 8);
    const known = this.#entities.get(id);
    if (known) return known;
    const entity: Entity = { id, name, kind: 'person', description: this.spec.description, aliases: [] };
    this.#entities.set(id, entity);
    this.#new.push(entity);
    return entity;
  }

  /** The locals made since the last call, in the order they were made. */
  drain(): Entity[] {
    const made = this.#new;
    this.#new = [];
    return made;
  }
}
