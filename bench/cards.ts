/**
 * What a link-preview card per article would cost: renders --count cards the way
 * scripts/images.ts renders the site card (resvg as WebAssembly, the DejaVu fonts), each with
 * a two-line headline added, and prints the time and bytes per card and the total at 100,000
 * articles. Kliping ships one card for the site; BENCHMARKS.md says why, from this figure.
 *
 *   node_modules/.bin/node bench/cards.ts [--count 100]
 */
import { parseArgs } from 'node:util';
import { images, renderWith } from '../scripts/images.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '100' } } });
const count = Number(values.count);
const card = images()[0]!;
const headline = (i: number) =>
  [
    `<text x="100" y="420" font-family="DejaVu Serif" font-weight="700" font-size="40">Judul artikel nomor ${i} yang cukup panjang</text>`,
    `<text x="100" y="470" font-family="DejaVu Serif" font-weight="700" font-size="40">sampai dua baris, seperti judul berita</text>`,
  ].join('');

await renderWith([card]); // load the WebAssembly once, outside the timing
const start = performance.now();
let bytes = 0;
for (let i = 0; i < count; i++) {
  const [rendered] = await renderWith([{ ...card, svg: card.svg.replace('</svg>', `${headline(i)}</svg>`) }]);
  bytes += rendered!.png.length;
}
const ms = (performance.now() - start) / count;
const perCard = bytes / count;
console.log(
  `${count} cards: ${ms.toFixed(1)} ms and ${(perCard / 1024).toFixed(1)} KiB per card; ` +
    `at 100,000 articles ${((ms * 100_000) / 60_000).toFixed(0)} min on one core and ` +
    `${((perCard * 100_000) / 2 ** 30).toFixed(2)} GiB`,
);
