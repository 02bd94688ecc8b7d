/**
 * Who the article is from: the outlet that published it, the wire agencies its `Sumber`
 * credits name, the publishers its text says it quotes, and the place its dateline names.
 * What the archive cannot match to publishers.yaml or entities.yaml is a warning.
 */
import type { Entity, Publisher } from '../schema.ts';
import type { Credits } from './credits.ts';
import type { Findings, ImportOptions } from './options.ts';
import { type Dateline, findPlace, findPublisher, findSourceMentions } from './references.ts';

/** The publishers a capture names, by what they are to the article. */
export interface Sources {
  /** Agencies named by a `Sumber` credit: the text comes from them. */
  wire: string[];
  /** Other publishers the text says it quotes. */
  cited: string[];
  /** Outlets named by a `Sumber` credit: candidates for the article's publisher. */
  outlets: Publisher[];
  /** `Sumber` values that name no publisher the archive knows, as written. */
  unknown: string[];
}

/** Wire agencies (from `Sumber` credits), cited publishers (from the text) and named outlets. */
export function decideSources(
  credits: Credits,
  paragraphs: readonly string[],
  publishers: readonly Publisher[],
  found: Findings,
): Sources {
  const wire: string[] = [];
  const cited: string[] = [];
  const outlets: Publisher[] = [];
  const unknown: string[] = [];
  for (const source of credits.sources) {
    const publisher = findPublisher(source, publishers);
    if (publisher?.kind === 'agency') addOnce(wire, publisher.id);
    else if (publisher) outlets.push(publisher);
    else {
      addOnce(unknown, source);
      found.warnings.push(
        `wire: the credit "Sumber: ${source}" names a source that is not in publishers.yaml; to list it, add it in the same command with --new-publisher "name=${source},url=https://…" (and kind=agency for a wire agency)`,
      );
    }
  }
  for (const mention of findSourceMentions(paragraphs, publishers)) {
    if (mention.publisher === undefined) {
      found.warnings.push(
        `cited: "${mention.name}" (paragraph ${mention.paragraph}, after "${mention.phrase}") is not in publishers.yaml; to list it in cited, add it in the same command with --new-publisher "name=${mention.name},url=https://…,kind=agency"`,
      );
    } else if (!wire.includes(mention.publisher)) {
      addOnce(cited, mention.publisher);
    }
  }
  return { wire, cited, outlets, unknown };
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

/**
 * The outlet: as given (it must be an outlet), else the one the credits or the dateline name.
 * When they name none the archive knows, the refusal names what they do name, and how to add it
 * in the same command (`--new-publisher`).
 */
export function decidePublisher(
  options: ImportOptions,
  sources: Pick<Sources, 'outlets' | 'unknown'>,
  dateline: Dateline | undefined,
  found: Findings,
): Publisher | undefined {
  const outlets = options.publishers.filter((publisher) => publisher.kind === 'outlet');
  const known = outlets
    .map((publisher) => publisher.id)
    .sort()
    .join(', ');
  const named = [...sources.outlets];
  const unknown = [...sources.unknown];
  if (dateline?.outlet !== undefined) {
    const datelineOutlet = findPublisher(dateline.outlet, outlets);
    if (datelineOutlet) named.push(datelineOutlet);
    else if (!findPublisher(dateline.outlet, options.publishers)) addOnce(unknown, dateline.outlet);
  }
  const namedIds = [...new Set(named.map((publisher) => publisher.id))];

  if (options.publisher !== undefined) {
    const given = outlets.find((publisher) => publisher.id === options.publisher);
    if (!given) {
      found.errors.push(
        `publisher: "${options.publisher}" is not an outlet in publishers.yaml; expected one of: ${known}`,
      );
      return undefined;
    }
    const others = namedIds.filter((id) => id !== given.id);
    if (others.length > 0) {
      found.warnings.push(
        `publisher: --publisher ${given.id}, but the credits or the dateline name ${others.join(', ')}`,
      );
    }
    return given;
  }
  if (namedIds.length === 1) return named[0];
  if (namedIds.length > 1) {
    found.errors.push(
      `publisher: the credits and the dateline name different outlets (${namedIds.join(', ')}); pass --publisher with one of: ${known}`,
    );
    return undefined;
  }
  if (unknown.length === 0) {
    found.errors.push(
      `publisher: the credits and the dateline name no outlet in publishers.yaml; pass --publisher with one of: ${known}`,
    );
    return undefined;
  }
  const names = unknown.map((name) => `"${name}"`).join(', ');
  found.errors.push(
    `publisher: the credits and the dateline name ${names}, which ${unknown.length === 1 ? 'is' : 'are'} not in publishers.yaml; add the outlet in the same command with --new-publisher "name=${unknown[0]},url=https://…", or pass --publisher with one of: ${known}`,
  );
  return undefined;
}

/** The dateline with its place's entity id; left out, with a warning, when the place is unknown. */
export function decideDateline(
  dateline: Dateline | undefined,
  entities: readonly Entity[],
  found: Findings,
): { text: string; place: string } | undefined {
  if (!dateline) return undefined;
  const place = findPlace(dateline.place, entities);
  if (place) return { text: dateline.text, place: place.id };
  found.warnings.push(
    `dateline: "${dateline.text}" names "${dateline.place}", which is no place in entities.yaml; add it (or an alias), then add the dateline to the frontmatter`,
  );
  return undefined;
}
