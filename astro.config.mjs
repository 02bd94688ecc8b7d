// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devCaptures } from './src/integrations/dev-captures.ts';

// The content folder, resolved once from the project root (not the working directory), for
// the loaders and for the capture files alike. KLIPING_CONTENT points the build elsewhere.
const content = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  process.env.KLIPING_CONTENT ?? 'content',
);
process.env.KLIPING_CONTENT = content;

export default defineConfig({
  // The public address, for canonical URLs and feeds; set KLIPING_SITE when deploying.
  site: process.env.KLIPING_SITE ?? 'https://kliping.example.org',
  trailingSlash: 'always',
  // Tests that build other content (tests/build/bad-input.test.ts) keep their caches apart.
  ...(process.env.KLIPING_CACHE_DIR ? { cacheDir: process.env.KLIPING_CACHE_DIR } : {}),
  build: { format: 'directory' },
  // MDX stays available for pages; articles are .mdx files read as text (src/lib/loaders.ts),
  // never compiled. The 404 page is not a page to index. The search index is built after the
  // site, by scripts/build.ts (npm run build).
  integrations: [
    mdx(),
    devCaptures(content),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') }),
  ],
  devToolbar: { enabled: false },
  // Never inline scripts or assets: a strict Content-Security-Policy allows only files.
  vite: { build: { assetsInlineLimit: 0 } },
});
