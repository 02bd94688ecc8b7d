import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICONS, SITE_CARD } from '../../src/lib/images.ts';
import { PUBLIC, renderImages } from '../../scripts/images.ts';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array) {
  const view = Buffer.from(bytes);
  expect(view.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(view.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

describe('the link-preview card and the PNG icons', () => {
  it('are committed exactly as scripts/images.ts renders them (run `npm run images` after a change)', async () => {
    const rendered = await renderImages();
    expect(rendered.map(({ image }) => image.path)).toEqual([
      SITE_CARD.path,
      ...ICONS.map((icon) => icon.path),
    ]);
    for (const { image, png } of rendered) {
      const committed = readFileSync(join(PUBLIC, image.path));
      expect(Buffer.compare(committed, Buffer.from(png)), `${image.path} differs from its rendering`).toBe(0);
    }
  });

  it('render the same bytes every time', async () => {
    const [first, second] = [await renderImages(), await renderImages()];
    for (const [i, { png }] of first.entries())
      expect(Buffer.from(png).equals(Buffer.from(second[i]!.png))).toBe(true);
  });

  it('have the sizes the tags and the manifest announce', () => {
    expect(pngSize(readFileSync(join(PUBLIC, SITE_CARD.path)))).toEqual({ width: 1200, height: 630 });
    for (const icon of ICONS) {
      expect(pngSize(readFileSync(join(PUBLIC, icon.path)))).toEqual({ width: icon.size, height: icon.size });
    }
  });
});
