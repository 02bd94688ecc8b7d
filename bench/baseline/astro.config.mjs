// @ts-check
/**
 * The benchmark's baseline: a bare Astro + MDX site over the same corpus as Kliping, built
 * by bench/build.ts with `astro build --root bench/baseline` and then `pagefind --site`.
 * BASELINE_CONTENT names the corpus folder; BASELINE_OUT and BASELINE_CACHE keep the build
 * out of the repository.
 */
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(process.env.BASELINE_OUT ? { outDir: process.env.BASELINE_OUT } : {}),
  ...(process.env.BASELINE_CACHE ? { cacheDir: process.env.BASELINE_CACHE } : {}),
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
