/**
 * The site's raster images: the card that link previews show (Open Graph, Twitter) and the PNG
 * icons beside the SVG favicon. They are drawn here as SVG and rendered to PNG by
 * `npm run images` (scripts/images.ts), which commits them into public/; a unit test renders
 * them again and compares the bytes, so the committed files are always what this module draws.
 *
 * One card for the whole site, not one per article: at 100,000 articles a card each would
 * add hours of rendering and gigabytes of PNG to every build (see BENCHMARKS.md), for a
 * preview whose title and summary the unfurler already shows as text.
 */

/** The colours of src/styles/global.css (light scheme). */
const COLOURS = { paper: '#fbfaf7', ink: '#1c1b19', muted: '#5a5650', accent: '#9b2226', rule: '#d9d4c9' };

/** The fonts the SVGs name; scripts/images.ts loads these files (npm dejavu-fonts-ttf). */
export const IMAGE_FONTS = ['DejaVuSerif-Bold.ttf', 'DejaVuSans.ttf'];

export interface RasterImage {
  /** Its path on the site. */
  path: string;
  width: number;
  height: number;
  svg: string;
}

/** The link-preview card: 1200×630, the size Open Graph and Twitter's large card expect. */
export const SITE_CARD = { path: '/kartu-kliping.png', width: 1200, height: 630 } as const;

/** The PNG icons: Apple's touch icon and the web manifest's two sizes. */
export const ICONS = [
  { path: '/apple-touch-icon.png', size: 180 },
  { path: '/icon-192.png', size: 192 },
  { path: '/icon-512.png', size: 512 },
] as const;

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** The favicon's mark: a serif "K" in white on the accent colour, as a square of `size`. */
function mark(size: number, x = 0, y = 0, radius = 0): string {
  return [
    `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="${radius}" fill="${COLOURS.accent}"/>`,
    `<text x="${x + size / 2}" y="${y + size * 0.73}" font-family="DejaVu Serif" font-weight="700"`,
    ` font-size="${size * 0.64}" text-anchor="middle" fill="#ffffff">K</text>`,
  ].join('');
}

/** The card: the mark, the site's name, a line saying what it is, and what it offers. */
export function siteCardSvg(text: { name: string; line: string; offers: string }): RasterImage {
  const { width, height } = SITE_CARD;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.paper}"/>`,
    mark(200, 100, 150, 28),
    `<text x="350" y="300" font-family="DejaVu Serif" font-weight="700" font-size="128" fill="${COLOURS.ink}">${escapeXml(text.name)}</text>`,
    `<text x="354" y="378" font-family="DejaVu Sans" font-size="44" fill="${COLOURS.muted}">${escapeXml(text.line)}</text>`,
    `<rect x="100" y="450" width="1000" height="2" fill="${COLOURS.rule}"/>`,
    `<text x="100" y="530" font-family="DejaVu Sans" font-size="36" fill="${COLOURS.muted}">${escapeXml(text.offers)}</text>`,
    `<rect y="${height - 24}" width="${width}" height="24" fill="${COLOURS.accent}"/>`,
    `</svg>`,
  ].join('');
  return { path: SITE_CARD.path, width, height, svg };
}

/** An icon: the mark filling the square (platforms round or mask the corners themselves). */
export function iconSvg(icon: { path: string; size: number }): RasterImage {
  const { size } = icon;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${mark(size)}</svg>`;
  return { path: icon.path, width: size, height: size, svg };
}
