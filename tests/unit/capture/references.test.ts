import { describe, expect, it } from 'vitest';
import {
  findDateline,
  findPlace,
  findPublisher,
  findSourceMentions,
  readCapture,
  storyParagraphs,
} from '../../../src/lib/capture/index.ts';
import { medcom, kontan, publishers, entities } from './fixtures.ts';

describe('datelines, publishers and places', () => {
  it('finds the dateline at the start of the first kontan paragraph', async () => {
    const first = storyParagraphs(readCapture(kontan))[0]!;
    expect(findDateline(first)).toEqual({
      text: 'KONTAN.CO.ID - BRUSSELS.',
      outlet: 'KONTAN.CO.ID',
      place: 'BRUSSELS',
    });
  });

  it('finds no dateline in ordinary text', async () => {
    expect(findDateline(storyParagraphs(readCapture(medcom))[0]!)).toBeUndefined();
    expect(findDateline('NATO - Rusia. Pertemuan dimulai.')).toBeUndefined();
    // A second name that is no weekday, web name or word in capitals: a headline, not a dateline.
    expect(findDateline('Bandung, Persib - Menang Tipis di Kandang')).toBeUndefined();
    expect(findDateline('Rusia, AS - Ketegangan Memuncak')).toBeUndefined();
  });

  it('reads the datelines of other outlets: place and weekday, place and outlet, outlet and place', async () => {
    expect(findDateline('WINA, KAMIS - Para menteri')).toEqual({
      text: 'WINA, KAMIS -',
      place: 'WINA',
      weekday: 'KAMIS',
    });
    expect(findDateline('Jakarta, Beritasatu.com - Pemerintah')).toEqual({
      text: 'Jakarta, Beritasatu.com -',
      outlet: 'Beritasatu.com',
      place: 'Jakarta',
    });
    expect(findDateline('JAKARTA, KOMPAS.com – Isi')).toMatchObject({
      outlet: 'KOMPAS.com',
      place: 'JAKARTA',
    });
    expect(findDateline('TEMPO.CO, Jakarta - Presiden')).toMatchObject({
      outlet: 'TEMPO.CO',
      place: 'Jakarta',
    });
    expect(findDateline('Jakarta (ANTARA) - Menteri')).toMatchObject({ outlet: 'ANTARA', place: 'Jakarta' });
    expect(findDateline('BRUSSEL, AFP - NATO')).toMatchObject({ outlet: 'AFP', place: 'BRUSSEL' });
    expect(findDateline('Jenewa, Senin - Delegasi')).toMatchObject({ place: 'Jenewa', weekday: 'Senin' });
  });

  it('maps a place to its entity by name or alias, ignoring case', async () => {
    expect(findPlace('BRUSSELS', entities)?.id).toBe('brussel');
    expect(findPlace('Jenewa', entities)?.id).toBe('jenewa');
    expect(findPlace('JAKARTA', entities)).toBeUndefined();
    expect(findPlace('Stoltenberg', entities)).toBeUndefined();
  });

  it('maps an outlet or agency to its publisher by name or id', async () => {
    expect(findPublisher('KONTAN.CO.ID', publishers)?.id).toBe('kontan');
    expect(findPublisher('medcom.id', publishers)?.id).toBe('medcom');
    expect(findPublisher('Reuters', publishers)?.id).toBe('reuters');
    expect(findPublisher('kompas.com', publishers)).toBeUndefined();
  });
});
describe('findSourceMentions', () => {
  it('finds Anadolu Agency after "dilansir dari" in medcom paragraph 3', async () => {
    const mentions = findSourceMentions(storyParagraphs(readCapture(medcom)), publishers);
    expect(mentions).toEqual([
      { phrase: 'dilansir dari', name: 'Anadolu Agency', paragraph: 3, publisher: 'anadolu' },
    ]);
  });

  it('finds Reuters after "Melansir" in kontan paragraph 3', async () => {
    const mentions = findSourceMentions(storyParagraphs(readCapture(kontan)), publishers);
    expect(mentions).toEqual([{ phrase: 'Melansir', name: 'Reuters', paragraph: 3, publisher: 'reuters' }]);
  });

  it('reports an unknown capitalised name without an id, and ignores lower-case words', async () => {
    const mentions = findSourceMentions(
      ['Seperti dikutip dari Xinhua News, Senin.', 'Ia mengutip pernyataan menteri.'],
      publishers,
    );
    expect(mentions).toEqual([
      { phrase: 'dikutip dari', name: 'Xinhua News', paragraph: 1, publisher: undefined },
    ]);
  });
});
