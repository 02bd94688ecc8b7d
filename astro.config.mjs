// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  // The public address, for canonical URLs and feeds; set KLIPING_SITE when deploying.
  site: process.env.KLIPING_SITE ?? 'https://kliping.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefindIndex()],
  devToolbar: { enabled: false },
});
