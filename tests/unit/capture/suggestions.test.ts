import { describe, expect, it } from 'vitest';
import {
  EntityIndex,
  findTextDates,
  readCapture,
  renderSuggestions,
  sentenceWith,
  storyParagraphs,
  suggestEntities,
  suggestEvents,
  yearContext,
} from '../../../src/lib/capture/index.ts';
import type { Entity } from '../../../src/lib/schema.ts';
import { readYaml } from '../../../src/lib/yaml.ts';
import { splitMdx } from '../../support/content.ts';
import { entities, imported, kontan, medcom, read } from './fixtures.ts';

const committedEntities = (file: string) =>
  splitMdx(read(`content/articles/${file}.mdx`)).frontmatter.entities as string[];

const entity = (id: string, name: string, aliases: string[] = []): Entity => ({
  id,
  name,
  kind: 'country',
  description: 'Negara.',
  aliases,
});

describe('suggestEntities', () => {
  it('suggests for each seed capture exactly the entities its reviewed article lists', () => {
    const fromMedcom = suggestEntities(storyParagraphs(readCapture(medcom)), entities).map((e) => e.id);
    expect(fromMedcom.toSorted()).toEqual(committedEntities('pertemuan-nato-rusia-dimulai').toSorted());
    const fromKontan = suggestEntities(storyParagraphs(readCapture(kontan)), entities).map((e) => e.id);
    expect(fromKontan.toSorted()).toEqual(committedEntities('nato-jadwalkan-dewan-nato-rusia').toSorted());
  });

  it('gives the paragraphs each occurs in and the names as written, aliases included', () => {
    const found = suggestEntities(storyParagraphs(readCapture(medcom)), entities);
    expect(found.find((e) => e.id === 'nato')).toMatchObject({
      paragraphs: [1, 2, 4, 5, 6, 7, 8, 9],
      matched: ['Pakta Pertahanan Atlantik Utara', 'NATO'],
    });
    expect(found.find((e) => e.id === 'brussel')).toMatchObject({ paragraphs: [1], matched: ['Brussels'] });
  });

  it('matches whole words only: "Rusia" is not in "Rusiana", nor "Wina" in "Winarti"', () => {
    const found = suggestEntities(['Analis Rusiana Dewi dan Winarti berbicara.'], entities);
    expect(found).toEqual([]);
    expect(suggestEntities(['Rusia-Ukraina', '(Rusia)'], entities).map((e) => [e.id, e.paragraphs])).toEqual([
      ['rusia', [1, 2]],
      ['ukraina', [1]],
    ]);
  });

  it('ignores case and accents, but takes short acronyms only as written', () => {
    const index = new EntityIndex([
      entity('jenewa', 'Jenewa', ['Genève']),
      entity('uni-eropa', 'Uni Eropa', ['EU']),
    ]);
    expect(suggestEntities(['Di GENEVE dan geneve.'], index)).toMatchObject([
      { id: 'jenewa', matched: ['GENEVE', 'geneve'] },
    ]);
    expect(suggestEntities(['Kata eu itu bukan singkatan.'], index)).toEqual([]);
    expect(suggestEntities(['Sanksi EU.', 'UNI EROPA'], index)).toMatchObject([
      { id: 'uni-eropa', paragraphs: [1, 2], matched: ['EU', 'UNI EROPA'] },
    ]);
  });
});

describe('suggestEvents', () => {
  const paragraphs = storyParagraphs(readCapture(kontan));
  const dates = findTextDates(paragraphs, yearContext(paragraphs, 2026));
  const events = suggestEvents({
    dates,
    paragraphs,
    article: 'nato',
    published: '2022-01-04',
    entities: new EntityIndex(entities),
  });

  it('proposes one event per date the text names, at the precision written', () => {
    expect(events.map(({ event }) => event.date)).toEqual([
      '2022-01-04',
      '2002',
      '2022-01-12',
      '2022-01-10',
      '2022-01-13',
      '2021',
    ]);
  });

  it('cites every paragraph that names the date, quoting words of that paragraph exactly', () => {
    const twelfth = events.find(({ event }) => event.date === '2022-01-12')!.event;
    expect(twelfth.citations.map((c) => c.paragraph)).toEqual([3, 8]);
    for (const { event } of events) {
      for (const citation of event.citations) {
        expect(paragraphs[citation.paragraph - 1]).toContain(citation.quote);
        expect(citation.article).toBe('nato');
      }
    }
    expect(events.find(({ event }) => event.date === '2022-01-13')!.event).toMatchObject({
      id: 'nato-2022-01-13',
      entities: ['osce', 'wina', 'amerika-serikat', 'nato', 'rusia', 'ukraina'],
    });
  });

  it('says how it read each date, and gives a day without its year the year of publication', () => {
    const thirteenth = events.find(({ event }) => event.date === '2022-01-13')!;
    expect(thirteenth.found).toEqual([
      '"13 Januari" (paragraph 11): 13 Januari, year not written; proposed in 2022, the year of publication: check it',
    ]);
  });

  it('takes the sentence that holds the words', () => {
    expect(sentenceWith('Satu dua. Lalu pada 2014 NATO berhenti. Tiga.', 'pada 2014')).toBe(
      'Lalu pada 2014 NATO berhenti.',
    );
    expect(sentenceWith('Tanpa titik', 'titik')).toBe('Tanpa titik');
    expect(sentenceWith('Tanpa titik', 'koma')).toBeUndefined();
  });
});

describe('renderSuggestions', () => {
  it('writes YAML whose events can be copied into events.yaml as they are', async () => {
    const { suggestions } = await imported(kontan, { captureName: 'kontan.txt', slug: 'nato' });
    const text = renderSuggestions(suggestions);
    expect(text).toMatch(
      /^# Suggestions by npm run import for the article\n# {3}content\/articles\/nato\.mdx\n/,
    );
    expect(text).toContain('the build never reads this file');
    const yaml = readYaml(text);
    if (!yaml.ok) throw new Error('not YAML');
    const value = yaml.value as { entities: { id: string }[]; events: unknown[] };
    expect(value.entities.map((e) => e.id)).toContain('nato');
    // Each event starts at the beginning of its line, its date in quotes.
    expect(text).toMatch(/\n- id: nato-2002\n {2}title: [^]*?\n {2}date: "2002"\n/);
    expect(value.events).toHaveLength(suggestions.events.length);
  });
});
