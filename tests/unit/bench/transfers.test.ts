import { describe, expect, it } from 'vitest';
import { byKind, COMPRESSIBLE, kindOf, shardOf, within } from '../../../bench/lib/transfers.ts';

describe('transfers', () => {
  it("sorts what the search fetches by kind, in any shard's folder", () => {
    expect(kindOf('/pagefind/2024/pagefind.js')).toBe("Pagefind's JS (pagefind.js, its worker)");
    expect(kindOf('/pagefind/2024/wasm.id.pagefind')).toBe("Pagefind's WebAssembly");
    expect(kindOf('/pagefind/2024/pagefind.id_1a2b.pf_meta')).toBe('entry and page list (pf_meta)');
    expect(kindOf('/pagefind/2023-01/index/id_1.pf_index')).toBe('index chunks');
    expect(kindOf('/pagefind/2023/fragment/id_1.pf_fragment')).toBe('fragments (one per result shown)');
    expect(kindOf('/cari/')).toBe('the page and its own files');
    expect(shardOf('/pagefind/2023-01/index/id_1.pf_index')).toBe('2023-01');
  });

  it("gzips what a host gzips, and not Pagefind's files, which are gzip already", () => {
    expect(COMPRESSIBLE.test('/pagefind/2024/pagefind.js')).toBe(true);
    expect(COMPRESSIBLE.test('/cari/index.html')).toBe(true);
    expect(COMPRESSIBLE.test('/pagefind/2024/index/id_1.pf_index')).toBe(false);
  });

  it('counts the responses that started and ended within a window', () => {
    const t = (path: string, started: number, ended: number) => ({
      path,
      started,
      ended,
      bytes: 10,
      gzip: 4,
    });
    const list = [
      t('/cari/', 0, 50),
      t('/pagefind/2024/pagefind.js', 100, 150),
      t('/pagefind/2024/fragment/a', 180, 260),
    ];
    expect(within(list, 100, 200).map((x) => x.path)).toEqual(['/pagefind/2024/pagefind.js']);
    expect(byKind(list)['the page and its own files']).toEqual({ bytes: 10, gzip: 4, files: 1 });
  });
});
