import { describe, expect, it } from 'vitest';
import { NAVIGATION, PAGE_TYPES, pageTypeOf } from '../../src/lib/page-types.ts';

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
    expect(pageTypeOf('/rss.xml')).toBeUndefined();
    expect(pageTypeOf('/naskah/a.txt')).toBeUndefined();
  });
});
