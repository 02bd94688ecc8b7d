/**
 * npm run images — renders the link-preview card and the PNG icons that src/lib/images.ts
 * draws, into public/. Run it after changing the drawing or the card's text, and commit the
 * PNGs; tests/unit/images.test.ts renders them again and fails if the committed bytes differ.
 *
 * Rendering is resvg compiled to WebAssembly (npm @resvg/resvg-wasm: no native binary, no
 * download) with the DejaVu fonts from npm (dejavu-fonts-ttf), never the machine's own fonts,
 * so every machine renders the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { t } from '../src/lib/i18n.ts';
import { ICONS, IMAGE_FONTS, type RasterImage, iconSvg, siteCardSvg } from '../src/lib/images.ts';

const require = createRequire(import.meta.url);
export const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));

/** Every image, as drawn. */
export function images(): RasterImage[] {
  const offers = [t('nav.timeline'), t('nav.indexes'), t('nav.topics'), t('nav.sources'), t('nav.search')];
  const card = siteCardSvg({ name: t('site.name'), line: t('meta.cardLine'), offers: offers.join(' · ') });
  return [card, ...ICONS.map(iconSvg)];
}

let ready: Promise<void> | undefined;
let fonts: Uint8Array[] | undefined;

/** The PNG bytes of some images (the committed ones by default). */
export async function renderWith(
  list: readonly RasterImage[] = images(),
): Promise<{ image: RasterImage; png: Uint8Array }[]> {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await ready;
  const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const fontBuffers = (fonts ??= IMAGE_FONTS.map(
    (file) => new Uint8Array(readFileSync(join(fontDir, file))),
  ));
  return list.map((image) => {
    const resvg = new Resvg(image.svg, {
      font: { fontBuffers, defaultFontFamily: 'DejaVu Sans' },
      fitTo: { mode: 'original' },
    });
    const rendered = resvg.render();
    const png = rendered.asPng();
    if (rendered.width !== image.width || rendered.height !== image.height) {
      throw new Error(
        `${image.path}: rendered ${rendered.width}×${rendered.height}, expected ${image.width}×${image.height}`,
      );
    }
    rendered.free();
    resvg.free();
    return { image, png };
  });
}

/** The PNG bytes of each committed image. */
export const renderImages = () => renderWith();

if (import.meta.main) {
  for (const { image, png } of await renderImages()) {
    writeFileSync(join(PUBLIC, image.path), png);
    console.log(`${image.path}: ${image.width}×${image.height}, ${png.length} bytes`);
  }
}
