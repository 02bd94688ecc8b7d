/**
 * Search aliases: a reader who types "Russia", "Geneva" or "North Atlantic Treaty
 * Organization" finds the Indonesian text, which says "Rusia", "Jenewa" and "NATO". The
 * aliases are data, kept with the entities (content/entities.yaml); this turns them into a
 * second query the search page runs beside the reader's own.
 */
import type { Entity } from './schema.ts';
import { compareKeys, compareNames } from './order.ts';

/** [alias, name] pairs, longest alias first so that long forms win over their parts. */
export type AliasList = [alias: string, name: string][];

export function aliasList(entities: readonly Pick<Entity, 'name' | 'aliases'>[]): AliasList {
  const pairs: AliasList = [];
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      if (alias.toLocaleLowerCase('id') !== entity.name.toLocaleLowerCase('id'))
        pairs.push([alias, entity.name]);
    }
  }
  return pairs.sort(
    (a, b) => b[0].length - a[0].length || compareNames(a[0], b[0]) || compareKeys(a[0], b[0]),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query with every alias (a whole word or phrase, any case) replaced by its entity's
 * name; undefined when no alias occurs. "russia ukraine" → "Rusia Ukraina".
 */
export function expandAliases(query: string, aliases: AliasList): string | undefined {
  let expanded = query;
  const used: string[] = [];
  for (const [alias, name] of aliases) {
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(alias)}(?=$|[^\\p{L}\\p{N}])`, 'giu');
    const next = expanded.replace(pattern, (_, before: string) => `${before}\u0000${used.length}\u0000`);
    if (next !== expanded) used.push(name);
    expanded = next;
  }
  if (used.length === 0) return undefined;
  // Placeholders keep a replaced name from being matched again by a shorter alias.
  return expanded.replace(/\u0000(\d+)\u0000/g, (_, i: string) => used[Number(i)]!);
}
