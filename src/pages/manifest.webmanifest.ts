/** /manifest.webmanifest — the site's name and PNG icons, for browsers that install or pin it. */
import type { APIRoute } from 'astro';
import { t } from '../lib/i18n.ts';
import { ICONS } from '../lib/images.ts';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        name: t('site.name'),
        short_name: t('site.name'),
        description: t('site.description'),
        lang: 'id',
        start_url: '/',
        display: 'browser',
        background_color: '#fbfaf7',
        icons: ICONS.filter((icon) => icon.path !== '/apple-touch-icon.png').map((icon) => ({
          src: icon.path,
          sizes: `${icon.size}x${icon.size}`,
          type: 'image/png',
        })),
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
