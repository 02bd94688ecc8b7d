import { describe, expect, it } from 'vitest';
import { NAVIGATION, PAGE_TYPES, pageTypeOf, sitePages } from '../../src/lib/page-types.ts';
import { entityPath, indexPath, publisherPath, timelinePagePath } from '../../src/lib/urls.ts';
import { resolvedArchive } from '../support/archive.ts';

describe('the table of page types', () => {
  it('names each page type once', () => {
    const ids = PAGE_TYPES.map((type) => type.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('puts every navigation address under its own page type', () => {
    for (const type of PAGE_TYPES.filter((type) => type.nav)) {
      expect(pageTypeOf(type.nav!.href)?.id).toBe(type.id);
    }
    expect(NAVIGATION.length).toBeGreaterThan(0);
  });

  it('tells paged and unpaged addresses apart and knows nothing of other files', () => {
    expect(pageTypeOf('/topik/nato/2/')?.id).toBe('topic');
    expect(pageTypeOf('/topik/nato/peristiwa/2/')?.id).toBe('topic-events');
    expect(pageTypeOf('/peristiwa/dewan-nato-rusia/')?.id).toBe('event');
    expect(pageTypeOf('/linimasa/2022/01/2/')?.id).toBe('timeline-period');
    expect(pageTypeOf('/linimasa/2022/sepanjang-tahun/2/')?.id).toBe('timeline-period');
    expect(pageTypeOf('/rss.xml')).toBeUndefined();
    expect(pageTypeOf('/naskah/a.txt')).toBeUndefined();
  });

  it('knows every page of the committed archive by the type that made it', async () => {
    for (const page of sitePages(await resolvedArchive()))
      expect(pageTypeOf(page.path)?.id, page.path).toBe(page.type);
  });

  it('knows the further pages that only a large archive has, made by the URL functions', () => {
    for (const n of [2, 40]) {
      expect(pageTypeOf(timelinePagePath(2022, 1, n))?.id).toBe('timeline-period');
      expect(pageTypeOf(timelinePagePath(2022, undefined, n))?.id).toBe('timeline-period');
      expect(pageTypeOf(`${entityPath('nato')}${n}/`)?.id).toBe('topic');
      expect(pageTypeOf(`${publisherPath('kontan')}${n}/`)?.id).toBe('source');
      expect(pageTypeOf(`${indexPath(2022, 1, 12)}${n}/`)?.id).toBe('index-period');
    }
  });
});
