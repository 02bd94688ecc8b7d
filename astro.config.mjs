// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  // The public address, for canonical URLs and feeds; set KLIPING_SITE when deploying.
  site: process.env.KLIPING_SITE ?? 'https://kliping.example.org',
  trailingSlash: 'always',
  // Tests that build other content (tests/build/bad-input.test.ts) keep their caches apart.
  ...(process.env.KLIPING_CACHE_DIR ? { cacheDir: process.env.KLIPING_CACHE_DIR } : {}),
  build: { format: 'directory' },
  integrations: [mdx(), pagefindIndex()],
  devToolbar: { enabled: false },
});
