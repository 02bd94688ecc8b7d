import { describe, expect, it } from 'vitest';
import {
  addPublishers,
  idFromUrl,
  parseNewPublisher,
  placeNewPublisher,
} from '../../../src/lib/capture/index.ts';
import { readYaml } from '../../../src/lib/yaml.ts';
import { publisherSchema } from '../../../src/lib/schema.ts';
import { publishers, read } from './fixtures.ts';

function parsed(spec: string) {
  const result = parseNewPublisher(spec);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function reason(spec: string): string {
  const result = parseNewPublisher(spec);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

describe('--new-publisher', () => {
  it('takes a name and a url, and fills id, kind and description by rule', () => {
    expect(parsed('name=Beritasatu.com,url=https://www.beritasatu.com/')).toEqual({
      publisher: {
        id: 'beritasatu',
        name: 'Beritasatu.com',
        kind: 'outlet',
        url: 'https://www.beritasatu.com/',
        description: 'Media berita Beritasatu.com (https://www.beritasatu.com/).',
      },
      defaulted: ['id', 'kind', 'description'],
    });
  });

  it('takes every field, in any order, with commas inside a value', () => {
    expect(
      parsed(
        'kind=agency, id=antara ,name=ANTARA,url=https://www.antaranews.com/,description=Kantor berita Indonesia, milik negara.',
      ),
    ).toEqual({
      publisher: {
        id: 'antara',
        name: 'ANTARA',
        kind: 'agency',
        url: 'https://www.antaranews.com/',
        description: 'Kantor berita Indonesia, milik negara.',
      },
      defaulted: [],
    });
  });

  it('makes the id from the name under the domain ending, as the archive ids are', () => {
    expect(idFromUrl('https://www.kontan.co.id/')).toBe('kontan');
    expect(idFromUrl('https://www.medcom.id/')).toBe('medcom');
    expect(idFromUrl('https://en.tempo.co/')).toBe('tempo');
    expect(idFromUrl('https://www.aa.com.tr/')).toBe('aa');
    expect(idFromUrl('bukan url')).toBeUndefined();
  });

  it('refuses what is wrong with one line naming the field', () => {
    expect(reason('Beritasatu')).toMatch(
      /^"Beritasatu" is not a list of fields; expected "name=…,url=https:\/\/…"/,
    );
    expect(reason('name=X')).toBe('url: missing; expected "url=https://…", its home page');
    expect(reason('url=https://x.example/')).toBe(
      'name: missing; expected "name=…", as the publisher writes it',
    );
    expect(reason('name=X,url=ftp://x.example/')).toBe(
      'url: "ftp://x.example/" is not a web address; expected an http(s) URL',
    );
    expect(reason('name=X,url=https://x.example/,kind=koran')).toMatch(/^kind: /);
    expect(reason('name=X,url=https://x.example/,id=Bukan Id')).toMatch(/^id: "Bukan Id" is not an id/);
    expect(reason('name=X,nama=Y,url=https://x.example/')).toMatch(
      /^"nama" is not a publisher field; expected id, name, kind, url, description/,
    );
    expect(reason('name=X,name=Y,url=https://x.example/')).toBe('name: is given twice; expected it once');
  });

  it('is new, already there as given, or in conflict with a publisher of the archive', () => {
    const beritasatu = parsed('name=Beritasatu.com,url=https://www.beritasatu.com/').publisher;
    expect(placeNewPublisher(beritasatu, publishers)).toEqual({ kind: 'new' });
    expect(placeNewPublisher(publishers[0]!, publishers)).toEqual({ kind: 'known' });
    const clash = parsed('id=kontan,name=Kontan,url=https://kontan.co.id/').publisher;
    expect(placeNewPublisher(clash, publishers)).toMatchObject({
      kind: 'conflict',
      reason: expect.stringMatching(
        /^id: "kontan" is already in publishers\.yaml, as kontan\.co\.id \(outlet\)/,
      ),
    });
    const sameName = parsed('id=kontan-lain,name=KONTAN.CO.ID,url=https://kontan.co.id/').publisher;
    expect(placeNewPublisher(sameName, publishers)).toMatchObject({
      kind: 'conflict',
      reason: expect.stringMatching(/^name: "KONTAN\.CO\.ID" is already the name of "kontan"/),
    });
  });
});

describe('addPublishers', () => {
  const beritasatu = parsed('name=Beritasatu.com,url=https://www.beritasatu.com/').publisher;
  const colon = { ...beritasatu, id: 'colon', name: 'Colon', description: 'Satu: dua, tiga.' };

  it('appends to publishers.yaml, keeping every byte already there, comments included', () => {
    const text = read('content/publishers.yaml');
    const result = addPublishers(text, [beritasatu, colon]);
    expect(result.startsWith(text)).toBe(true);
    const yaml = readYaml(result);
    if (!yaml.ok) throw new Error('not YAML');
    const records = (yaml.value as unknown[]).map((record) => publisherSchema.parse(record));
    expect(records).toEqual([...publishers, beritasatu, colon]);
  });

  it('writes an empty list anew, keeping its comments', () => {
    const result = addPublishers('# Penerbit.\n[]\n', [beritasatu]);
    expect(result).toBe(
      '# Penerbit.\n\n- id: beritasatu\n  name: Beritasatu.com\n  kind: outlet\n  url: https://www.beritasatu.com/\n  description: Media berita Beritasatu.com (https://www.beritasatu.com/).\n',
    );
    expect(addPublishers('', [beritasatu])).toMatch(/^- id: beritasatu\n/);
  });
});
