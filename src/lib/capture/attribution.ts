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
  for (const source of credits.sources) {
    const publisher = findPublisher(source, publishers);
    if (publisher?.kind === 'agency') addOnce(wire, publisher.id);
    else if (publisher) outlets.push(publisher);
    else {
      found.warnings.push(
        `wire: the credit "Sumber: ${source}" names a source that is not in publishers.yaml; add it there to list it`,
      );
    }
  }
  for (const mention of findSourceMentions(paragraphs, publishers)) {
    if (mention.publisher === undefined) {
      found.warnings.push(
        `cited: "${mention.name}" (paragraph ${mention.paragraph}, after "${mention.phrase}") is not in publishers.yaml; add it there to list it in cited`,
      );
    } else if (!wire.includes(mention.publisher)) {
      addOnce(cited, mention.publisher);
    }
  }
  return { wire, cited, outlets };
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

/** The outlet: as given (it must be an outlet), else the one the credits or the dateline name. */
export function decidePublisher(
  options: ImportOptions,
  creditOutlets: readonly Publisher[],
  dateline: Dateline | undefined,
  found: Findings,
): Publisher | undefined {
  const outlets = options.publishers.filter((publisher) => publisher.kind === 'outlet');
  const known = outlets
    .map((publisher) => publisher.id)
    .sort()
    .join(', ');
  const named = [...creditOutlets];
  const datelineOutlet = dateline?.outlet === undefined ? undefined : findPublisher(dateline.outlet, outlets);
  if (datelineOutlet) named.push(datelineOutlet);
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
  const why =
    namedIds.length === 0
      ? 'the credits and the dateline name no outlet in publishers.yaml'
      : `the credits and the dateline name different outlets (${namedIds.join(', ')})`;
  found.errors.push(`publisher: ${why}; pass --publisher with one of: ${known}`);
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
